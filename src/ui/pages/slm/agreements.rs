//! The agreements of a service page with their targets: add, edit (a form prefilled
//! with the current values) and delete (after a confirmation that says what else goes).

use super::charts::target_text;
use super::names::{self, index_of};
use super::service_page::{choice, problem_view, Ctx, Problem};
use super::today;
use crate::domain::slm::{
    decimal_text, parse_decimal, review_due, Agreement, Direction, Service, ServiceEdit,
    ServiceEditError, ServiceError, Target,
};
use crate::domain::Id;
use crate::i18n::{format_date, Lang, SlmTexts};
use crate::ui::concepts::{Concept, HelpLink};
use crate::ui::confirm_delete::ConfirmDelete;
use crate::ui::fresh_id::fresh_id;
use crate::ui::problem_text::{agreement_problem, target_problem};
use crate::ui::state::{use_state, use_texts};
use crate::ui::text_lines as lines;
use chrono::NaiveDate;
use leptos::prelude::*;

/// What was saved or deleted last, shown in role="status" above the cards (which are
/// rebuilt when the service changes).
type Done = RwSignal<Option<fn(&SlmTexts) -> &'static str>>;

fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

/// Why the service refused an edit, in words the user can act on.
fn refusal(t: &SlmTexts, e: &ServiceEditError) -> &'static str {
    match e {
        ServiceEditError::Invalid(ServiceError::Agreement { error, .. }) => {
            agreement_problem(t, error)
        }
        ServiceEditError::Invalid(ServiceError::Target { error, .. }) => target_problem(t, error),
        _ => t.edit_refused,
    }
}

impl Ctx {
    /// Applies `edit`; on refusal puts the reason in `problem`. True when applied.
    fn apply_explained(&self, edit: ServiceEdit, problem: Problem, lang: Lang) -> bool {
        match self.try_apply(edit) {
            Ok(()) => {
                problem.set(None);
                true
            }
            Err(e) => {
                problem.set(Some(refusal(lang.texts().slm, &e)));
                false
            }
        }
    }
}

/// The service without what the agreement cards do not show (records, satisfaction,
/// improvements), so recording a value does not rebuild them.
fn outline(s: &Service) -> Service {
    let mut s = s.clone();
    for a in &mut s.agreements {
        for t in &mut a.targets {
            t.records.clear();
            t.availability = None;
        }
    }
    s.satisfaction.clear();
    s.improvements.clear();
    s
}

#[component]
pub(super) fn Agreements() -> impl IntoView {
    let texts = use_texts();
    let ctx = expect_context::<Ctx>();
    let done: Done = RwSignal::new(None);
    let shown = Memo::new(move |_| ctx.service.with(|s| s.as_ref().map(outline)));
    let list = move || {
        shown.get().map(|s| {
            if s.agreements.is_empty() {
                return view! { <p class="empty">{texts().slm.no_agreements}</p> }.into_any();
            }
            s.agreements
                .iter()
                .map(|a| view! { <AgreementCard agreement=a.clone() service=s.clone() done/> })
                .collect_view()
                .into_any()
        })
    };
    view! {
        <section aria-labelledby="agreements-title">
            <h2 id="agreements-title">{move || texts().slm.agreements_heading}</h2>
            {move || done.get().map(|f| view! { <p class="notice notice-status" role="status">{f(texts().slm)}</p> })}
            {list}
            <AgreementForm done/>
        </section>
    }
}

/// A labelled text input bound to `value`.
fn input(
    id: String,
    label: fn(&SlmTexts) -> &'static str,
    kind: &'static str,
    value: RwSignal<String>,
) -> impl IntoView {
    let texts = use_texts();
    view! {
        <div class="field">
            <label for=id.clone()>{move || label(texts().slm)}</label>
            <input id=id type=kind prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
        </div>
    }
}

/// The form that adds an agreement, or (with `existing`) edits one.
#[component]
fn AgreementForm(
    done: Done,
    #[prop(optional)] existing: Option<Agreement>,
    #[prop(optional)] on_close: Option<Callback<()>>,
) -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    let ctx = expect_context::<Ctx>();
    let problem: Problem = RwSignal::new(None);
    let prefix = existing
        .as_ref()
        .map_or_else(|| "agr-new".to_owned(), |a| format!("agr-{}", a.id));
    let dom = move |what: &str| format!("{prefix}-{what}");
    let date_text = |d: Option<NaiveDate>| d.map(|d| d.format("%Y-%m-%d").to_string());
    let name = RwSignal::new(
        existing
            .as_ref()
            .map(|a| a.name.clone())
            .unwrap_or_default(),
    );
    let kind = RwSignal::new(
        existing
            .as_ref()
            .map_or(0, |a| index_of(&names::KINDS, &a.kind)),
    );
    let status = RwSignal::new(
        existing
            .as_ref()
            .map_or(0, |a| index_of(&names::AGREEMENT_STATUSES, &a.status)),
    );
    let start = RwSignal::new(
        existing
            .as_ref()
            .and_then(|a| date_text(a.start))
            .unwrap_or_default(),
    );
    let end = RwSignal::new(
        existing
            .as_ref()
            .and_then(|a| date_text(a.end))
            .unwrap_or_default(),
    );
    let interval = RwSignal::new(existing.as_ref().map_or_else(
        || "12".to_owned(),
        |a| {
            a.review_interval_months
                .map(|m| m.to_string())
                .unwrap_or_default()
        },
    ));
    let parties = RwSignal::new(
        existing
            .as_ref()
            .map(|a| a.parties.join("\n"))
            .unwrap_or_default(),
    );
    let editing = existing.as_ref().map(|a| (a.id.clone(), a.name.clone()));
    let edit_id = editing.as_ref().map(|(id, _)| id.clone());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let lang = state.lang.get_untracked();
        let t = lang.texts().slm;
        let interval_text = interval.get_untracked();
        let interval = if interval_text.trim().is_empty() {
            None
        } else {
            match interval_text.trim().parse::<u16>() {
                Ok(m) => Some(m),
                Err(_) => {
                    problem.set(Some(t.agreement_interval_invalid));
                    return;
                }
            }
        };
        let typed = name.get_untracked();
        let typed = if typed.trim().is_empty() && edit_id.is_none() {
            t.new_agreement.to_owned()
        } else {
            typed
        };
        let agreement = Agreement::new(
            edit_id.clone().unwrap_or_else(|| fresh_id("agr")),
            typed,
            names::KINDS
                .get(kind.get_untracked())
                .copied()
                .unwrap_or(names::KINDS[0]),
            parse_date(&start.get_untracked()),
            parse_date(&end.get_untracked()),
            interval,
        );
        let mut a = match agreement {
            Ok(a) => a,
            Err(e) => {
                problem.set(Some(agreement_problem(t, &e)));
                return;
            }
        };
        a.status = names::AGREEMENT_STATUSES
            .get(status.get_untracked())
            .copied()
            .unwrap_or_default();
        a.parties = lines(&parties.get_untracked());
        let edit = if edit_id.is_some() {
            ServiceEdit::UpdateAgreement(a)
        } else {
            ServiceEdit::AddAgreement(a)
        };
        if ctx.apply_explained(edit, problem, lang) {
            done.set(Some(|t| t.agreement_saved));
            if edit_id.is_none() {
                name.set(String::new());
                parties.set(String::new());
            }
            if let Some(close) = on_close {
                close.run(());
            }
        }
    };
    let heading_id = dom("title");
    let labelled_by = heading_id.clone();
    let is_edit = editing.is_some();
    let heading = {
        let editing = editing.clone();
        move || match &editing {
            Some((_, n)) => (texts().slm.edit_agreement)(n),
            None => texts().slm.add_agreement.to_owned(),
        }
    };
    view! {
        <form class="card" aria-labelledby=labelled_by on:submit=submit>
            <h3 id=heading_id>{heading}</h3>
            {problem_view(problem)}
            <div class="form-grid">
                {input(dom("name"), |t| t.agreement_name, "text", name)}
                <div class="field">
                    <label for=dom("kind")>{move || texts().slm.agreement_kind}</label>
                    {choice(dom("kind"), 3, |t, i| t.agreement_kinds[i], kind)}
                    <HelpLink concept=Concept::Agreements key=dom("kind")/>
                </div>
                <div class="field">
                    <label for=dom("status")>{move || texts().slm.agreement_status}</label>
                    {choice(dom("status"), 3, |t, i| t.agreement_statuses[i], status)}
                </div>
                {input(dom("start"), |t| t.agreement_start, "date", start)}
                {input(dom("end"), |t| t.agreement_end, "date", end)}
                {input(dom("interval"), |t| t.agreement_interval, "number", interval)}
                <div class="field">
                    <label for=dom("parties")>{move || texts().slm.agreement_parties}</label>
                    <textarea id=dom("parties") rows="2" prop:value=move || parties.get() on:input=move |ev| parties.set(event_target_value(&ev))/>
                </div>
            </div>
            <div class="actions">
                <button type="submit">{move || if is_edit { texts().slm.save_changes } else { texts().slm.add_agreement }}</button>
                {on_close.map(|close| view! {
                    <button type="button" on:click=move |_| close.run(())>{move || texts().slm.cancel}</button>
                })}
            </div>
        </form>
    }
}

/// The form that adds a target to `agreement`, or (with `existing`) edits one.
#[component]
fn TargetForm(
    agreement: Id,
    done: Done,
    #[prop(optional)] existing: Option<Target>,
    #[prop(optional)] on_close: Option<Callback<()>>,
) -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    let ctx = expect_context::<Ctx>();
    let problem: Problem = RwSignal::new(None);
    let prefix = existing.as_ref().map_or_else(
        || format!("tgt-new-{agreement}"),
        |t| format!("tgt-{}", t.id),
    );
    let dom = move |what: &str| format!("{prefix}-{what}");
    let sep = match state.lang.get_untracked() {
        Lang::En => '.',
        Lang::Es | Lang::Ru => ',',
    };
    let metric = RwSignal::new(
        existing
            .as_ref()
            .map(|t| t.metric.clone())
            .unwrap_or_default(),
    );
    let unit = RwSignal::new(
        existing
            .as_ref()
            .map(|t| t.unit.clone())
            .unwrap_or_default(),
    );
    let direction = RwSignal::new(
        existing
            .as_ref()
            .map_or(0, |t| usize::from(t.direction == Direction::AtMost)),
    );
    let value = RwSignal::new(
        existing
            .as_ref()
            .map(|t| decimal_text(t.target, sep))
            .unwrap_or_default(),
    );
    let warning = RwSignal::new(
        existing
            .as_ref()
            .and_then(|t| t.warning)
            .map(|w| decimal_text(w, sep))
            .unwrap_or_default(),
    );
    let kind = RwSignal::new(
        existing
            .as_ref()
            .map_or(0, |t| index_of(&names::PERIOD_KINDS, &t.period_kind)),
    );
    let editing = existing.as_ref().map(|t| (t.id.clone(), t.metric.clone()));
    let edit_id = editing.as_ref().map(|(id, _)| id.clone());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let lang = state.lang.get_untracked();
        let t = lang.texts().slm;
        let Ok(target) = parse_decimal(&value.get_untracked()) else {
            problem.set(Some(t.target_value_invalid));
            return;
        };
        let warn = warning.get_untracked();
        let warn = if warn.trim().is_empty() {
            None
        } else {
            match parse_decimal(&warn) {
                Ok(w) => Some(w),
                Err(_) => {
                    problem.set(Some(t.target_warning_invalid));
                    return;
                }
            }
        };
        let direction = Direction::ALL
            .get(direction.get_untracked())
            .copied()
            .unwrap_or(Direction::AtLeast);
        let kind = names::PERIOD_KINDS
            .get(kind.get_untracked())
            .copied()
            .unwrap_or_default();
        let target = match Target::new(
            edit_id.clone().unwrap_or_else(|| fresh_id("tgt")),
            metric.get_untracked(),
            unit.get_untracked(),
            direction,
            target,
            warn,
            kind,
        ) {
            Ok(target) => target,
            Err(e) => {
                problem.set(Some(target_problem(t, &e)));
                return;
            }
        };
        let edit = if edit_id.is_some() {
            ServiceEdit::UpdateTarget(target)
        } else {
            ServiceEdit::AddTarget {
                agreement: agreement.clone(),
                target,
            }
        };
        if ctx.apply_explained(edit, problem, lang) {
            done.set(Some(|t| t.target_saved));
            if edit_id.is_none() {
                metric.set(String::new());
                value.set(String::new());
                warning.set(String::new());
            }
            if let Some(close) = on_close {
                close.run(());
            }
        }
    };
    let heading_id = dom("title");
    let labelled_by = heading_id.clone();
    let is_edit = editing.is_some();
    let heading = {
        let editing = editing.clone();
        move || match &editing {
            Some((_, m)) => (texts().slm.edit_target)(m),
            None => texts().slm.add_target.to_owned(),
        }
    };
    view! {
        <form aria-labelledby=labelled_by on:submit=submit>
            <h4 id=heading_id>{heading}</h4>
            {problem_view(problem)}
            <div class="form-grid">
                {input(dom("metric"), |t| t.target_metric, "text", metric)}
                {input(dom("unit"), |t| t.target_unit, "text", unit)}
                <div class="field">
                    <label for=dom("dir")>{move || texts().slm.target_direction}</label>
                    <select id=dom("dir") on:change=move |ev| direction.set(event_target_value(&ev).parse().unwrap_or(0))>
                        <option value="0" prop:selected=move || direction.get() == 0>"≥"</option>
                        <option value="1" prop:selected=move || direction.get() == 1>"≤"</option>
                    </select>
                </div>
                {input(dom("value"), |t| t.target_value, "text", value)}
                {input(dom("warning"), |t| t.target_warning, "text", warning)}
                <div class="field">
                    <label for=dom("kind")>{move || texts().slm.target_period_kind}</label>
                    {choice(dom("kind"), 3, |t, i| t.period_kinds[i], kind)}
                </div>
            </div>
            <div class="actions">
                <button type="submit">{move || if is_edit { texts().slm.save_changes } else { texts().slm.add_target }}</button>
                {on_close.map(|close| view! {
                    <button type="button" on:click=move |_| close.run(())>{move || texts().slm.cancel}</button>
                })}
            </div>
        </form>
    }
}

/// Record counts of the live service: of target `id`, or of every target of agreement
/// `id` (with the number of targets).
fn counts(ctx: Ctx, agreement: Option<&Id>, target: Option<&Id>) -> (usize, usize) {
    ctx.service.with(|s| {
        s.as_ref().map_or((0, 0), |s| {
            let ts: Vec<_> = s
                .targets()
                .filter(|(a, t)| Some(&a.id) == agreement || Some(&t.id) == target)
                .collect();
            (ts.len(), ts.iter().map(|(_, t)| t.records.len()).sum())
        })
    })
}

#[component]
fn AgreementCard(agreement: Agreement, service: Service, done: Done) -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    let ctx = expect_context::<Ctx>();
    let editing = RwSignal::new(false);
    let editing_target = RwSignal::new(None::<Id>);
    let due = review_due(&service, &agreement, today());
    let lang = state.lang;
    let agreement_id = agreement.id.clone();
    let name = agreement.name.clone();
    let delete_label = {
        let name = name.clone();
        Signal::derive(move || (texts().slm.delete_agreement)(&name))
    };
    let delete_warning = {
        let name = name.clone();
        let id = agreement_id.clone();
        Signal::derive(move || {
            let (targets, records) = counts(ctx, Some(&id), None);
            (texts().slm.confirm_delete_agreement)(&name, targets, records)
        })
    };
    let delete = {
        let id = agreement_id.clone();
        Callback::new(move |()| {
            if ctx
                .try_apply(ServiceEdit::DeleteAgreement(id.clone()))
                .is_ok()
            {
                done.set(Some(|t| t.agreement_deleted));
            }
        })
    };
    let edit_label = {
        let name = name.clone();
        move || (texts().slm.edit_agreement)(&name)
    };
    let form_agreement = agreement.clone();
    let targets = agreement.targets.clone();
    let edit_targets = StoredValue::new(agreement.targets.clone());
    let target_rows = targets
        .into_iter()
        .map(|t| {
            let goal = target_text(lang.get_untracked(), &t);
            let warn = t
                .warning
                .map(|w| crate::i18n::format_number(lang.get_untracked(), w, 2))
                .unwrap_or_default();
            let k = index_of(&names::PERIOD_KINDS, &t.period_kind);
            let id = t.id.clone();
            let metric = t.metric.clone();
            let edit_label = {
                let metric = metric.clone();
                move || (texts().slm.edit_target)(&metric)
            };
            let del_label = {
                let metric = metric.clone();
                Signal::derive(move || (texts().slm.delete_target)(&metric))
            };
            let del_warning = {
                let metric = metric.clone();
                let id = id.clone();
                Signal::derive(move || {
                    let (_, records) = counts(ctx, None, Some(&id));
                    (texts().slm.confirm_delete_target)(&metric, records)
                })
            };
            let delete = {
                let id = id.clone();
                Callback::new(move |()| {
                    if ctx.try_apply(ServiceEdit::DeleteTarget(id.clone())).is_ok() {
                        done.set(Some(|t| t.target_deleted));
                    }
                })
            };
            view! {
                <tr>
                    <th scope="row">{t.metric.clone()}</th>
                    <td>{goal}</td>
                    <td>{warn}</td>
                    <td>{move || texts().slm.period_kinds[k]}</td>
                    <td class="row-actions">
                        <button type="button" aria-label=edit_label on:click=move |_| {
                            done.set(None);
                            editing_target.set(Some(id.clone()));
                        }>{move || texts().slm.edit}</button>
                        <ConfirmDelete label=del_label warning=del_warning on_confirm=delete/>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let target_form = move || {
        editing_target.get().and_then(|id| {
            edit_targets
                .with_value(|ts| ts.iter().find(|t| t.id == id).cloned())
                .map(|t| {
                    let close = Callback::new(move |()| editing_target.set(None));
                    let agreement = agreement_id.clone();
                    view! { <TargetForm agreement existing=t done on_close=close/> }
                })
        })
    };
    let add_target_to = agreement.id.clone();
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
            <div class="actions">
                <button type="button" aria-label=edit_label aria-expanded=move || editing.get().to_string()
                    on:click=move |_| { done.set(None); editing.update(|e| *e = !*e); }>
                    {move || texts().slm.edit}
                </button>
                <ConfirmDelete label=delete_label warning=delete_warning on_confirm=delete/>
            </div>
            {move || editing.get().then(|| {
                let close = Callback::new(move |()| editing.set(false));
                view! { <AgreementForm done existing=form_agreement.clone() on_close=close/> }
            })}
            <table>
                <caption>{move || texts().slm.targets_heading}</caption>
                <thead><tr>
                    <th scope="col">{move || texts().slm.target_metric}</th>
                    <th scope="col">{move || texts().slm.target_value}</th>
                    <th scope="col">{move || texts().slm.target_warning}</th>
                    <th scope="col">{move || texts().slm.target_period_kind}</th>
                    <th scope="col">{move || texts().slm.col_actions}</th>
                </tr></thead>
                <tbody>{target_rows}</tbody>
            </table>
            {target_form}
            <TargetForm agreement=add_target_to done/>
        </article>
    }
}
