//! The availability helper of a service page: for one target, the agreed service hours
//! (24×7, one window Monday to Friday, or a window per weekday) and the outages
//! (planned or not); per period the agreed service time, unplanned downtime and
//! achieved %, the downtime budget left in the current period, and a button that
//! records the achieved % of completed periods. The convention is the one in
//! [`crate::domain::slm::availability`], shown beside the helper.

use super::now;
use super::service_page::{problem_view, Ctx, Problem};
use crate::domain::slm::{
    availability, period_range, AvailabilityReport, DailyWindow, Direction, Outage, Period,
    PeriodKind, ServiceEdit, ServiceHours, Target,
};
use crate::domain::Id;
use crate::i18n::{format_date, format_number, Lang, SlmTexts};
use crate::ui::state::{use_state, use_texts};
use chrono::{NaiveDateTime, NaiveTime, TimeDelta};
use leptos::prelude::*;
use std::collections::BTreeSet;

/// At most this many periods are listed (the latest ones).
const MAX_PERIODS: usize = 36;

/// Reads the value of an `<input type="datetime-local">` (seconds optional).
fn parse_local(text: &str) -> Option<NaiveDateTime> {
    let text = text.trim();
    [
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M",
    ]
    .iter()
    .find_map(|f| NaiveDateTime::parse_from_str(text, f).ok())
}

/// Reads the value of an `<input type="time">` (seconds optional).
fn parse_time(text: &str) -> Option<NaiveTime> {
    let text = text.trim();
    ["%H:%M", "%H:%M:%S", "%H:%M:%S%.f"]
        .iter()
        .find_map(|f| NaiveTime::parse_from_str(text, f).ok())
}

/// The window between two time texts: both empty is no service that day (`Ok(None)`),
/// anything unreadable or reversed is an error.
fn window(from: &str, to: &str) -> Result<Option<DailyWindow>, ()> {
    if from.trim().is_empty() && to.trim().is_empty() {
        return Ok(None);
    }
    let (Some(from), Some(to)) = (parse_time(from), parse_time(to)) else {
        return Err(());
    };
    DailyWindow::between(from, to).map(Some).map_err(|_| ())
}

/// "HH:MM" for minutes after midnight; the end of the day (1440) is "00:00".
fn hhmm(minute: u16) -> String {
    let minute = minute % 1440;
    format!("{:02}:{:02}", minute / 60, minute % 60)
}

/// True when a target measures availability: unit "%" or a metric named so.
fn looks_like_availability(t: &Target) -> bool {
    let metric = t.metric.to_lowercase();
    t.unit.trim() == "%"
        || ["availab", "disponib", "доступн"]
            .iter()
            .any(|w| metric.contains(w))
}

/// `value` rounded down to two decimals (so a breach never shows as met).
fn floor2(value: f64) -> f64 {
    ((value * 100.0 + 1e-9).floor() / 100.0).min(100.0)
}

/// The periods of `kind` that an outage touches, and `current`, in order; the latest
/// [`MAX_PERIODS`] of them.
fn periods(kind: PeriodKind, outages: &[Outage], current: Period) -> Vec<Period> {
    let mut set = BTreeSet::from([current]);
    for o in outages {
        let last = o
            .end()
            .checked_sub_signed(TimeDelta::seconds(1))
            .unwrap_or(o.end())
            .max(o.start());
        let from = Period::containing(kind, o.start().date());
        let to = Period::containing(kind, last.date());
        set.extend(period_range(from, to, MAX_PERIODS));
    }
    let all: Vec<Period> = set.into_iter().collect();
    let skip = all.len().saturating_sub(MAX_PERIODS);
    all.into_iter().skip(skip).collect()
}

/// One row of the table.
#[derive(Debug, Clone, PartialEq)]
struct Row {
    period: Period,
    report: AvailabilityReport,
    /// The period ended before today.
    completed: bool,
    /// The period contains today.
    current: bool,
}

/// The rows for target `t` at `now`.
fn rows(t: &Target, now: NaiveDateTime) -> Vec<Row> {
    let setup = t.availability.clone().unwrap_or_default();
    let current = Period::containing(t.period_kind, now.date());
    periods(t.period_kind, &setup.outages, current)
        .into_iter()
        .map(|period| {
            let completed = period.last_day() < now.date();
            Row {
                period,
                report: availability(
                    period,
                    &setup.hours,
                    &setup.outages,
                    (!completed).then_some(now),
                ),
                completed,
                current: period == current,
            }
        })
        .collect()
}

/// "3 h 0 min" for `seconds` (sign dropped), to the nearest minute.
fn duration(t: &SlmTexts, lang: Lang, seconds: f64) -> String {
    let minutes = if seconds.is_finite() {
        (seconds.abs() / 60.0).round() as i64
    } else {
        0
    };
    (t.avail_duration)(
        &format_number(lang, (minutes / 60) as f64, 0),
        &(minutes % 60).to_string(),
    )
}

fn format_moment(lang: Lang, at: NaiveDateTime) -> String {
    format!("{} {}", format_date(lang, at.date()), at.format("%H:%M"))
}

/// The editable form of the service hours: mode (0 = 24×7, 1 = Monday to Friday,
/// 2 = per weekday), the Monday-to-Friday window and the seven weekday windows.
#[derive(Clone, Copy)]
struct HoursForm {
    mode: RwSignal<usize>,
    from: RwSignal<String>,
    to: RwSignal<String>,
    days: [(RwSignal<String>, RwSignal<String>); 7],
}

impl HoursForm {
    fn new() -> Self {
        let office = |i: usize| {
            if i < 5 {
                ("08:00", "18:00")
            } else {
                ("", "")
            }
        };
        Self {
            mode: RwSignal::new(0),
            from: RwSignal::new("08:00".into()),
            to: RwSignal::new("18:00".into()),
            days: std::array::from_fn(|i| {
                let (f, t) = office(i);
                (RwSignal::new(f.to_owned()), RwSignal::new(t.to_owned()))
            }),
        }
    }

    /// Shows `hours` in the form.
    fn load(&self, hours: ServiceHours) {
        match hours {
            ServiceHours::AlwaysOn => self.mode.set(0),
            ServiceHours::Weekly(week) => {
                let monday = week.first().copied().flatten();
                let same_weekdays = monday.is_some()
                    && week.iter().take(5).all(|d| *d == monday)
                    && week.iter().skip(5).all(Option::is_none);
                if let (true, Some(w)) = (same_weekdays, monday) {
                    self.mode.set(1);
                    self.from.set(hhmm(w.from_minute()));
                    self.to.set(hhmm(w.to_minute()));
                } else {
                    self.mode.set(2);
                }
                for (day, (from, to)) in week.iter().zip(self.days) {
                    from.set(day.map(|w| hhmm(w.from_minute())).unwrap_or_default());
                    to.set(day.map(|w| hhmm(w.to_minute())).unwrap_or_default());
                }
            }
        }
    }

    /// The hours entered, or `None` when a window is not valid.
    fn read(&self) -> Option<ServiceHours> {
        match self.mode.get_untracked() {
            0 => Some(ServiceHours::AlwaysOn),
            1 => window(&self.from.get_untracked(), &self.to.get_untracked())
                .ok()
                .flatten()
                .map(ServiceHours::weekdays),
            _ => {
                let mut week = [None; 7];
                for (day, (from, to)) in week.iter_mut().zip(self.days) {
                    *day = window(&from.get_untracked(), &to.get_untracked()).ok()?;
                }
                Some(ServiceHours::Weekly(week))
            }
        }
    }
}

/// The availability helper for the targets of the page's service.
#[component]
pub(super) fn AvailabilityHelper() -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    let ctx = expect_context::<Ctx>();
    let chosen: RwSignal<Option<Id>> = RwSignal::new(None);
    let targets = Memo::new(move |_| {
        ctx.service.with(|s| {
            s.as_ref()
                .map(|s| {
                    s.targets()
                        .map(|(a, t)| (format!("{} · {}", a.name, t.metric), t.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    // The chosen target, else the first that looks like availability, else the first.
    let current = Memo::new(move |_| {
        let id = chosen.get();
        targets.with(|ts| {
            ts.iter()
                .find(|(_, t)| Some(&t.id) == id.as_ref())
                .or_else(|| ts.iter().find(|(_, t)| looks_like_availability(t)))
                .or_else(|| ts.first())
                .map(|(_, t)| t.clone())
        })
    });
    let current_id = move || current.with_untracked(|t| t.as_ref().map(|t| t.id.clone()));

    // Service hours.
    let hours_problem: Problem = RwSignal::new(None);
    let hours_saved = RwSignal::new(false);
    let form = HoursForm::new();
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
            form.load(hours);
        }
    });
    let save_hours = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        hours_saved.set(false);
        let Some(target) = current_id() else {
            return;
        };
        let Some(hours) = form.read() else {
            hours_problem.set(Some(texts().slm.avail_bad_hours));
            return;
        };
        if ctx.apply(
            ServiceEdit::SetServiceHours { target, hours },
            hours_problem,
        ) {
            hours_saved.set(true);
        }
    };

    // Outages.
    let outage_problem: Problem = RwSignal::new(None);
    let start = RwSignal::new(String::new());
    let end = RwSignal::new(String::new());
    let planned = RwSignal::new(false);
    let add_outage = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(target) = current_id() else {
            return;
        };
        let outage = match (
            parse_local(&start.get_untracked()),
            parse_local(&end.get_untracked()),
        ) {
            (Some(s), Some(e)) => Outage::new(s, e, planned.get_untracked()).ok(),
            _ => None,
        };
        let Some(outage) = outage else {
            outage_problem.set(Some(texts().slm.avail_bad_outage));
            return;
        };
        if ctx.apply(ServiceEdit::AddOutage { target, outage }, outage_problem) {
            start.set(String::new());
            end.set(String::new());
            planned.set(false);
        }
    };
    let delete_problem: Problem = RwSignal::new(None);
    let outage_list = move || {
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
                            let (s, e) = (format_moment(lang, o.start()), format_moment(lang, o.end()));
                            let label = (t.avail_delete_outage)(&s, &e);
                            let id = target.id.clone();
                            let length = (o.end() - o.start()).num_seconds() as f64;
                            view! {
                                <tr>
                                    <td>{s}</td>
                                    <td>{e}</td>
                                    <td>{t.avail_kinds[usize::from(o.planned())]}</td>
                                    <td>{duration(t, lang, length)}</td>
                                    <td>
                                        <button type="button" class="danger" aria-label=label on:click=move |_| {
                                            ctx.apply(ServiceEdit::RemoveOutage { target: id.clone(), index }, delete_problem);
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

    // Results.
    let recorded: RwSignal<Option<usize>> = RwSignal::new(None);
    let record_problem: Problem = RwSignal::new(None);
    let results = move || {
        let lang = state.lang.get();
        let t = texts().slm;
        current.get().map(|target| {
            let rows = rows(&target, now());
            let budget = rows.iter().find(|r| r.current).map(|r| {
                let period = r.period.to_string();
                match (target.direction, r.report.budget(target.target)) {
                    (Direction::AtLeast, Some(b)) if (b.left_seconds / 60.0).round() < 0.0 => view! {
                        <p class="notice notice-error" role="alert">
                            {(t.avail_over_budget)(&period, &duration(t, lang, b.left_seconds))}
                        </p>
                    }
                    .into_any(),
                    (Direction::AtLeast, Some(b)) => view! {
                        <p class="notice notice-status">
                            {(t.avail_budget_left)(&period, &duration(t, lang, b.left_seconds))}
                        </p>
                    }
                    .into_any(),
                    _ => view! { <p class="hint">{t.avail_not_at_least}</p> }.into_any(),
                }
            });
            view! {
                <table>
                    <caption>{format!("{} · {}", t.avail_results_caption, target.metric)}</caption>
                    <thead><tr>
                        <th scope="col">{t.col_period}</th>
                        <th scope="col">{t.avail_col_agreed}</th>
                        <th scope="col">{t.avail_col_planned}</th>
                        <th scope="col">{t.avail_col_unplanned}</th>
                        <th scope="col">{t.avail_col_achieved}</th>
                    </tr></thead>
                    <tbody>
                        {rows.iter().map(|r| {
                            let period = r.period.to_string();
                            let name = if r.completed { period } else { (t.avail_in_progress)(&period) };
                            view! {
                                <tr>
                                    <th scope="row">{name}</th>
                                    <td>{duration(t, lang, r.report.agreed_seconds as f64)}</td>
                                    <td>{duration(t, lang, r.report.planned_seconds as f64)}</td>
                                    <td>{duration(t, lang, r.report.unplanned_seconds as f64)}</td>
                                    <td>{r.report.achieved_percent.map(|v| format_number(lang, floor2(v), 2)).unwrap_or_else(|| t.none_given.into())}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
                {budget}
            }
        })
    };
    let record = move |_| {
        recorded.set(None);
        record_problem.set(None);
        let Some(target) = current.get_untracked() else {
            return;
        };
        let values: Vec<(Period, f64)> = rows(&target, now())
            .into_iter()
            .filter(|r| r.completed)
            .filter_map(|r| r.report.achieved_percent.map(|v| (r.period, floor2(v))))
            .collect();
        if values.is_empty() {
            record_problem.set(Some(texts().slm.avail_nothing_to_record));
            return;
        }
        let mut count = 0;
        for (period, achieved) in values {
            let edit = ServiceEdit::RecordValue {
                target: target.id.clone(),
                period,
                achieved,
            };
            if !ctx.apply(edit, record_problem) {
                break;
            }
            count += 1;
        }
        recorded.set(Some(count));
    };

    let time_field = move |id: String, label: Signal<String>, value: RwSignal<String>| {
        view! {
            <div class="field">
                <label for=id.clone()>{label}</label>
                <input id=id type="time" prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
            </div>
        }
    };

    view! {
        <Show when=move || targets.with(|t| !t.is_empty())>
            <section aria-labelledby="availability-title">
                <h2 id="availability-title">{move || texts().slm.avail_heading}</h2>
                <p class="hint">{move || texts().slm.avail_intro}</p>
                <p class="hint">{move || texts().slm.availability_convention}</p>
                <div class="form-grid">
                    <div class="field">
                        <label for="av-target">{move || texts().slm.avail_target}</label>
                        <select id="av-target" on:change=move |ev| {
                            let i: usize = event_target_value(&ev).parse().unwrap_or(0);
                            chosen.set(targets.with_untracked(|ts| ts.get(i).map(|(_, t)| t.id.clone())));
                            hours_saved.set(false);
                            recorded.set(None);
                        }>
                            {move || targets.get().into_iter().enumerate().map(|(i, (name, t))| {
                                let selected = move || current.with(|c| c.as_ref().is_some_and(|c| c.id == t.id));
                                view! { <option value=i.to_string() prop:selected=selected>{name}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                </div>

                <form class="card" on:submit=save_hours>
                    <h3>{move || texts().slm.avail_hours}</h3>
                    {problem_view(hours_problem)}
                    <p class="hint">{move || texts().slm.avail_hours_hint}</p>
                    <div class="form-grid">
                        <div class="field">
                            <label for="av-mode">{move || texts().slm.avail_hours}</label>
                            <select id="av-mode" on:change=move |ev| form.mode.set(event_target_value(&ev).parse().unwrap_or(0))>
                                {(0..3).map(|i| view! {
                                    <option value=i.to_string() prop:selected=move || form.mode.get() == i>{move || texts().slm.avail_hours_modes[i]}</option>
                                }).collect_view()}
                            </select>
                        </div>
                        {move || (form.mode.get() == 1).then(|| view! {
                            {time_field("av-from".into(), Signal::derive(move || texts().slm.avail_from.to_owned()), form.from)}
                            {time_field("av-to".into(), Signal::derive(move || texts().slm.avail_to.to_owned()), form.to)}
                        })}
                        {move || (form.mode.get() == 2).then(|| form.days.iter().enumerate().map(|(i, (from, to))| view! {
                            {time_field(format!("av-d{i}-from"), Signal::derive(move || { let t = texts().slm; (t.avail_day_from)(t.avail_weekdays[i]) }), *from)}
                            {time_field(format!("av-d{i}-to"), Signal::derive(move || { let t = texts().slm; (t.avail_day_to)(t.avail_weekdays[i]) }), *to)}
                        }).collect_view())}
                    </div>
                    <button type="submit">{move || texts().slm.avail_save_hours}</button>
                    {move || hours_saved.get().then(|| view! { <p role="status">{move || texts().slm.avail_hours_saved}</p> })}
                </form>

                <form class="card" on:submit=add_outage>
                    <h3>{move || texts().slm.avail_outages}</h3>
                    {problem_view(outage_problem)}
                    <div class="form-grid">
                        <div class="field">
                            <label for="av-start">{move || texts().slm.avail_outage_start}</label>
                            <input id="av-start" type="datetime-local" prop:value=move || start.get() on:input=move |ev| start.set(event_target_value(&ev))/>
                        </div>
                        <div class="field">
                            <label for="av-end">{move || texts().slm.avail_outage_end}</label>
                            <input id="av-end" type="datetime-local" prop:value=move || end.get() on:input=move |ev| end.set(event_target_value(&ev))/>
                        </div>
                        <label class="inline-check wide">
                            <input type="checkbox" prop:checked=move || planned.get() on:change=move |ev| planned.set(event_target_checked(&ev))/>
                            {move || texts().slm.avail_outage_planned}
                        </label>
                    </div>
                    <button type="submit">{move || texts().slm.avail_add_outage}</button>
                </form>
                {problem_view(delete_problem)}
                {outage_list}

                {results}
                <p class="hint">{move || texts().slm.avail_record_hint}</p>
                <div class="actions">
                    <button type="button" on:click=record>{move || texts().slm.avail_record}</button>
                </div>
                {problem_view(record_problem)}
                {move || recorded.get().map(|n| view! { <p role="status">{move || (texts().slm.avail_recorded)(n)}</p> })}
            </section>
        </Show>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(d: u32, h: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 6, d)
            .unwrap()
            .and_hms_opt(h, 0, 0)
            .unwrap()
    }

    #[test]
    fn form_values_are_read_or_refused() {
        assert_eq!(parse_local("2026-06-10T10:00"), Some(at(10, 10)));
        assert_eq!(parse_local("2026-06-10T10:00:00"), Some(at(10, 10)));
        assert_eq!(parse_local(""), None);
        assert_eq!(parse_local("10/06/2026"), None);
        assert_eq!(window("", " "), Ok(None));
        assert_eq!(
            window("08:00", "18:00"),
            Ok(Some(DailyWindow::new(480, 1080).unwrap()))
        );
        assert_eq!(
            window("20:00", "00:00"),
            Ok(Some(DailyWindow::new(1200, 1440).unwrap()))
        );
        assert_eq!(window("18:00", "08:00"), Err(()));
        assert_eq!(window("08:00", ""), Err(()));
        assert_eq!(window("25:00", "26:00"), Err(()));
        assert_eq!(hhmm(1440), "00:00");
        assert_eq!(hhmm(495), "08:15");
    }

    #[test]
    fn achieved_values_round_down_to_two_decimals() {
        assert_eq!(floor2(99.583_333), 99.58);
        assert_eq!(floor2(99.499_99), 99.49);
        assert_eq!(floor2(100.0), 100.0);
    }

    #[test]
    fn periods_with_outages_and_the_current_one_are_listed() {
        let june: Period = "2026-06".parse().unwrap();
        let outages = [
            Outage::new(at(10, 10), at(10, 13), false).unwrap(),
            // Ends at midnight starting July: June only.
            Outage::new(at(30, 20), at(30, 20) + TimeDelta::hours(4), false).unwrap(),
        ];
        let nov: Period = "2026-11".parse().unwrap();
        assert_eq!(periods(PeriodKind::Month, &outages, nov), [june, nov]);
        let mut t = Target::new(
            Id::new("t").unwrap(),
            "Availability",
            "%",
            Direction::AtLeast,
            99.5,
            None,
            PeriodKind::Month,
        )
        .unwrap();
        assert!(looks_like_availability(&t));
        t.availability = Some(crate::domain::slm::AvailabilitySetup {
            hours: ServiceHours::AlwaysOn,
            outages: outages[..1].to_vec(),
        });
        let now = NaiveDate::from_ymd_opt(2026, 11, 23)
            .unwrap()
            .and_hms_opt(8, 0, 0)
            .unwrap();
        let rows = rows(&t, now);
        assert_eq!(rows.len(), 2);
        assert!(rows[0].completed && !rows[0].current);
        assert_eq!(rows[0].report.achieved_percent.map(floor2), Some(99.58));
        assert!(rows[1].current && !rows[1].completed);
        assert_eq!(rows[1].report.achieved_percent, Some(100.0));
    }
}
