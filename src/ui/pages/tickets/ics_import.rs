//! Holidays from an .ics file into the calendar being edited: the years repeating
//! events are expanded over (from the first ticket's year, or this year, to five years
//! ahead), what the file gave (kept under the field until the next import) and what
//! it could not give (the alert).

use super::{say, Messages};
use crate::domain::tickets::feed::parse_dates;
use crate::i18n::Texts;
use crate::storage::ics::rrule::Freq;
use crate::storage::ics::{read_holidays, IcsError, IcsNote, IcsWarning, Years};
use crate::ui::import_flow::{read_chosen, FilePicker};
use crate::ui::pages::slm::today;
use crate::ui::state::{use_state, use_texts};
use chrono::Datelike;
use leptos::prelude::*;

/// Warnings listed before "and N more".
const LISTED: usize = 5;

/// Notes listed before "and N more".
const NOTES_LISTED: usize = 10;

/// The year fields, the file input and the notes of the last import.
#[component]
pub(super) fn IcsImport(holidays: RwSignal<String>, notes: RwSignal<Vec<String>>) -> impl IntoView {
    let state = use_state();
    let texts = use_texts();
    let status = RwSignal::new(None::<String>);
    let alert = RwSignal::new(None::<String>);
    let default_years = move || {
        let first_ticket = state.workspace.with(|ws| {
            ws.tickets
                .tickets()
                .iter()
                .map(|t| t.created().year())
                .min()
        });
        Years::around(first_ticket, today().year())
    };
    // What the user typed; the default until then.
    let first_text = RwSignal::new(None::<String>);
    let last_text = RwSignal::new(None::<String>);
    let first = move || {
        first_text
            .get()
            .unwrap_or_else(|| default_years().first().to_string())
    };
    let last = move || {
        last_text
            .get()
            .unwrap_or_else(|| default_years().last().to_string())
    };

    let on_ics = move |ev: leptos::ev::Event| {
        let years = chosen_years(&first(), &last());
        read_chosen(&ev, move |text| {
            let t = texts();
            let Some(years) = years else {
                notes.set(Vec::new());
                say(status, alert, Err(t.tickets.ics_bad_years.to_owned()));
                return;
            };
            let text = text.unwrap_or_default();
            match read_holidays(&text, years) {
                Ok(found) => {
                    let mut dates = parse_dates(&holidays.get_untracked()).unwrap_or_default();
                    let before = dates.len();
                    dates.extend(found.dates);
                    dates.sort();
                    dates.dedup();
                    let added = dates.len() - before.min(dates.len());
                    holidays.set(
                        dates
                            .iter()
                            .map(|d| d.to_string())
                            .collect::<Vec<_>>()
                            .join("\n"),
                    );
                    notes.set(ics_notes(t, &found.notes));
                    status.set(Some((t.tickets.ics_added)(added)));
                    alert.set(ics_warnings(t, &found.warnings));
                }
                Err(IcsError::NotACalendar) => {
                    notes.set(Vec::new());
                    say(status, alert, Err(t.tickets.ics_not_calendar.to_owned()))
                }
            }
        });
    };

    view! {
        <fieldset class="ics-import">
            <legend>{move || texts().tickets.ics_heading}</legend>
            <p class="hint">{move || texts().tickets.ics_years_hint}</p>
            <div class="actions">
                <label class="inline-select">
                    <span>{move || texts().tickets.ics_year_from}</span>
                    <input type="number" min="1970" max="2200" step="1" inputmode="numeric"
                        prop:value=first on:input=move |ev| first_text.set(Some(event_target_value(&ev)))/>
                </label>
                <label class="inline-select">
                    <span>{move || texts().tickets.ics_year_to}</span>
                    <input type="number" min="1970" max="2200" step="1" inputmode="numeric"
                        prop:value=last on:input=move |ev| last_text.set(Some(event_target_value(&ev)))/>
                </label>
            </div>
            <FilePicker id="import-ics" accept=".ics,text/calendar" label=Signal::derive(move || texts().tickets.import_ics) on_file=on_ics/>
            {move || {
                let list = notes.get();
                (!list.is_empty()).then(|| view! {
                    <ul class="hint" aria-label=move || texts().tickets.ics_notes_label>
                        {list.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                    </ul>
                })
            }}
            <Messages status alert/>
        </fieldset>
    }
}

/// The years typed in the two fields, when they are a valid range.
fn chosen_years(first: &str, last: &str) -> Option<Years> {
    let first = first.trim().parse().ok()?;
    let last = last.trim().parse().ok()?;
    Years::new(first, last).ok()
}

/// `2026–2031`, or `2026` for one year.
fn years_text(years: Years) -> String {
    if years.first() == years.last() {
        years.first().to_string()
    } else {
        format!("{}–{}", years.first(), years.last())
    }
}

fn title<'a>(t: &'a Texts, summary: &'a str) -> &'a str {
    if summary.trim().is_empty() {
        t.tickets.ics_untitled
    } else {
        summary
    }
}

/// What the file gave, in the page's language: each repeating event expanded, each
/// event left out as not a holiday; the first few, then how many more.
fn ics_notes(t: &Texts, notes: &[IcsNote]) -> Vec<String> {
    let tt = t.tickets;
    let mut out: Vec<String> = notes
        .iter()
        .take(NOTES_LISTED)
        .map(|note| match note {
            IcsNote::Expanded {
                summary,
                freq: Some(freq),
                years,
                dates,
            } => {
                let index = match freq {
                    Freq::Yearly => 0,
                    Freq::Monthly => 1,
                    Freq::Weekly => 2,
                    Freq::Daily => 3,
                };
                (tt.ics_expanded)(
                    title(t, summary),
                    tt.ics_freqs[index],
                    &years_text(*years),
                    *dates,
                )
            }
            IcsNote::Expanded {
                summary,
                freq: None,
                years,
                dates,
            } => (tt.ics_listed)(title(t, summary), &years_text(*years), *dates),
            IcsNote::Cancelled { line, summary } => (tt.ics_cancelled)(*line, title(t, summary)),
            IcsNote::Free { line, summary } => (tt.ics_free)(*line, title(t, summary)),
        })
        .collect();
    if notes.len() > NOTES_LISTED {
        out.push((tt.ics_more)(notes.len() - NOTES_LISTED));
    }
    out
}

/// The events of an .ics file that were not fully used, in the page's language: the
/// first few, then how many more; `None` when there are none.
fn ics_warnings(t: &Texts, warnings: &[IcsWarning]) -> Option<String> {
    if warnings.is_empty() {
        return None;
    }
    let tt = t.tickets;
    let mut text = tt.ics_check.to_owned();
    for warning in warnings.iter().take(LISTED) {
        text.push(' ');
        text.push_str(&match warning {
            IcsWarning::NoStart { line, summary } => (tt.ics_no_start)(*line, title(t, summary)),
            IcsWarning::BadDate { line, text } => (tt.ics_bad_start)(*line, text),
            IcsWarning::BadYear { line, text } => (tt.ics_bad_year)(*line, text),
            IcsWarning::TooLong { line, summary } => (tt.ics_too_long)(*line, title(t, summary)),
            IcsWarning::Unterminated { line, summary } => {
                (tt.ics_unterminated)(*line, title(t, summary))
            }
            IcsWarning::RuleUnsupported {
                line,
                summary,
                part,
            } => (tt.ics_rule_unsupported)(*line, title(t, summary), part),
            IcsWarning::RuleUnreadable {
                line,
                summary,
                part,
            } => (tt.ics_rule_unreadable)(*line, title(t, summary), part),
            IcsWarning::TooMany {
                line,
                summary,
                kept,
            } => (tt.ics_too_many)(*line, title(t, summary), *kept),
        });
    }
    if warnings.len() > LISTED {
        text.push(' ');
        text.push_str(&(tt.ics_more)(warnings.len() - LISTED));
    }
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn years(first: i32, last: i32) -> Years {
        Years::new(first, last).expect("years")
    }

    #[test]
    fn the_typed_years_must_be_a_range_within_1970_to_2200() {
        assert_eq!(chosen_years(" 2026 ", "2031"), Some(years(2026, 2031)));
        assert_eq!(chosen_years("2031", "2026"), None);
        assert_eq!(chosen_years("1969", "2026"), None);
        assert_eq!(chosen_years("", "2026"), None);
        assert_eq!(chosen_years("2026.5", "2027"), None);
        assert_eq!(years_text(years(2026, 2031)), "2026–2031");
        assert_eq!(years_text(years(2027, 2027)), "2027");
    }

    #[test]
    fn notes_say_what_was_expanded_in_the_language_of_the_page() {
        let notes = [
            IcsNote::Expanded {
                summary: "Thanksgiving".into(),
                freq: Some(Freq::Yearly),
                years: years(2026, 2031),
                dates: 6,
            },
            IcsNote::Expanded {
                summary: "Team day".into(),
                freq: None,
                years: years(2026, 2026),
                dates: 1,
            },
            IcsNote::Cancelled {
                line: 12,
                summary: "Picnic".into(),
            },
            IcsNote::Free {
                line: 20,
                summary: String::new(),
            },
        ];
        assert_eq!(
            ics_notes(Lang::En.texts(), &notes),
            [
                "Thanksgiving: yearly rule expanded 2026–2031, 6 dates",
                "Team day: listed dates (RDATE) in 2026, 1 date",
                "line 12: “Picnic” is cancelled (STATUS:CANCELLED): not a holiday.",
                "line 20: “untitled event” is a timed event shown as free (TRANSP:TRANSPARENT): not a holiday.",
            ]
        );
        assert_eq!(
            ics_notes(Lang::Es.texts(), &notes[..1]),
            ["Thanksgiving: regla anual expandida a 2026–2031, 6 fechas"]
        );
        assert_eq!(
            ics_notes(Lang::Ru.texts(), &notes[..2]),
            [
                "Thanksgiving: ежегодное правило развёрнуто на 2026–2031, 6 дат",
                "Team day: перечисленные даты (RDATE) в 2026, 1 дата"
            ]
        );
        let many = vec![notes[2].clone(); 12];
        let listed = ics_notes(Lang::En.texts(), &many);
        assert_eq!(listed.len(), NOTES_LISTED + 1);
        assert_eq!(listed.last().map(String::as_str), Some("… and 2 more."));
    }

    #[test]
    fn ics_warnings_are_told_in_the_language_of_the_page_five_at_most() {
        assert_eq!(ics_warnings(Lang::En.texts(), &[]), None);
        let unsupported = |line| IcsWarning::RuleUnsupported {
            line,
            summary: "Team day".into(),
            part: "BYWEEKNO=20".into(),
        };
        let warnings = [
            unsupported(3),
            IcsWarning::NoStart {
                line: 9,
                summary: "Party".into(),
            },
            IcsWarning::BadYear {
                line: 14,
                text: "00000101".into(),
            },
            IcsWarning::TooLong {
                line: 20,
                summary: "Summer".into(),
            },
            IcsWarning::Unterminated {
                line: 30,
                summary: String::new(),
            },
            unsupported(40),
            unsupported(50),
        ];
        let en = ics_warnings(Lang::En.texts(), &warnings).unwrap_or_default();
        assert!(
            en.starts_with("Check these events of the file: line 3: “Team day”: the rule part “BYWEEKNO=20” is not supported"),
            "{en}"
        );
        assert!(en.contains("line 9: “Party” has no start date"), "{en}");
        assert!(
            en.contains("line 14: “00000101” is outside the years 1970 to 2200"),
            "{en}"
        );
        assert!(
            en.contains("line 20: “Summer” lasts more than 31 days"),
            "{en}"
        );
        assert!(
            en.contains("line 30: “untitled event” has no END:VEVENT"),
            "{en}"
        );
        assert!(!en.contains("line 40:"), "{en}");
        assert!(en.ends_with("… and 2 more."), "{en}");
        let es = ics_warnings(Lang::Es.texts(), &warnings[..1]).unwrap_or_default();
        assert!(
            es.starts_with("Revise estos eventos del archivo: línea 3: «Team day»: la parte de la regla «BYWEEKNO=20» no es compatible"),
            "{es}"
        );
        let ru = ics_warnings(Lang::Ru.texts(), &warnings[3..4]).unwrap_or_default();
        assert!(
            ru.contains("строка 20: «Summer» длится больше 31 дня"),
            "{ru}"
        );
        let too_many = IcsWarning::TooMany {
            line: 7,
            summary: "Daily".into(),
            kept: 1000,
        };
        let en = ics_warnings(Lang::En.texts(), &[too_many]).unwrap_or_default();
        assert!(
            en.ends_with("only its first 1000 dates were taken."),
            "{en}"
        );
    }
}
