//! Charts drawn with plotters. Every function takes plain data and a `DrawingArea`
//! over any `DrawingBackend`: the app passes a canvas, native tests pass SVG.

pub mod attainment_chart;
pub mod experience_curve;
pub mod journey_map;
pub mod kano_model;
pub mod kano_results;
pub mod qr_code;
pub mod satisfaction_chart;
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
    /// Indifferent features.
    pub const INDIFFERENT: RGBColor = RGBColor(0x8A, 0x91, 0x9C);
    /// Reverse answers.
    pub const REVERSE: RGBColor = RGBColor(0x8E, 0x3B, 0x9E);
    /// Questionable answers.
    pub const QUESTIONABLE: RGBColor = RGBColor(0xC2, 0x7C, 0x0E);
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
    /// A met service level.
    pub const MET: RGBColor = RGBColor(0x2E, 0x7D, 0x32);
    /// A met level inside the warning band.
    pub const WARNING: RGBColor = RGBColor(0xC2, 0x7C, 0x0E);
    /// The warning band behind the values.
    pub const WARNING_BAND: RGBColor = RGBColor(0xFB, 0xEE, 0xD0);
    /// A breached service level.
    pub const BREACH: RGBColor = RGBColor(0xB0, 0x3A, 0x2E);
    /// The target line.
    pub const TARGET: RGBColor = RGBColor(0x22, 0x26, 0x2E);
    /// User satisfaction.
    pub const USER: RGBColor = RGBColor(0x1F, 0x5F, 0xBF);
    /// Customer satisfaction.
    pub const CUSTOMER: RGBColor = RGBColor(0x8E, 0x3B, 0x9E);
}

/// Reading back what a chart drew as SVG, for the chart tests.
#[cfg(test)]
pub(crate) mod svg_probe {
    use plotters::style::RGBColor;

    /// True when a `<text>` element holds exactly `text`.
    pub fn has_text(svg: &str, text: &str) -> bool {
        svg.replace('\n', "").contains(&format!(">{text}</text>"))
    }

    /// Number of `<polygon>`s filled with `fill` (markers other than circles).
    pub fn polygons(svg: &str, fill: RGBColor) -> usize {
        let needle = format!("fill=\"#{:02X}{:02X}{:02X}\"", fill.0, fill.1, fill.2);
        svg.lines()
            .filter(|l| l.contains("<polygon") && l.contains(&needle))
            .count()
    }

    /// Number of `<rect>`s filled with `fill`.
    pub fn rects(svg: &str, fill: RGBColor) -> usize {
        let needle = format!("fill=\"#{:02X}{:02X}{:02X}\"", fill.0, fill.1, fill.2);
        svg.lines()
            .filter(|l| l.contains("<rect") && l.contains(&needle))
            .count()
    }

    /// Centres of the `<circle>`s filled with `fill`, in drawing order.
    pub fn circles(svg: &str, fill: RGBColor) -> Vec<(f64, f64)> {
        let needle = format!("fill=\"#{:02X}{:02X}{:02X}\"", fill.0, fill.1, fill.2);
        svg.lines()
            .filter(|l| l.contains("<circle") && l.contains(&needle))
            .map(|l| {
                let attr = |name: &str| -> f64 {
                    l.split(&format!(" {name}=\""))
                        .nth(1)
                        .and_then(|rest| rest.split('"').next())
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(f64::NAN)
                };
                (attr("cx"), attr("cy"))
            })
            .collect()
    }
}
