//! Names of domain values in the reader's language.

use crate::domain::bounded::Emotion;
use crate::domain::insights::Quadrant;
use crate::domain::journey::{Actor, Channel, Step};
use crate::domain::kano::Category;
use crate::domain::slm::PeriodKind;
use crate::domain::stakeholder::{Side, StakeholderRole};
use crate::domain::tickets::{Clock, Outcome};
use crate::domain::RelationshipType;
use crate::i18n::{KanoTexts, SlmTexts, Texts};
use crate::storage::csv::CsvError;
use chrono::Weekday;

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

/// The name of an ITIL 4 journey step.
pub fn step_name(t: &Texts, step: Step) -> &'static str {
    match step {
        Step::Explore => t.steps[0],
        Step::Engage => t.steps[1],
        Step::Offer => t.steps[2],
        Step::Agree => t.steps[3],
        Step::Onboard => t.steps[4],
        Step::CoCreate => t.steps[5],
        Step::Realize => t.steps[6],
    }
}

/// The one-line explanation of a journey step.
pub fn step_hint(t: &Texts, step: Step) -> &'static str {
    match step {
        Step::Explore => t.step_hints[0],
        Step::Engage => t.step_hints[1],
        Step::Offer => t.step_hints[2],
        Step::Agree => t.step_hints[3],
        Step::Onboard => t.step_hints[4],
        Step::CoCreate => t.step_hints[5],
        Step::Realize => t.step_hints[6],
    }
}

/// The name of a touchpoint's channel.
pub fn channel_name(t: &Texts, c: Channel) -> &'static str {
    match c {
        Channel::Web => t.channels[0],
        Channel::MobileApp => t.channels[1],
        Channel::Email => t.channels[2],
        Channel::Phone => t.channels[3],
        Channel::Chat => t.channels[4],
        Channel::InPerson => t.channels[5],
        Channel::SelfServicePortal => t.channels[6],
        Channel::Other => t.channels[7],
    }
}

/// Who acts at a touchpoint.
pub fn actor_name(t: &Texts, a: Actor) -> &'static str {
    match a {
        Actor::Customer => t.actors[0],
        Actor::User => t.actors[1],
        Actor::Sponsor => t.actors[2],
        Actor::Provider => t.actors[3],
        Actor::Partner => t.actors[4],
    }
}

/// The words for an emotion on the −2 … +2 scale ("Very negative" … "Very positive").
pub fn emotion_name(t: &Texts, e: Emotion) -> &'static str {
    match e.get() {
        ..=-2 => t.emotions[0],
        -1 => t.emotions[1],
        0 => t.emotions[2],
        1 => t.emotions[3],
        2.. => t.emotions[4],
    }
}

/// The part a stakeholder plays.
pub fn role_name(t: &Texts, r: StakeholderRole) -> &'static str {
    match r {
        StakeholderRole::Customer => t.roles[0],
        StakeholderRole::User => t.roles[1],
        StakeholderRole::Sponsor => t.roles[2],
        StakeholderRole::ProviderTeam => t.roles[3],
        StakeholderRole::SupplierPartner => t.roles[4],
        StakeholderRole::Regulator => t.roles[5],
        StakeholderRole::Other => t.roles[6],
    }
}

/// "Consumer" or "Provider", the side a stakeholder stands on.
pub fn side_name(t: &Texts, s: Side) -> &'static str {
    match s {
        Side::Consumer => t.sides[0],
        Side::Provider => t.sides[1],
    }
}

/// The name of a stakeholder quadrant (influence and interest).
pub fn quadrant_name(t: &Texts, q: Quadrant) -> &'static str {
    match q {
        Quadrant::ManageClosely => t.quadrants[0],
        Quadrant::KeepSatisfied => t.quadrants[1],
        Quadrant::KeepInformed => t.quadrants[2],
        Quadrant::Monitor => t.quadrants[3],
    }
}

/// The name of a Kano category ("Attractive", "Must-be", …).
pub fn category_name(k: &KanoTexts, c: Category) -> &'static str {
    match c {
        Category::A => k.categories[0],
        Category::O => k.categories[1],
        Category::M => k.categories[2],
        Category::I => k.categories[3],
        Category::R => k.categories[4],
        Category::Q => k.categories[5],
    }
}

/// The name of a period kind ("Month", "ISO week", "Quarter").
pub fn period_kind_name(t: &SlmTexts, kind: PeriodKind) -> &'static str {
    match kind {
        PeriodKind::Month => t.period_kinds[0],
        PeriodKind::IsoWeek => t.period_kinds[1],
        PeriodKind::Quarter => t.period_kinds[2],
    }
}

/// The name of a day of the week ("Monday" … "Sunday").
pub fn weekday_name(t: &SlmTexts, day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => t.avail_weekdays[0],
        Weekday::Tue => t.avail_weekdays[1],
        Weekday::Wed => t.avail_weekdays[2],
        Weekday::Thu => t.avail_weekdays[3],
        Weekday::Fri => t.avail_weekdays[4],
        Weekday::Sat => t.avail_weekdays[5],
        Weekday::Sun => t.avail_weekdays[6],
    }
}

/// The name of the `i`-th day of a week counted from Monday (0), as the domain's
/// week arrays hold them; empty past Sunday.
pub fn weekday_from_monday(t: &SlmTexts, i: usize) -> &'static str {
    u8::try_from(i)
        .ok()
        .and_then(|i| Weekday::try_from(i).ok())
        .map_or("", |day| weekday_name(t, day))
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

/// Asserts that `name` gives every value of `all` a name of its own: no value is
/// named by another's position in a list.
#[cfg(test)]
pub(crate) fn distinct<T: Copy>(all: &[T], name: impl Fn(T) -> &'static str) {
    let mut names: Vec<_> = all.iter().map(|v| name(*v)).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), all.len(), "{names:?}");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// Every value has a name of its own in each language: none is named by another's
    /// position in a list.
    #[test]
    fn every_value_has_its_own_name() {
        let emotions: Vec<Emotion> = (-2..=2).filter_map(|e| Emotion::new(e).ok()).collect();
        let days = [
            Weekday::Mon,
            Weekday::Tue,
            Weekday::Wed,
            Weekday::Thu,
            Weekday::Fri,
            Weekday::Sat,
            Weekday::Sun,
        ];
        for lang in Lang::ALL {
            let t = lang.texts();
            distinct(&Step::ALL, |v| step_name(t, v));
            distinct(&Step::ALL, |v| step_hint(t, v));
            distinct(&Channel::ALL, |v| channel_name(t, v));
            distinct(&Actor::ALL, |v| actor_name(t, v));
            distinct(&emotions, |v| emotion_name(t, v));
            distinct(&StakeholderRole::ALL, |v| role_name(t, v));
            distinct(&Side::ALL, |v| side_name(t, v));
            distinct(&Quadrant::ALL, |v| quadrant_name(t, v));
            distinct(&Category::ALL, |v| category_name(t.kano, v));
            distinct(&PeriodKind::ALL, |v| period_kind_name(t.slm, v));
            distinct(&days, |v| weekday_name(t.slm, v));
        }
        let t = Lang::En.texts();
        assert_eq!(step_name(t, Step::CoCreate), "Co-create");
        assert_eq!(channel_name(t, Channel::Other), t.channels[7]);
        assert_eq!(period_kind_name(t.slm, PeriodKind::IsoWeek), "ISO week");
        let es = Lang::Es.texts().slm;
        assert_eq!(weekday_name(es, Weekday::Sun), es.avail_weekdays[6]);
        assert_eq!(weekday_from_monday(es, 0), weekday_name(es, Weekday::Mon));
        assert_eq!(weekday_from_monday(es, 6), weekday_name(es, Weekday::Sun));
        assert_eq!(weekday_from_monday(es, 7), "");
    }

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
