//! What the dashboard shows, computed from the workspace and kept for the session.
//!
//! The app holds one [`DashboardModel`] from start to end, so the heat map and the
//! watermelon warnings are computed when first read and again only when the workspace
//! or the period kind changes, not on every visit to the dashboard. The warm-up
//! (`warm_up.rs` beside this file) reads them while the browser is idle after start, so the first visit
//! finds them ready too. A kind with targets but no records yet ends its periods at
//! today's, as of when they were computed: a tab left open into the next month shows
//! the new one after the next change.

use crate::domain::slm::{
    heat_map, last_periods, watermelon_flags, HeatMap, Period, PeriodKind, WatermelonFlag,
};
use crate::ui::pages::slm::latest_period;
use crate::ui::perf::measured;
use crate::ui::state::{use_state, AppState};
use leptos::prelude::*;

/// How many periods the dashboard shows.
pub(super) const SHOWN: usize = 12;

/// The dashboard's period kind and what it shows for it.
#[derive(Clone, Copy)]
pub struct DashboardModel {
    /// The kind of period the dashboard shows: months until the user picks another.
    pub(super) kind: RwSignal<PeriodKind>,
    /// The heat map over the last [`SHOWN`] periods of that kind, up to the latest with
    /// a record.
    pub(super) map: Memo<Option<HeatMap>>,
    /// The watermelon warnings over those periods.
    pub(super) flags: Memo<Vec<WatermelonFlag>>,
}

impl DashboardModel {
    /// The model of `state`'s workspace. Nothing is computed until read.
    pub fn new(state: AppState) -> Self {
        let kind = RwSignal::new(PeriodKind::Month);
        // Computed straight from the workspace: no copy of the services.
        let periods: Memo<Vec<Period>> = Memo::new(move |_| {
            let kind = kind.get();
            let to = state.workspace.with(|ws| latest_period(&ws.services, kind));
            last_periods(to, SHOWN)
        });
        let map = Memo::new(move |_| {
            periods.with(|p| {
                let (from, to) = (p.first().copied()?, p.last().copied()?);
                Some(measured("dsv:slm-heat-map", || {
                    state.workspace.with(|ws| heat_map(&ws.services, from, to))
                }))
            })
        });
        let flags = Memo::new(move |_| {
            periods.with(|p| state.workspace.with(|ws| watermelon_flags(&ws.services, p)))
        });
        Self { kind, map, flags }
    }

    /// Computes the heat map and the warnings now, unless they are up to date.
    pub fn prepare(&self) {
        self.map.with_untracked(|_| ());
        self.flags.with_untracked(|_| ());
    }
}

/// The app's dashboard model, or a new one for the current state where none is
/// provided.
pub(super) fn use_dashboard_model() -> DashboardModel {
    use_context().unwrap_or_else(|| DashboardModel::new(use_state()))
}
