//! When an agreement's next service review is due.

use super::agreement::{Agreement, AgreementStatus};
use super::service::Service;
use chrono::{Months, NaiveDate};

/// The next review of an agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReviewDue {
    /// The date the review interval runs out.
    pub due: NaiveDate,
    /// The date counted from: the service's last review, or the agreement's start.
    pub since: NaiveDate,
    /// `today` is on or after the due date.
    pub is_due: bool,
    /// `today` is after the due date.
    pub overdue: bool,
}

/// The next review of `agreement` (of `service`) as seen on `today`.
///
/// The interval counts from the latest review of the service dated on or before
/// `today`, or from the agreement's start when there is none. Adding months keeps the
/// day of month, or takes the month's last day when it is shorter (31 Jan + 1 month =
/// 28/29 Feb). `None` when the agreement has no review interval, has expired, or has
/// neither a past review nor a start date.
pub fn review_due(service: &Service, agreement: &Agreement, today: NaiveDate) -> Option<ReviewDue> {
    let months = agreement.review_interval_months.filter(|m| *m > 0)?;
    if agreement.status == AgreementStatus::Expired {
        return None;
    }
    let last_review = service
        .reviews
        .iter()
        .map(|r| r.date)
        .filter(|d| *d <= today)
        .max();
    let since = last_review.or(agreement.start)?;
    let due = since.checked_add_months(Months::new(u32::from(months)))?;
    Some(ReviewDue {
        due,
        since,
        is_due: today >= due,
        overdue: today > due,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::slm::{AgreementKind, Review};
    use crate::domain::Id;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn setup(start: NaiveDate, months: u16, reviews: &[NaiveDate]) -> (Service, Agreement) {
        let mut s = Service::new(Id::new("s").unwrap(), "S");
        for (i, date) in reviews.iter().enumerate() {
            s.reviews
                .push(Review::interval(Id::new(format!("r{i}")).unwrap(), *date));
        }
        let a = Agreement::new(
            Id::new("a").unwrap(),
            "SLA",
            AgreementKind::Sla,
            Some(start),
            None,
            Some(months),
        )
        .unwrap();
        (s, a)
    }

    #[test]
    fn counts_from_the_last_review_or_the_start() {
        let (s, a) = setup(d(2026, 1, 15), 3, &[]);
        let r = review_due(&s, &a, d(2026, 4, 15)).unwrap();
        assert_eq!((r.due, r.is_due, r.overdue), (d(2026, 4, 15), true, false));
        assert!(review_due(&s, &a, d(2026, 4, 16)).unwrap().overdue);
        assert!(!review_due(&s, &a, d(2026, 4, 14)).unwrap().is_due);
        let (s, a) = setup(
            d(2026, 1, 15),
            3,
            &[d(2026, 3, 1), d(2026, 2, 1), d(2026, 12, 1)],
        );
        let r = review_due(&s, &a, d(2026, 5, 1)).unwrap();
        assert_eq!(
            (r.since, r.due),
            (d(2026, 3, 1), d(2026, 6, 1)),
            "future reviews ignored"
        );
    }

    #[test]
    fn month_ends_clamp_to_the_shorter_month() {
        let due = |start, months, today| {
            review_due(
                &setup(start, months, &[]).0,
                &setup(start, months, &[]).1,
                today,
            )
            .unwrap()
        };
        assert_eq!(due(d(2026, 1, 31), 1, d(2026, 1, 31)).due, d(2026, 2, 28));
        assert_eq!(due(d(2024, 1, 31), 1, d(2024, 1, 31)).due, d(2024, 2, 29));
        assert_eq!(due(d(2024, 2, 29), 12, d(2024, 3, 1)).due, d(2025, 2, 28));
        assert_eq!(due(d(2025, 11, 30), 3, d(2026, 1, 1)).due, d(2026, 2, 28));
        assert_eq!(due(d(2026, 8, 31), 1, d(2026, 9, 30)).due, d(2026, 9, 30));
        assert!(due(d(2026, 8, 31), 1, d(2026, 9, 30)).is_due);
        assert_eq!(
            due(d(2026, 10, 31), 2, d(2026, 12, 31)).due,
            d(2026, 12, 31)
        );
    }

    #[test]
    fn nothing_due_without_interval_date_or_after_expiry() {
        let (s, mut a) = setup(d(2026, 1, 1), 3, &[]);
        a.review_interval_months = None;
        assert_eq!(review_due(&s, &a, d(2027, 1, 1)), None);
        let (s, mut a) = setup(d(2026, 1, 1), 3, &[]);
        a.start = None;
        assert_eq!(review_due(&s, &a, d(2027, 1, 1)), None);
        let (s, mut a) = setup(d(2026, 1, 1), 3, &[]);
        a.status = AgreementStatus::Expired;
        assert_eq!(review_due(&s, &a, d(2027, 1, 1)), None);
    }
}
