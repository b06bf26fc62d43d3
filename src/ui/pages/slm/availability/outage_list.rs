//! The outages of the chosen target, each with a delete button.

use super::super::names;
use super::super::service_context::{problem_view, Ctx, Problem};
use super::duration;
use crate::domain::slm::{ServiceEdit, Target};
use crate::i18n::format_date_time;
use crate::ui::state::{use_state, use_texts};
use leptos::prelude::*;

/// The outages of target `current`.
#[component]
pub(super) fn OutageList(current: Memo<Option<Target>>) -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    let ctx = expect_context::<Ctx>();
    let problem: Problem = RwSignal::new(None);
    let list = move || {
        let lang = state.lang.get();
        let t = texts().slm;
        current.get().map(|target| {
            let outages = target
                .availability
                .map(|a| a.outages)
                .unwrap_or_default();
            if outages.is_empty() {
                return view! { <p class="empty">{t.avail_no_outages}</p> }.into_any();
            }
            view! {
                <table>
                    <caption>{t.avail_outages}</caption>
                    <thead><tr>
                        <th scope="col">{t.avail_col_start}</th>
                        <th scope="col">{t.avail_col_end}</th>
                        <th scope="col">{t.avail_col_kind}</th>
                        <th scope="col">{t.avail_col_duration}</th>
                        <th scope="col">{t.avail_delete}</th>
                    </tr></thead>
                    <tbody>
                        {outages.into_iter().enumerate().map(|(index, o)| {
                            let (s, e) = (format_date_time(lang, o.start()), format_date_time(lang, o.end()));
                            let label = (t.avail_delete_outage)(&s, &e);
                            let id = target.id.clone();
                            let length = (o.end() - o.start()).num_seconds() as f64;
                            view! {
                                <tr>
                                    <td>{s}</td>
                                    <td>{e}</td>
                                    <td>{names::outage_kind(t, o.planned())}</td>
                                    <td>{duration(t, lang, length)}</td>
                                    <td>
                                        <button type="button" class="danger" aria-label=label on:click=move |_| {
                                            ctx.apply(ServiceEdit::RemoveOutage { target: id.clone(), index }, problem);
                                        }>{t.avail_delete}</button>
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            }
            .into_any()
        })
    };
    view! {
        {problem_view(problem)}
        {list}
    }
}
