//! A `<canvas>` that a `src/charts/` function draws on, sized for the device pixel
//! ratio so lines and text stay sharp, and redrawn when the layout or language changes.

use leptos::ev;
use leptos::html::Canvas;
use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::prelude::DrawingArea;
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;

/// Widest backing store a chart gets, in device pixels.
const MAX_BACKING_WIDTH: f64 = 8192.0;

/// The drawing area a chart function receives in the app.
pub type CanvasArea = DrawingArea<CanvasBackend, Shift>;

/// A chart canvas. `draw` gets the area and the device pixel ratio (to scale text
/// and lines); it may read signals, and the chart is redrawn when they change.
/// The canvas is `role="img"` named by `label`; the page gives the text alternative.
#[component]
pub fn ChartCanvas<F>(
    label: Signal<String>,
    /// Height as a fraction of the width (used when `height` is not given).
    #[prop(optional)]
    aspect: Option<f64>,
    /// Fixed height in CSS pixels.
    #[prop(optional)]
    height: Option<f64>,
    /// When given, the canvas width is measured again only when this key (or the
    /// window size) changes, instead of on every redraw: measuring forces a layout,
    /// which is slow on a page of hundreds of cards.
    #[prop(optional)]
    size_key: Option<Signal<u64>>,
    draw: F,
) -> impl IntoView
where
    F: Fn(&CanvasArea, f64) -> bool + 'static,
{
    let canvas = NodeRef::<Canvas>::new();
    let resized = RwSignal::new(0u32);
    let on_resize = window_event_listener(ev::resize, move |_| resized.update(|n| *n += 1));
    on_cleanup(move || on_resize.remove());

    // (window size generation, size key) the width was measured at, and the width.
    let measured = StoredValue::new(None::<((u32, Option<u64>), f64)>);
    Effect::new(move |_| {
        let seen = (resized.get(), size_key.map(|k| k.get()));
        let Some(canvas) = canvas.get() else {
            return;
        };
        let ratio = web_sys::window()
            .map(|w| w.device_pixel_ratio())
            .filter(|r| r.is_finite() && *r > 0.0)
            .unwrap_or(1.0);
        let cached = measured
            .get_value()
            .filter(|(at, _)| size_key.is_some() && *at == seen)
            .map(|(_, width)| width);
        let css_width = cached.unwrap_or_else(|| {
            let width = f64::from(canvas.client_width()).max(240.0);
            measured.set_value(Some((seen, width)));
            width
        });
        // Browsers cap a canvas near 32k pixels a side, and a huge bitmap is slow to
        // allocate on every redraw: very wide charts (a map of hundreds of
        // touchpoints) get a coarser backing store instead.
        let ratio = ratio.min(MAX_BACKING_WIDTH / css_width).max(0.05);
        let css_height = height.unwrap_or_else(|| (css_width * aspect.unwrap_or(0.75)).round());
        let _ = canvas.style(("height", format!("{css_height}px")));
        canvas.set_width((css_width * ratio).round() as u32);
        canvas.set_height((css_height * ratio).round() as u32);
        if let Some(backend) = CanvasBackend::with_canvas_object(canvas) {
            draw(&backend.into_drawing_area(), ratio);
        }
    });

    view! {
        <canvas
            node_ref=canvas
            class="chart"
            role="img"
            aria-label=move || label.get()
        ></canvas>
    }
}
