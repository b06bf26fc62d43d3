//! The stakeholder map of a journey: the influence × interest grid with a table
//! beside it, where every stakeholder is edited in place.

use crate::charts::stakeholder_grid::{draw_stakeholder_grid, GridLabels};
use crate::domain::bounded::Rating5;
use crate::domain::insights::Quadrant;
use crate::domain::journey::Journey;
use crate::domain::journey_edit::JourneyEdit;
use crate::domain::stakeholder::{Side, Stakeholder, StakeholderRole};
use crate::domain::{Id, RelationshipType};
use crate::i18n::Texts;
use crate::ui::chart_canvas::ChartCanvas;
use crate::ui::fresh_id::fresh_id;
use crate::ui::labels::{quadrant_name, relationship_name, role_name, side_name};
use crate::ui::state::use_texts;
use leptos::prelude::*;

/// The stakeholder section of a journey page. `apply` performs a journey edit.
#[component]
pub fn StakeholderMap(
    journey: Memo<Option<Journey>>,
    apply: Callback<JourneyEdit>,
) -> impl IntoView {
    let texts = use_texts();
    let new_name = RwSignal::new(String::new());
    let stakeholders = Memo::new(move |_| {
        journey.with(|j| {
            j.as_ref()
                .map(|j| j.stakeholders.clone())
                .unwrap_or_default()
        })
    });
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = new_name.get_untracked().trim().to_owned();
        if name.is_empty() {
            return;
        }
        let (Ok(influence), Ok(interest)) = (Rating5::new(3), Rating5::new(3)) else {
            return;
        };
        apply.run(JourneyEdit::AddStakeholder(Stakeholder {
            id: fresh_id("sh"),
            name,
            role: StakeholderRole::Customer,
            side: Side::Consumer,
            influence,
            interest,
            relationship: RelationshipType::Basic,
            notes: String::new(),
        }));
        new_name.set(String::new());
    };
    let draw = move |area: &_, scale: f64| {
        let t = texts();
        let labels = GridLabels {
            influence: t.stakeholder_influence,
            interest: t.stakeholder_interest,
            manage_closely: quadrant_name(t, Quadrant::ManageClosely),
            keep_satisfied: quadrant_name(t, Quadrant::KeepSatisfied),
            keep_informed: quadrant_name(t, Quadrant::KeepInformed),
            monitor: quadrant_name(t, Quadrant::Monitor),
        };
        stakeholders.with(|list| draw_stakeholder_grid(area, list, &labels, scale).is_ok())
    };
    view! {
        <section class="stakeholders" aria-labelledby="stakeholders-title">
            <h2 id="stakeholders-title">{move || texts().stakeholders_title}</h2>
            <p class="hint">{move || texts().stakeholders_help}</p>
            <form class="inline-form" on:submit=add>
                <label for="new-stakeholder">{move || texts().stakeholder_new_label}</label>
                <input id="new-stakeholder" type="text" maxlength="200"
                    prop:value=move || new_name.get()
                    on:input=move |ev| new_name.set(event_target_value(&ev))/>
                <button type="submit">{move || texts().stakeholder_add}</button>
            </form>
            <div class="chart-with-table stakeholder-layout">
                <ChartCanvas
                    label=Signal::derive(move || texts().stakeholders_title.to_owned())
                    aspect=0.9
                    draw
                />
                <div class="table-scroll">
                    <table>
                        <caption>{move || texts().stakeholders_table}</caption>
                        <thead><tr>
                            <th scope="col">{move || texts().stakeholder_name}</th>
                            <th scope="col">{move || texts().stakeholder_role}</th>
                            <th scope="col">{move || texts().stakeholder_side}</th>
                            <th scope="col">{move || texts().stakeholder_influence}</th>
                            <th scope="col">{move || texts().stakeholder_interest}</th>
                            <th scope="col">{move || texts().stakeholder_quadrant}</th>
                            <th scope="col">{move || texts().journey_relationship}</th>
                            <th scope="col">{move || texts().stakeholder_notes}</th>
                            <th scope="col"><span class="visually-hidden">{move || texts().delete}</span></th>
                        </tr></thead>
                        <tbody>
                            <For
                                each=move || stakeholders.get().into_iter().map(|s| s.id)
                                key=|id| id.clone()
                                children=move |id| view! { <StakeholderRow id stakeholders apply/> }
                            />
                        </tbody>
                    </table>
                    <Show when=move || stakeholders.with(Vec::is_empty)>
                        <p class="empty">{move || texts().stakeholders_empty}</p>
                    </Show>
                </div>
            </div>
        </section>
    }
}

/// One editable stakeholder row.
#[component]
fn StakeholderRow(
    id: Id,
    stakeholders: Memo<Vec<Stakeholder>>,
    apply: Callback<JourneyEdit>,
) -> impl IntoView {
    let texts = use_texts();
    let current = {
        let id = id.clone();
        Memo::new(move |_| stakeholders.with(|list| list.iter().find(|s| s.id == id).cloned()))
    };
    let update = move |change: &dyn Fn(&mut Stakeholder)| {
        if let Some(mut s) = current.get_untracked() {
            change(&mut s);
            apply.run(JourneyEdit::UpdateStakeholder(s));
        }
    };
    let name = move || current.with(|s| s.as_ref().map(|s| s.name.clone()).unwrap_or_default());
    let rating = move |label: fn(&Texts) -> &'static str,
                       get: fn(&Stakeholder) -> i8,
                       set: fn(&mut Stakeholder, Rating5)| {
        view! {
            <select aria-label=move || format!("{} — {}", label(texts()), name())
                on:change=move |ev| {
                    if let Ok(v) = Rating5::new(event_target_value(&ev).parse().unwrap_or(0)) {
                        update(&|s| set(s, v));
                    }
                }>
                {(1..=5i8).map(|v| view! {
                    <option value=v.to_string() prop:selected=move || current.with(|s| s.as_ref().is_some_and(|s| get(s) == v))>{v}</option>
                }).collect_view()}
            </select>
        }
    };
    let delete = move |_| {
        apply.run(JourneyEdit::DeleteStakeholder(id.clone()));
    };
    view! {
        <tr>
            <td>
                <input type="text" maxlength="200" aria-label=move || texts().stakeholder_name
                    prop:value=name
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if !v.trim().is_empty() { update(&|s| s.name = v.trim().to_owned()) }
                    }/>
            </td>
            <td>
                <select aria-label=move || format!("{} — {}", texts().stakeholder_role, name())
                    on:change=move |ev| {
                        let i: usize = event_target_value(&ev).parse().unwrap_or(0);
                        if let Some(r) = StakeholderRole::ALL.get(i) { update(&|s| s.role = *r) }
                    }>
                    {StakeholderRole::ALL.iter().enumerate().map(|(i, r)| {
                        let r = *r;
                        view! { <option value=i.to_string() prop:selected=move || current.with(|s| s.as_ref().is_some_and(|s| s.role == r))>{move || role_name(texts(), r)}</option> }
                    }).collect_view()}
                </select>
            </td>
            <td>
                <select aria-label=move || format!("{} — {}", texts().stakeholder_side, name())
                    on:change=move |ev| {
                        let i: usize = event_target_value(&ev).parse().unwrap_or(0);
                        if let Some(side) = Side::ALL.get(i) { update(&|s| s.side = *side) }
                    }>
                    {Side::ALL.iter().enumerate().map(|(i, side)| {
                        let side = *side;
                        view! { <option value=i.to_string() prop:selected=move || current.with(|s| s.as_ref().is_some_and(|s| s.side == side))>{move || side_name(texts(), side)}</option> }
                    }).collect_view()}
                </select>
            </td>
            <td>{rating(|t| t.stakeholder_influence, |s| s.influence.get(), |s, v| s.influence = v)}</td>
            <td>{rating(|t| t.stakeholder_interest, |s| s.interest.get(), |s, v| s.interest = v)}</td>
            <td class="quadrant">{move || current.with(|s| s.as_ref().map(|s| quadrant_name(texts(), s.quadrant())).unwrap_or_default())}</td>
            <td>
                <select aria-label=move || format!("{} — {}", texts().journey_relationship, name())
                    on:change=move |ev| {
                        let i: usize = event_target_value(&ev).parse().unwrap_or(0);
                        if let Some(r) = RelationshipType::ALL.get(i) { update(&|s| s.relationship = *r) }
                    }>
                    {RelationshipType::ALL.iter().enumerate().map(|(i, r)| {
                        let r = *r;
                        view! { <option value=i.to_string() prop:selected=move || current.with(|s| s.as_ref().is_some_and(|s| s.relationship == r))>{move || relationship_name(texts(), r)}</option> }
                    }).collect_view()}
                </select>
            </td>
            <td>
                <input type="text" aria-label=move || format!("{} — {}", texts().stakeholder_notes, name())
                    prop:value=move || current.with(|s| s.as_ref().map(|s| s.notes.clone()).unwrap_or_default())
                    on:change=move |ev| { let v = event_target_value(&ev); update(&|s| s.notes = v.clone()) }/>
            </td>
            <td>
                <button class="icon danger" on:click=delete aria-label=move || (texts().stakeholder_delete)(&name())>"✕"</button>
            </td>
        </tr>
    }
}
