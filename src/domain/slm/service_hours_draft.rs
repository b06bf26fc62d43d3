//! The service hours and outage forms of the availability helper as typed in: the
//! hours mode, the Monday-to-Friday window, the seven weekday windows and an outage's
//! start and end, each read into domain values or a [`DraftError`].

use super::availability::{DailyWindow, Outage, ServiceHours};
use super::draft::DraftError;
use chrono::{NaiveDateTime, NaiveTime};

/// How the service hours are entered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum HoursMode {
    /// Around the clock, every day.
    #[default]
    AlwaysOn,
    /// One window, Monday to Friday.
    Weekdays,
    /// A window (or none) per weekday.
    PerWeekday,
}

impl HoursMode {
    /// Every mode, in the order offered.
    pub const ALL: [Self; 3] = [Self::AlwaysOn, Self::Weekdays, Self::PerWeekday];
}

/// A daily window as typed: two times ("HH:MM", seconds optional).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WindowDraft {
    /// When the service starts.
    pub from: String,
    /// When it ends ("00:00" is the end of the day).
    pub to: String,
}

impl WindowDraft {
    /// A window from `from` to `to`.
    pub fn new(from: impl Into<String>, to: impl Into<String>) -> Self {
        Self {
            from: from.into(),
            to: to.into(),
        }
    }

    /// The texts of `window`, or two empty texts for no service that day.
    pub fn of(window: Option<DailyWindow>) -> Self {
        window.map_or_else(Self::default, |w| {
            Self::new(hhmm(w.from_minute()), hhmm(w.to_minute()))
        })
    }

    /// Both empty is no service that day (`Ok(None)`); anything unreadable, half
    /// given or reversed is an error.
    pub fn parse(&self) -> Result<Option<DailyWindow>, DraftError> {
        if self.from.trim().is_empty() && self.to.trim().is_empty() {
            return Ok(None);
        }
        let (Some(from), Some(to)) = (parse_time(&self.from), parse_time(&self.to)) else {
            return Err(DraftError::ServiceHours);
        };
        DailyWindow::between(from, to)
            .map(Some)
            .map_err(|_| DraftError::ServiceHours)
    }
}

/// The service hours form as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceHoursDraft {
    /// How the hours are entered.
    pub mode: HoursMode,
    /// The window of [`HoursMode::Weekdays`].
    pub weekdays: WindowDraft,
    /// The windows of [`HoursMode::PerWeekday`], Monday first.
    pub days: [WindowDraft; 7],
}

impl Default for ServiceHoursDraft {
    /// Around the clock, with office hours (08:00 to 18:00, Monday to Friday) ready
    /// in the other modes.
    fn default() -> Self {
        Self {
            mode: HoursMode::AlwaysOn,
            weekdays: WindowDraft::new("08:00", "18:00"),
            days: std::array::from_fn(|i| {
                if i < 5 {
                    WindowDraft::new("08:00", "18:00")
                } else {
                    WindowDraft::default()
                }
            }),
        }
    }
}

impl ServiceHoursDraft {
    /// Shows `hours` in the draft: the mode that describes them best and their
    /// windows; what the hours do not say (the Monday-to-Friday window of per-weekday
    /// hours, every window of 24×7) stays as it was.
    pub fn show(&mut self, hours: ServiceHours) {
        match hours {
            ServiceHours::AlwaysOn => self.mode = HoursMode::AlwaysOn,
            ServiceHours::Weekly(week) => {
                let monday = week.first().copied().flatten();
                let same_weekdays = monday.is_some()
                    && week.iter().take(5).all(|d| *d == monday)
                    && week.iter().skip(5).all(Option::is_none);
                match monday {
                    Some(w) if same_weekdays => {
                        self.mode = HoursMode::Weekdays;
                        self.weekdays = WindowDraft::of(Some(w));
                    }
                    _ => self.mode = HoursMode::PerWeekday,
                }
                for (day, draft) in week.iter().zip(self.days.iter_mut()) {
                    *draft = WindowDraft::of(*day);
                }
            }
        }
    }

    /// The hours entered in the current mode. A Monday-to-Friday window must be
    /// given; a weekday left empty has no service.
    pub fn parse(&self) -> Result<ServiceHours, DraftError> {
        match self.mode {
            HoursMode::AlwaysOn => Ok(ServiceHours::AlwaysOn),
            HoursMode::Weekdays => self
                .weekdays
                .parse()?
                .map(ServiceHours::weekdays)
                .ok_or(DraftError::ServiceHours),
            HoursMode::PerWeekday => {
                let mut week = [None; 7];
                for (day, draft) in week.iter_mut().zip(&self.days) {
                    *day = draft.parse()?;
                }
                Ok(ServiceHours::Weekly(week))
            }
        }
    }
}

/// An outage as typed in `<input type="datetime-local">` fields.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OutageDraft {
    /// When it started.
    pub start: String,
    /// When it ended.
    pub end: String,
    /// Planned (maintenance) rather than an unplanned interruption.
    pub planned: bool,
}

impl OutageDraft {
    /// The outage, or [`DraftError::Outage`] when a moment is unreadable or the
    /// outage does not end after it starts.
    pub fn parse(&self) -> Result<Outage, DraftError> {
        match (parse_local(&self.start), parse_local(&self.end)) {
            (Some(s), Some(e)) => Outage::new(s, e, self.planned).map_err(|_| DraftError::Outage),
            _ => Err(DraftError::Outage),
        }
    }
}

/// Reads the value of an `<input type="datetime-local">` (seconds optional).
fn parse_local(text: &str) -> Option<NaiveDateTime> {
    let text = text.trim();
    [
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M",
    ]
    .iter()
    .find_map(|f| NaiveDateTime::parse_from_str(text, f).ok())
}

/// Reads the value of an `<input type="time">` (seconds optional).
fn parse_time(text: &str) -> Option<NaiveTime> {
    let text = text.trim();
    ["%H:%M", "%H:%M:%S", "%H:%M:%S%.f"]
        .iter()
        .find_map(|f| NaiveTime::parse_from_str(text, f).ok())
}

/// "HH:MM" for minutes after midnight; the end of the day (1440) is "00:00".
fn hhmm(minute: u16) -> String {
    let minute = minute % 1440;
    format!("{:02}:{:02}", minute / 60, minute % 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(d: u32, h: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 6, d)
            .unwrap()
            .and_hms_opt(h, 0, 0)
            .unwrap()
    }

    fn window(from: &str, to: &str) -> Result<Option<DailyWindow>, DraftError> {
        WindowDraft::new(from, to).parse()
    }

    #[test]
    fn form_values_are_read_or_refused() {
        assert_eq!(parse_local("2026-06-10T10:00"), Some(at(10, 10)));
        assert_eq!(parse_local("2026-06-10T10:00:00"), Some(at(10, 10)));
        assert_eq!(parse_local(""), None);
        assert_eq!(parse_local("10/06/2026"), None);
        assert_eq!(window("", " "), Ok(None));
        assert_eq!(
            window("08:00", "18:00"),
            Ok(Some(DailyWindow::new(480, 1080).unwrap()))
        );
        assert_eq!(
            window("20:00", "00:00"),
            Ok(Some(DailyWindow::new(1200, 1440).unwrap()))
        );
        assert_eq!(window("18:00", "08:00"), Err(DraftError::ServiceHours));
        assert_eq!(window("08:00", ""), Err(DraftError::ServiceHours));
        assert_eq!(window("25:00", "26:00"), Err(DraftError::ServiceHours));
        assert_eq!(hhmm(1440), "00:00");
        assert_eq!(hhmm(495), "08:15");
    }

    #[test]
    fn hours_are_read_in_the_chosen_mode() {
        let mut draft = ServiceHoursDraft::default();
        assert_eq!(draft.parse(), Ok(ServiceHours::AlwaysOn));
        draft.mode = HoursMode::Weekdays;
        let office = DailyWindow::new(480, 1080).unwrap();
        assert_eq!(draft.parse(), Ok(ServiceHours::weekdays(office)));
        draft.weekdays = WindowDraft::default();
        assert_eq!(draft.parse(), Err(DraftError::ServiceHours));
        draft.mode = HoursMode::PerWeekday;
        assert_eq!(draft.parse(), Ok(ServiceHours::weekdays(office)));
        draft.days[6] = WindowDraft::new("10:00", "");
        assert_eq!(draft.parse(), Err(DraftError::ServiceHours));
    }

    #[test]
    fn stored_hours_are_shown_in_the_mode_that_fits() {
        let office = DailyWindow::new(480, 1080).unwrap();
        let mut draft = ServiceHoursDraft::default();
        draft.show(ServiceHours::weekdays(DailyWindow::new(540, 1020).unwrap()));
        assert_eq!(draft.mode, HoursMode::Weekdays);
        assert_eq!(draft.weekdays, WindowDraft::new("09:00", "17:00"));
        let mut week = [Some(office); 7];
        week[6] = None;
        draft.show(ServiceHours::Weekly(week));
        assert_eq!(draft.mode, HoursMode::PerWeekday);
        // The Monday-to-Friday window is left as it was.
        assert_eq!(draft.weekdays, WindowDraft::new("09:00", "17:00"));
        assert_eq!(draft.days[5], WindowDraft::new("08:00", "18:00"));
        assert_eq!(draft.days[6], WindowDraft::default());
        assert_eq!(draft.parse(), Ok(ServiceHours::Weekly(week)));
        draft.show(ServiceHours::AlwaysOn);
        assert_eq!(draft.mode, HoursMode::AlwaysOn);
        assert_eq!(draft.days[5], WindowDraft::new("08:00", "18:00"));
    }

    #[test]
    fn outages_are_read_or_refused() {
        let draft = |start: &str, end: &str| OutageDraft {
            start: start.into(),
            end: end.into(),
            planned: true,
        };
        assert_eq!(
            draft("2026-06-10T10:00", "2026-06-10 13:00").parse(),
            Ok(Outage::new(at(10, 10), at(10, 13), true).unwrap())
        );
        assert_eq!(
            draft("2026-06-10T13:00", "2026-06-10T10:00").parse(),
            Err(DraftError::Outage)
        );
        assert_eq!(
            draft("", "2026-06-10T10:00").parse(),
            Err(DraftError::Outage)
        );
    }
}
