//! The strings of the respondent's page: the questionnaire, the response code and
//! what a damaged link says. Kept apart from [`super::Texts`] so that the respondent
//! page (`answer.html`) links these few strings and none of the workbench's; the
//! workbench's own answer page, kiosk and questionnaire preview read the same struct
//! (through [`super::Texts::answer`]), so each string exists once.

mod en;
mod es;
mod ru;

pub(super) use en::TEXTS as EN;
pub(super) use es::TEXTS as ES;
pub(super) use ru::TEXTS as RU;

super::texts::texts! {
    /// Every visible string of the respondent's page in one language.
    struct AnswerTexts;
    strings {
        /// The heading over a link problem.
        survey_heading,
        answer_like,
        answer_expect,
        answer_neutral,
        answer_tolerate,
        answer_dislike,
        importance_question,
        importance_low,
        importance_high,
        submit_answers,
        missing_answer_intro,
        thanks_heading,
        thanks_body,
        response_code_label,
        copy_code,
        code_copied,
        /// The clipboard refused (also used by the workbench's Share tab).
        copy_failed,
        download_code,
        mail_code,
        mail_subject,
        link_damaged,
        link_no_features,
        link_too_new,
        link_foreign,
        link_help,
        /// The failure screen after a panic: heading, what happened, the reload button.
        crash_title,
        crash_body,
        crash_reload,
    }
    formatters {
        /// "Question N of M" (formatted numbers).
        progress: fn(&str, &str) -> String,
        /// "N of M answered".
        answered: fn(&str, &str) -> String,
        /// The mail body carrying a response code (survey title, code).
        mail_body: fn(&str, &str) -> String,
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;

    #[test]
    fn every_answer_string_is_filled_in_every_language() {
        for lang in Lang::ALL {
            for (name, text) in lang.answer_texts().all_static() {
                assert!(
                    !text.trim().is_empty(),
                    "{name} is empty in {}",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn the_workbench_reads_the_same_answer_strings() {
        for lang in Lang::ALL {
            assert!(std::ptr::eq(lang.texts().answer, lang.answer_texts()));
        }
    }

    #[test]
    fn formatters_speak_the_language() {
        assert_eq!(
            (Lang::En.answer_texts().progress)("2", "10"),
            "Question 2 of 10"
        );
        assert_eq!(
            (Lang::Es.answer_texts().answered)("1", "3"),
            "1 de 3 respondidas"
        );
        assert_eq!(
            (Lang::Ru.answer_texts().mail_body)("Т", "c"),
            "Мой ответ на опрос «Т»:\n\nc\n"
        );
    }
}
