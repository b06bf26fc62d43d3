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
    draw: F,
) -> impl IntoView
where
    F: Fn(&CanvasArea, f64) -> bool + 'static,
{
    let canvas = NodeRef::<Canvas>::new();
    let resized = RwSignal::new(0u32);
    let on_resize = window_event_listener(ev::resize, move |_| resized.update(|n| *n += 1));
    on_cleanup(move || on_resize.remove());

    Effect::new(move |_| {
        resized.track();
        let Some(canvas) = canvas.get() else {
            return;
        };
        let ratio = web_sys::window()
            .map(|w| w.device_pixel_ratio())
            .filter(|r| r.is_finite() && *r > 0.0)
            .unwrap_or(1.0);
        let css_width = f64::from(canvas.client_width()).max(240.0);
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

/// Where a [`TrackChartCanvas`] sits, in CSS pixels, measured when its scroller or
/// track is resized (never on a redraw, which must not force a layout).
#[derive(Debug, Clone, Copy, PartialEq)]
struct TrackGeometry {
    /// Distance from the scroller's left padding edge to the track, unscrolled (the
    /// sticky `left` that keeps the canvas at the track's visible start).
    lead: f64,
    /// Width of the whole track (what the chart spans).
    track: f64,
    /// Width of the visible part of the track: the canvas width.
    window: f64,
}

/// JavaScript objects a [`TrackChartCanvas`] keeps until it is removed.
struct TrackListeners {
    scroller: web_sys::HtmlElement,
    on_scroll: wasm_bindgen::closure::Closure<dyn Fn()>,
    observer: web_sys::ResizeObserver,
    _on_resize: wasm_bindgen::closure::Closure<dyn FnMut()>,
}

/// A chart over a wide track that scrolls horizontally in `scroller` (the columns of
/// a journey map). The canvas is only as wide as the visible part of the track and
/// stays over it (`position: sticky`); `draw` gets the area, the device pixel ratio
/// and the visible part as fractions of the track (`0.0..1.0` is all of it), so a
/// redraw costs what is in view, whatever the track's length. Redrawn on scroll (at
/// most once a frame), on resize, and when the signals `draw` reads change; the
/// whole track is drawn for printing. The canvas is `role="img"` named by `label`;
/// the page gives the text alternative.
#[component]
pub fn TrackChartCanvas<F>(
    label: Signal<String>,
    /// Height in CSS pixels.
    height: f64,
    /// The horizontally scrolling ancestor of the track.
    scroller: NodeRef<leptos::html::Div>,
    draw: F,
) -> impl IntoView
where
    F: Fn(&CanvasArea, f64, std::ops::Range<f64>) -> bool + 'static,
{
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    let canvas = NodeRef::<Canvas>::new();
    let track = NodeRef::<leptos::html::Div>::new();
    let geometry = RwSignal::new(None::<TrackGeometry>);
    let offset = RwSignal::new(0.0f64);
    let printing = RwSignal::new(false);
    let before_print = window_event_listener(ev::beforeprint, move |_| printing.set(true));
    let after_print = window_event_listener(ev::afterprint, move |_| printing.set(false));
    let listeners = StoredValue::new_local(None::<TrackListeners>);
    // A redraw for the scroll position is already asked for the next frame.
    let pending = StoredValue::new(false);
    on_cleanup(move || {
        before_print.remove();
        after_print.remove();
        if let Some(Some(l)) = listeners.try_update_value(Option::take) {
            l.observer.disconnect();
            let _ = l.scroller.remove_event_listener_with_callback(
                "scroll",
                l.on_scroll.as_ref().unchecked_ref(),
            );
        }
    });

    // Once mounted: measure on every resize of the scroller or the track (the
    // observer also reports the first size), follow the scroll position.
    Effect::new(move |_| {
        let (Some(scroller), Some(track)) = (scroller.get(), track.get()) else {
            return;
        };
        if listeners.with_value(Option::is_some) {
            return;
        }
        let scroller: web_sys::HtmlElement = scroller.into();
        let track: web_sys::HtmlElement = track.into();
        let measure = {
            let (scroller, track) = (scroller.clone(), track.clone());
            move || {
                let outer = scroller.get_bounding_client_rect();
                let inner = track.get_bounding_client_rect();
                let scrolled = f64::from(scroller.scroll_left());
                let lead =
                    inner.left() - outer.left() - f64::from(scroller.client_left()) + scrolled;
                let width = inner.width().max(1.0);
                let window = (f64::from(scroller.client_width()) - lead).clamp(1.0, width);
                let _ = offset.try_set(scrolled);
                let _ = geometry.try_set(Some(TrackGeometry {
                    lead,
                    track: width,
                    window,
                }));
            }
        };
        let on_resize = Closure::<dyn FnMut()>::new(measure);
        let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) else {
            return;
        };
        observer.observe(&scroller);
        observer.observe(&track);
        // Scroll events come once a frame at most; the redraw waits for the frame.
        let on_scroll = {
            let scroller = scroller.clone();
            Closure::<dyn Fn()>::new(move || {
                let x = f64::from(scroller.scroll_left());
                if pending.try_get_value() == Some(false) {
                    pending.try_set_value(true);
                    request_animation_frame(move || {
                        pending.try_set_value(false);
                        let _ = offset.try_set(x);
                    });
                }
            })
        };
        let _ =
            scroller.add_event_listener_with_callback("scroll", on_scroll.as_ref().unchecked_ref());
        listeners.set_value(Some(TrackListeners {
            scroller,
            on_scroll,
            observer,
            _on_resize: on_resize,
        }));
    });

    // The styles and backing size last set, so a redraw changes only what moved.
    let applied = StoredValue::new(None::<(f64, f64, bool)>);
    Effect::new(move |_| {
        let (Some(g), Some(canvas)) = (geometry.get(), canvas.get()) else {
            return;
        };
        let printing = printing.get();
        let (css_width, range) = if printing {
            (g.track, 0.0..1.0)
        } else {
            // Where sticky positioning has put the canvas along the track.
            let left = offset.get().clamp(0.0, g.track - g.window);
            (g.window, left / g.track..(left + g.window) / g.track)
        };
        let ratio = web_sys::window()
            .map(|w| w.device_pixel_ratio())
            .filter(|r| r.is_finite() && *r > 0.0)
            .unwrap_or(1.0)
            .min(MAX_BACKING_WIDTH / css_width)
            .max(0.05);
        let styles = (css_width, g.lead, printing);
        if applied.get_value() != Some(styles) {
            let _ = canvas.style(("width", format!("{css_width}px")));
            let _ = canvas.style(("height", format!("{height}px")));
            let _ = canvas.style(("left", format!("{}px", g.lead)));
            applied.set_value(Some(styles));
        }
        let (w, h) = (
            (css_width * ratio).round() as u32,
            (height * ratio).round() as u32,
        );
        // Setting a canvas size clears and reallocates it: only when it changes (the
        // chart paints its whole background anyway).
        if canvas.width() != w {
            canvas.set_width(w);
        }
        if canvas.height() != h {
            canvas.set_height(h);
        }
        if let Some(backend) = CanvasBackend::with_canvas_object(canvas) {
            draw(&backend.into_drawing_area(), ratio, range);
        }
    });

    view! {
        <div class="chart-track" node_ref=track>
            <canvas
                node_ref=canvas
                class="chart"
                role="img"
                aria-label=move || label.get()
            ></canvas>
        </div>
    }
}
