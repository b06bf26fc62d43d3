//! Names of service level values in the reader's language: one function per domain
//! enum, by `match`, so a value is never named by its position in a list.

use crate::domain::slm::{
    AgreementKind, AgreementStatus, Attainment, Direction, HoursMode, ImprovementAim,
    ImprovementStatus, PeriodKind, Review, ReviewKind, ReviewTrigger, SatisfactionSide,
    SatisfactionSource,
};
use crate::i18n::{format_date, Lang, SlmTexts};

pub(crate) use crate::ui::labels::period_kind_name;

/// "Met", "Warning", "Breached" or "No data".
pub(super) fn status(t: &SlmTexts, a: Attainment) -> &'static str {
    match a {
        Attainment::Met => t.statuses[0],
        Attainment::Warning => t.statuses[1],
        Attainment::Breached => t.statuses[2],
        Attainment::NoData => t.statuses[3],
    }
}

/// The symbol shown beside the status name (never colour alone). The heat map draws
/// the same symbols from the stylesheet (`.heat-map td.att-*::before`).
pub(super) fn symbol(a: Attainment) -> &'static str {
    match a {
        Attainment::Met => "✓",
        Attainment::Warning => "!",
        Attainment::Breached => "✗",
        Attainment::NoData => "–",
    }
}

/// The CSS class of a status cell.
pub(super) fn class(a: Attainment) -> &'static str {
    match a {
        Attainment::Met => "att-met",
        Attainment::Warning => "att-warning",
        Attainment::Breached => "att-breached",
        Attainment::NoData => "att-none",
    }
}

/// "SLA", "OLA" or "Underpinning contract".
pub(super) fn agreement_kind(t: &SlmTexts, k: AgreementKind) -> &'static str {
    match k {
        AgreementKind::Sla => t.agreement_kinds[0],
        AgreementKind::Ola => t.agreement_kinds[1],
        AgreementKind::UnderpinningContract => t.agreement_kinds[2],
    }
}

/// "Draft", "Agreed" or "Expired".
pub(super) fn agreement_status(t: &SlmTexts, s: AgreementStatus) -> &'static str {
    match s {
        AgreementStatus::Draft => t.agreement_statuses[0],
        AgreementStatus::Agreed => t.agreement_statuses[1],
        AgreementStatus::Expired => t.agreement_statuses[2],
    }
}

/// The caption of the achieved-values grid for periods of `kind`.
pub(super) fn grid_caption(t: &SlmTexts, kind: PeriodKind) -> &'static str {
    match kind {
        PeriodKind::Month => t.grid_captions[0],
        PeriodKind::IsoWeek => t.grid_captions[1],
        PeriodKind::Quarter => t.grid_captions[2],
    }
}

/// "≥" or "≤": how a value is held against its target.
pub(super) fn direction_symbol(_: &SlmTexts, d: Direction) -> &'static str {
    match d {
        Direction::AtLeast => "≥",
        Direction::AtMost => "≤",
    }
}

/// "Interval" or "Event".
pub(super) fn review_kind(t: &SlmTexts, k: ReviewKind) -> &'static str {
    match k {
        ReviewKind::Interval => t.review_kinds[0],
        ReviewKind::Event => t.review_kinds[1],
    }
}

/// A review's heading: its date, kind and, for an event, what set it off.
pub(super) fn review_heading(t: &SlmTexts, lang: Lang, r: &Review) -> String {
    let mut heading = format!("{} · {}", format_date(lang, r.date), review_kind(t, r.kind));
    if let Some(tr) = r.trigger {
        heading.push_str(" · ");
        heading.push_str(review_trigger(t, tr));
    }
    heading
}

/// What set off an event-based review.
pub(super) fn review_trigger(t: &SlmTexts, tr: ReviewTrigger) -> &'static str {
    match tr {
        ReviewTrigger::MajorIncident => t.review_triggers[0],
        ReviewTrigger::SignificantChange => t.review_triggers[1],
        ReviewTrigger::ChangedBusinessNeeds => t.review_triggers[2],
        ReviewTrigger::Other => t.review_triggers[3],
    }
}

/// Where a satisfaction score came from.
pub(super) fn satisfaction_source(t: &SlmTexts, s: SatisfactionSource) -> &'static str {
    match s {
        SatisfactionSource::TransactionSurvey => t.satisfaction_sources[0],
        SatisfactionSource::PeriodicSurvey => t.satisfaction_sources[1],
        SatisfactionSource::ReviewDiscussion => t.satisfaction_sources[2],
    }
}

/// What an improvement opportunity aims at.
pub(super) fn aim(t: &SlmTexts, a: ImprovementAim) -> &'static str {
    match a {
        ImprovementAim::MeetAgreedLevel => t.aims[0],
        ImprovementAim::RaiseUserSatisfaction => t.aims[1],
        ImprovementAim::RaiseCustomerSatisfaction => t.aims[2],
        ImprovementAim::ImprovePractice => t.aims[3],
    }
}

/// Where an improvement opportunity stands.
pub(super) fn improvement_status(t: &SlmTexts, s: ImprovementStatus) -> &'static str {
    match s {
        ImprovementStatus::Proposed => t.improvement_statuses[0],
        ImprovementStatus::Approved => t.improvement_statuses[1],
        ImprovementStatus::InProgress => t.improvement_statuses[2],
        ImprovementStatus::Done => t.improvement_statuses[3],
        ImprovementStatus::Rejected => t.improvement_statuses[4],
    }
}

/// "User" or "Customer" satisfaction.
pub(super) fn side(t: &SlmTexts, s: SatisfactionSide) -> &'static str {
    match s {
        SatisfactionSide::User => t.sides[0],
        SatisfactionSide::Customer => t.sides[1],
    }
}

/// The name of a way to enter service hours ("24×7", "Monday to Friday", …).
pub(super) fn hours_mode(t: &SlmTexts, mode: HoursMode) -> &'static str {
    match mode {
        HoursMode::AlwaysOn => t.avail_hours_modes[0],
        HoursMode::Weekdays => t.avail_hours_modes[1],
        HoursMode::PerWeekday => t.avail_hours_modes[2],
    }
}

/// "Planned" or "Unplanned", for an outage.
pub(super) fn outage_kind(t: &SlmTexts, planned: bool) -> &'static str {
    if planned {
        t.avail_kinds[1]
    } else {
        t.avail_kinds[0]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::ui::labels::distinct;

    /// Every value has a name of its own in each language: no two share one, so no
    /// value is named by another's position.
    #[test]
    fn every_value_has_its_own_name() {
        for lang in Lang::ALL {
            let t = lang.texts().slm;
            distinct(&AgreementKind::ALL, |v| agreement_kind(t, v));
            distinct(&AgreementStatus::ALL, |v| agreement_status(t, v));
            distinct(&PeriodKind::ALL, |v| grid_caption(t, v));
            distinct(&ReviewTrigger::ALL, |v| review_trigger(t, v));
            distinct(&SatisfactionSource::ALL, |v| satisfaction_source(t, v));
            distinct(&ImprovementAim::ALL, |v| aim(t, v));
            distinct(&ImprovementStatus::ALL, |v| improvement_status(t, v));
            distinct(&HoursMode::ALL, |v| hours_mode(t, v));
        }
        let t = Lang::En.texts().slm;
        assert_eq!(agreement_kind(t, AgreementKind::Ola), "OLA");
        assert_eq!(
            review_trigger(t, ReviewTrigger::Other),
            t.review_triggers[3]
        );
        assert_eq!(improvement_status(t, ImprovementStatus::Done), "Done");
    }
}
