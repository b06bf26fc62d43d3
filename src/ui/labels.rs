//! Names of domain values in the reader's language.

use crate::domain::tickets::{Clock, Outcome};
use crate::domain::RelationshipType;
use crate::i18n::Texts;
use crate::storage::csv::CsvError;

/// "Basic", "Cooperative" or "Partnership".
pub fn relationship_name(t: &Texts, r: RelationshipType) -> &'static str {
    match r {
        RelationshipType::Basic => t.rel_basic,
        RelationshipType::Cooperative => t.rel_cooperative,
        RelationshipType::Partnership => t.rel_partnership,
    }
}

/// The one-line explanation of a relationship type.
pub fn relationship_help(t: &Texts, r: RelationshipType) -> &'static str {
    match r {
        RelationshipType::Basic => t.rel_basic_help,
        RelationshipType::Cooperative => t.rel_cooperative_help,
        RelationshipType::Partnership => t.rel_partnership_help,
    }
}

/// "Response" or "Resolution".
pub fn clock_name(t: &Texts, c: Clock) -> &'static str {
    match c {
        Clock::Response => t.tickets.clock_response,
        Clock::Resolution => t.tickets.clock_resolution,
    }
}

/// How a clock stands: met, breached (still open or not), warning, open.
pub fn outcome_name(t: &Texts, o: Outcome) -> &'static str {
    match o {
        Outcome::Met => t.tickets.outcome_met,
        Outcome::Breached { still_open: false } => t.tickets.outcome_breached,
        Outcome::Breached { still_open: true } => t.tickets.outcome_breached_open,
        Outcome::Warning => t.tickets.outcome_warning,
        Outcome::Open => t.tickets.outcome_open,
    }
}

/// Why a file is not readable CSV.
pub fn csv_problem(t: &Texts, e: &CsvError) -> String {
    match e {
        CsvError::Empty => t.csv_empty.to_owned(),
        CsvError::UnclosedQuote { line } => (t.csv_unclosed_quote)(*line),
        CsvError::TextAfterQuote { line } => (t.csv_text_after_quote)(*line),
        CsvError::DuplicateColumn(name) => (t.csv_duplicate_column)(name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn csv_problems_are_told_in_each_language() {
        let problems = [
            CsvError::Empty,
            CsvError::UnclosedQuote { line: 7 },
            CsvError::TextAfterQuote { line: 9 },
            CsvError::DuplicateColumn("period".into()),
        ];
        let told = |lang: Lang| {
            problems
                .iter()
                .map(|p| csv_problem(lang.texts(), p))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            told(Lang::En),
            [
                "the file is empty.",
                "line 7: a quoted field is never closed.",
                "line 9: text follows a closing quote.",
                "the column “period” appears twice.",
            ]
        );
        assert_eq!(
            told(Lang::Es)[1],
            "línea 7: un campo entre comillas nunca se cierra."
        );
        assert_eq!(told(Lang::Ru)[3], "столбец «period» встречается дважды.");
    }
}
