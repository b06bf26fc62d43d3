//! The watermelon warnings as a list, each reason spelled out.

use crate::domain::slm::{Period, WatermelonFlag, WatermelonReason};
use crate::i18n::Texts;
use crate::ui::concepts::{Concept, HelpLink};
use crate::ui::pages::slm::names;
use crate::ui::state::use_texts;
use leptos::prelude::*;

/// A watermelon reason spelled out.
fn reason_text(t: &Texts, r: &WatermelonReason, period: Period) -> String {
    match r {
        WatermelonReason::Low { side, value } => (t.slm.reason_low)(
            names::side(t.slm, *side),
            &value.to_string(),
            &period.to_string(),
        ),
        WatermelonReason::Fell {
            side,
            value,
            previous,
            previous_period,
        } => (t.slm.reason_fell)(
            names::side(t.slm, *side),
            &previous.to_string(),
            &value.to_string(),
            &previous_period.to_string(),
        ),
    }
}

/// The watermelon warnings, each with its reasons spelled out.
#[component]
pub(super) fn WatermelonList(flags: Vec<WatermelonFlag>) -> impl IntoView {
    let texts = use_texts();
    let list = move || {
        let t = texts();
        if flags.is_empty() {
            return view! { <p class="empty">{t.slm.no_watermelons}</p> }.into_any();
        }
        let items = flags
            .iter()
            .map(|flag| {
                let period = flag.period.to_string();
                let why: Vec<String> = flag
                    .reasons
                    .iter()
                    .map(|r| reason_text(t, r, flag.period))
                    .collect();
                view! {
                    <li>
                        <strong>{(t.slm.watermelon_flag)(&flag.service, &period)}</strong>
                        " "{why.join("; ")}
                    </li>
                }
            })
            .collect_view();
        view! { <ul role="alert" class="watermelon-list">{items}</ul> }.into_any()
    };
    view! {
        <section class="watermelons" aria-labelledby="watermelon-title">
            <h2 id="watermelon-title">"🍉 "{move || texts().slm.watermelon_heading}</h2>
            <HelpLink concept=Concept::Watermelon/>
            <p class="hint">{move || texts().slm.watermelon_intro}</p>
            {list}
        </section>
    }
}
