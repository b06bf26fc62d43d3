//! The map itself: lane labels, the experience curve over the columns, the steps.

use super::cards::Cards;
use super::columns::Columns;
use super::step_column::StepColumn;
use crate::charts::experience_curve::{
    curve_layout, draw_experience_curve, overlay_points, CurveLabels,
};
use crate::domain::journey::{Journey, Step};
use crate::domain::Id;
use crate::i18n::Texts;
use crate::ui::chart_canvas::TrackChartCanvas;
use crate::ui::state::{use_state, use_texts};
use leptos::prelude::*;

/// The map itself: lane labels, the curve, then the seven steps.
#[component]
pub(super) fn JourneyMap(compact: RwSignal<bool>, compare: RwSignal<Option<Id>>) -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    let journey = expect_context::<Memo<Option<Journey>>>();
    let dragging = RwSignal::new(None::<Id>);
    provide_context(dragging);
    let cards = expect_context::<Cards>();
    Effect::new(move |_| journey.with(|j| j.as_ref().map(|j| cards.sync(j))));
    provide_context(Columns::new(journey));
    let layout = Memo::new(move |_| journey.with(|j| j.as_ref().map(curve_layout)));
    let columns = Memo::new(move |_| layout.with(|l| l.as_ref().map_or(7, |l| l.columns)));
    let scroller = NodeRef::<leptos::html::Div>::new();
    // The canvas covers the columns in view, `visible` as fractions of the map.
    let draw = move |area: &_, scale: f64, visible: std::ops::Range<f64>| {
        let t = texts();
        layout.with(|l| {
            l.as_ref().is_some_and(|l| {
                let other = compare.get().and_then(|id| {
                    state.workspace.with(|ws| {
                        ws.journeys
                            .iter()
                            .find(|j| j.id == id)
                            .map(|j| (overlay_points(l, j), j.name.clone()))
                    })
                });
                let labels = CurveLabels {
                    positive: t.curve_positive,
                    negative: t.curve_negative,
                    overlay: other.as_ref().map(|(_, name)| name.as_str()),
                };
                let points = other.as_ref().map(|(points, _)| points.as_slice());
                let columns = l.columns.max(1) as f64;
                let visible = visible.start * columns..visible.end * columns;
                draw_experience_curve(area, l, points, &labels, scale, visible).is_ok()
            })
        })
    };
    let lane = |label: fn(&Texts) -> &'static str, class: &'static str| {
        view! { <div class=format!("lane-label {class}")>{move || label(texts())}</div> }
    };
    view! {
        <div class="map-scroll" class:compact=move || compact.get() node_ref=scroller>
            <div class="map" style=move || format!("--columns: {}", columns.get())>
                <div class="lane-labels" aria-hidden="true">
                    <div class="lane-label lane-curve">{move || texts().curve_title}</div>
                    <div class="lane-label step-head-space"></div>
                    {lane(|t| t.lane_title, "lane-title")}
                    {lane(|t| t.lane_action, "lane-action")}
                    {lane(|t| t.lane_channel, "lane-channel")}
                    {lane(|t| t.lane_actor, "lane-actor")}
                    {lane(|t| t.lane_emotion, "lane-emotion")}
                    {lane(|t| t.lane_pain, "lane-pain")}
                    {lane(|t| t.lane_moment, "lane-moment")}
                    {lane(|t| t.lane_ideas, "lane-ideas")}
                    {lane(|t| t.lane_indicators, "lane-indicators")}
                    <div class="lane-label visibility-line">{move || texts().lane_visibility}</div>
                    {lane(|t| t.lane_backstage, "lane-backstage")}
                    <div class="lane-label card-actions-space"></div>
                </div>
                <div class="map-body">
                    <div class="curve-row">
                        <TrackChartCanvas
                            label=Signal::derive(move || texts().curve_title.to_owned())
                            height=150.0
                            scroller
                            draw
                        />
                    </div>
                    <div class="steps">
                        {Step::ALL.into_iter().map(|step| view! { <StepColumn step/> }).collect_view()}
                    </div>
                </div>
            </div>
        </div>
    }
}
