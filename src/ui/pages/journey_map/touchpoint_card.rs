//! One touchpoint card with all its lanes, edited in place, moved by keyboard or drag.

use super::cards::Cards;
use super::editor::Editor;
use crate::domain::bounded::Emotion;
use crate::domain::journey::{Actor, Channel, Journey, Step, Touchpoint};
use crate::domain::journey_edit::{Along, JourneyEdit};
use crate::domain::Id;
use crate::ui::labels::{actor_name, channel_name, emotion_name};
use crate::ui::state::use_texts;
use crate::ui::text_lines as lines;
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// One touchpoint with all its lanes, edited in place.
#[component]
pub(super) fn TouchpointCard(id: Id, step: Step) -> AnyView {
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
                        view! { <option value=i.to_string() prop:selected=move || actor.get() == a>{move || actor_name(texts(), a)}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="lane lane-emotion">
                <select aria-label=move || texts().lane_emotion
                    on:change=move |ev| {
                        let value: i64 = event_target_value(&ev).parse().unwrap_or(0);
                        if let Ok(e) = Emotion::new(value) { update(&|t| t.emotion = e) }
                    }>
                    {(-2i8..=2).filter_map(|v| Emotion::new(i64::from(v)).ok().map(|e| (v, e))).map(|(v, e)| view! {
                        <option value=v.to_string() prop:selected=move || emotion.get() == v>
                            {move || emotion_name(texts(), e)}
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
