//! Why a form's typed-in text is not (yet) a domain value. The user interface tells
//! each reason in the reader's language.

use super::agreement::AgreementError;
use super::target::TargetError;
use std::fmt;

/// Why a draft (the strings typed into a form) does not parse.
#[derive(Debug, Clone, PartialEq)]
pub enum DraftError {
    /// The review interval is not a whole number of months from 0 to 65535.
    IntervalNotANumber,
    /// The agreement itself is not valid (for example it ends before it starts).
    Agreement(AgreementError),
    /// The target value is not a number.
    TargetValueNotANumber,
    /// The warning threshold is given but not a number.
    WarningNotANumber,
    /// The target itself is not valid (for example no metric).
    Target(TargetError),
    /// A service hours window is unreadable, half given or ends before it starts.
    ServiceHours,
    /// An outage start or end is unreadable, or the outage ends before it starts.
    Outage,
}

impl fmt::Display for DraftError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::IntervalNotANumber => f.write_str("review interval is not a whole number"),
            Self::Agreement(e) => e.fmt(f),
            Self::TargetValueNotANumber => f.write_str("target value is not a number"),
            Self::WarningNotANumber => f.write_str("warning threshold is not a number"),
            Self::Target(e) => e.fmt(f),
            Self::ServiceHours => f.write_str("service hours are not valid"),
            Self::Outage => f.write_str("outage is not valid"),
        }
    }
}

impl std::error::Error for DraftError {}
