//! The experience curve: the customer's emotion at every touchpoint, in journey
//! order, laid over the map's seven step columns.

use super::palette;
use crate::domain::journey::{Journey, Step};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::ops::Range;

/// One touchpoint on the curve.
#[derive(Debug, Clone, PartialEq)]
pub struct CurvePoint {
    /// Horizontal position in map columns: `0.5` is the middle of the first column.
    pub x: f64,
    /// Emotion, −2..=2.
    pub emotion: i8,
    pub moment_of_truth: bool,
    /// Among the three lowest touchpoints of the journey, and negative.
    pub lowest: bool,
}

/// How a journey map lays out: one column per touchpoint, and one empty column for a
/// step without touchpoints, so the curve lines up with the map's cards.
#[derive(Debug, Clone, PartialEq)]
pub struct CurveLayout {
    /// Number of map columns.
    pub columns: usize,
    /// First column of each of the seven steps, then `columns`.
    pub step_bounds: [usize; 8],
    pub points: Vec<CurvePoint>,
}

/// Lays out `journey`'s curve over its map columns.
pub fn curve_layout(journey: &Journey) -> CurveLayout {
    let lowest: Vec<_> = crate::domain::insights::lowest_touchpoints(journey)
        .iter()
        .map(|t| t.id.clone())
        .collect();
    let mut step_bounds = [0; 8];
    let mut points = Vec::new();
    let mut column = 0;
    for (i, step) in Step::ALL.into_iter().enumerate() {
        step_bounds[i] = column;
        let mut count = 0;
        for t in journey.touchpoints_in(step) {
            points.push(CurvePoint {
                x: column as f64 + 0.5,
                emotion: t.emotion.get(),
                moment_of_truth: t.moment_of_truth,
                lowest: lowest.contains(&t.id) && t.emotion.get() < 0,
            });
            column += 1;
            count += 1;
        }
        if count == 0 {
            column += 1;
        }
    }
    step_bounds[7] = column;
    CurveLayout {
        columns: column,
        step_bounds,
        points,
    }
}

/// Another journey's curve placed over `layout`'s steps: its touchpoints of each step
/// spread evenly across that step's columns (for current vs future comparison).
pub fn overlay_points(layout: &CurveLayout, other: &Journey) -> Vec<CurvePoint> {
    Step::ALL
        .into_iter()
        .enumerate()
        .flat_map(|(i, step)| {
            let (start, end) = (
                layout.step_bounds[i] as f64,
                layout.step_bounds[i + 1] as f64,
            );
            let in_step: Vec<_> = other.touchpoints_in(step).collect();
            let slots = in_step.len() as f64 + 1.0;
            in_step
                .into_iter()
                .enumerate()
                .map(move |(k, t)| CurvePoint {
                    x: start + (end - start) * (k as f64 + 1.0) / slots,
                    emotion: t.emotion.get(),
                    moment_of_truth: t.moment_of_truth,
                    lowest: false,
                })
        })
        .collect()
}

/// Texts drawn on the curve, in the reader's language.
#[derive(Debug, Clone, Copy)]
pub struct CurveLabels<'a> {
    pub positive: &'a str,
    pub negative: &'a str,
    /// Legend text of the overlaid journey, if any.
    pub overlay: Option<&'a str>,
}

impl CurveLayout {
    /// The whole map, in columns: what [`draw_experience_curve`] draws for an export.
    pub fn full_range(&self) -> Range<f64> {
        0.0..self.columns.max(1) as f64
    }

    /// The same map with the curve drawn only through the first `steps` of the seven
    /// steps (presentation mode grows the curve step by step): the columns stay, so
    /// the part shown sits where it does on the full curve.
    pub fn up_to_step(&self, steps: usize) -> CurveLayout {
        let end = self.step_bounds[steps.min(7)] as f64;
        CurveLayout {
            points: self.points.iter().filter(|p| p.x < end).cloned().collect(),
            ..self.clone()
        }
    }
}

/// The points of `points` (in column order) that can show between columns `from` and
/// `to`, `margin` columns either side included, plus one neighbour beyond each end so
/// the line runs on to the edge.
fn visible(points: &[CurvePoint], from: f64, to: f64, margin: f64) -> &[CurvePoint] {
    let start = points
        .partition_point(|p| p.x < from - margin)
        .saturating_sub(1);
    let end = points
        .partition_point(|p| p.x <= to + margin)
        .saturating_add(1)
        .min(points.len());
    points.get(start..end).unwrap_or_default()
}

/// The line through `points` cut at columns `from` and `to`. Plotters pins a
/// coordinate outside the plot to its edge, which would bend the segment to a
/// neighbour outside the range: the segment is cut where it crosses the edge instead.
fn cut_line(points: &[CurvePoint], from: f64, to: f64) -> Vec<(f64, f64)> {
    let at = |(x0, y0): (f64, f64), (x1, y1): (f64, f64), x: f64| {
        if x1 == x0 {
            (x, y0)
        } else {
            (x, y0 + (y1 - y0) * (x - x0) / (x1 - x0))
        }
    };
    let mut line: Vec<(f64, f64)> = Vec::with_capacity(points.len());
    for pair in points.windows(2) {
        let a = (pair[0].x, f64::from(pair[0].emotion));
        let b = (pair[1].x, f64::from(pair[1].emotion));
        if b.0 < from || a.0 > to {
            continue;
        }
        let start = if a.0 < from { at(a, b, from) } else { a };
        let end = if b.0 > to { at(a, b, to) } else { b };
        if line.last() != Some(&start) {
            line.push(start);
        }
        line.push(end);
    }
    line
}

/// Draws the curve over map columns `columns` (e.g. the part of the map in view, or
/// [`CurveLayout::full_range`]) across the whole `area`. Only the points in that
/// range are drawn, with the line to their neighbours outside it, so a window onto a
/// long map costs as little as its visible part. `overlay` is a second journey's
/// curve (e.g. the future state), drawn dashed.
pub fn draw_experience_curve<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    layout: &CurveLayout,
    overlay: Option<&[CurvePoint]>,
    labels: &CurveLabels,
    scale: f64,
    columns: Range<f64>,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let scale = super::checked_scale(scale);
    let px = |v: f64| super::scaled_px(v, scale);
    let full = layout.full_range();
    let finite = |v: f64, or: f64| if v.is_finite() { v } else { or };
    let from = finite(columns.start, full.start).clamp(full.start, full.end);
    let to = finite(columns.end, full.end).clamp(full.start, full.end);
    let (from, to) = if to > from {
        (from, to)
    } else {
        (full.start, full.end)
    };
    // Columns a marker (the widest is a moment-of-truth ring) reaches beyond its centre.
    let pixels = f64::from(area.dim_in_pixel().0.max(1));
    let margin = f64::from(px(12.0)) * (to - from) / pixels;
    let points = visible(&layout.points, from, to, margin);
    let overlay = overlay.map(|o| visible(o, from, to, margin));
    // A marker centred just outside the range is anchored at the edge and shifted
    // by pixels, so the part of it in view is where it belongs.
    let per_column = pixels / (to - from);
    let marker = |p: &CurvePoint, radius: f64, style: ShapeStyle| {
        let x = p.x.clamp(from, to);
        let shift = ((p.x - x) * per_column).round().clamp(-1e6, 1e6) as i32;
        EmptyElement::at((x, f64::from(p.emotion))) + Circle::new((shift, 0), px(radius), style)
    };
    area.fill(&WHITE)?;
    let mut chart = ChartBuilder::on(area)
        .margin_top(px(10.0))
        .margin_bottom(px(10.0))
        .build_cartesian_2d(from..to, -2.4f64..2.4f64)?;

    let guide = palette::GUIDE.stroke_width(px(1.0));
    for &bound in &layout.step_bounds[1..7] {
        let x = bound as f64;
        if (from..=to).contains(&x) {
            chart.draw_series(LineSeries::new([(x, -2.4), (x, 2.4)], guide))?;
        }
    }
    chart.draw_series(LineSeries::new([(from, 0.0), (to, 0.0)], guide))?;
    let font = ("sans-serif", 11.0 * scale)
        .into_font()
        .color(&palette::INK);
    chart.draw_series([
        Text::new(
            labels.positive.to_owned(),
            (from + 0.03, 2.3),
            font.clone().pos(Pos::new(HPos::Left, VPos::Top)),
        ),
        Text::new(
            labels.negative.to_owned(),
            (from + 0.03, -2.3),
            font.clone().pos(Pos::new(HPos::Left, VPos::Bottom)),
        ),
    ])?;

    if let Some(overlay) = overlay.filter(|o| !o.is_empty()) {
        chart.draw_series(DashedLineSeries::new(
            cut_line(overlay, from, to),
            px(6.0),
            px(4.0),
            palette::OVERLAY.stroke_width(px(2.0)),
        ))?;
        chart.draw_series(
            overlay
                .iter()
                .map(|p| marker(p, 3.0, palette::OVERLAY.filled())),
        )?;
        if let Some(text) = labels.overlay {
            chart.draw_series([Text::new(
                text.to_owned(),
                (to - 0.03, 2.3),
                font.clone()
                    .color(&palette::OVERLAY)
                    .pos(Pos::new(HPos::Right, VPos::Top)),
            )])?;
        }
    }

    chart.draw_series(LineSeries::new(
        cut_line(points, from, to),
        palette::CURVE.stroke_width(px(3.0)),
    ))?;
    // Moments of truth get a ring; the lowest points are filled in the alert colour.
    chart.draw_series(
        points
            .iter()
            .filter(|p| p.moment_of_truth)
            .map(|p| marker(p, 9.0, palette::MOMENT.stroke_width(px(3.0)))),
    )?;
    chart.draw_series(points.iter().map(|p| {
        let colour = if p.lowest {
            palette::MUST_BE
        } else {
            palette::CURVE
        };
        marker(p, 5.0, colour.filled())
    }))?;
    area.present()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::svg_probe::{circles, has_text};
    use crate::domain::bounded::Emotion;
    use crate::domain::journey::Touchpoint;
    use crate::domain::Id;

    fn journey() -> Journey {
        let mut j = Journey::new(Id::new("j").unwrap(), "J");
        let tp = |id: &str, step, emotion, moment| Touchpoint {
            emotion: Emotion::new(emotion).unwrap(),
            moment_of_truth: moment,
            ..Touchpoint::new(Id::new(id).unwrap(), step, id)
        };
        j.touchpoints = vec![
            tp("a", Step::Explore, 1, false),
            tp("b", Step::Agree, -2, true),
            tp("c", Step::Agree, 0, false),
            tp("d", Step::Realize, 2, true),
        ];
        j
    }

    #[test]
    fn points_sit_over_their_map_columns() {
        let layout = curve_layout(&journey());
        // Explore a | Engage - | Offer - | Agree b c | Onboard - | Co-create - | Realize d
        assert_eq!(layout.columns, 8);
        assert_eq!(layout.step_bounds, [0, 1, 2, 3, 5, 6, 7, 8]);
        let points = layout.points;
        let xs: Vec<f64> = points.iter().map(|p| p.x).collect();
        assert_eq!(xs, [0.5, 3.5, 4.5, 7.5]);
        assert_eq!(
            points.iter().filter(|p| p.lowest).count(),
            1,
            "only negative lows are flagged"
        );
        assert!(points[1].lowest && points[1].moment_of_truth);
    }

    #[test]
    fn svg_marks_points_moments_and_lows_where_expected() {
        let layout = curve_layout(&journey());
        let overlay = vec![CurvePoint {
            x: 0.5,
            emotion: 2,
            moment_of_truth: false,
            lowest: false,
        }];
        let mut svg = String::new();
        {
            let area = SVGBackend::with_string(&mut svg, (800, 240)).into_drawing_area();
            let labels = CurveLabels {
                positive: "Positive",
                negative: "Negative",
                overlay: Some("Future state"),
            };
            let all = layout.full_range();
            draw_experience_curve(&area, &layout, Some(&overlay), &labels, 1.0, all).unwrap();
        }
        let normal = circles(&svg, palette::CURVE);
        let low = circles(&svg, palette::MUST_BE);
        assert_eq!(normal.len(), 3);
        assert_eq!(low.len(), 1);
        // x follows the map columns: 100 px per column on an 800 px canvas.
        assert!((normal[0].0 - 50.0).abs() <= 1.0, "{normal:?}");
        assert!((low[0].0 - 350.0).abs() <= 1.0, "{low:?}");
        // The −2 point is lower on screen than the +1 point.
        assert!(low[0].1 > normal[0].1 + 50.0);
        // Two moment-of-truth rings, the dashed overlay and its legend.
        assert_eq!(svg.matches("<circle").count(), 3 + 1 + 2 + 1);
        for text in ["Positive", "Negative", "Future state"] {
            assert!(has_text(&svg, text), "{text}");
        }
    }

    #[test]
    fn the_curve_up_to_a_step_draws_only_the_points_of_the_steps_shown() {
        let layout = curve_layout(&journey());
        let labels = CurveLabels {
            positive: "Positive",
            negative: "Negative",
            overlay: None,
        };
        // Points drawn, and the vertices of the curve's line, for `steps` steps shown.
        let drawn = |steps: usize| {
            let part = layout.up_to_step(steps);
            let mut svg = String::new();
            {
                let area = SVGBackend::with_string(&mut svg, (800, 240)).into_drawing_area();
                draw_experience_curve(&area, &part, None, &labels, 1.0, layout.full_range())
                    .unwrap();
            }
            let points =
                circles(&svg, palette::CURVE).len() + circles(&svg, palette::MUST_BE).len();
            let line = svg
                .lines()
                .find(|l| l.contains("<polyline") && l.contains("stroke-width=\"3\""))
                .map_or(0, |l| l.matches(',').count());
            let xs: Vec<f64> = circles(&svg, palette::CURVE)
                .into_iter()
                .chain(circles(&svg, palette::MUST_BE))
                .map(|(x, _)| x)
                .collect();
            (points, line, xs)
        };
        // Explore a | Engage - | Offer - | Agree b c | Onboard - | Co-create - | Realize d
        let (points, line, _) = drawn(0);
        assert_eq!((points, line), (0, 0));
        let (points, line, xs) = drawn(1);
        assert_eq!((points, line), (1, 0));
        assert!((xs[0] - 50.0).abs() <= 1.0, "{xs:?}");
        assert_eq!(drawn(3).0, 1);
        let (points, line, xs) = drawn(4);
        assert_eq!((points, line), (3, 3));
        // The columns stay those of the whole map: b still sits in column 3.5.
        assert!(xs.iter().any(|x| (x - 350.0).abs() <= 1.0), "{xs:?}");
        assert!(xs.iter().all(|x| *x < 500.0), "{xs:?}");
        assert_eq!(drawn(6).0, 3);
        let (points, line, _) = drawn(7);
        assert_eq!((points, line), (4, 4));
        assert_eq!(layout.up_to_step(99), layout);
        assert_eq!(layout.up_to_step(2).step_bounds, layout.step_bounds);
    }

    #[test]
    fn a_column_range_draws_its_points_and_the_line_on_to_the_neighbours() {
        let layout = curve_layout(&journey());
        let mut svg = String::new();
        {
            let area = SVGBackend::with_string(&mut svg, (800, 240)).into_drawing_area();
            let labels = CurveLabels {
                positive: "Positive",
                negative: "Negative",
                overlay: None,
            };
            // Columns 3 to 5 of 8: the Agree step, b (3.5) and c (4.5).
            draw_experience_curve(&area, &layout, None, &labels, 1.0, 3.0..5.0).unwrap();
        }
        let shown = |points: Vec<(f64, f64)>| -> Vec<f64> {
            points
                .into_iter()
                .map(|(x, _)| x)
                .filter(|x| (0.0..=800.0).contains(x))
                .collect()
        };
        // 400 px per column now: b at 200 px, c at 600 px; a and d are off the canvas.
        let low = shown(circles(&svg, palette::MUST_BE));
        let normal = shown(circles(&svg, palette::CURVE));
        assert_eq!(low.len(), 1, "{svg}");
        assert!((low[0] - 200.0).abs() <= 1.0, "{low:?}");
        assert_eq!(normal.len(), 1, "{normal:?}");
        assert!((normal[0] - 600.0).abs() <= 1.0, "{normal:?}");
        // The line still runs towards a, before the range, and d, after it, cut at the
        // edges: (3, -1.5), b, c, (5, 1/3), i.e. y = 10 + (2.4 - emotion) / 4.8 * 220 px.
        let line = svg
            .lines()
            .find(|l| l.contains("<polyline") && l.contains("stroke-width=\"3\""))
            .unwrap_or_default();
        let xy: Vec<(f64, f64)> = line
            .split("points=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap_or_default()
            .split_whitespace()
            .filter_map(|p| p.split_once(','))
            .filter_map(|(x, y)| Some((x.parse().ok()?, y.parse().ok()?)))
            .collect();
        assert_eq!(xy.len(), 4, "{line}");
        let near = |(x, y): (f64, f64), (ex, ey): (f64, f64)| {
            (x - ex).abs() <= 1.5 && (y - ey).abs() <= 1.5
        };
        assert!(near(xy[0], (0.0, 188.75)), "{xy:?}");
        assert!(near(xy[3], (800.0, 104.7)), "{xy:?}");
        assert!(has_text(&svg, "Positive") && has_text(&svg, "Negative"));
        // A range outside the map falls back to the whole map.
        let mut all = String::new();
        {
            let area = SVGBackend::with_string(&mut all, (800, 240)).into_drawing_area();
            let labels = CurveLabels {
                positive: "P",
                negative: "N",
                overlay: None,
            };
            draw_experience_curve(&area, &layout, None, &labels, 1.0, f64::NAN..-3.0).unwrap();
        }
        assert_eq!(circles(&all, palette::CURVE).len(), 3);
    }
}

#[cfg(test)]
mod overlay_tests {
    use super::*;

    #[test]
    fn overlay_spreads_over_the_main_steps() {
        let main = CurveLayout {
            columns: 8,
            step_bounds: [0, 1, 2, 3, 5, 6, 7, 8],
            points: vec![],
        };
        let mut other = Journey::new(crate::domain::Id::new("o").unwrap(), "O");
        let tp = |id: &str, step| {
            crate::domain::journey::Touchpoint::new(crate::domain::Id::new(id).unwrap(), step, id)
        };
        other.touchpoints = vec![tp("x", Step::Agree), tp("y", Step::Realize)];
        let xs: Vec<f64> = overlay_points(&main, &other).iter().map(|p| p.x).collect();
        assert_eq!(xs, [4.0, 7.5]);
    }
}
