//! The attainment chart of one target: achieved value per period against the target
//! line, with the warning band shaded and breaches marked by a distinct triangle.

use super::palette;
use crate::domain::slm::{Attainment, Direction, SeriesPoint};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// What the chart shows: the series and the target it is measured against.
#[derive(Debug, Clone, Copy)]
pub struct AttainmentData<'a> {
    pub points: &'a [SeriesPoint],
    pub direction: Direction,
    pub target: f64,
    pub warning: Option<f64>,
}

/// Texts drawn on the chart, in the reader's language.
#[derive(Debug, Clone, Copy)]
pub struct AttainmentLabels<'a> {
    /// Legend of the target line, e.g. "Target ≥ 99.5 %".
    pub target: &'a str,
    /// Legend of the warning band, e.g. "Warning".
    pub warning: &'a str,
    /// Legend of the breach marker, e.g. "Breached".
    pub breached: &'a str,
    /// Shown instead of the series when no period has data.
    pub no_data: &'a str,
}

/// The vertical range: all finite values, the target and the warning threshold, padded.
fn y_range(data: &AttainmentData) -> (f64, f64) {
    let values = data
        .points
        .iter()
        .filter_map(|p| p.achieved)
        .chain([data.target])
        .chain(data.warning)
        .filter(|v| v.is_finite());
    let (lo, hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    if !lo.is_finite() || !hi.is_finite() {
        return (0.0, 1.0);
    }
    let pad = ((hi - lo) * 0.15).max(hi.abs().max(1.0) * 1e-3);
    (lo - pad, hi + pad)
}

/// Draws the chart on `area`. Periods run left to right in the order given.
pub fn draw_attainment_chart<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &AttainmentData,
    labels: &AttainmentLabels,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let scale = super::checked_scale(scale);
    let px = |v: f64| super::scaled_px(v, scale);
    area.fill(&WHITE)?;
    let n = data.points.len().max(1);
    let (y0, y1) = y_range(data);
    let mut chart = ChartBuilder::on(area)
        .margin(px(10.0))
        .x_label_area_size(px(30.0))
        .y_label_area_size(px(50.0))
        .build_cartesian_2d(-0.5f64..(n as f64 - 0.5), y0..y1)?;
    let names: Vec<String> = data.points.iter().map(|p| p.period.to_string()).collect();
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(palette::GUIDE.mix(0.3))
        .x_labels(n.min(12))
        .x_label_formatter(&|x| {
            let i = x.round();
            if (x - i).abs() > 1e-6 || i < 0.0 {
                return String::new();
            }
            names.get(i as usize).cloned().unwrap_or_default()
        })
        .label_style(("sans-serif", 10.0 * scale))
        .draw()?;

    let (left, right) = (-0.5, n as f64 - 0.5);
    if let Some(w) = data.warning.filter(|w| w.is_finite()) {
        if data.target.is_finite() {
            chart.draw_series([Rectangle::new(
                [(left, data.target), (right, w)],
                palette::WARNING_BAND.filled(),
            )])?;
        }
    }
    if data.target.is_finite() {
        chart.draw_series(LineSeries::new(
            [(left, data.target), (right, data.target)],
            palette::TARGET.stroke_width(px(2.0)),
        ))?;
    }

    let font = ("sans-serif", 11.0 * scale).into_font();
    let points: Vec<(f64, f64, Attainment)> = data
        .points
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            p.achieved
                .filter(|v| v.is_finite())
                .map(|v| (i as f64, v, p.status))
        })
        .collect();
    if points.is_empty() {
        chart.draw_series([Text::new(
            labels.no_data.to_owned(),
            ((left + right) / 2.0, (y0 + y1) / 2.0),
            font.clone()
                .color(&palette::INK)
                .pos(Pos::new(HPos::Center, VPos::Center)),
        )])?;
    } else {
        // Consecutive periods are joined; a gap breaks the line.
        let mut segment: Vec<(f64, f64)> = Vec::new();
        let mut segments = Vec::new();
        for &(x, y, _) in &points {
            if segment.last().is_some_and(|&(px_, _)| x - px_ > 1.5) {
                segments.push(std::mem::take(&mut segment));
            }
            segment.push((x, y));
        }
        segments.push(segment);
        for s in segments {
            chart.draw_series(LineSeries::new(s, palette::CURVE.stroke_width(px(2.0))))?;
        }
        for &(x, y, status) in &points {
            match status {
                Attainment::Breached => {
                    chart.draw_series([TriangleMarker::new(
                        (x, y),
                        px(7.0),
                        palette::BREACH.filled(),
                    )])?;
                }
                _ => {
                    let colour = if status == Attainment::Warning {
                        palette::WARNING
                    } else {
                        palette::MET
                    };
                    chart.draw_series([Circle::new((x, y), px(4.0), colour.filled())])?;
                }
            }
        }
    }

    // Legend in the top left corner, inside the plot.
    let legend = |text: &str, colour: RGBColor, row: f64| {
        Text::new(
            text.to_owned(),
            (left + 0.05, y1 - (y1 - y0) * (0.02 + 0.08 * row)),
            font.clone()
                .color(&colour)
                .pos(Pos::new(HPos::Left, VPos::Top)),
        )
    };
    let mut row = 0.0;
    chart.draw_series([legend(labels.target, palette::TARGET, row)])?;
    if data.warning.is_some() {
        row += 1.0;
        chart.draw_series([legend(labels.warning, palette::WARNING, row)])?;
    }
    if points.iter().any(|p| p.2 == Attainment::Breached) {
        row += 1.0;
        chart.draw_series([legend(labels.breached, palette::BREACH, row)])?;
    }
    area.present()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::svg_probe::{circles, has_text, polygons, rects};
    use crate::domain::slm::{status, Period};

    const LABELS: AttainmentLabels<'static> = AttainmentLabels {
        target: "Target ≥ 99.5 %",
        warning: "Warning below 99.7",
        breached: "Breached",
        no_data: "No data",
    };

    fn points(values: &[Option<f64>]) -> Vec<SeriesPoint> {
        let mut p: Period = "2026-01".parse().unwrap();
        values
            .iter()
            .map(|&achieved| {
                let point = SeriesPoint {
                    period: p,
                    achieved,
                    status: status(Direction::AtLeast, 99.5, Some(99.7), achieved),
                };
                p = p.next().unwrap();
                point
            })
            .collect()
    }

    fn svg(data: &AttainmentData) -> String {
        let mut out = String::new();
        {
            let area = SVGBackend::with_string(&mut out, (600, 300)).into_drawing_area();
            draw_attainment_chart(&area, data, &LABELS, 1.0).unwrap();
        }
        out
    }

    #[test]
    fn breaches_get_triangles_and_the_warning_band_is_shaded() {
        let pts = points(&[Some(99.9), Some(99.6), None, Some(99.1), Some(99.8)]);
        let out = svg(&AttainmentData {
            points: &pts,
            direction: Direction::AtLeast,
            target: 99.5,
            warning: Some(99.7),
        });
        assert_eq!(circles(&out, palette::MET).len(), 2);
        assert_eq!(circles(&out, palette::WARNING).len(), 1);
        assert_eq!(polygons(&out, palette::BREACH), 1);
        assert_eq!(rects(&out, palette::WARNING_BAND), 1);
        for text in [
            "Target ≥ 99.5 %",
            "Warning below 99.7",
            "Breached",
            "2026-01",
        ] {
            assert!(has_text(&out, text), "{text}");
        }
        // Higher values are drawn higher: 99.9 (met) above 99.6 (warning).
        let met = circles(&out, palette::MET);
        let warning = circles(&out, palette::WARNING);
        assert!(met[0].1 < warning[0].1, "{met:?} {warning:?}");
    }

    #[test]
    fn empty_or_nan_data_draws_without_panicking() {
        let out = svg(&AttainmentData {
            points: &[],
            direction: Direction::AtMost,
            target: f64::NAN,
            warning: Some(f64::INFINITY),
        });
        assert!(has_text(&out, "No data"));
        let pts = points(&[Some(f64::NAN), None]);
        let out = svg(&AttainmentData {
            points: &pts,
            direction: Direction::AtLeast,
            target: 99.5,
            warning: None,
        });
        assert!(has_text(&out, "No data"));
        let same = points(&[Some(99.5), Some(99.5)]);
        svg(&AttainmentData {
            points: &same,
            direction: Direction::AtLeast,
            target: 99.5,
            warning: None,
        });
    }
}
