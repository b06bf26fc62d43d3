//! Improvement opportunities across services, filtered and sorted.

use super::apply;
use super::names;
use crate::domain::slm::{
    improvements, ImprovementAim, ImprovementFilter, ImprovementSort, ImprovementStatus, Service,
    ServiceEdit,
};
use crate::domain::Id;
use crate::i18n::format_date;
use crate::ui::route::Route;
use crate::ui::state::{use_state, use_texts};
use leptos::prelude::*;

/// A table of the improvements of `services` passing `filter`, in `sort` order; the
/// status of each can be changed in place.
#[component]
pub(super) fn ImprovementTable(
    services: Vec<Service>,
    #[prop(optional)] filter: Option<ImprovementFilter>,
    #[prop(optional)] sort: Option<ImprovementSort>,
    show_service: bool,
    #[prop(optional)] read_only: bool,
) -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    let filter = filter.unwrap_or_default();
    // The journey touchpoint each improvement answers, as (link, touchpoint title).
    let answers = |item: &crate::domain::slm::Improvement| {
        let link = item.touchpoint.as_ref()?;
        state.workspace.with_untracked(|ws| {
            ws.touchpoint(link).map(|(j, t)| {
                let href = format!(
                    "{}?touchpoint={}",
                    Route::Journey(j.id.to_string()).href(),
                    t.id
                );
                (href, t.title.clone())
            })
        })
    };
    let rows: Vec<(Id, String, crate::domain::slm::Improvement, Option<String>)> =
        improvements(&services, &filter, sort.unwrap_or_default())
            .into_iter()
            .map(|row| {
                let review = row.improvement.review_id.as_ref().and_then(|id| {
                    row.service
                        .reviews
                        .iter()
                        .find(|r| &r.id == id)
                        .map(|r| format_date(state.lang.get_untracked(), r.date))
                });
                (
                    row.service.id.clone(),
                    row.service.name.clone(),
                    row.improvement.clone(),
                    review,
                )
            })
            .collect();
    if rows.is_empty() {
        return view! { <p class="empty">{move || texts().slm.no_improvements}</p> }.into_any();
    }
    let head = move |pick: fn(&crate::i18n::SlmTexts) -> &'static str| view! { <th scope="col">{move || pick(texts().slm)}</th> };
    view! {
        <div class="table-scroll">
            <table class="improvements">
                <caption>{move || texts().slm.improvements_heading}</caption>
                <thead><tr>
                    {head(|t| t.improvement_title)}
                    {show_service.then(|| head(|t| t.col_service))}
                    {head(|t| t.improvement_aim)}
                    {head(|t| t.improvement_owner)}
                    {head(|t| t.improvement_status)}
                    {head(|t| t.improvement_due)}
                    {head(|t| t.improvement_review)}
                    {head(|t| t.improvement_benefit)}
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|(service_id, service_name, item, review)| {
                        let aim = item.aim;
                        let status = item.status;
                        let id = item.id.clone();
                        let title = item.title.clone();
                        let change = move |ev| {
                            let i: usize = event_target_value(&ev).parse().unwrap_or(0);
                            if let Some(s) = ImprovementStatus::ALL.get(i) {
                                let _ = apply(state, &service_id, ServiceEdit::SetImprovementStatus { id: id.clone(), status: *s });
                            }
                        };
                        let status_cell = if read_only {
                            view! { <span>{move || names::improvement_status(texts().slm, status)}</span> }.into_any()
                        } else {
                            view! {
                                <select aria-label=move || format!("{}: {title}", texts().slm.improvement_status) on:change=change>
                                    {ImprovementStatus::ALL.into_iter().enumerate().map(|(i, s)| view! {
                                        <option value=i.to_string() selected=s == status>{move || names::improvement_status(texts().slm, s)}</option>
                                    }).collect_view()}
                                </select>
                            }
                            .into_any()
                        };
                        let answer = answers(&item).map(|(href, touchpoint)| view! {
                            <br/>
                            <a class="cross-link" href=href>
                                {move || format!("{}: {touchpoint}", texts().learn.improvement_touchpoint)}
                            </a>
                        });
                        view! {
                            <tr>
                                <th scope="row">{item.title.clone()}{answer}</th>
                                {show_service.then(|| view! { <td>{service_name.clone()}</td> })}
                                <td>{move || names::aim(texts().slm, aim)}</td>
                                <td>{item.owner.clone()}</td>
                                <td>{status_cell}</td>
                                <td>{item.due.map(|d| format_date(state.lang.get_untracked(), d)).unwrap_or_default()}</td>
                                <td>{review.unwrap_or_default()}</td>
                                <td>{item.expected_benefit.clone()}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

/// Every improvement opportunity, with filters and sorting.
#[component]
pub fn ImprovementsPage() -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    let status = RwSignal::new(0usize);
    let aim = RwSignal::new(0usize);
    let service = RwSignal::new(0usize);
    let sort = RwSignal::new(0usize);
    let services = Memo::new(move |_| state.workspace.with(|ws| ws.services.clone()));
    let select = move |id: &'static str,
                       label: fn(&crate::i18n::SlmTexts) -> &'static str,
                       value: RwSignal<usize>,
                       options: Signal<Vec<String>>| {
        view! {
            <div class="field">
                <label for=id>{move || label(texts().slm)}</label>
                <select id=id on:change=move |ev| value.set(event_target_value(&ev).parse().unwrap_or(0))>
                    {move || options.get().into_iter().enumerate().map(|(i, name)| view! {
                        <option value=i.to_string() prop:selected=move || value.get() == i>{name}</option>
                    }).collect_view()}
                </select>
            </div>
        }
    };
    let any = move |names: &mut dyn Iterator<Item = &'static str>| {
        std::iter::once(texts().slm.any.to_owned())
            .chain(names.map(str::to_owned))
            .collect::<Vec<_>>()
    };
    let table = move || {
        let filter = ImprovementFilter {
            status: status
                .get()
                .checked_sub(1)
                .and_then(|i| ImprovementStatus::ALL.get(i).copied()),
            aim: aim
                .get()
                .checked_sub(1)
                .and_then(|i| ImprovementAim::ALL.get(i).copied()),
            service: service
                .get()
                .checked_sub(1)
                .and_then(|i| services.with(|s| s.get(i).map(|s| s.id.clone()))),
        };
        let sort = [
            ImprovementSort::DueDate,
            ImprovementSort::Status,
            ImprovementSort::Title,
        ][sort.get().min(2)];
        view! { <ImprovementTable services=services.get() filter sort show_service=true/> }
    };
    view! {
        <p class="breadcrumb"><a href=Route::ServiceLevels.href()>{move || texts().slm.all_services}</a></p>
        <h1 tabindex="-1">{move || texts().slm.improvements_heading}</h1>
        <div class="form-grid controls">
            {select("f-status", |t| t.filter_status, status, Signal::derive(move || any(&mut ImprovementStatus::ALL.into_iter().map(|s| names::improvement_status(texts().slm, s)))))}
            {select("f-aim", |t| t.filter_aim, aim, Signal::derive(move || any(&mut ImprovementAim::ALL.into_iter().map(|a| names::aim(texts().slm, a)))))}
            {select("f-service", |t| t.filter_service, service, Signal::derive(move || {
                std::iter::once(texts().slm.any.to_owned()).chain(services.with(|s| s.iter().map(|s| s.name.clone()).collect::<Vec<_>>())).collect()
            }))}
            {select("f-sort", |t| t.sort_by, sort, Signal::derive(move || {
                let t = texts().slm;
                vec![t.sort_due.to_owned(), t.sort_status.to_owned(), t.sort_title.to_owned()]
            }))}
        </div>
        {table}
    }
}
