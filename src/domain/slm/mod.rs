//! Service level management (ITIL 4): services, agreements, targets and their records,
//! satisfaction, reviews and improvement opportunities, with the analysis built on
//! them (attainment, availability, watermelon effect, review due dates, dashboard).

pub mod agreement;
pub mod attainment;
pub mod availability;
pub mod availability_rows;
pub mod dashboard;
pub mod decimal;
pub mod draft;
pub mod form_drafts;
pub mod improvement;
pub mod period;
pub mod record_grid;
pub mod review;
pub mod review_due;
pub mod satisfaction;
pub mod service;
pub mod service_edit;
pub mod service_hours_draft;
pub mod target;
pub mod watermelon;

pub use agreement::{Agreement, AgreementError, AgreementKind, AgreementStatus};
pub use attainment::{share_met, status, Attainment, ShareMet};
pub use availability::{
    availability, AvailabilityError, AvailabilityReport, AvailabilitySetup, DailyWindow,
    DowntimeBudget, Outage, ServiceHours,
};
pub use availability_rows::{
    achieved_values, availability_periods, availability_rows, looks_like_availability,
    round_down_percent, AchievedValue, AvailabilityRow, MAX_AVAILABILITY_PERIODS,
};
pub use dashboard::{
    heat_map, improvements, latest_period, satisfaction_series, target_series, HeatMap, HeatRow,
    ImprovementFilter, ImprovementRow, ImprovementSort, SatisfactionPoint, SeriesPoint,
};
pub use decimal::{parse_decimal, NotADecimal};
pub use draft::DraftError;
pub use form_drafts::{parse_form_date, AgreementDraft, TargetDraft};
pub use improvement::{Improvement, ImprovementAim, ImprovementStatus, TouchpointRef};
pub use period::{last_periods, period_range, Period, PeriodError, PeriodKind};
pub use record_grid::{
    cell_edit, decimal_text, grid_columns, grid_kinds, grid_periods, GridColumn, GRID_PERIODS,
};
pub use review::{Review, ReviewKind, ReviewTrigger};
pub use review_due::{review_due, ReviewDue};
pub use satisfaction::{Satisfaction, SatisfactionSide, SatisfactionSource};
pub use service::{Service, ServiceError};
pub use service_edit::{ServiceEdit, ServiceEditError};
pub use service_hours_draft::{HoursMode, OutageDraft, ServiceHoursDraft, WindowDraft};
pub use target::{Direction, Record, Target, TargetError};
pub use watermelon::{watermelon, watermelon_flags, WatermelonFlag, WatermelonReason};
