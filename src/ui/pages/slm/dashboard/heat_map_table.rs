//! The heat map of some services' targets over some periods.

use super::heat_map_view::HeatMapView;
use crate::domain::slm::{heat_map, Period, Service};
use leptos::prelude::*;

/// Heat map of the targets of `services` measured per the kind of `periods`, over
/// `periods`.
#[component]
pub(in crate::ui::pages::slm) fn HeatMapTable(
    services: Vec<Service>,
    periods: Vec<Period>,
) -> impl IntoView {
    let (Some(&from), Some(&to)) = (periods.first(), periods.last()) else {
        return ().into_any();
    };
    view! { <HeatMapView map=heat_map(&services, from, to)/> }.into_any()
}
