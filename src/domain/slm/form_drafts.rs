//! The agreement and target forms of a service page as typed in, read into an
//! [`Agreement`] or a [`Target`] or the [`DraftError`] that says why not.

use super::agreement::{Agreement, AgreementKind, AgreementStatus};
use super::decimal::parse_decimal;
use super::draft::DraftError;
use super::period::PeriodKind;
use super::target::{Direction, Target};
use crate::domain::Id;
use chrono::NaiveDate;

/// Reads a date typed as YYYY-MM-DD (spaces around allowed); anything else is none.
pub fn parse_form_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

/// The lines of `text`, trimmed, without empty ones.
fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The agreement form as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AgreementDraft {
    /// The name (trimmed when read).
    pub name: String,
    /// SLA, OLA or underpinning contract.
    pub kind: AgreementKind,
    /// Draft, agreed or expired.
    pub status: AgreementStatus,
    /// The start date (YYYY-MM-DD); unreadable or empty is none.
    pub start: String,
    /// The end date (YYYY-MM-DD); unreadable or empty is none.
    pub end: String,
    /// Months between reviews; empty is none.
    pub interval: String,
    /// The parties, one a line.
    pub parties: String,
}

impl AgreementDraft {
    /// The agreement with id `id`, or why the draft is not one.
    pub fn parse(&self, id: Id) -> Result<Agreement, DraftError> {
        let interval = self.interval.trim();
        let interval = if interval.is_empty() {
            None
        } else {
            Some(
                interval
                    .parse::<u16>()
                    .map_err(|_| DraftError::IntervalNotANumber)?,
            )
        };
        let mut agreement = Agreement::new(
            id,
            self.name.as_str(),
            self.kind,
            parse_form_date(&self.start),
            parse_form_date(&self.end),
            interval,
        )
        .map_err(DraftError::Agreement)?;
        agreement.status = self.status;
        agreement.parties = lines(&self.parties);
        Ok(agreement)
    }
}

/// The target form as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetDraft {
    /// What is measured.
    pub metric: String,
    /// Its unit.
    pub unit: String,
    /// Whether the value should be at least or at most the target.
    pub direction: Direction,
    /// The target value (decimal comma or point).
    pub value: String,
    /// The warning threshold; empty is none.
    pub warning: String,
    /// The periods the target is measured over.
    pub period_kind: PeriodKind,
}

impl Default for TargetDraft {
    fn default() -> Self {
        Self {
            metric: String::new(),
            unit: String::new(),
            direction: Direction::AtLeast,
            value: String::new(),
            warning: String::new(),
            period_kind: PeriodKind::default(),
        }
    }
}

impl TargetDraft {
    /// The target with id `id`, or why the draft is not one.
    pub fn parse(&self, id: Id) -> Result<Target, DraftError> {
        let value = parse_decimal(&self.value).map_err(|_| DraftError::TargetValueNotANumber)?;
        let warning = if self.warning.trim().is_empty() {
            None
        } else {
            Some(parse_decimal(&self.warning).map_err(|_| DraftError::WarningNotANumber)?)
        };
        Target::new(
            id,
            self.metric.as_str(),
            self.unit.as_str(),
            self.direction,
            value,
            warning,
            self.period_kind,
        )
        .map_err(DraftError::Target)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id() -> Id {
        Id::new("x").unwrap()
    }

    #[test]
    fn an_agreement_draft_is_read_with_its_status_and_parties() {
        let draft = AgreementDraft {
            name: " Email SLA ".into(),
            kind: AgreementKind::Ola,
            status: AgreementStatus::Agreed,
            start: "2026-01-01".into(),
            end: "not a date".into(),
            interval: " 6 ".into(),
            parties: "IT\n\n  Sales \n".into(),
        };
        let a = draft.parse(id()).unwrap();
        assert_eq!(a.name, "Email SLA");
        assert_eq!(a.kind, AgreementKind::Ola);
        assert_eq!(a.status, AgreementStatus::Agreed);
        assert_eq!(a.start, NaiveDate::from_ymd_opt(2026, 1, 1));
        assert_eq!(a.end, None);
        assert_eq!(a.review_interval_months, Some(6));
        assert_eq!(a.parties, ["IT", "Sales"]);
        let none = AgreementDraft {
            interval: String::new(),
            ..draft.clone()
        };
        assert_eq!(none.parse(id()).unwrap().review_interval_months, None);
    }

    #[test]
    fn an_agreement_draft_is_refused_with_a_reason() {
        let draft = AgreementDraft {
            name: "SLA".into(),
            interval: "-1".into(),
            ..AgreementDraft::default()
        };
        assert_eq!(draft.parse(id()), Err(DraftError::IntervalNotANumber));
        let reversed = AgreementDraft {
            interval: String::new(),
            start: "2026-02-01".into(),
            end: "2026-01-01".into(),
            ..draft
        };
        assert!(matches!(
            reversed.parse(id()),
            Err(DraftError::Agreement(_))
        ));
    }

    #[test]
    fn a_target_draft_is_read_or_refused_with_a_reason() {
        let draft = TargetDraft {
            metric: "Availability".into(),
            unit: "%".into(),
            direction: Direction::AtLeast,
            value: "99,5".into(),
            warning: " ".into(),
            period_kind: PeriodKind::Quarter,
        };
        let t = draft.parse(id()).unwrap();
        assert_eq!((t.target, t.warning), (99.5, None));
        assert_eq!(t.period_kind, PeriodKind::Quarter);
        let bad = |value: &str, warning: &str| {
            TargetDraft {
                value: value.into(),
                warning: warning.into(),
                ..draft.clone()
            }
            .parse(id())
        };
        assert_eq!(bad("many", ""), Err(DraftError::TargetValueNotANumber));
        assert_eq!(bad("99", "a lot"), Err(DraftError::WarningNotANumber));
        assert_eq!(bad("99", "99.9").unwrap().warning, Some(99.9));
        let nameless = TargetDraft {
            metric: " ".into(),
            ..draft
        };
        assert!(matches!(nameless.parse(id()), Err(DraftError::Target(_))));
    }
}
