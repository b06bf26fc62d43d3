//! One service: its details, agreements with targets, recorded values with an
//! attainment chart per target, the availability helper, satisfaction, watermelon
//! warnings, service reviews (with "review due") and improvement opportunities.

use super::availability::AvailabilityHelper;
use super::charts::{target_text, AttainmentChart, SatisfactionChart};
use super::dashboard::Watermelons;
use super::names::{self, index_of};
use super::{apply, latest_period, today};
use crate::domain::bounded::Rating5;
use crate::domain::slm::{
    last_periods, parse_decimal, review_due, Agreement, Direction, Improvement, Period, Review,
    Satisfaction, Service, ServiceEdit, Target,
};
use crate::domain::{Id, RelationshipType};
use crate::i18n::format_date;
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
        <Agreements/>
        <RecordValue/>
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
fn choice(
    id: &'static str,
    count: usize,
    name: fn(&crate::i18n::SlmTexts, usize) -> &'static str,
    chosen: RwSignal<usize>,
) -> impl IntoView {
    let texts = use_texts();
    view! {
        <select id=id on:change=move |ev| chosen.set(event_target_value(&ev).parse().unwrap_or(0))>
            {(0..count).map(|i| view! {
                <option value=i.to_string() prop:selected=move || chosen.get() == i>{move || name(texts().slm, i)}</option>
            }).collect_view()}
        </select>
    }
}

#[component]
fn Agreements() -> impl IntoView {
    let texts = use_texts();
    let ctx = expect_context::<Ctx>();
    let problem: Problem = RwSignal::new(None);
    let name = RwSignal::new(String::new());
    let kind = RwSignal::new(0usize);
    let status = RwSignal::new(0usize);
    let start = RwSignal::new(String::new());
    let end = RwSignal::new(String::new());
    let interval = RwSignal::new(String::from("12"));
    let parties = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = texts().slm;
        let interval = interval.get_untracked().trim().parse::<u16>().ok();
        let agreement = Agreement::new(
            fresh_id("agr"),
            if name.get_untracked().trim().is_empty() {
                t.new_agreement.to_owned()
            } else {
                name.get_untracked()
            },
            names::KINDS
                .get(kind.get_untracked())
                .copied()
                .unwrap_or(names::KINDS[0]),
            parse_date(&start.get_untracked()),
            parse_date(&end.get_untracked()),
            interval,
        );
        match agreement {
            Ok(mut a) => {
                a.status = names::AGREEMENT_STATUSES
                    .get(status.get_untracked())
                    .copied()
                    .unwrap_or_default();
                a.parties = lines(&parties.get_untracked());
                if ctx.apply(ServiceEdit::AddAgreement(a), problem) {
                    name.set(String::new());
                    parties.set(String::new());
                }
            }
            Err(_) => problem.set(Some(t.edit_refused)),
        }
    };
    let list = move || {
        ctx.service.get().map(|s| {
            if s.agreements.is_empty() {
                return view! { <p class="empty">{texts().slm.no_agreements}</p> }.into_any();
            }
            s.agreements
                .iter()
                .map(|a| view! { <AgreementCard agreement=a.clone() service=s.clone()/> })
                .collect_view()
                .into_any()
        })
    };
    let input = move |id: &'static str,
                      label: fn(&crate::i18n::SlmTexts) -> &'static str,
                      kind: &'static str,
                      value: RwSignal<String>| {
        view! {
            <div class="field">
                <label for=id>{move || label(texts().slm)}</label>
                <input id=id type=kind prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
            </div>
        }
    };
    view! {
        <section aria-labelledby="agreements-title">
            <h2 id="agreements-title">{move || texts().slm.agreements_heading}</h2>
            {list}
            <form class="card" on:submit=add>
                <h3>{move || texts().slm.add_agreement}</h3>
                {problem_view(problem)}
                <div class="form-grid">
                    {input("agr-name", |t| t.agreement_name, "text", name)}
                    <div class="field">
                        <label for="agr-kind">{move || texts().slm.agreement_kind}</label>
                        {choice("agr-kind", 3, |t, i| t.agreement_kinds[i], kind)}
                    </div>
                    <div class="field">
                        <label for="agr-status">{move || texts().slm.agreement_status}</label>
                        {choice("agr-status", 3, |t, i| t.agreement_statuses[i], status)}
                    </div>
                    {input("agr-start", |t| t.agreement_start, "date", start)}
                    {input("agr-end", |t| t.agreement_end, "date", end)}
                    {input("agr-interval", |t| t.agreement_interval, "number", interval)}
                    <div class="field">
                        <label for="agr-parties">{move || texts().slm.agreement_parties}</label>
                        <textarea id="agr-parties" rows="2" prop:value=move || parties.get() on:input=move |ev| parties.set(event_target_value(&ev))/>
                    </div>
                </div>
                <button type="submit">{move || texts().slm.add_agreement}</button>
            </form>
        </section>
    }
}

#[component]
fn AgreementCard(agreement: Agreement, service: Service) -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    let ctx = expect_context::<Ctx>();
    let problem: Problem = RwSignal::new(None);
    let metric = RwSignal::new(String::new());
    let unit = RwSignal::new(String::new());
    let direction = RwSignal::new(0usize);
    let value = RwSignal::new(String::new());
    let warning = RwSignal::new(String::new());
    let kind = RwSignal::new(0usize);
    let agreement_id = agreement.id.clone();
    let dom = |what: &str| format!("{what}-{}", agreement.id);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = texts().slm;
        let Ok(target) = parse_decimal(&value.get_untracked()) else {
            problem.set(Some(t.invalid_number));
            return;
        };
        let warn = warning.get_untracked();
        let warn = if warn.trim().is_empty() {
            None
        } else {
            match parse_decimal(&warn) {
                Ok(w) => Some(w),
                Err(_) => {
                    problem.set(Some(t.invalid_number));
                    return;
                }
            }
        };
        let direction = if direction.get_untracked() == 0 {
            Direction::AtLeast
        } else {
            Direction::AtMost
        };
        let kind = names::PERIOD_KINDS
            .get(kind.get_untracked())
            .copied()
            .unwrap_or_default();
        match Target::new(
            fresh_id("tgt"),
            metric.get_untracked(),
            unit.get_untracked(),
            direction,
            target,
            warn,
            kind,
        ) {
            Ok(target) => {
                if ctx.apply(
                    ServiceEdit::AddTarget {
                        agreement: agreement_id.clone(),
                        target,
                    },
                    problem,
                ) {
                    metric.set(String::new());
                    value.set(String::new());
                    warning.set(String::new());
                }
            }
            Err(_) => problem.set(Some(t.edit_refused)),
        }
    };
    let due = review_due(&service, &agreement, today());
    let lang = state.lang;
    let targets = agreement.targets.clone();
    let field = move |id: String,
                      label: fn(&crate::i18n::SlmTexts) -> &'static str,
                      v: RwSignal<String>| {
        view! {
            <div class="field">
                <label for=id.clone()>{move || label(texts().slm)}</label>
                <input id=id type="text" inputmode="text" prop:value=move || v.get() on:input=move |ev| v.set(event_target_value(&ev))/>
            </div>
        }
    };
    view! {
        <article class="card agreement">
            <h3>{agreement.name.clone()}</h3>
            <p class="meta">
                {move || texts().slm.agreement_kinds[index_of(&names::KINDS, &agreement.kind)]}
                " · "
                {move || texts().slm.agreement_statuses[index_of(&names::AGREEMENT_STATUSES, &agreement.status)]}
                {(!agreement.parties.is_empty()).then(|| format!(" · {}", agreement.parties.join(", ")))}
            </p>
            {due.map(|d| view! {
                <p class=if d.is_due { "notice notice-error" } else { "hint" } role=if d.is_due { "alert" } else { "note" }>
                    {move || (texts().slm.review_due)(&format_date(lang.get(), d.due), d.is_due)}
                </p>
            })}
            <table>
                <caption>{move || texts().slm.targets_heading}</caption>
                <thead><tr>
                    <th scope="col">{move || texts().slm.target_metric}</th>
                    <th scope="col">{move || texts().slm.target_value}</th>
                    <th scope="col">{move || texts().slm.target_warning}</th>
                    <th scope="col">{move || texts().slm.target_period_kind}</th>
                </tr></thead>
                <tbody>
                    {targets.into_iter().map(|t| {
                        let goal = target_text(lang.get_untracked(), &t);
                        let warn = t.warning.map(|w| crate::i18n::format_number(lang.get_untracked(), w, 2)).unwrap_or_default();
                        let k = index_of(&names::PERIOD_KINDS, &t.period_kind);
                        view! {
                            <tr>
                                <th scope="row">{t.metric.clone()}</th>
                                <td>{goal}</td>
                                <td>{warn}</td>
                                <td>{move || texts().slm.period_kinds[k]}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            <form on:submit=add>
                <h4>{move || texts().slm.add_target}</h4>
                {problem_view(problem)}
                <div class="form-grid">
                    {field(dom("metric"), |t| t.target_metric, metric)}
                    {field(dom("unit"), |t| t.target_unit, unit)}
                    <div class="field">
                        <label for=dom("dir")>{move || texts().slm.target_direction}</label>
                        <select id=dom("dir") on:change=move |ev| direction.set(event_target_value(&ev).parse().unwrap_or(0))>
                            <option value="0">"≥"</option>
                            <option value="1">"≤"</option>
                        </select>
                    </div>
                    {field(dom("value"), |t| t.target_value, value)}
                    {field(dom("warning"), |t| t.target_warning, warning)}
                    <div class="field">
                        <label for=dom("kind")>{move || texts().slm.target_period_kind}</label>
                        <select id=dom("kind") on:change=move |ev| kind.set(event_target_value(&ev).parse().unwrap_or(0))>
                            {(0..3).map(|i| view! { <option value=i.to_string()>{move || texts().slm.period_kinds[i]}</option> }).collect_view()}
                        </select>
                    </div>
                </div>
                <button type="submit">{move || texts().slm.add_target}</button>
            </form>
        </article>
    }
}

#[component]
fn RecordValue() -> impl IntoView {
    let texts = use_texts();
    let ctx = expect_context::<Ctx>();
    let problem: Problem = RwSignal::new(None);
    let saved = RwSignal::new(false);
    let target = RwSignal::new(0usize);
    let period = RwSignal::new(String::new());
    let value = RwSignal::new(String::new());
    let targets = Memo::new(move |_| {
        ctx.service.with(|s| {
            s.as_ref()
                .map(|s| {
                    s.targets()
                        .map(|(a, t)| {
                            (
                                t.id.clone(),
                                format!("{} · {}", a.name, t.metric),
                                t.period_kind,
                            )
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        saved.set(false);
        let t = texts().slm;
        let Some((id, _, kind)) =
            targets.with_untracked(|ts| ts.get(target.get_untracked()).cloned())
        else {
            return;
        };
        let Some(p) = Period::parse(&period.get_untracked())
            .ok()
            .filter(|p| p.kind() == kind)
        else {
            problem.set(Some(t.invalid_period));
            return;
        };
        let Ok(achieved) = parse_decimal(&value.get_untracked()) else {
            problem.set(Some(t.invalid_number));
            return;
        };
        if ctx.apply(
            ServiceEdit::RecordValue {
                target: id,
                period: p,
                achieved,
            },
            problem,
        ) {
            value.set(String::new());
            saved.set(true);
        }
    };
    view! {
        <Show when=move || targets.with(|t| !t.is_empty())>
            <section aria-labelledby="record-title">
                <h2 id="record-title">{move || texts().slm.record_heading}</h2>
                <form class="form-grid" on:submit=save>
                    <div class="field">
                        <label for="rec-target">{move || texts().slm.record_target}</label>
                        <select id="rec-target" on:change=move |ev| target.set(event_target_value(&ev).parse().unwrap_or(0))>
                            {move || targets.get().into_iter().enumerate().map(|(i, (_, name, _))| view! {
                                <option value=i.to_string() prop:selected=move || target.get() == i>{name}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="rec-period">{move || texts().slm.record_period}</label>
                        <input id="rec-period" type="text" placeholder="2026-01" prop:value=move || period.get() on:input=move |ev| period.set(event_target_value(&ev))/>
                    </div>
                    <div class="field">
                        <label for="rec-value">{move || texts().slm.record_value}</label>
                        <input id="rec-value" type="text" inputmode="decimal" prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
                    </div>
                    <div class="field"><button type="submit">{move || texts().slm.record_save}</button></div>
                </form>
                {problem_view(problem)}
                {move || saved.get().then(|| view! { <p role="status">{move || texts().slm.record_saved}</p> })}
            </section>
        </Show>
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
