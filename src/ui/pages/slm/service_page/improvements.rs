//! Improvement opportunities of the page's service: the table and the form that
//! adds one (linked to a review and a journey touchpoint if wished).

use super::super::improvements::ImprovementTable;
use super::super::names;
use super::super::service_context::{choice, parse_date, problem_view, Ctx, Problem};
use crate::domain::slm::{
    Improvement, ImprovementAim, ImprovementStatus, ServiceEdit, TouchpointRef,
};
use crate::i18n::format_date;
use crate::ui::fresh_id::fresh_id;
use crate::ui::state::{use_state, use_texts};
use leptos::prelude::*;

/// The improvements section.
#[component]
pub(super) fn Improvements() -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    let ctx = expect_context::<Ctx>();
    let problem: Problem = RwSignal::new(None);
    let title = RwSignal::new(String::new());
    let review = RwSignal::new(0usize);
    let aim = RwSignal::new(ImprovementAim::MeetAgreedLevel);
    let owner = RwSignal::new(String::new());
    let status = RwSignal::new(ImprovementStatus::Proposed);
    let benefit = RwSignal::new(String::new());
    let due = RwSignal::new(String::new());
    let touchpoint = RwSignal::new(0usize);
    // Every journey touchpoint, by journey: (journey name, [(link, touchpoint title)]).
    let touchpoints = Memo::new(move |_| {
        state.workspace.with(|ws| {
            ws.journeys
                .iter()
                .map(|j| {
                    let items = j
                        .touchpoints
                        .iter()
                        .map(|t| {
                            let link = TouchpointRef {
                                journey: j.id.clone(),
                                touchpoint: t.id.clone(),
                            };
                            (link, t.title.clone())
                        })
                        .collect::<Vec<_>>();
                    (j.name.clone(), items)
                })
                .collect::<Vec<_>>()
        })
    });
    let reviews = Memo::new(move |_| {
        let lang = state.lang.get();
        ctx.service.with(|s| {
            s.as_ref()
                .map(|s| {
                    s.reviews
                        .iter()
                        .map(|r| (r.id.clone(), format_date(lang, r.date)))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = texts().slm;
        if title.get_untracked().trim().is_empty() {
            problem.set(Some(t.edit_refused));
            return;
        }
        let mut item = Improvement::new(
            fresh_id("imp"),
            title.get_untracked().trim(),
            aim.get_untracked(),
        );
        item.review_id = review
            .get_untracked()
            .checked_sub(1)
            .and_then(|i| reviews.with_untracked(|r| r.get(i).map(|(id, _)| id.clone())));
        item.touchpoint = touchpoint.get_untracked().checked_sub(1).and_then(|i| {
            touchpoints.with_untracked(|all| {
                all.iter()
                    .flat_map(|(_, items)| items)
                    .nth(i)
                    .map(|(link, _)| link.clone())
            })
        });
        item.owner = owner.get_untracked().trim().to_owned();
        item.status = status.get_untracked();
        item.expected_benefit = benefit.get_untracked().trim().to_owned();
        let due_text = due.get_untracked();
        item.due = if due_text.trim().is_empty() {
            None
        } else {
            match parse_date(&due_text) {
                Some(d) => Some(d),
                None => {
                    problem.set(Some(t.invalid_date));
                    return;
                }
            }
        };
        if ctx.apply(ServiceEdit::AddImprovement(item), problem) {
            for s in [title, owner, benefit, due] {
                s.set(String::new());
            }
            touchpoint.set(0);
        }
    };
    let text = move |id: &'static str,
                     label: fn(&crate::i18n::SlmTexts) -> &'static str,
                     kind: &'static str,
                     v: RwSignal<String>| {
        view! {
            <div class="field">
                <label for=id>{move || label(texts().slm)}</label>
                <input id=id type=kind prop:value=move || v.get() on:input=move |ev| v.set(event_target_value(&ev))/>
            </div>
        }
    };
    view! {
        <section aria-labelledby="improvements-title">
            <h2 id="improvements-title">{move || texts().slm.improvements_heading}</h2>
            {move || ctx.service.get().map(|s| view! { <ImprovementTable services=vec![s] show_service=false/> })}
            <form class="card" on:submit=add>
                <h3>{move || texts().slm.add_improvement}</h3>
                {problem_view(problem)}
                <div class="form-grid">
                    {text("imp-title", |t| t.improvement_title, "text", title)}
                    <div class="field">
                        <label for="imp-review">{move || texts().slm.improvement_review}</label>
                        <select id="imp-review" on:change=move |ev| review.set(event_target_value(&ev).parse().unwrap_or(0))>
                            <option value="0">{move || texts().slm.no_review}</option>
                            {move || reviews.get().into_iter().enumerate().map(|(i, (_, date))| view! {
                                <option value=(i + 1).to_string() prop:selected=move || review.get() == i + 1>{date}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="imp-aim">{move || texts().slm.improvement_aim}</label>
                        {choice("imp-aim", &ImprovementAim::ALL, names::aim, aim)}
                    </div>
                    <div class="field">
                        <label for="imp-touchpoint">{move || texts().learn.improvement_touchpoint}</label>
                        <select id="imp-touchpoint" on:change=move |ev| touchpoint.set(event_target_value(&ev).parse().unwrap_or(0))>
                            <option value="0" prop:selected=move || touchpoint.get() == 0>{move || texts().learn.improvement_touchpoint_none}</option>
                            {move || {
                                let mut n = 0;
                                touchpoints.get().into_iter().map(|(journey, items)| {
                                    let options = items.into_iter().map(|(_, title)| {
                                        n += 1;
                                        let value = n;
                                        view! { <option value=value.to_string() prop:selected=move || touchpoint.get() == value>{title}</option> }
                                    }).collect_view();
                                    view! { <optgroup label=journey>{options}</optgroup> }
                                }).collect_view()
                            }}
                        </select>
                    </div>
                    {text("imp-owner", |t| t.improvement_owner, "text", owner)}
                    <div class="field">
                        <label for="imp-status">{move || texts().slm.improvement_status}</label>
                        {choice("imp-status", &ImprovementStatus::ALL, names::improvement_status, status)}
                    </div>
                    {text("imp-benefit", |t| t.improvement_benefit, "text", benefit)}
                    {text("imp-due", |t| t.improvement_due, "date", due)}
                </div>
                <button type="submit">{move || texts().slm.add_improvement}</button>
            </form>
        </section>
    }
}
