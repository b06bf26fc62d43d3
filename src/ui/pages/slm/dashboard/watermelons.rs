//! The watermelon warnings of some services over some periods.

use super::watermelon_list::WatermelonList;
use crate::domain::slm::{watermelon_flags, Period, Service};
use leptos::prelude::*;

/// Watermelon warnings of `services` over `periods`, newest first.
#[component]
pub(in crate::ui::pages::slm) fn Watermelons(
    services: Vec<Service>,
    periods: Vec<Period>,
) -> impl IntoView {
    view! { <WatermelonList flags=watermelon_flags(&services, &periods)/> }
}
