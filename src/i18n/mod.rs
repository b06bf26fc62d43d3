//! The i18n layer: the languages DSV Studio ships, every visible string in each of
//! them, and number and date formatting by language.
//!
//! Strings live in one [`Texts`] struct per language. A string added to the struct
//! and missing from any language is a compile error, so no language can silently
//! fall back to another.

mod answer;
mod en;
mod es;
mod format;
mod kano;
mod learn;
mod present;
mod problems;
mod ru;
mod slm;
mod sync;
mod texts;
mod tickets;

pub use answer::AnswerTexts;
pub use format::{format_date, format_date_time, format_number};
pub use kano::{KanoTexts, ResponsesTally};
pub use learn::{LearnTexts, Term};
pub use present::PresentTexts;
pub use problems::ProblemTexts;
pub use slm::SlmTexts;
pub use sync::SyncTexts;
pub use texts::Texts;
pub use tickets::TicketTexts;

/// Picks one string out of [`Texts`], so a component can take "which string" as data.
pub type Pick = fn(&Texts) -> &'static str;

use std::sync::atomic::{AtomicU8, Ordering};

/// A language DSV Studio ships.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Es,
    Ru,
}

impl Lang {
    /// Every shipped language.
    pub const ALL: [Self; 3] = [Self::En, Self::Es, Self::Ru];

    /// The BCP 47 code used for `<html lang>` and in settings.
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Es => "es",
            Self::Ru => "ru",
        }
    }

    /// The language's name in itself, as shown in the language picker.
    pub fn native_name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Es => "Español",
            Self::Ru => "Русский",
        }
    }

    /// Parses a code or a locale tag such as `es-AR`.
    pub fn from_code(code: &str) -> Option<Self> {
        let primary = code.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        Self::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The first shipped language among the browser's preferred tags, else English.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Self {
        preferred
            .into_iter()
            .find_map(Self::from_code)
            .unwrap_or_default()
    }

    /// The respondent page's strings in this language: all the respondent page
    /// links (it never calls [`Lang::texts`], so the workbench's strings stay out).
    pub fn answer_texts(self) -> &'static AnswerTexts {
        match self {
            Self::En => &answer::EN,
            Self::Es => &answer::ES,
            Self::Ru => &answer::RU,
        }
    }

    /// Every visible string in this language.
    pub fn texts(self) -> &'static Texts {
        match self {
            Self::En => &en::TEXTS,
            Self::Es => &es::TEXTS,
            Self::Ru => &ru::TEXTS,
        }
    }
}

/// The English plural form for `n`: `one` for exactly 1, `other` otherwise (CLDR).
pub fn plural_en(n: usize, one: &'static str, other: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        other
    }
}

/// The Spanish plural form for `n`: as in English for whole numbers, `one` for
/// exactly 1 and `other` otherwise (CLDR).
pub fn plural_es(n: usize, one: &'static str, other: &'static str) -> &'static str {
    plural_en(n, one, other)
}

/// The Russian plural form for `n`: `one` (1, 21…), `few` (2–4, 22–24…), `many`.
pub fn plural_ru(
    n: usize,
    one: &'static str,
    few: &'static str,
    many: &'static str,
) -> &'static str {
    match (n % 10, n % 100) {
        (1, r) if r != 11 => one,
        (2..=4, r) if !(12..=14).contains(&r) => few,
        _ => many,
    }
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

/// Records the language in use, for code that runs outside the reactive UI (the
/// failure screen after a panic).
pub fn set_current(lang: Lang) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}

/// The language last passed to [`set_current`].
pub fn current() -> Lang {
    match CURRENT.load(Ordering::Relaxed) {
        1 => Lang::Es,
        2 => Lang::Ru,
        _ => Lang::En,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_the_first_supported_browser_language() {
        assert_eq!(Lang::negotiate(["de-DE", "es-MX", "en"]), Lang::Es);
        assert_eq!(Lang::negotiate(["ru"]), Lang::Ru);
        assert_eq!(Lang::negotiate(["fr", "de"]), Lang::En);
        assert_eq!(Lang::negotiate([]), Lang::En);
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("RU_ru"), Some(Lang::Ru));
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn languages_differ_where_they_should() {
        let (en, es, ru) = (Lang::En.texts(), Lang::Es.texts(), Lang::Ru.texts());
        assert_ne!(en.nav_home, es.nav_home);
        assert_ne!(en.nav_home, ru.nav_home);
        assert_eq!(en.app_name, ru.app_name);
    }

    #[test]
    fn every_string_is_filled_in_every_language() {
        for lang in Lang::ALL {
            let texts = lang.texts();
            for (name, text) in texts
                .all_static()
                .into_iter()
                .chain(texts.kano.all_static())
                .chain(texts.problems.all_static())
            {
                assert!(
                    !text.trim().is_empty(),
                    "{name} is empty in {}",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn english_and_spanish_plurals() {
        for f in [plural_en, plural_es] {
            assert_eq!(
                [
                    f(0, "one", "other"),
                    f(1, "one", "other"),
                    f(2, "one", "other"),
                    f(21, "one", "other")
                ],
                ["other", "one", "other", "other"]
            );
        }
    }

    #[test]
    fn russian_plurals() {
        let f = |n| plural_ru(n, "one", "few", "many");
        assert_eq!(
            [f(1), f(2), f(5), f(11), f(21), f(22), f(12), f(0)],
            ["one", "few", "many", "many", "one", "few", "many", "many"]
        );
    }

    #[test]
    fn lists_are_filled_in_every_language() {
        for lang in Lang::ALL {
            let t = lang.texts();
            for text in t
                .steps
                .iter()
                .chain(&t.step_hints)
                .chain(&t.channels)
                .chain(&t.actors)
                .chain(&t.emotions)
            {
                assert!(!text.trim().is_empty(), "{}", lang.code());
            }
        }
    }

    #[test]
    fn current_language_is_remembered() {
        set_current(Lang::Ru);
        assert_eq!(current(), Lang::Ru);
        set_current(Lang::En);
    }
}
