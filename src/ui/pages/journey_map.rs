//! The journey map: the seven ITIL 4 steps as column groups, one card per touchpoint
//! with its lanes, the experience curve over the cards, undo and redo, keyboard and
//! drag moves, and the insights panel.

use super::journey_stakeholders::StakeholderMap;
use crate::charts::experience_curve::{
    curve_layout, draw_experience_curve, overlay_points, CurveLabels,
};
use crate::charts::journey_map::{draw_journey_map, map_size, MapLabels};
use crate::domain::bounded::Emotion;
use crate::domain::history::History;
use crate::domain::insights::{journey_insights, StepSummary};
use crate::domain::journey::{Actor, Channel, Journey, JourneyState, Step, Touchpoint};
use crate::domain::journey_edit::{Along, JourneyEdit};
use crate::domain::{Applied, Id, RelationshipType, WorkspaceEdit};
use crate::i18n::{format_number, Lang, Texts};
use crate::storage::share;
use crate::ui::chart_canvas::TrackChartCanvas;
use crate::ui::concepts::{focus_soon, hash_query, Concept, HelpLink};
use crate::ui::download::{download_text, download_url};
use crate::ui::fresh_id::fresh_id;
use crate::ui::labels::{relationship_help, relationship_name};
use crate::ui::route::Route;
use crate::ui::state::{use_state, use_texts, AppState, Save};
use crate::ui::text_lines as lines;
use leptos::ev;
use leptos::prelude::*;
use plotters::prelude::{IntoDrawingArea, SVGBackend};
use plotters_canvas::CanvasBackend;
use std::collections::{HashMap, HashSet};
use wasm_bindgen::JsCast;

/// Applies journey edits with undo and redo.
#[derive(Clone, Copy)]
struct Editor {
    state: AppState,
    id: StoredValue<Id>,
    /// For each change, the edit that takes it back (see [`Journey::apply_undoable`]).
    history: StoredValue<History<WorkspaceEdit>>,
    /// (can undo, can redo)
    can: RwSignal<(bool, bool)>,
}

impl Editor {
    fn apply(&self, edit: JourneyEdit) {
        let edit = WorkspaceEdit::Journey(self.id.get_value(), edit);
        if let Some(undo) = self
            .state
            .apply(edit, Save::AfterTyping)
            .ok()
            .and_then(Applied::undo)
        {
            self.history.update_value(|h| h.record(undo));
        }
        self.refresh();
    }

    fn travel(&self, back: bool) {
        let state = self.state;
        let apply = |edit| {
            state
                .apply(edit, Save::AfterTyping)
                .ok()
                .and_then(Applied::undo)
        };
        self.history.update_value(|h| {
            if back {
                h.undo(apply);
            } else {
                h.redo(apply);
            }
        });
        self.refresh();
    }

    fn refresh(&self) {
        let can = self.history.with_value(|h| (h.can_undo(), h.can_redo()));
        self.can.set(can);
    }
}

/// A card's touchpoint as one signal per lane, so an edit re-renders only the lanes it
/// changes (an emotion edit: the emotion options and the card's colour, not every
/// field's value and label).
#[derive(Clone)]
struct Lanes {
    /// The whole touchpoint, the base of the card's next edit.
    touchpoint: ArcStoredValue<Touchpoint>,
    title: ArcRwSignal<String>,
    action: ArcRwSignal<String>,
    channel: ArcRwSignal<Channel>,
    actor: ArcRwSignal<Actor>,
    emotion: ArcRwSignal<i8>,
    /// One pain point a line, as the field shows them.
    pains: ArcRwSignal<String>,
    moment: ArcRwSignal<bool>,
    ideas: ArcRwSignal<String>,
    indicators: ArcRwSignal<String>,
    backstage: ArcRwSignal<String>,
}

impl Lanes {
    fn new(t: &Touchpoint) -> Self {
        Self {
            touchpoint: ArcStoredValue::new(t.clone()),
            title: ArcRwSignal::new(t.title.clone()),
            action: ArcRwSignal::new(t.customer_action.clone()),
            channel: ArcRwSignal::new(t.channel),
            actor: ArcRwSignal::new(t.actor),
            emotion: ArcRwSignal::new(t.emotion.get()),
            pains: ArcRwSignal::new(t.pain_points.join("\n")),
            moment: ArcRwSignal::new(t.moment_of_truth),
            ideas: ArcRwSignal::new(t.improvement_ideas.join("\n")),
            indicators: ArcRwSignal::new(t.value_indicators.join("\n")),
            backstage: ArcRwSignal::new(t.backstage.clone()),
        }
    }

    /// Takes `t` as the card's touchpoint and sets the lanes that changed.
    fn set(&self, t: &Touchpoint) {
        fn lane<T: PartialEq + Send + Sync + 'static>(signal: &ArcRwSignal<T>, value: T) {
            if signal.with_untracked(|v| *v != value) {
                signal.set(value);
            }
        }
        // Lists are shown joined: joined only when they changed.
        let (pains, ideas, indicators) = self.touchpoint.with_value(|old| {
            (
                old.pain_points != t.pain_points,
                old.improvement_ideas != t.improvement_ideas,
                old.value_indicators != t.value_indicators,
            )
        });
        self.touchpoint.set_value(t.clone());
        lane(&self.title, t.title.clone());
        lane(&self.action, t.customer_action.clone());
        lane(&self.channel, t.channel);
        lane(&self.actor, t.actor);
        lane(&self.emotion, t.emotion.get());
        if pains {
            lane(&self.pains, t.pain_points.join("\n"));
        }
        lane(&self.moment, t.moment_of_truth);
        if ideas {
            lane(&self.ideas, t.improvement_ideas.join("\n"));
        }
        if indicators {
            lane(&self.indicators, t.value_indicators.join("\n"));
        }
        lane(&self.backstage, t.backstage.clone());
    }
}

/// The lanes of every card, kept in step with the journey, so an edit re-renders
/// only the card it touches (a map may hold hundreds of cards).
#[derive(Clone, Copy)]
struct Cards {
    lanes: StoredValue<HashMap<Id, Lanes>>,
    /// Touchpoints the journey memo copied since the cards were last brought up to
    /// date, in order; `None` when there were too many to list (check every card).
    changed: StoredValue<Option<Vec<Touchpoint>>>,
}

impl Cards {
    /// Beyond this many changed touchpoints (a move, an undo across steps, a reload)
    /// every card is checked instead.
    const LISTED: usize = 16;

    fn new() -> Self {
        Self {
            lanes: StoredValue::new(HashMap::new()),
            changed: StoredValue::new(Some(Vec::new())),
        }
    }

    /// The lanes of touchpoint `id`, made from `journey` on first use.
    fn lanes(&self, journey: &Journey, id: &Id) -> Option<Lanes> {
        if let Some(lanes) = self.lanes.with_value(|cards| cards.get(id).cloned()) {
            return Some(lanes);
        }
        let lanes = Lanes::new(journey.touchpoint(id)?);
        self.lanes.update_value(|cards| {
            cards.insert(id.clone(), lanes.clone());
        });
        Some(lanes)
    }

    /// Notes a touchpoint the journey memo copied.
    fn note(&self, touchpoint: &Touchpoint) {
        self.changed.update_value(|changed| {
            if let Some(list) = changed {
                if list.len() < Self::LISTED {
                    list.push(touchpoint.clone());
                } else {
                    *changed = None;
                }
            }
        });
    }

    /// Notes that every card may have changed.
    fn note_all(&self) {
        self.changed.set_value(None);
    }

    /// Updates the cards whose touchpoint changed (those noted, or all) and forgets
    /// deleted ones.
    fn sync(&self, journey: &Journey) {
        let noted = self
            .changed
            .try_update_value(|c| c.replace(Vec::new()))
            .flatten();
        let mut updates = Vec::new();
        self.lanes.update_value(|cards| {
            let mut update = |touchpoint: &Touchpoint| {
                if let Some(lanes) = cards.get(&touchpoint.id) {
                    if lanes.touchpoint.with_value(|t| t != touchpoint) {
                        updates.push((lanes.clone(), touchpoint.clone()));
                    }
                }
            };
            match &noted {
                Some(list) => list.iter().for_each(&mut update),
                None => journey.touchpoints.iter().for_each(&mut update),
            }
            if noted.is_none() && cards.len() > journey.touchpoints.len() {
                let ids: HashSet<&Id> = journey.touchpoints.iter().map(|t| &t.id).collect();
                cards.retain(|id, _| ids.contains(id));
            }
        });
        for (lanes, touchpoint) in updates {
            lanes.set(&touchpoint);
        }
    }
}

/// The map of journey `id`.
#[component]
pub fn JourneyMapPage(id: String) -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let Ok(id) = Id::new(id) else {
        return view! { <NotFound/> }.into_any();
    };
    // The journey, kept in step with the workspace by copying only what an edit
    // changed (a map may hold hundreds of touchpoints; an edit changes one). The
    // touchpoints copied are handed to their cards.
    let cards = Cards::new();
    let journey = {
        let id = id.clone();
        Memo::new_owning(move |old: Option<Option<Journey>>| {
            state.workspace.with(|ws| {
                let current = ws.journey(&id);
                match (old.flatten(), current) {
                    (Some(mut mine), Some(current)) => {
                        let changed = mine.update_from(current, |t| cards.note(t));
                        (Some(mine), changed)
                    }
                    (None, None) => (None, false),
                    (_, current) => {
                        cards.note_all();
                        (current.cloned(), true)
                    }
                }
            })
        })
    };
    if journey.get_untracked().is_none() {
        return view! { <NotFound/> }.into_any();
    }
    let editor = Editor {
        state,
        id: StoredValue::new(id),
        history: StoredValue::new(History::default()),
        can: RwSignal::new((false, false)),
    };
    provide_context(editor);
    provide_context(journey);
    provide_context(cards);
    provide_context(Details::memo(journey));
    let compact = RwSignal::new(false);
    let compare = RwSignal::new(None::<Id>);
    let others = {
        let id = editor.id.get_value();
        Memo::new(move |_| {
            state.workspace.with(|ws| {
                ws.journeys
                    .iter()
                    .filter(|j| j.id != id)
                    .map(|j| (j.id.clone(), j.name.clone()))
                    .collect::<Vec<_>>()
            })
        })
    };

    // Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) undo and redo map edits, except inside a
    // text field, where the browser's own text undo applies.
    let keys = window_event_listener(ev::keydown, move |e| {
        if !(e.ctrl_key() || e.meta_key()) {
            return;
        }
        let in_text = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if in_text {
            return;
        }
        match (e.key().to_lowercase().as_str(), e.shift_key()) {
            ("z", false) => {
                e.prevent_default();
                editor.travel(true);
            }
            ("z", true) | ("y", _) => {
                e.prevent_default();
                editor.travel(false);
            }
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());
    // A deep link (`#/journeys/<id>?touchpoint=<tid>`) brings that card into view.
    if let Some(touchpoint) = hash_query("touchpoint") {
        focus_soon(format!("touchpoint-{touchpoint}"));
    }

    let details = expect_context::<Memo<Details>>();
    let name = move || details.with(|d| d.name.clone());
    view! {
        <p class="breadcrumb"><a href=Route::Journeys.href()>{move || texts().journey_back}</a></p>
        <h1 tabindex="-1">{name}</h1>
        <JourneyDetails/>
        <div class="map-toolbar" role="toolbar" aria-label=move || texts().map_toolbar>
            <a class="button" id=super::present::PRESENT_BUTTON_ID
                href=Route::PresentJourney(editor.id.get_value().to_string()).href()>
                {move || texts().present.present}
            </a>
            <button on:click=move |_| editor.travel(true) disabled=move || !editor.can.get().0>
                {move || texts().undo}
            </button>
            <button on:click=move |_| editor.travel(false) disabled=move || !editor.can.get().1>
                {move || texts().redo}
            </button>
            <label class="inline-check">
                <input type="checkbox" prop:checked=move || compact.get()
                    on:change=move |ev| compact.set(event_target_checked(&ev))/>
                {move || texts().density_compact}
            </label>
            <label class="inline-select">
                <span>{move || texts().curve_compare}</span>
                <select on:change=move |ev| compare.set(Id::new(event_target_value(&ev)).ok())>
                    <option value="" prop:selected=move || compare.get().is_none()>{move || texts().curve_compare_none}</option>
                    {move || others.get().into_iter().map(|(id, name)| {
                        let selected = id.clone();
                        view! {
                            <option value=id.to_string() prop:selected=move || compare.get().as_ref() == Some(&selected)>{name}</option>
                        }
                    }).collect_view()}
                </select>
            </label>
        </div>
        <ShareJourney/>
        <JourneyMap compact compare/>
        <Insights/>
        <StakeholderMap journey apply=Callback::new(move |edit| editor.apply(edit))/>
    }
    .into_any()
}

#[component]
fn NotFound() -> impl IntoView {
    let texts = use_texts();
    view! {
        <h1 tabindex="-1">{move || texts().journey_not_found}</h1>
        <p><a href=Route::Journeys.href()>{move || texts().journey_back}</a></p>
    }
}

/// Links to the service level pages of the services named as the journey's service.
#[component]
fn ServiceLevelLinks() -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let journey = expect_context::<Memo<Option<Journey>>>();
    let services = Memo::new(move |_| {
        journey.with(|j| {
            j.as_ref()
                .map(|j| {
                    state.workspace.with(|ws| {
                        ws.services_of_journey(j)
                            .map(|s| (s.id.to_string(), s.name.clone()))
                            .collect::<Vec<_>>()
                    })
                })
                .unwrap_or_default()
        })
    });
    move || {
        services
            .get()
            .into_iter()
            .map(|(id, name)| {
                view! {
                    <a class="cross-link" href=Route::Service(id).href()>
                        {move || format!("{}: {name}", texts().learn.journey_service_levels)}
                    </a>
                }
            })
            .collect_view()
    }
}

/// A short, stable key per step for the ids of its help tooltip.
fn step_key(step: Step) -> &'static str {
    ["-1", "-2", "-3", "-4", "-5", "-6", "-7"]
        [Step::ALL.iter().position(|s| *s == step).unwrap_or(0)]
}

/// What the page shows of the journey apart from its touchpoints and stakeholders, in
/// a memo of its own: a touchpoint edit leaves it as it is, so the fields above the
/// map are not set again.
#[derive(Debug, Clone, PartialEq, Default)]
struct Details {
    name: String,
    service: String,
    description: String,
    relationship: RelationshipType,
    state: JourneyState,
    persona_ids: Vec<Id>,
}

impl Details {
    fn memo(journey: Memo<Option<Journey>>) -> Memo<Self> {
        Memo::new(move |_| {
            journey.with(|j| {
                j.as_ref()
                    .map(|j| Self {
                        name: j.name.clone(),
                        service: j.service.clone(),
                        description: j.description.clone(),
                        relationship: j.relationship,
                        state: j.state,
                        persona_ids: j.persona_ids.clone(),
                    })
                    .unwrap_or_default()
            })
        })
    }
}

/// Name, service, description, relationship and state of the journey.
#[component]
fn JourneyDetails() -> impl IntoView {
    let texts = use_texts();
    let editor = expect_context::<Editor>();
    let details = expect_context::<Memo<Details>>();
    let get = move |f: fn(&Details) -> String| move || details.with(f);
    let relationship = move || details.with(|d| d.relationship);
    view! {
        <div class="journey-details">
            <div class="field">
                <label for="journey-name">{move || texts().journey_name}</label>
                <input id="journey-name" type="text" maxlength="200"
                    prop:value=get(|j| j.name.clone())
                    on:change=move |ev| editor.apply(JourneyEdit::SetName(event_target_value(&ev)))/>
            </div>
            <div class="field">
                <label for="journey-service">{move || texts().journey_service}</label>
                <input id="journey-service" type="text" maxlength="200"
                    prop:value=get(|j| j.service.clone())
                    on:change=move |ev| editor.apply(JourneyEdit::SetService(event_target_value(&ev)))/>
                <ServiceLevelLinks/>
            </div>
            <div class="field wide">
                <label for="journey-description">{move || texts().journey_description}</label>
                <textarea id="journey-description" rows="2"
                    prop:value=get(|j| j.description.clone())
                    on:change=move |ev| editor.apply(JourneyEdit::SetDescription(event_target_value(&ev)))/>
            </div>
            <div class="field">
                <label for="journey-relationship">{move || texts().journey_relationship}</label>
                <select id="journey-relationship" aria-describedby="relationship-help"
                    on:change=move |ev| {
                        let kind = match event_target_value(&ev).as_str() {
                            "cooperative" => RelationshipType::Cooperative,
                            "partnership" => RelationshipType::Partnership,
                            _ => RelationshipType::Basic,
                        };
                        editor.apply(JourneyEdit::SetRelationship(kind));
                    }>
                    {RelationshipType::ALL.into_iter().map(|r| {
                        let value = match r {
                            RelationshipType::Basic => "basic",
                            RelationshipType::Cooperative => "cooperative",
                            RelationshipType::Partnership => "partnership",
                        };
                        view! {
                            <option value=value prop:selected=move || relationship() == r>
                                {move || relationship_name(texts(), r)}
                            </option>
                        }
                    }).collect_view()}
                </select>
                <p class="hint" id="relationship-help">{move || relationship_help(texts(), relationship())}</p>
                <HelpLink concept=Concept::Relationships/>
            </div>
            <JourneyPersonas/>
            <div class="field">
                <label for="journey-state">{move || texts().journey_state}</label>
                <select id="journey-state"
                    on:change=move |ev| {
                        let state = if event_target_value(&ev) == "future" { JourneyState::Future } else { JourneyState::Current };
                        editor.apply(JourneyEdit::SetState(state));
                    }>
                    <option value="current" prop:selected=move || details.with(|d| d.state == JourneyState::Current)>
                        {move || texts().state_current}
                    </option>
                    <option value="future" prop:selected=move || details.with(|d| d.state == JourneyState::Future)>
                        {move || texts().state_future}
                    </option>
                </select>
            </div>
        </div>
    }
}

/// Export as a JSON file, or share as a link that carries the journey itself.
#[component]
fn ShareJourney() -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    let journey = expect_context::<Memo<Option<Journey>>>();
    let link = RwSignal::new(None::<String>);
    let copied = RwSignal::new(false);
    let shared = move || {
        journey.with_untracked(|j| {
            j.as_ref()
                .map(|j| state.workspace.with_untracked(|ws| share::collect(ws, j)))
        })
    };
    let export = move |_| {
        if let Some(shared) = shared() {
            if let Ok(text) = share::export_file(&shared) {
                let name = format!("{}.journey.json", shared.journey.id);
                let _ = download_text(&name, "application/json", &text);
            }
        }
    };
    let picture = move |svg: bool| {
        let t = texts();
        let moment = format!("★ {}", t.lane_moment);
        let labels = MapLabels {
            steps: &t.steps,
            channels: &t.channels,
            curve: t.curve_title,
            touchpoint: t.lane_title,
            channel: t.lane_channel,
            pain: t.lane_pain,
            ideas: t.lane_ideas,
            backstage: t.lane_backstage,
            moment: &moment,
            positive: t.curve_positive,
            negative: t.curve_negative,
        };
        journey.with_untracked(|j| {
            let Some(j) = j else { return };
            let (w, h) = map_size(j);
            let name = format!("{}.{}", j.id, if svg { "svg" } else { "png" });
            if svg {
                let mut text = String::new();
                let drawn = {
                    let area = SVGBackend::with_string(&mut text, (w, h)).into_drawing_area();
                    draw_journey_map(&area, j, &labels, 1.0).is_ok()
                };
                if drawn {
                    let _ = download_text(&name, "image/svg+xml", &text);
                }
            } else {
                let canvas = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.create_element("canvas").ok())
                    .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok());
                let Some(canvas) = canvas else { return };
                canvas.set_width(w * 2);
                canvas.set_height(h * 2);
                let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) else {
                    return;
                };
                if draw_journey_map(&backend.into_drawing_area(), j, &labels, 2.0).is_ok() {
                    if let Ok(url) = canvas.to_data_url() {
                        let _ = download_url(&name, &url);
                    }
                }
            }
        });
    };
    let make_link = move |_| {
        copied.set(false);
        let Some(shared) = shared() else { return };
        let Ok(payload) = share::encode_link(&shared) else {
            return;
        };
        let Some(location) = web_sys::window().map(|w| w.location()) else {
            return;
        };
        let base = location.href().unwrap_or_default();
        let base = base.split('#').next().unwrap_or_default().to_owned();
        link.set(Some(format!(
            "{base}{}",
            Route::SharedJourney(payload).href()
        )));
    };
    let copy = move |_| {
        if let (Some(text), Some(window)) = (link.get_untracked(), web_sys::window()) {
            let _ = window.navigator().clipboard().write_text(&text);
            copied.set(true);
        }
    };
    view! {
        <div class="actions share-actions">
            <button on:click=export>{move || texts().journey_export}</button>
            <button on:click=make_link>{move || texts().journey_share}</button>
            <button on:click=move |_| picture(false)>{move || texts().journey_png}</button>
            <button on:click=move |_| picture(true)>{move || texts().journey_svg}</button>
            <button on:click=move |_| {
                if let Some(window) = web_sys::window() {
                    let _ = window.print();
                }
            }>{move || texts().journey_print}</button>
        </div>
        {move || link.get().map(|url| {
            let length = url.chars().count();
            view! {
                <div class="field share-link">
                    <label for="share-link">{move || texts().share_link_label}</label>
                    <input id="share-link" type="text" readonly prop:value=url.clone()/>
                    <p class="hint">{move || (texts().share_length)(&format_number(state.lang.get(), length as f64, 0))}</p>
                    <div class="actions">
                        <button on:click=copy>{move || texts().share_copy}</button>
                    </div>
                    <p role="status">{move || copied.get().then(|| texts().share_copied)}</p>
                </div>
            }
        })}
    }
}

/// Checkboxes attaching personas from the library to this journey.
#[component]
fn JourneyPersonas() -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    let editor = expect_context::<Editor>();
    let details = expect_context::<Memo<Details>>();
    let personas = Memo::new(move |_| {
        state.workspace.with(|ws| {
            ws.personas
                .iter()
                .map(|p| (p.id.clone(), p.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <fieldset class="field wide personas-field">
            <legend>{move || texts().journey_personas}</legend>
            <Show when=move || personas.with(|p| !p.is_empty())
                fallback=move || view! { <p class="hint">{move || texts().journey_personas_none}</p> }
            >
                {move || personas.get().into_iter().map(|(id, name)| {
                    let attached = {
                        let id = id.clone();
                        move || details.with(|d| d.persona_ids.contains(&id))
                    };
                    view! {
                        <label class="inline-check">
                            <input type="checkbox" prop:checked=attached
                                on:change=move |ev| {
                                    let edit = if event_target_checked(&ev) {
                                        JourneyEdit::AttachPersona(id.clone())
                                    } else {
                                        JourneyEdit::DetachPersona(id.clone())
                                    };
                                    editor.apply(edit);
                                }/>
                            {name}
                        </label>
                    }
                }).collect_view()}
            </Show>
            <a href=Route::Personas.href()>{move || texts().personas_link}</a>
        </fieldset>
    }
}

fn step_name(t: &Texts, step: Step) -> &'static str {
    t.steps[Step::ALL.iter().position(|s| *s == step).unwrap_or(0)]
}

fn step_hint(t: &Texts, step: Step) -> &'static str {
    t.step_hints[Step::ALL.iter().position(|s| *s == step).unwrap_or(0)]
}

/// The map itself: lane labels, the curve, then the seven steps.
#[component]
fn JourneyMap(compact: RwSignal<bool>, compare: RwSignal<Option<Id>>) -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    let journey = expect_context::<Memo<Option<Journey>>>();
    let dragging = RwSignal::new(None::<Id>);
    provide_context(dragging);
    let cards = expect_context::<Cards>();
    Effect::new(move |_| journey.with(|j| j.as_ref().map(|j| cards.sync(j))));
    provide_context(Columns::new(journey));
    let layout = Memo::new(move |_| journey.with(|j| j.as_ref().map(curve_layout)));
    let columns = Memo::new(move |_| layout.with(|l| l.as_ref().map_or(7, |l| l.columns)));
    let scroller = NodeRef::<leptos::html::Div>::new();
    // The canvas covers the columns in view, `visible` as fractions of the map.
    let draw = move |area: &_, scale: f64, visible: std::ops::Range<f64>| {
        let t = texts();
        layout.with(|l| {
            l.as_ref().is_some_and(|l| {
                let other = compare.get().and_then(|id| {
                    state.workspace.with(|ws| {
                        ws.journeys
                            .iter()
                            .find(|j| j.id == id)
                            .map(|j| (overlay_points(l, j), j.name.clone()))
                    })
                });
                let labels = CurveLabels {
                    positive: t.curve_positive,
                    negative: t.curve_negative,
                    overlay: other.as_ref().map(|(_, name)| name.as_str()),
                };
                let points = other.as_ref().map(|(points, _)| points.as_slice());
                let columns = l.columns.max(1) as f64;
                let visible = visible.start * columns..visible.end * columns;
                draw_experience_curve(area, l, points, &labels, scale, visible).is_ok()
            })
        })
    };
    let lane = |label: fn(&Texts) -> &'static str, class: &'static str| {
        view! { <div class=format!("lane-label {class}")>{move || label(texts())}</div> }
    };
    view! {
        <div class="map-scroll" class:compact=move || compact.get() node_ref=scroller>
            <div class="map" style=move || format!("--columns: {}", columns.get())>
                <div class="lane-labels" aria-hidden="true">
                    <div class="lane-label lane-curve">{move || texts().curve_title}</div>
                    <div class="lane-label step-head-space"></div>
                    {lane(|t| t.lane_title, "lane-title")}
                    {lane(|t| t.lane_action, "lane-action")}
                    {lane(|t| t.lane_channel, "lane-channel")}
                    {lane(|t| t.lane_actor, "lane-actor")}
                    {lane(|t| t.lane_emotion, "lane-emotion")}
                    {lane(|t| t.lane_pain, "lane-pain")}
                    {lane(|t| t.lane_moment, "lane-moment")}
                    {lane(|t| t.lane_ideas, "lane-ideas")}
                    {lane(|t| t.lane_indicators, "lane-indicators")}
                    <div class="lane-label visibility-line">{move || texts().lane_visibility}</div>
                    {lane(|t| t.lane_backstage, "lane-backstage")}
                    <div class="lane-label card-actions-space"></div>
                </div>
                <div class="map-body">
                    <div class="curve-row">
                        <TrackChartCanvas
                            label=Signal::derive(move || texts().curve_title.to_owned())
                            height=150.0
                            scroller
                            draw
                        />
                    </div>
                    <div class="steps">
                        {Step::ALL.into_iter().map(|step| view! { <StepColumn step/> }).collect_view()}
                    </div>
                </div>
            </div>
        </div>
    }
}

/// The touchpoint ids of each step, in order: what the columns hold. Worked out once
/// per change of the journey, without copying when they stay the same, so an edit
/// inside a card re-renders no column.
#[derive(Clone, Copy)]
struct Columns(Memo<[Vec<Id>; 7]>);

impl Columns {
    fn new(journey: Memo<Option<Journey>>) -> Self {
        Self(Memo::new_owning(move |old: Option<[Vec<Id>; 7]>| {
            let first = old.is_none();
            let mut columns = old.unwrap_or_default();
            let changed = journey.with(|j| {
                let touchpoints = j.as_ref().map_or(&[][..], |j| &j.touchpoints[..]);
                // One pass: does each column still list its step's ids in order?
                let mut seen = [0usize; 7];
                let mut differs = [false; 7];
                for t in touchpoints {
                    let column = t.step as usize;
                    let at = seen[column];
                    differs[column] |= columns[column].get(at) != Some(&t.id);
                    seen[column] = at + 1;
                }
                for (column, ids) in columns.iter_mut().enumerate() {
                    if differs[column] || seen[column] != ids.len() {
                        let step = Step::ALL[column];
                        *ids = touchpoints
                            .iter()
                            .filter(|t| t.step == step)
                            .map(|t| t.id.clone())
                            .collect();
                        differs[column] = true;
                    }
                }
                differs.contains(&true)
            });
            (columns, changed || first)
        }))
    }
}

/// One step: its header, its touchpoint cards, and an add button.
#[component]
fn StepColumn(step: Step) -> impl IntoView {
    let texts = use_texts();
    let editor = expect_context::<Editor>();
    let dragging = expect_context::<RwSignal<Option<Id>>>();
    let columns = expect_context::<Columns>().0;
    let ids = Memo::new(move |_| columns.with(|c| c[step as usize].clone()));
    let add = move |_| {
        let t = texts();
        let touchpoint = Touchpoint::new(fresh_id("tp"), step, t.new_touchpoint);
        editor.apply(JourneyEdit::AddTouchpoint(touchpoint));
    };
    let drop_at_end = move |ev: ev::DragEvent| {
        ev.prevent_default();
        if let Some(id) = dragging.get_untracked() {
            editor.apply(JourneyEdit::MoveTouchpoint {
                id,
                step,
                index: usize::MAX,
            });
        }
        dragging.set(None);
    };
    view! {
        <section class="step" aria-label=move || step_name(texts(), step)
            style=move || format!("--cards: {}", ids.with(|ids| ids.len().max(1)))>
            <header class="step-head"
                on:dragover=move |ev: ev::DragEvent| ev.prevent_default()
                on:drop=drop_at_end
            >
                <h2>{move || step_name(texts(), step)}</h2>
                <HelpLink concept=Concept::Steps key=step_key(step)/>
                <p class="step-hint">{move || step_hint(texts(), step)}</p>
                <button class="add-touchpoint" on:click=add>
                    {move || (texts().add_touchpoint)(step_name(texts(), step))}
                </button>
            </header>
            // A form per step, though nothing is submitted: a browser's form autofill
            // looks at the fields around a changed one (its form, or every field
            // outside a form). In one step's form that is one column of the map, not
            // every field of every card (on a map of 700 cards about 5 ms less per
            // change). Buttons in it are type="button" and a submission goes nowhere.
            <form class="tp-cards" on:submit=|ev: ev::SubmitEvent| ev.prevent_default()>
                // Keyed by id: a move within the step moves the card's elements, a
                // move elsewhere re-creates only the moved card.
                <For
                    each=move || ids.get()
                    key=Id::clone
                    children=move |id| view! { <TouchpointCard id step/> }
                />
                <Show when=move || ids.with(Vec::is_empty)>
                    <div class="empty-step"
                        on:dragover=move |ev: ev::DragEvent| ev.prevent_default()
                        on:drop=drop_at_end
                    ></div>
                </Show>
            </form>
        </section>
    }
}

fn channel_name(t: &Texts, c: Channel) -> &'static str {
    t.channels[Channel::ALL.iter().position(|x| *x == c).unwrap_or(0)]
}

/// One touchpoint with all its lanes, edited in place.
#[component]
fn TouchpointCard(id: Id, step: Step) -> AnyView {
    let texts = use_texts();
    let editor = expect_context::<Editor>();
    let journey = expect_context::<Memo<Option<Journey>>>();
    let dragging = expect_context::<RwSignal<Option<Id>>>();
    let cards = expect_context::<Cards>();
    let Some(lanes) = journey.with_untracked(|j| j.as_ref().and_then(|j| cards.lanes(j, &id)))
    else {
        return ().into_any();
    };
    let whole = StoredValue::from(lanes.touchpoint.clone());
    let title = RwSignal::from(lanes.title);
    let channel = RwSignal::from(lanes.channel);
    let actor = RwSignal::from(lanes.actor);
    let emotion = RwSignal::from(lanes.emotion);
    let moment = RwSignal::from(lanes.moment);
    let update = move |change: &dyn Fn(&mut Touchpoint)| {
        let mut t = whole.get_value();
        change(&mut t);
        editor.apply(JourneyEdit::UpdateTouchpoint(t));
    };
    let text = |lane: ArcRwSignal<String>| move || lane.get();
    let moves = {
        let id = id.clone();
        move |along: Along| {
            let edit = journey.with_untracked(|j| j.as_ref().and_then(|j| j.step_move(&id, along)));
            if let Some(edit) = edit {
                editor.apply(edit);
                // The card is drawn again at its new place: keep keyboard focus on the
                // same button there, so repeated moves need no hunting.
                let selector = format!(
                    "button[data-touchpoint=\"{id}\"][data-move=\"{}\"]",
                    if along == Along::Earlier {
                        "earlier"
                    } else {
                        "later"
                    }
                );
                request_animation_frame(move || {
                    let button = web_sys::window()
                        .and_then(|w| w.document())
                        .and_then(|d| d.query_selector(&selector).ok().flatten())
                        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                    if let Some(button) = button {
                        let _ = button.focus();
                    }
                });
            }
        }
    };
    let (earlier, later) = (moves.clone(), moves);
    let delete = {
        let id = id.clone();
        move |_| editor.apply(JourneyEdit::DeleteTouchpoint(id.clone()))
    };
    let drag_id = id.clone();
    let drop_id = id.clone();
    let field_id = {
        let id = id.clone();
        move |lane: &str| format!("{lane}-{id}")
    };
    let is_low = move || emotion.get() < 0;
    view! {
        <article
            class="card touchpoint"
            class:negative=is_low
            aria-label=move || title.get()
            id=format!("touchpoint-{id}")
            tabindex="-1"
            on:dragover=move |ev: ev::DragEvent| ev.prevent_default()
            on:drop=move |ev: ev::DragEvent| {
                ev.prevent_default();
                if let Some(moving) = dragging.get_untracked() {
                    // Dropped on this card: the moving one goes to this card's place.
                    let index = journey.with_untracked(|j| {
                        j.as_ref()
                            .and_then(|j| j.touchpoints_in(step).position(|t| t.id == drop_id))
                    });
                    if let Some(index) = index {
                        editor.apply(JourneyEdit::MoveTouchpoint { id: moving, step, index });
                    }
                }
                dragging.set(None);
            }
        >
            <div class="lane lane-title">
                <input type="text" maxlength="200" aria-label=move || texts().lane_title
                    prop:value=move || title.get()
                    on:change=move |ev| { let v = event_target_value(&ev); update(&|t| t.title = v.clone()) }/>
            </div>
            <div class="lane lane-action">
                <textarea rows="2" aria-label=move || texts().lane_action placeholder=move || texts().prompt_action
                    prop:value=text(lanes.action)
                    on:change=move |ev| { let v = event_target_value(&ev); update(&|t| t.customer_action = v.clone()) }/>
            </div>
            <div class="lane lane-channel">
                <select aria-label=move || texts().lane_channel
                    on:change=move |ev| {
                        let i: usize = event_target_value(&ev).parse().unwrap_or(0);
                        if let Some(c) = Channel::ALL.get(i) { update(&|t| t.channel = *c) }
                    }>
                    {Channel::ALL.iter().enumerate().map(|(i, c)| {
                        let c = *c;
                        view! { <option value=i.to_string() prop:selected=move || channel.get() == c>{move || channel_name(texts(), c)}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="lane lane-actor">
                <select aria-label=move || texts().lane_actor
                    on:change=move |ev| {
                        let i: usize = event_target_value(&ev).parse().unwrap_or(0);
                        if let Some(a) = Actor::ALL.get(i) { update(&|t| t.actor = *a) }
                    }>
                    {Actor::ALL.iter().enumerate().map(|(i, a)| {
                        let a = *a;
                        view! { <option value=i.to_string() prop:selected=move || actor.get() == a>{move || texts().actors[i]}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="lane lane-emotion">
                <select aria-label=move || texts().lane_emotion
                    on:change=move |ev| {
                        let value: i64 = event_target_value(&ev).parse().unwrap_or(0);
                        if let Ok(e) = Emotion::new(value) { update(&|t| t.emotion = e) }
                    }>
                    {(-2i8..=2).map(|v| view! {
                        <option value=v.to_string() prop:selected=move || emotion.get() == v>
                            {move || texts().emotions[(v + 2) as usize]}
                        </option>
                    }).collect_view()}
                </select>
            </div>
            <div class="lane lane-pain">
                <textarea rows="2" aria-label=move || texts().lane_pain placeholder=move || texts().prompt_pain
                    prop:value=text(lanes.pains)
                    on:change=move |ev| { let v = lines(&event_target_value(&ev)); update(&|t| t.pain_points = v.clone()) }/>
            </div>
            <div class="lane lane-moment">
                <label class="inline-check" for=field_id("mot")>
                    <input type="checkbox" id=field_id("mot")
                        prop:checked=move || moment.get()
                        on:change=move |ev| { let v = event_target_checked(&ev); update(&|t| t.moment_of_truth = v) }/>
                    {move || texts().lane_moment}
                </label>
            </div>
            <div class="lane lane-ideas">
                <textarea rows="2" aria-label=move || texts().lane_ideas placeholder=move || texts().prompt_ideas
                    prop:value=text(lanes.ideas)
                    on:change=move |ev| { let v = lines(&event_target_value(&ev)); update(&|t| t.improvement_ideas = v.clone()) }/>
            </div>
            <div class="lane lane-indicators">
                <textarea rows="2" aria-label=move || texts().lane_indicators placeholder=move || texts().prompt_indicators
                    prop:value=text(lanes.indicators)
                    on:change=move |ev| { let v = lines(&event_target_value(&ev)); update(&|t| t.value_indicators = v.clone()) }/>
            </div>
            <div class="lane visibility-line" aria-hidden="true"></div>
            <div class="lane lane-backstage">
                <textarea rows="2" aria-label=move || texts().lane_backstage placeholder=move || texts().prompt_backstage
                    prop:value=text(lanes.backstage)
                    on:change=move |ev| { let v = event_target_value(&ev); update(&|t| t.backstage = v.clone()) }/>
            </div>
            <div class="card-actions">
                // Mouse and touch users drag this handle; keyboard users have the buttons.
                <span
                    class="drag-handle"
                    draggable="true"
                    aria-hidden="true"
                    title=move || texts().drag_to_move
                    on:dragstart=move |ev: ev::DragEvent| {
                        if let Some(data) = ev.data_transfer() {
                            let _ = data.set_data("text/plain", drag_id.as_str());
                            data.set_effect_allowed("move");
                        }
                        dragging.set(Some(drag_id.clone()));
                    }
                    on:dragend=move |_| dragging.set(None)
                >"⠿"</span>
                <button type="button" class="icon" on:click=move |_| earlier(Along::Earlier)
                    data-touchpoint=id.to_string() data-move="earlier"
                    aria-label=move || title.with(|t| (texts().move_earlier)(t))>
                    "←"
                </button>
                <button type="button" class="icon" on:click=move |_| later(Along::Later)
                    data-touchpoint=id.to_string() data-move="later"
                    aria-label=move || title.with(|t| (texts().move_later)(t))>
                    "→"
                </button>
                <button type="button" class="icon danger" on:click=delete
                    aria-label=move || title.with(|t| (texts().delete_touchpoint)(t))>
                    "✕"
                </button>
            </div>
        </article>
    }
    .into_any()
}

/// Touchpoints and mean emotion per step, lowest touchpoints, moments of truth,
/// pain points with ideas. Also the text alternative of the curve. Each part is
/// memoised apart, so an edit re-renders only the parts it changes.
#[component]
fn Insights() -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    let journey = expect_context::<Memo<Option<Journey>>>();
    // (title, step, emotion) of a listed touchpoint.
    type Listed = Vec<(String, Step, i8)>;
    // (title, pain points, improvement ideas) of a touchpoint with pain points.
    type Pains = Vec<(String, Vec<String>, Vec<String>)>;
    fn listed(list: &[&Touchpoint]) -> Listed {
        list.iter()
            .map(|t| (t.title.clone(), t.step, t.emotion.get()))
            .collect()
    }
    // The insights are worked out once per change of the journey; each part is then a
    // memo of its own, so a part whose content did not change is not drawn again.
    let all = Memo::new(move |_| {
        journey.with(|j| {
            j.as_ref().map(|j| {
                let insights = journey_insights(j);
                let pains: Pains = insights
                    .with_pain_points
                    .iter()
                    .map(|t| {
                        (
                            t.title.clone(),
                            t.pain_points.clone(),
                            t.improvement_ideas.clone(),
                        )
                    })
                    .collect();
                (
                    insights.steps,
                    listed(&insights.lowest),
                    listed(&insights.moments_of_truth),
                    pains,
                )
            })
        })
    });
    let steps =
        Memo::new(move |_| all.with(|a| a.as_ref().map(|a| a.0.clone()).unwrap_or_default()));
    let lowest =
        Memo::new(move |_| all.with(|a| a.as_ref().map(|a| a.1.clone()).unwrap_or_default()));
    let moments =
        Memo::new(move |_| all.with(|a| a.as_ref().map(|a| a.2.clone()).unwrap_or_default()));
    let pains =
        Memo::new(move |_| all.with(|a| a.as_ref().map(|a| a.3.clone()).unwrap_or_default()));

    // Seven rows, one per step, made once: a change sets the text of the cells
    // whose value changed, not the rows again.
    let step_rows = Step::ALL
        .into_iter()
        .enumerate()
        .map(|(i, step)| {
            let cell = move |f: fn(&StepSummary, Lang) -> String| {
                move || {
                    let lang = state.lang.get();
                    steps.with(|s| s.get(i).map(|s| f(s, lang)).unwrap_or_default())
                }
            };
            view! {
                <tr>
                    <th scope="row">{move || step_name(texts(), step)}</th>
                    <td>{cell(|s, lang| format_number(lang, s.touchpoints as f64, 0))}</td>
                    <td>{cell(|s, lang| s.average_emotion.map(|a| format_number(lang, a, 1)).unwrap_or_else(|| "—".into()))}</td>
                </tr>
            }
        })
        .collect_view();
    let list = move |items: Memo<Listed>| {
        move || {
            let t = texts();
            items.with(|items| {
                if items.is_empty() {
                    return view! { <p class="empty">{t.insights_none}</p> }.into_any();
                }
                let emotion = |e: i8| t.emotions[(e + 2).clamp(0, 4) as usize];
                view! {
                    <ul>{items.iter().map(|(title, step, e)| view! {
                        <li>{format!("{title} ({}: {})", step_name(t, *step), emotion(*e))}</li>
                    }).collect_view()}</ul>
                }
                .into_any()
            })
        }
    };
    let pain_list = move || {
        let t = texts();
        pains.with(|pains| {
            if pains.is_empty() {
                return view! { <p class="empty">{t.insights_none}</p> }.into_any();
            }
            view! {
                <ul>{pains.iter().map(|(title, points, ideas)| view! {
                    <li>
                        <strong>{title.clone()}</strong>
                        <ul>{points.iter().map(|p| view! { <li>{p.clone()}</li> }).collect_view()}</ul>
                        {(!ideas.is_empty()).then(|| view! {
                            <p>{t.lane_ideas}": "{ideas.join("; ")}</p>
                        })}
                    </li>
                }).collect_view()}</ul>
            }
            .into_any()
        })
    };
    view! {
        <section class="insights" aria-labelledby="insights-title">
            <h2 id="insights-title">{move || texts().insights_title}</h2>
            <div class="insights-grid">
                <table>
                    <caption>{move || texts().insights_per_step}</caption>
                    <thead><tr>
                        <th scope="col">{move || texts().insights_step}</th>
                        <th scope="col">{move || texts().insights_count}</th>
                        <th scope="col">{move || texts().insights_average}</th>
                    </tr></thead>
                    <tbody>{step_rows}</tbody>
                </table>
                <div>
                    <h3>{move || texts().insights_lowest}</h3>
                    {list(lowest)}
                    <h3>{move || texts().insights_moments}</h3>
                    <HelpLink concept=Concept::Moments/>
                    {list(moments)}
                </div>
                <div>
                    <h3>{move || texts().insights_pains}</h3>
                    {pain_list}
                </div>
            </div>
        </section>
    }
}
