//! Ticket SLA definitions: per service and priority, the response and resolution
//! targets in business time, the warning level, the calendar, the statuses that pause
//! the clock, and optional links to the service level targets they feed.

use super::ticket::TicketPause;
use crate::domain::slm::Service;
use crate::domain::Id;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Default warning level: a share of the target used, in percent.
pub const DEFAULT_WARNING_PERCENT: u8 = 75;

/// Why a definition is not valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TicketSlaError {
    /// The priority is blank.
    EmptyPriority,
    /// A target is zero or negative (seconds).
    TargetNotPositive { seconds: i64 },
    /// The warning level is not within 1–100 %.
    BadWarning(u8),
}

impl fmt::Display for TicketSlaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::EmptyPriority => f.write_str("the priority is empty"),
            Self::TargetNotPositive { seconds } => {
                write!(
                    f,
                    "a target of {seconds} seconds is not a positive duration"
                )
            }
            Self::BadWarning(p) => write!(f, "a warning at {p} % is not between 1 and 100 %"),
        }
    }
}

impl std::error::Error for TicketSlaError {}

/// Response and resolution targets for one service and priority. Invariants (checked
/// by [`TicketSla::new`] and when read): a priority, positive targets, warning 1–100 %.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "TicketSlaRepr")]
pub struct TicketSla {
    id: Id,
    service: Id,
    priority: String,
    response_seconds: i64,
    resolution_seconds: i64,
    warning_percent: u8,
    calendar: Id,
    pause_statuses: Vec<String>,
    response_target: Option<Id>,
    resolution_target: Option<Id>,
}

#[derive(Deserialize)]
struct TicketSlaRepr {
    id: Id,
    service: Id,
    priority: String,
    response_seconds: i64,
    resolution_seconds: i64,
    #[serde(default = "default_warning")]
    warning_percent: u8,
    calendar: Id,
    #[serde(default)]
    pause_statuses: Vec<String>,
    #[serde(default)]
    response_target: Option<Id>,
    #[serde(default)]
    resolution_target: Option<Id>,
}

fn default_warning() -> u8 {
    DEFAULT_WARNING_PERCENT
}

impl TryFrom<TicketSlaRepr> for TicketSla {
    type Error = TicketSlaError;
    fn try_from(r: TicketSlaRepr) -> Result<Self, Self::Error> {
        let mut sla = Self::new(
            r.id,
            r.service,
            r.priority,
            r.response_seconds,
            r.resolution_seconds,
            r.calendar,
        )?;
        sla.set_warning_percent(r.warning_percent)?;
        sla.pause_statuses = r.pause_statuses;
        sla.response_target = r.response_target;
        sla.resolution_target = r.resolution_target;
        Ok(sla)
    }
}

/// Trimmed, lower-cased text used to match priorities and names.
pub fn match_key(text: &str) -> String {
    text.trim().to_lowercase()
}

/// True when `a` and `b` have the same [`match_key`] (compared without allocating).
fn same_text(a: &str, b: &str) -> bool {
    fn key(t: &str) -> impl Iterator<Item = char> + '_ {
        t.trim().chars().flat_map(char::to_lowercase)
    }
    key(a).eq(key(b))
}

impl TicketSla {
    /// A definition with the default warning (75 %), no pause statuses and no links.
    pub fn new(
        id: Id,
        service: Id,
        priority: impl Into<String>,
        response_seconds: i64,
        resolution_seconds: i64,
        calendar: Id,
    ) -> Result<Self, TicketSlaError> {
        let priority = priority.into().trim().to_owned();
        if priority.is_empty() {
            return Err(TicketSlaError::EmptyPriority);
        }
        for seconds in [response_seconds, resolution_seconds] {
            if seconds <= 0 {
                return Err(TicketSlaError::TargetNotPositive { seconds });
            }
        }
        Ok(Self {
            id,
            service,
            priority,
            response_seconds,
            resolution_seconds,
            warning_percent: DEFAULT_WARNING_PERCENT,
            calendar,
            pause_statuses: Vec::new(),
            response_target: None,
            resolution_target: None,
        })
    }

    /// Sets the warning level (1–100 % of the target used).
    pub fn set_warning_percent(&mut self, percent: u8) -> Result<(), TicketSlaError> {
        if (1..=100).contains(&percent) {
            self.warning_percent = percent;
            Ok(())
        } else {
            Err(TicketSlaError::BadWarning(percent))
        }
    }

    /// Sets the statuses that pause the clock (kept as data, trimmed, blanks dropped).
    pub fn set_pause_statuses(&mut self, statuses: impl IntoIterator<Item = String>) {
        self.pause_statuses = statuses
            .into_iter()
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
            .collect();
    }

    /// Links the response and resolution attainment to service level targets (their
    /// achieved value per period becomes the met %).
    pub fn link_targets(&mut self, response: Option<Id>, resolution: Option<Id>) {
        self.response_target = response;
        self.resolution_target = resolution;
    }

    /// The definition's id.
    pub fn id(&self) -> &Id {
        &self.id
    }

    /// The service it applies to.
    pub fn service(&self) -> &Id {
        &self.service
    }

    /// The priority as written.
    pub fn priority(&self) -> &str {
        &self.priority
    }

    /// Business seconds allowed until the first response.
    pub fn response_seconds(&self) -> i64 {
        self.response_seconds
    }

    /// Business seconds allowed until resolution.
    pub fn resolution_seconds(&self) -> i64 {
        self.resolution_seconds
    }

    /// Warning at this share of the target used, in percent.
    pub fn warning_percent(&self) -> u8 {
        self.warning_percent
    }

    /// The business calendar the time is counted in.
    pub fn calendar(&self) -> &Id {
        &self.calendar
    }

    /// True when `pause` stops the clock under this definition: a pause without a
    /// status always does, one in a status when this definition lists that status
    /// (trimmed, case-insensitive).
    pub fn stops_clock(&self, pause: &TicketPause) -> bool {
        match &pause.status {
            None => true,
            Some(status) => self.pause_statuses.iter().any(|s| same_text(s, status)),
        }
    }

    /// Statuses that pause the clock.
    pub fn pause_statuses(&self) -> &[String] {
        &self.pause_statuses
    }

    /// The service level target fed by response attainment.
    pub fn response_target(&self) -> Option<&Id> {
        self.response_target.as_ref()
    }

    /// The service level target fed by resolution attainment.
    pub fn resolution_target(&self) -> Option<&Id> {
        self.resolution_target.as_ref()
    }

    /// True when this definition is for `service` and `priority` (trimmed,
    /// case-insensitive).
    pub fn applies_to(&self, service: &Id, priority: &str) -> bool {
        &self.service == service && match_key(&self.priority) == match_key(priority)
    }
}

/// The definition for `service` and `priority`, if any.
pub fn find_definition<'a>(
    definitions: &'a [TicketSla],
    service: &Id,
    priority: &str,
) -> Option<&'a TicketSla> {
    definitions.iter().find(|d| d.applies_to(service, priority))
}

/// The service a ticket names: by name (trimmed, case-insensitive), else by id.
pub fn find_service<'a>(services: &'a [Service], name: &str) -> Option<&'a Service> {
    let key = match_key(name);
    services
        .iter()
        .find(|s| match_key(&s.name) == key)
        .or_else(|| services.iter().find(|s| s.id.as_str() == name.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(s: &str) -> Id {
        Id::new(s).unwrap()
    }

    #[test]
    fn construction_checks_targets_and_warning() {
        let mut d = TicketSla::new(id("d"), id("svc"), " P1 ", 3600, 4 * 3600, id("cal")).unwrap();
        assert_eq!(d.priority(), "P1");
        assert_eq!(d.warning_percent(), 75);
        assert_eq!(d.set_warning_percent(0), Err(TicketSlaError::BadWarning(0)));
        assert_eq!(
            d.set_warning_percent(101),
            Err(TicketSlaError::BadWarning(101))
        );
        assert_eq!(d.set_warning_percent(80), Ok(()));
        assert_eq!(
            TicketSla::new(id("d"), id("svc"), "P1", 0, 1, id("cal")),
            Err(TicketSlaError::TargetNotPositive { seconds: 0 })
        );
        assert_eq!(
            TicketSla::new(id("d"), id("svc"), " ", 1, 1, id("cal")),
            Err(TicketSlaError::EmptyPriority)
        );
    }

    #[test]
    fn priorities_match_trimmed_and_case_insensitive() {
        let defs = vec![
            TicketSla::new(id("a"), id("svc"), "P1 - Critical", 1, 2, id("cal")).unwrap(),
            TicketSla::new(id("b"), id("svc"), "Высокий", 1, 2, id("cal")).unwrap(),
        ];
        assert_eq!(
            find_definition(&defs, &id("svc"), " p1 - critical ").map(|d| d.id().as_str()),
            Some("a")
        );
        assert_eq!(
            find_definition(&defs, &id("svc"), "высокий").map(|d| d.id().as_str()),
            Some("b")
        );
        assert!(find_definition(&defs, &id("other"), "P1 - Critical").is_none());
    }

    #[test]
    fn serde_round_trip_and_checks() {
        let mut d = TicketSla::new(id("d"), id("svc"), "P2", 3600, 7200, id("cal")).unwrap();
        d.set_pause_statuses(["Waiting for customer".to_owned(), " ".to_owned()]);
        d.link_targets(None, Some(id("tgt")));
        let json = serde_json::to_string(&d).unwrap();
        assert_eq!(serde_json::from_str::<TicketSla>(&json).unwrap(), d);
        let bad = json.replace("\"warning_percent\":75", "\"warning_percent\":0");
        assert_ne!(bad, json);
        assert!(serde_json::from_str::<TicketSla>(&bad).is_err());
        assert_eq!(d.pause_statuses(), ["Waiting for customer"]);
    }

    #[test]
    fn services_are_found_by_name_or_id() {
        let services = vec![Service::new(id("svc-1"), "E-mail")];
        assert!(find_service(&services, " e-MAIL ").is_some());
        assert!(find_service(&services, "svc-1").is_some());
        assert!(find_service(&services, "Payroll").is_none());
    }
}
