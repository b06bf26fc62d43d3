//! One service: its details, agreements with targets, recorded values with an
//! attainment chart per target, the availability helper, satisfaction, watermelon
//! warnings, service reviews (with "review due") and improvement opportunities.

use super::agreements::Agreements;
use super::availability::AvailabilityHelper;
use super::charts::{AttainmentChart, SatisfactionChart};
use super::dashboard::Watermelons;
use super::names::{self, index_of};
use super::records_grid::RecordsGrids;
use super::{apply, latest_period, today};
use crate::domain::bounded::Rating5;
use crate::domain::slm::{
    last_periods, Improvement, Period, Review, Satisfaction, Service, ServiceEdit,
    ServiceEditError, TouchpointRef,
};
use crate::domain::{Id, RelationshipType};
use crate::i18n::format_date;
use crate::ui::concepts::{Concept, HelpLink};
use crate::ui::fresh_id::fresh_id;
use crate::ui::labels::relationship_name;
use crate::ui::route::Route;
use crate::ui::state::{use_state, use_texts, AppState};
use crate::ui::text_lines as lines;
use chrono::NaiveDate;
use leptos::prelude::*;

/// A problem to show after a form, in the reader's language.
pub(super) type Problem = RwSignal<Option<&'static str>>;

fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

pub(super) fn problem_view(problem: Problem) -> impl IntoView {
    move || {
        problem
            .get()
            .map(|p| view! { <p class="notice notice-error" role="alert">{p}</p> })
    }
}

/// The service and how to change it, for the sections of the page.
#[derive(Clone, Copy)]
pub(super) struct Ctx {
    state: AppState,
    id: StoredValue<Id>,
    pub(super) service: Memo<Option<Service>>,
}

impl Ctx {
    /// Applies `edit`; on refusal sets `problem`. True when applied.
    pub(super) fn apply(&self, edit: ServiceEdit, problem: Problem) -> bool {
        let id = self.id.get_value();
        let ok = apply(self.state, &id, edit).is_ok();
        problem.set((!ok).then(|| self.state.lang.get_untracked().texts().slm.edit_refused));
        ok
    }

    /// Applies `edit` to the service and saves; a refused edit changes nothing.
    pub(super) fn try_apply(&self, edit: ServiceEdit) -> Result<(), ServiceEditError> {
        let id = self.id.get_value();
        apply(self.state, &id, edit)
    }
}

/// The page of service `id`.
#[component]
pub fn ServicePage(id: String) -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let id = Id::new(id).ok();
    let service = {
        let id = id.clone();
        Memo::new(move |_| {
            state.workspace.with(|ws| {
                ws.services
                    .iter()
                    .find(|s| Some(&s.id) == id.as_ref())
                    .cloned()
            })
        })
    };
    let Some(id) = id.filter(|_| service.with_untracked(Option::is_some)) else {
        return view! {
            <h1 tabindex="-1">{move || texts().not_found_title}</h1>
            <p role="alert">{move || texts().slm.service_not_found}</p>
            <p><a href=Route::ServiceLevels.href()>{move || texts().slm.all_services}</a></p>
        }
        .into_any();
    };
    let ctx = Ctx {
        state,
        id: StoredValue::new(id.clone()),
        service,
    };
    provide_context(ctx);
    let name = move || service.with(|s| s.as_ref().map(|s| s.name.clone()).unwrap_or_default());
    view! {
        <p class="breadcrumb"><a href=Route::ServiceLevels.href()>{move || texts().slm.all_services}</a></p>
        <h1 tabindex="-1">{name}</h1>
        <div class="actions">
            <a class="button" href=Route::ServiceReport(id.to_string()).href()>{move || texts().slm.report_link}</a>
        </div>
        <Details/>
        <ServiceJourneys/>
        <Agreements/>
        <RecordsGrids/>
        <Attainment/>
        <AvailabilityHelper/>
        <SatisfactionSection/>
        {move || service.get().map(|s| {
            let to = latest_period(std::slice::from_ref(&s), crate::domain::slm::PeriodKind::Month);
            let periods = last_periods(to, 12);
            view! { <Watermelons services=vec![s] periods/> }
        })}
        <Reviews/>
        <Improvements/>
    }
    .into_any()
}

/// The journeys whose service is this one, each a link to its map.
#[component]
fn ServiceJourneys() -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    let ctx = expect_context::<Ctx>();
    let journeys = Memo::new(move |_| {
        ctx.service.with(|s| {
            s.as_ref()
                .map(|s| {
                    state.workspace.with(|ws| {
                        ws.journeys_of_service(s)
                            .map(|j| (j.id.to_string(), j.name.clone()))
                            .collect::<Vec<_>>()
                    })
                })
                .unwrap_or_default()
        })
    });
    view! {
        <section aria-labelledby="service-journeys-title">
            <h2 id="service-journeys-title">{move || texts().learn.service_journeys_heading}</h2>
            {move || {
                let list = journeys.get();
                if list.is_empty() {
                    view! { <p class="empty">{move || texts().learn.service_no_journeys}</p> }.into_any()
                } else {
                    view! {
                        <ul>
                            {list.into_iter().map(|(id, name)| view! {
                                <li><a href=Route::Journey(id).href()>{name}</a></li>
                            }).collect_view()}
                        </ul>
                    }
                    .into_any()
                }
            }}
        </section>
    }
}

#[component]
fn Details() -> impl IntoView {
    let texts = use_texts();
    let ctx = expect_context::<Ctx>();
    let problem: Problem = RwSignal::new(None);
    let read = move |f: fn(&Service) -> String| {
        move || ctx.service.with(|s| s.as_ref().map(f).unwrap_or_default())
    };
    let text_field = move |id: &'static str,
                           label: fn(&crate::i18n::SlmTexts) -> &'static str,
                           get: fn(&Service) -> String,
                           edit: fn(String) -> ServiceEdit| {
        view! {
            <div class="field">
                <label for=id>{move || label(texts().slm)}</label>
                <input id=id type="text" maxlength="200" prop:value=read(get)
                    on:change=move |ev| { ctx.apply(edit(event_target_value(&ev)), problem); }/>
            </div>
        }
    };
    let rel = [
        RelationshipType::Basic,
        RelationshipType::Cooperative,
        RelationshipType::Partnership,
    ];
    view! {
        <section aria-labelledby="details-title">
            <h2 id="details-title">{move || texts().slm.details_heading}</h2>
            {problem_view(problem)}
            <div class="form-grid">
                {text_field("svc-name", |t| t.service_name, |s| s.name.clone(), ServiceEdit::SetName)}
                {text_field("svc-consumer", |t| t.service_consumer, |s| s.consumer.clone(), ServiceEdit::SetConsumer)}
                {text_field("svc-provider", |t| t.service_provider, |s| s.provider.clone(), ServiceEdit::SetProvider)}
                <div class="field">
                    <label for="svc-rel">{move || texts().slm.service_relationship}</label>
                    <select id="svc-rel" on:change=move |ev| {
                        let i: usize = event_target_value(&ev).parse().unwrap_or(0);
                        if let Some(r) = rel.get(i) { ctx.apply(ServiceEdit::SetRelationship(*r), problem); }
                    }>
                        {rel.iter().enumerate().map(|(i, r)| {
                            let r = *r;
                            view! { <option value=i.to_string() prop:selected=move || ctx.service.with(|s| s.as_ref().is_some_and(|s| s.relationship == r))>{move || relationship_name(texts(), r)}</option> }
                        }).collect_view()}
                    </select>
                    <HelpLink concept=Concept::Relationships/>
                </div>
                <div class="field wide">
                    <label for="svc-desc">{move || texts().slm.service_description}</label>
                    <textarea id="svc-desc" rows="2" prop:value=read(|s| s.description.clone())
                        on:change=move |ev| { ctx.apply(ServiceEdit::SetDescription(event_target_value(&ev)), problem); }/>
                </div>
                <label class="inline-check wide">
                    <input type="checkbox" prop:checked=move || ctx.service.with(|s| s.as_ref().is_some_and(|s| s.tailored))
                        on:change=move |ev| { ctx.apply(ServiceEdit::SetTailored(event_target_checked(&ev)), problem); }/>
                    {move || texts().slm.service_tailored}
                </label>
            </div>
        </section>
    }
}

/// A `<select>` over `count` options named by `name(texts, i)`, writing the index.
pub(super) fn choice(
    id: impl Into<String>,
    count: usize,
    name: fn(&crate::i18n::SlmTexts, usize) -> &'static str,
    chosen: RwSignal<usize>,
) -> impl IntoView {
    let texts = use_texts();
    let id: String = id.into();
    view! {
        <select id=id on:change=move |ev| chosen.set(event_target_value(&ev).parse().unwrap_or(0))>
            {(0..count).map(|i| view! {
                <option value=i.to_string() prop:selected=move || chosen.get() == i>{move || name(texts().slm, i)}</option>
            }).collect_view()}
        </select>
    }
}

#[component]
fn Attainment() -> impl IntoView {
    let texts = use_texts();
    let ctx = expect_context::<Ctx>();
    view! {
        <section aria-labelledby="attainment-title">
            <h2 id="attainment-title">{move || texts().slm.attainment_heading}</h2>
            {move || ctx.service.get().map(|s| {
                s.targets().map(|(a, t)| {
                    let to = t.records.iter().map(|r| r.period).max().unwrap_or_else(|| Period::containing(t.period_kind, today()));
                    let periods = last_periods(to, 12);
                    let heading = format!("{} · {}", a.name, t.metric);
                    view! { <AttainmentChart target=t.clone() periods heading/> }
                }).collect_view()
            })}
            <details class="explain">
                <summary>{move || texts().slm.availability_heading}</summary>
                <p>{move || texts().slm.availability_convention}</p>
            </details>
        </section>
    }
}

#[component]
fn SatisfactionSection() -> impl IntoView {
    let texts = use_texts();
    let ctx = expect_context::<Ctx>();
    let problem: Problem = RwSignal::new(None);
    let period = RwSignal::new(String::new());
    let user = RwSignal::new(0usize);
    let customer = RwSignal::new(0usize);
    let source = RwSignal::new(0usize);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = texts().slm;
        let Ok(p) = Period::parse(&period.get_untracked()) else {
            problem.set(Some(t.invalid_period));
            return;
        };
        let rating = |i: usize| (i > 0).then(|| Rating5::new(i as i64).ok()).flatten();
        let entry = Satisfaction {
            period: p,
            user: rating(user.get_untracked()),
            customer: rating(customer.get_untracked()),
            source: names::SOURCES
                .get(source.get_untracked())
                .copied()
                .unwrap_or_default(),
        };
        ctx.apply(ServiceEdit::SetSatisfaction(entry), problem);
    };
    let scale = |id: &'static str,
                 label: fn(&crate::i18n::SlmTexts) -> &'static str,
                 value: RwSignal<usize>| {
        view! {
            <div class="field">
                <label for=id>{move || label(texts().slm)}</label>
                <select id=id on:change=move |ev| value.set(event_target_value(&ev).parse().unwrap_or(0))>
                    <option value="0">{move || texts().slm.none_given}</option>
                    {(1..=5).map(|i| view! { <option value=i.to_string()>{i.to_string()}</option> }).collect_view()}
                </select>
            </div>
        }
    };
    view! {
        <section aria-labelledby="satisfaction-title">
            <h2 id="satisfaction-title">{move || texts().slm.satisfaction_heading}</h2>
            <p class="hint">{move || texts().slm.satisfaction_hint}</p>
            {move || ctx.service.get().map(|s| {
                let to = latest_period(std::slice::from_ref(&s), crate::domain::slm::PeriodKind::Month);
                let periods = last_periods(to, 12);
                view! { <SatisfactionChart service=s periods/> }
            })}
            <form class="form-grid" on:submit=save>
                <div class="field">
                    <label for="sat-period">{move || texts().slm.record_period}</label>
                    <input id="sat-period" type="text" placeholder="2026-01" prop:value=move || period.get() on:input=move |ev| period.set(event_target_value(&ev))/>
                </div>
                {scale("sat-user", |t| t.satisfaction_user, user)}
                {scale("sat-customer", |t| t.satisfaction_customer, customer)}
                <div class="field">
                    <label for="sat-source">{move || texts().slm.satisfaction_source}</label>
                    {choice("sat-source", 3, |t, i| t.satisfaction_sources[i], source)}
                </div>
                <div class="field"><button type="submit">{move || texts().slm.satisfaction_save}</button></div>
            </form>
            {problem_view(problem)}
        </section>
    }
}

#[component]
fn Reviews() -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    let ctx = expect_context::<Ctx>();
    let problem: Problem = RwSignal::new(None);
    let date = RwSignal::new(today().format("%Y-%m-%d").to_string());
    let kind = RwSignal::new(0usize);
    let trigger = RwSignal::new(0usize);
    let consumer = RwSignal::new(String::new());
    let provider = RwSignal::new(String::new());
    let findings = RwSignal::new(String::new());
    let decisions = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(d) = parse_date(&date.get_untracked()) else {
            problem.set(Some(texts().slm.invalid_date));
            return;
        };
        let mut review = if kind.get_untracked() == 0 {
            Review::interval(fresh_id("rev"), d)
        } else {
            Review::event(
                fresh_id("rev"),
                d,
                names::TRIGGERS
                    .get(trigger.get_untracked())
                    .copied()
                    .unwrap_or(names::TRIGGERS[3]),
            )
        };
        review.consumer_participants = lines(&consumer.get_untracked());
        review.provider_participants = lines(&provider.get_untracked());
        review.findings = findings.get_untracked().trim().to_owned();
        review.decisions = decisions.get_untracked().trim().to_owned();
        if ctx.apply(ServiceEdit::AddReview(review), problem) {
            for s in [consumer, provider, findings, decisions] {
                s.set(String::new());
            }
        }
    };
    let area = move |id: &'static str,
                     label: fn(&crate::i18n::SlmTexts) -> &'static str,
                     v: RwSignal<String>| {
        view! {
            <div class="field">
                <label for=id>{move || label(texts().slm)}</label>
                <textarea id=id rows="2" prop:value=move || v.get() on:input=move |ev| v.set(event_target_value(&ev))/>
            </div>
        }
    };
    let list = move || {
        let lang = state.lang.get();
        ctx.service.get().map(|s| {
            let t = texts().slm;
            if s.reviews.is_empty() {
                return view! { <p class="empty">{t.no_reviews}</p> }.into_any();
            }
            let mut reviews = s.reviews.clone();
            reviews.sort_by_key(|r| std::cmp::Reverse(r.date));
            view! {
                <ul class="review-list">
                    {reviews.into_iter().map(|r| {
                        let kind = t.review_kinds[if r.kind == crate::domain::slm::ReviewKind::Event { 1 } else { 0 }];
                        let trigger = r.trigger.map(|tr| t.review_triggers[index_of(&names::TRIGGERS, &tr)]);
                        view! {
                            <li class="card">
                                <h3>{format_date(lang, r.date)}" · "{kind}{trigger.map(|tr| format!(" · {tr}"))}</h3>
                                {(!r.consumer_participants.is_empty()).then(|| view! { <p><strong>{t.review_consumer}": "</strong>{r.consumer_participants.join(", ")}</p> })}
                                {(!r.provider_participants.is_empty()).then(|| view! { <p><strong>{t.review_provider}": "</strong>{r.provider_participants.join(", ")}</p> })}
                                {(!r.findings.is_empty()).then(|| view! { <p><strong>{t.review_findings}": "</strong>{r.findings.clone()}</p> })}
                                {(!r.decisions.is_empty()).then(|| view! { <p><strong>{t.review_decisions}": "</strong>{r.decisions.clone()}</p> })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
            .into_any()
        })
    };
    view! {
        <section aria-labelledby="reviews-title">
            <h2 id="reviews-title">{move || texts().slm.reviews_heading}</h2>
            <HelpLink concept=Concept::Slm/>
            {list}
            <form class="card" on:submit=add>
                <h3>{move || texts().slm.add_review}</h3>
                {problem_view(problem)}
                <div class="form-grid">
                    <div class="field">
                        <label for="rev-date">{move || texts().slm.review_date}</label>
                        <input id="rev-date" type="date" prop:value=move || date.get() on:input=move |ev| date.set(event_target_value(&ev))/>
                    </div>
                    <div class="field">
                        <label for="rev-kind">{move || texts().slm.review_kind}</label>
                        {choice("rev-kind", 2, |t, i| t.review_kinds[i], kind)}
                    </div>
                    <div class="field">
                        <label for="rev-trigger">{move || texts().slm.review_trigger}</label>
                        {choice("rev-trigger", 4, |t, i| t.review_triggers[i], trigger)}
                    </div>
                    {area("rev-consumer", |t| t.review_consumer, consumer)}
                    {area("rev-provider", |t| t.review_provider, provider)}
                    {area("rev-findings", |t| t.review_findings, findings)}
                    {area("rev-decisions", |t| t.review_decisions, decisions)}
                </div>
                <button type="submit">{move || texts().slm.add_review}</button>
            </form>
        </section>
    }
}

#[component]
fn Improvements() -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    let ctx = expect_context::<Ctx>();
    let problem: Problem = RwSignal::new(None);
    let title = RwSignal::new(String::new());
    let review = RwSignal::new(0usize);
    let aim = RwSignal::new(0usize);
    let owner = RwSignal::new(String::new());
    let status = RwSignal::new(0usize);
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
            names::AIMS
                .get(aim.get_untracked())
                .copied()
                .unwrap_or(names::AIMS[0]),
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
        item.status = names::IMPROVEMENT_STATUSES
            .get(status.get_untracked())
            .copied()
            .unwrap_or_default();
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
            {move || ctx.service.get().map(|s| view! { <super::improvements::ImprovementTable services=vec![s] show_service=false/> })}
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
                        {choice("imp-aim", 4, |t, i| t.aims[i], aim)}
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
                        {choice("imp-status", 5, |t, i| t.improvement_statuses[i], status)}
                    </div>
                    {text("imp-benefit", |t| t.improvement_benefit, "text", benefit)}
                    {text("imp-due", |t| t.improvement_due, "date", due)}
                </div>
                <button type="submit">{move || texts().slm.add_improvement}</button>
            </form>
        </section>
    }
}
