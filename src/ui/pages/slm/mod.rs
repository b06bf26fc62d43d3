//! The service level workspace: the dashboard (heat map, watermelon warnings, CSV),
//! a service's page (agreements, targets, records, satisfaction, reviews,
//! improvements), the improvement list and the printable service review report.

mod agreements;
mod availability;
mod charts;
mod csv;
mod dashboard;
mod improvements;
mod names;
mod records_grid;
mod report;
mod service_context;
mod service_page;

pub use dashboard::{warm_up_dashboard, DashboardModel, ServiceLevelsPage};
pub use improvements::ImprovementsPage;
pub use report::{ServiceReportPage, ServiceReportPageProps};
pub use service_page::{ServicePage, ServicePageProps};

use crate::domain::slm::{Period, PeriodKind, Service, ServiceEdit, ServiceEditError};
use crate::domain::{Id, WorkspaceEdit, WorkspaceEditError};
use crate::ui::state::{AppState, Save};
use chrono::{NaiveDate, NaiveDateTime};

/// Today's date on this device.
pub(crate) fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_default()
}

/// The last whole month on this device (the current one if there is none before it):
/// where the examples' records end.
pub(crate) fn last_month() -> Period {
    let this_month = Period::containing(PeriodKind::Month, today());
    this_month.previous().unwrap_or(this_month)
}

/// The local date and time on this device, to the second.
pub(crate) fn now() -> NaiveDateTime {
    crate::ui::local_time::now()
}

/// The latest period of `kind` with a record in any of `services`, else the current one.
pub(crate) fn latest_period(services: &[Service], kind: PeriodKind) -> Period {
    crate::domain::slm::latest_period(services, kind)
        .unwrap_or_else(|| Period::containing(kind, today()))
}

/// Applies `edit` to service `id` and saves; a refused edit changes nothing.
pub(crate) fn apply(state: AppState, id: &Id, edit: ServiceEdit) -> Result<(), ServiceEditError> {
    match state.apply(WorkspaceEdit::Service(id.clone(), edit), Save::Now) {
        Ok(_) => Ok(()),
        Err(WorkspaceEditError::Service(e)) => Err(e),
        Err(_) => Err(ServiceEditError::UnknownTarget(id.clone())),
    }
}
