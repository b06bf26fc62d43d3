//! Names of service level values in the reader's language.

use crate::domain::slm::{
    AgreementKind, AgreementStatus, Attainment, HoursMode, ImprovementAim, ImprovementStatus,
    PeriodKind, ReviewTrigger, SatisfactionSide, SatisfactionSource,
};
use crate::i18n::SlmTexts;

pub(super) fn status(t: &SlmTexts, a: Attainment) -> &'static str {
    t.statuses[match a {
        Attainment::Met => 0,
        Attainment::Warning => 1,
        Attainment::Breached => 2,
        Attainment::NoData => 3,
    }]
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

pub(super) const KINDS: [AgreementKind; 3] = [
    AgreementKind::Sla,
    AgreementKind::Ola,
    AgreementKind::UnderpinningContract,
];
pub(super) const AGREEMENT_STATUSES: [AgreementStatus; 3] = [
    AgreementStatus::Draft,
    AgreementStatus::Agreed,
    AgreementStatus::Expired,
];
/// The name of a period kind ("Month", "ISO week", "Quarter").
pub(super) fn period_kind_name(t: &SlmTexts, kind: PeriodKind) -> &'static str {
    match kind {
        PeriodKind::Month => t.period_kinds[0],
        PeriodKind::IsoWeek => t.period_kinds[1],
        PeriodKind::Quarter => t.period_kinds[2],
    }
}

pub(super) const PERIOD_KINDS: [PeriodKind; 3] =
    [PeriodKind::Month, PeriodKind::IsoWeek, PeriodKind::Quarter];
pub(super) const TRIGGERS: [ReviewTrigger; 4] = [
    ReviewTrigger::MajorIncident,
    ReviewTrigger::SignificantChange,
    ReviewTrigger::ChangedBusinessNeeds,
    ReviewTrigger::Other,
];
pub(super) const SOURCES: [SatisfactionSource; 3] = [
    SatisfactionSource::TransactionSurvey,
    SatisfactionSource::PeriodicSurvey,
    SatisfactionSource::ReviewDiscussion,
];
pub(super) const AIMS: [ImprovementAim; 4] = [
    ImprovementAim::MeetAgreedLevel,
    ImprovementAim::RaiseUserSatisfaction,
    ImprovementAim::RaiseCustomerSatisfaction,
    ImprovementAim::ImprovePractice,
];
pub(super) const IMPROVEMENT_STATUSES: [ImprovementStatus; 5] = [
    ImprovementStatus::Proposed,
    ImprovementStatus::Approved,
    ImprovementStatus::InProgress,
    ImprovementStatus::Done,
    ImprovementStatus::Rejected,
];

/// Index of `value` in `all` (0 when absent).
pub(super) fn index_of<T: PartialEq>(all: &[T], value: &T) -> usize {
    all.iter().position(|x| x == value).unwrap_or(0)
}

pub(super) fn side(t: &crate::i18n::Texts, s: SatisfactionSide) -> &'static str {
    match s {
        SatisfactionSide::User => t.slm.sides[0],
        SatisfactionSide::Customer => t.slm.sides[1],
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
