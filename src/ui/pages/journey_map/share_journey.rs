//! Exporting and sharing the journey: JSON file, link, PNG, SVG, print.

use crate::charts::journey_map::{draw_journey_map, map_size, MapLabels};
use crate::domain::journey::Journey;
use crate::i18n::format_number;
use crate::storage::share;
use crate::ui::download::{download_text, download_url};
use crate::ui::route::Route;
use crate::ui::state::{use_state, use_texts};
use leptos::prelude::*;
use plotters::prelude::{IntoDrawingArea, SVGBackend};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;

/// Export as a JSON file, or share as a link that carries the journey itself.
#[component]
pub(super) fn ShareJourney() -> impl IntoView {
    let texts = use_texts();
    let state = use_state();
    let journey = expect_context::<Memo<Option<Journey>>>();
    let link = RwSignal::new(None::<String>);
    let copied = RwSignal::new(false);
    let shared = move || {
        journey.with_untracked(|j| {
            j.as_ref()
                .map(|j| state.workspace.with_untracked(|ws| share::collect(ws, j)))
        })
    };
    let export = move |_| {
        if let Some(shared) = shared() {
            if let Ok(text) = share::export_file(&shared) {
                let name = format!("{}.journey.json", shared.journey.id);
                let _ = download_text(&name, "application/json", &text);
            }
        }
    };
    let picture = move |svg: bool| {
        let t = texts();
        let moment = format!("★ {}", t.lane_moment);
        let labels = MapLabels {
            steps: &t.steps,
            channels: &t.channels,
            curve: t.curve_title,
            touchpoint: t.lane_title,
            channel: t.lane_channel,
            pain: t.lane_pain,
            ideas: t.lane_ideas,
            backstage: t.lane_backstage,
            moment: &moment,
            positive: t.curve_positive,
            negative: t.curve_negative,
        };
        journey.with_untracked(|j| {
            let Some(j) = j else { return };
            let (w, h) = map_size(j);
            let name = format!("{}.{}", j.id, if svg { "svg" } else { "png" });
            if svg {
                let mut text = String::new();
                let drawn = {
                    let area = SVGBackend::with_string(&mut text, (w, h)).into_drawing_area();
                    draw_journey_map(&area, j, &labels, 1.0).is_ok()
                };
                if drawn {
                    let _ = download_text(&name, "image/svg+xml", &text);
                }
            } else {
                let canvas = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.create_element("canvas").ok())
                    .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok());
                let Some(canvas) = canvas else { return };
                canvas.set_width(w * 2);
                canvas.set_height(h * 2);
                let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) else {
                    return;
                };
                if draw_journey_map(&backend.into_drawing_area(), j, &labels, 2.0).is_ok() {
                    if let Ok(url) = canvas.to_data_url() {
                        let _ = download_url(&name, &url);
                    }
                }
            }
        });
    };
    let make_link = move |_| {
        copied.set(false);
        let Some(shared) = shared() else { return };
        let Ok(payload) = share::encode_link(&shared) else {
            return;
        };
        let Some(location) = web_sys::window().map(|w| w.location()) else {
            return;
        };
        let base = location.href().unwrap_or_default();
        let base = base.split('#').next().unwrap_or_default().to_owned();
        link.set(Some(format!(
            "{base}{}",
            Route::SharedJourney(payload).href()
        )));
    };
    let copy = move |_| {
        if let (Some(text), Some(window)) = (link.get_untracked(), web_sys::window()) {
            let _ = window.navigator().clipboard().write_text(&text);
            copied.set(true);
        }
    };
    view! {
        <div class="actions share-actions">
            <button on:click=export>{move || texts().journey_export}</button>
            <button on:click=make_link>{move || texts().journey_share}</button>
            <button on:click=move |_| picture(false)>{move || texts().journey_png}</button>
            <button on:click=move |_| picture(true)>{move || texts().journey_svg}</button>
            <button on:click=move |_| {
                if let Some(window) = web_sys::window() {
                    let _ = window.print();
                }
            }>{move || texts().journey_print}</button>
        </div>
        {move || link.get().map(|url| {
            let length = url.chars().count();
            view! {
                <div class="field share-link">
                    <label for="share-link">{move || texts().share_link_label}</label>
                    <input id="share-link" type="text" readonly prop:value=url.clone()/>
                    <p class="hint">{move || (texts().share_length)(&format_number(state.lang.get(), length as f64, 0))}</p>
                    <div class="actions">
                        <button on:click=copy>{move || texts().share_copy}</button>
                    </div>
                    <p role="status">{move || copied.get().then(|| texts().share_copied)}</p>
                </div>
            }
        })}
    }
}
