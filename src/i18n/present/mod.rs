//! The strings of presentation mode (a journey or Kano results on a projector).

mod en;
mod es;
mod ru;

pub(super) use en::TEXTS as EN;
pub(super) use es::TEXTS as ES;
pub(super) use ru::TEXTS as RU;

super::texts::texts! {
    /// Every visible string of presentation mode in one language.
    struct PresentTexts;
    strings {
        /// The button that opens presentation mode.
        present,
        /// Accessible name of the presentation region.
        region,
        previous,
        next,
        exit,
        full_screen,
        keys_hint,
        /// Position shown on a title slide.
        title_slide,
        /// Position shown on the closing slide.
        summary_slide,
        journey_insights,
        step_empty,
        curve_table,
        chart_table,
        respondents,
        features_heading,
        no_answers,
        by_category,
        not_found,
    }
    formatters {
        /// "Step 3 of 7".
        step_of: fn(usize, usize) -> String,
        /// "Slide 3 of 9".
        slide_of: fn(usize, usize) -> String,
        /// "Feature 2 of 5".
        feature_of: fn(usize, usize) -> String,
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;

    #[test]
    fn every_presentation_string_is_filled_and_translated() {
        let texts = Lang::ALL.map(|l| l.texts().present);
        for t in texts {
            for (name, text) in t.all_static() {
                assert!(!text.trim().is_empty(), "{name}");
            }
            assert!((t.step_of)(3, 7).contains('3') && (t.step_of)(3, 7).contains('7'));
            assert!((t.slide_of)(2, 9).contains('9'));
            assert!((t.feature_of)(2, 5).contains('5'));
        }
        let [en, es, ru] = texts;
        for ((name, a), ((_, b), (_, c))) in en
            .all_static()
            .into_iter()
            .zip(es.all_static().into_iter().zip(ru.all_static()))
        {
            assert!(a != b && a != c && b != c, "{name} is not translated");
        }
        assert_eq!((en.step_of)(2, 7), "Step 2 of 7");
        assert_eq!((es.step_of)(2, 7), "Paso 2 de 7");
        assert_eq!((ru.step_of)(2, 7), "Шаг 2 из 7");
    }
}
