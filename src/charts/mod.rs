//! Charts drawn with plotters. Every function takes plain data and a `DrawingArea`
//! over any `DrawingBackend`: the app passes a canvas, native tests pass SVG.

pub mod experience_curve;
pub mod journey_map;
pub mod kano_model;
pub mod stakeholder_grid;

use plotters::style::RGBColor;

/// The scale a chart is drawn at (the device pixel ratio on a canvas, 1 in SVG);
/// anything not finite and positive counts as 1.
pub(crate) fn checked_scale(scale: f64) -> f64 {
    if scale.is_finite() && scale > 0.0 {
        scale
    } else {
        1.0
    }
}

/// `value` pixels at `scale`, at least one.
pub(crate) fn scaled_px(value: f64, scale: f64) -> u32 {
    (value * scale).round().max(1.0) as u32
}

/// Colours shared by the charts (each also carries a text label, never colour alone).
pub mod palette {
    use super::RGBColor;
    /// Must-be features.
    pub const MUST_BE: RGBColor = RGBColor(0xB0, 0x3A, 0x2E);
    /// One-dimensional features.
    pub const ONE_DIMENSIONAL: RGBColor = RGBColor(0x1F, 0x5F, 0xBF);
    /// Attractive features.
    pub const ATTRACTIVE: RGBColor = RGBColor(0x2E, 0x7D, 0x32);
    /// Axes and neutral text.
    pub const INK: RGBColor = RGBColor(0x22, 0x26, 0x2E);
    /// The experience curve.
    pub const CURVE: RGBColor = RGBColor(0x1D, 0x35, 0x57);
    /// A second, overlaid curve.
    pub const OVERLAY: RGBColor = RGBColor(0x7A, 0x5C, 0x00);
    /// Moments of truth.
    pub const MOMENT: RGBColor = RGBColor(0xC2, 0x7C, 0x0E);
    /// Consumer-side stakeholders.
    pub const CONSUMER: RGBColor = RGBColor(0x1F, 0x5F, 0xBF);
    /// Provider-side stakeholders.
    pub const PROVIDER: RGBColor = RGBColor(0x8E, 0x3B, 0x9E);
    /// Light guide lines.
    pub const GUIDE: RGBColor = RGBColor(0xB8, 0xBE, 0xC8);
}
