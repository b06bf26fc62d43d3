//! The generated Kano questions, in the survey's language (survey content, like the
//! example texts, so it lives in the domain rather than in the UI's translations).

/// "How would you feel if `<feature>` were available?" in `lang` (`en`, `es`, `ru`;
/// anything else gives English).
pub fn functional_question(lang: &str, feature_name: &str) -> String {
    let name = feature_name.trim();
    match lang {
        "es" => format!("¿Cómo se sentiría si «{name}» estuviera disponible?"),
        "ru" => format!("Что бы вы почувствовали, если бы функция «{name}» была доступна?"),
        _ => format!("How would you feel if {name} were available?"),
    }
}

/// "How would you feel if `<feature>` were not available?" in `lang`.
pub fn dysfunctional_question(lang: &str, feature_name: &str) -> String {
    let name = feature_name.trim();
    match lang {
        "es" => format!("¿Cómo se sentiría si «{name}» no estuviera disponible?"),
        "ru" => format!("Что бы вы почувствовали, если бы функция «{name}» была недоступна?"),
        _ => format!("How would you feel if {name} were not available?"),
    }
}

/// The languages a survey can be written in.
pub const SURVEY_LANGUAGES: [&str; 3] = ["en", "es", "ru"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_in_three_languages() {
        assert_eq!(
            functional_question("en", " offline mode "),
            "How would you feel if offline mode were available?"
        );
        assert_eq!(
            dysfunctional_question("en", "offline mode"),
            "How would you feel if offline mode were not available?"
        );
        assert_eq!(
            functional_question("es", "modo sin conexión"),
            "¿Cómo se sentiría si «modo sin conexión» estuviera disponible?"
        );
        assert_eq!(
            dysfunctional_question("ru", "офлайн-режим"),
            "Что бы вы почувствовали, если бы функция «офлайн-режим» была недоступна?"
        );
        assert_eq!(
            functional_question("fr", "x"),
            functional_question("en", "x")
        );
    }
}
