//! Numbers and dates written the way each language writes them.

use super::Lang;
use chrono::{Datelike, NaiveDate, NaiveDateTime};

/// Formats `value` with `decimals` decimals, grouping thousands:
/// `1,234.5` in English, `1.234,5` in Spanish, `1 234,5` in Russian (no-break space).
///
/// Spanish leaves four-digit numbers ungrouped (`1234`), as the RAE recommends.
pub fn format_number(lang: Lang, value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "—".into();
    }
    let text = format!("{:.*}", decimals, value.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let (group, decimal) = match lang {
        Lang::En => (",", "."),
        Lang::Es => (".", ","),
        Lang::Ru => ("\u{a0}", ","),
    };
    let group_from = if lang == Lang::Es { 5 } else { 4 };
    let mut grouped = String::new();
    if int.len() >= group_from {
        for (i, ch) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                grouped.push_str(group);
            }
            grouped.push(ch);
        }
    } else {
        grouped.push_str(int);
    }
    let negative = value < 0.0 && text.bytes().any(|b| b.is_ascii_digit() && b != b'0');
    let sign = if negative { "−" } else { "" };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{decimal}{frac}")
    }
}

/// Formats a date in the language's usual medium style:
/// `23 Nov 2026`, `23 nov 2026`, `23 нояб. 2026 г.`.
pub fn format_date(lang: Lang, date: NaiveDate) -> String {
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    const ES: [&str; 12] = [
        "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic",
    ];
    const RU: [&str; 12] = [
        "янв.",
        "февр.",
        "мар.",
        "апр.",
        "мая",
        "июн.",
        "июл.",
        "авг.",
        "сент.",
        "окт.",
        "нояб.",
        "дек.",
    ];
    let month = date.month0() as usize;
    match lang {
        Lang::En => format!("{} {} {}", date.day(), EN[month], date.year()),
        Lang::Es => format!("{} {} {}", date.day(), ES[month], date.year()),
        Lang::Ru => format!("{} {} {} г.", date.day(), RU[month], date.year()),
    }
}

/// Formats a date and time to the minute: the date as [`format_date`], then `HH:MM`
/// (the three languages write the 24-hour clock): `7 Dec 2026 14:05`.
pub fn format_date_time(lang: Lang, at: NaiveDateTime) -> String {
    format!("{} {}", format_date(lang, at.date()), at.format("%H:%M"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_times_read_to_the_minute() {
        let at = NaiveDate::from_ymd_opt(2026, 12, 7)
            .and_then(|d| d.and_hms_opt(9, 5, 59))
            .expect("a valid time");
        assert_eq!(format_date_time(Lang::En, at), "7 Dec 2026 09:05");
        assert_eq!(format_date_time(Lang::Ru, at), "7 дек. 2026 г. 09:05");
    }

    #[test]
    fn numbers_follow_each_language() {
        assert_eq!(format_number(Lang::En, 1234567.891, 2), "1,234,567.89");
        assert_eq!(format_number(Lang::Es, 1234567.891, 2), "1.234.567,89");
        assert_eq!(
            format_number(Lang::Ru, 1234567.891, 2),
            "1\u{a0}234\u{a0}567,89"
        );
        assert_eq!(format_number(Lang::Es, 1234.0, 0), "1234");
        assert_eq!(format_number(Lang::En, 1234.0, 0), "1,234");
        assert_eq!(format_number(Lang::En, -0.25, 2), "−0.25");
        assert_eq!(format_number(Lang::En, -0.001, 2), "0.00");
        assert_eq!(format_number(Lang::Ru, f64::NAN, 1), "—");
    }

    #[test]
    fn dates_follow_each_language() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(format_date(Lang::En, d), "23 Nov 2026");
        assert_eq!(format_date(Lang::Es, d), "23 nov 2026");
        assert_eq!(format_date(Lang::Ru, d), "23 нояб. 2026 г.");
    }
}
