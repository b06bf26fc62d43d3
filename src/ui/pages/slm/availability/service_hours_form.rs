//! The service hours form of the availability helper: a mode and its time windows,
//! loaded from the chosen target and saved to it.

use super::super::names;
use super::super::service_context::{draft_problem, problem_view, Ctx, Problem};
use crate::domain::slm::{HoursMode, ServiceEdit, ServiceHoursDraft, Target, WindowDraft};
use crate::ui::labels::weekday_from_monday;
use crate::ui::state::use_texts;
use leptos::prelude::*;

/// The two time fields of a daily window.
#[derive(Clone, Copy)]
struct WindowFields {
    from: RwSignal<String>,
    to: RwSignal<String>,
}

impl WindowFields {
    fn new(draft: &WindowDraft) -> Self {
        Self {
            from: RwSignal::new(draft.from.clone()),
            to: RwSignal::new(draft.to.clone()),
        }
    }

    fn set(&self, draft: &WindowDraft) {
        self.from.set(draft.from.clone());
        self.to.set(draft.to.clone());
    }

    fn draft(&self) -> WindowDraft {
        WindowDraft::new(self.from.get_untracked(), self.to.get_untracked())
    }
}

/// The editable form of the service hours: the mode, the Monday-to-Friday window and
/// the seven weekday windows.
#[derive(Clone, Copy)]
struct HoursFields {
    mode: RwSignal<HoursMode>,
    weekdays: WindowFields,
    days: [WindowFields; 7],
}

impl HoursFields {
    fn new(draft: &ServiceHoursDraft) -> Self {
        Self {
            mode: RwSignal::new(draft.mode),
            weekdays: WindowFields::new(&draft.weekdays),
            days: std::array::from_fn(|i| WindowFields::new(&draft.days[i])),
        }
    }

    fn set(&self, draft: &ServiceHoursDraft) {
        self.mode.set(draft.mode);
        self.weekdays.set(&draft.weekdays);
        for (fields, day) in self.days.iter().zip(&draft.days) {
            fields.set(day);
        }
    }

    /// What is typed in, read without tracking.
    fn draft(&self) -> ServiceHoursDraft {
        ServiceHoursDraft {
            mode: self.mode.get_untracked(),
            weekdays: self.weekdays.draft(),
            days: std::array::from_fn(|i| self.days[i].draft()),
        }
    }
}

/// A labelled `<input type="time">` bound to `value`.
fn time_field(id: String, label: Signal<String>, value: RwSignal<String>) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input id=id type="time" prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
        </div>
    }
}

/// The service hours of target `current`; `saved` is set once they are saved.
#[component]
pub(super) fn ServiceHoursForm(
    current: Memo<Option<Target>>,
    saved: RwSignal<bool>,
) -> impl IntoView {
    let texts = use_texts();
    let ctx = expect_context::<Ctx>();
    let problem: Problem = RwSignal::new(None);
    let form = HoursFields::new(&ServiceHoursDraft::default());
    let stored_hours = Memo::new(move |_| {
        current.with(|t| {
            t.as_ref().map(|t| {
                (
                    t.id.clone(),
                    t.availability.as_ref().map(|a| a.hours).unwrap_or_default(),
                )
            })
        })
    });
    Effect::new(move |_| {
        if let Some((_, hours)) = stored_hours.get() {
            let mut draft = form.draft();
            draft.show(hours);
            form.set(&draft);
        }
    });
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        saved.set(false);
        let Some(target) = current.with_untracked(|t| t.as_ref().map(|t| t.id.clone())) else {
            return;
        };
        let hours = match form.draft().parse() {
            Ok(hours) => hours,
            Err(e) => {
                problem.set(Some(draft_problem(texts().slm, &e)));
                return;
            }
        };
        if ctx.apply(ServiceEdit::SetServiceHours { target, hours }, problem) {
            saved.set(true);
        }
    };
    view! {
        <form class="card" on:submit=save>
            <h3>{move || texts().slm.avail_hours}</h3>
            {problem_view(problem)}
            <p class="hint">{move || texts().slm.avail_hours_hint}</p>
            <div class="form-grid">
                <div class="field">
                    <label for="av-mode">{move || texts().slm.avail_hours}</label>
                    <select id="av-mode" on:change=move |ev| {
                        let i: usize = event_target_value(&ev).parse().unwrap_or(0);
                        form.mode.set(HoursMode::ALL.get(i).copied().unwrap_or_default());
                    }>
                        {HoursMode::ALL.iter().enumerate().map(|(i, &mode)| view! {
                            <option value=i.to_string() prop:selected=move || form.mode.get() == mode>{move || names::hours_mode(texts().slm, mode)}</option>
                        }).collect_view()}
                    </select>
                </div>
                {move || (form.mode.get() == HoursMode::Weekdays).then(|| view! {
                    {time_field("av-from".into(), Signal::derive(move || texts().slm.avail_from.to_owned()), form.weekdays.from)}
                    {time_field("av-to".into(), Signal::derive(move || texts().slm.avail_to.to_owned()), form.weekdays.to)}
                })}
                {move || (form.mode.get() == HoursMode::PerWeekday).then(|| form.days.iter().enumerate().map(|(i, day)| view! {
                    {time_field(format!("av-d{i}-from"), Signal::derive(move || { let t = texts().slm; (t.avail_day_from)(weekday_from_monday(t, i)) }), day.from)}
                    {time_field(format!("av-d{i}-to"), Signal::derive(move || { let t = texts().slm; (t.avail_day_to)(weekday_from_monday(t, i)) }), day.to)}
                }).collect_view())}
            </div>
            <button type="submit">{move || texts().slm.avail_save_hours}</button>
            {move || saved.get().then(|| view! { <p role="status">{move || texts().slm.avail_hours_saved}</p> })}
        </form>
    }
}
