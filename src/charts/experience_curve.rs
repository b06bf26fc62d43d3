//! The experience curve: the customer's emotion at every touchpoint, in journey
//! order, laid over the map's seven step columns.

use super::palette;
use crate::domain::journey::{Journey, Step};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One touchpoint on the curve.
#[derive(Debug, Clone, PartialEq)]
pub struct CurvePoint {
    /// Horizontal position in columns: step index plus the touchpoint's place within
    /// the step, so each point sits over its card (`0.5` is the middle of Explore).
    pub x: f64,
    /// Emotion, −2..=2.
    pub emotion: i8,
    pub moment_of_truth: bool,
    /// Among the three lowest touchpoints of the journey.
    pub lowest: bool,
}

/// The points of `journey`'s curve, in journey order.
pub fn curve_points(journey: &Journey) -> Vec<CurvePoint> {
    let lowest: Vec<_> = crate::domain::insights::journey_insights(journey)
        .lowest
        .iter()
        .map(|t| t.id.clone())
        .collect();
    Step::ALL
        .into_iter()
        .enumerate()
        .flat_map(|(column, step)| {
            let in_step: Vec<_> = journey.touchpoints_in(step).collect();
            let slots = in_step.len() as f64 + 1.0;
            let lowest = &lowest;
            in_step
                .into_iter()
                .enumerate()
                .map(move |(i, t)| CurvePoint {
                    x: column as f64 + (i as f64 + 1.0) / slots,
                    emotion: t.emotion.get(),
                    moment_of_truth: t.moment_of_truth,
                    lowest: lowest.contains(&t.id) && t.emotion.get() < 0,
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

/// Draws the curve across the whole `area`, which spans the seven step columns.
/// `overlay` is a second journey's curve (e.g. the future state), drawn dashed.
pub fn draw_experience_curve<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    points: &[CurvePoint],
    overlay: Option<&[CurvePoint]>,
    labels: &CurveLabels,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let scale = if scale.is_finite() && scale > 0.0 {
        scale
    } else {
        1.0
    };
    let px = |v: f64| (v * scale).round().max(1.0) as u32;
    area.fill(&WHITE)?;
    let mut chart = ChartBuilder::on(area)
        .margin_top(px(10.0))
        .margin_bottom(px(10.0))
        .build_cartesian_2d(0f64..7f64, -2.4f64..2.4f64)?;

    let guide = palette::GUIDE.stroke_width(px(1.0));
    for column in 1..7 {
        let x = f64::from(column);
        chart.draw_series(LineSeries::new([(x, -2.4), (x, 2.4)], guide))?;
    }
    chart.draw_series(LineSeries::new([(0.0, 0.0), (7.0, 0.0)], guide))?;
    let font = ("sans-serif", 11.0 * scale)
        .into_font()
        .color(&palette::INK);
    chart.draw_series([
        Text::new(
            labels.positive.to_owned(),
            (0.03, 2.3),
            font.clone().pos(Pos::new(HPos::Left, VPos::Top)),
        ),
        Text::new(
            labels.negative.to_owned(),
            (0.03, -2.3),
            font.clone().pos(Pos::new(HPos::Left, VPos::Bottom)),
        ),
    ])?;

    if let Some(overlay) = overlay.filter(|o| !o.is_empty()) {
        chart.draw_series(DashedLineSeries::new(
            overlay.iter().map(|p| (p.x, f64::from(p.emotion))),
            px(6.0),
            px(4.0),
            palette::OVERLAY.stroke_width(px(2.0)),
        ))?;
        chart.draw_series(overlay.iter().map(|p| {
            Circle::new(
                (p.x, f64::from(p.emotion)),
                px(3.0),
                palette::OVERLAY.filled(),
            )
        }))?;
        if let Some(text) = labels.overlay {
            chart.draw_series([Text::new(
                text.to_owned(),
                (6.97, 2.3),
                font.clone()
                    .color(&palette::OVERLAY)
                    .pos(Pos::new(HPos::Right, VPos::Top)),
            )])?;
        }
    }

    chart.draw_series(LineSeries::new(
        points.iter().map(|p| (p.x, f64::from(p.emotion))),
        palette::CURVE.stroke_width(px(3.0)),
    ))?;
    // Moments of truth get a ring; the lowest points are filled in the alert colour.
    chart.draw_series(points.iter().filter(|p| p.moment_of_truth).map(|p| {
        Circle::new(
            (p.x, f64::from(p.emotion)),
            px(9.0),
            palette::MOMENT.stroke_width(px(3.0)),
        )
    }))?;
    chart.draw_series(points.iter().map(|p| {
        let colour = if p.lowest {
            palette::MUST_BE
        } else {
            palette::CURVE
        };
        Circle::new((p.x, f64::from(p.emotion)), px(5.0), colour.filled())
    }))?;
    area.present()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::bounded::Emotion;
    use crate::domain::journey::Touchpoint;
    use crate::domain::Id;

    fn journey() -> Journey {
        let mut j = Journey::new(Id::new("j").unwrap(), "J");
        let tp = |id: &str, step, emotion, moment| Touchpoint {
            id: Id::new(id).unwrap(),
            step,
            title: id.into(),
            customer_action: String::new(),
            channel: Default::default(),
            actor: Default::default(),
            emotion: Emotion::new(emotion).unwrap(),
            pain_points: vec![],
            moment_of_truth: moment,
            improvement_ideas: vec![],
            value_indicators: vec![],
            backstage: String::new(),
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
    fn points_sit_over_their_step_columns() {
        let points = curve_points(&journey());
        let xs: Vec<f64> = points.iter().map(|p| p.x).collect();
        assert_eq!(xs, [0.5, 3.0 + 1.0 / 3.0, 3.0 + 2.0 / 3.0, 6.5]);
        assert_eq!(
            points.iter().filter(|p| p.lowest).count(),
            1,
            "only negative lows are flagged"
        );
        assert!(points[1].lowest && points[1].moment_of_truth);
    }

    fn circles(svg: &str, fill: RGBColor) -> Vec<(f64, f64)> {
        let needle = format!("fill=\"#{:02X}{:02X}{:02X}\"", fill.0, fill.1, fill.2);
        svg.lines()
            .filter(|l| l.contains("<circle") && l.contains(&needle))
            .map(|l| {
                let attr = |name: &str| -> f64 {
                    l.split(&format!(" {name}=\""))
                        .nth(1)
                        .unwrap()
                        .split('"')
                        .next()
                        .unwrap()
                        .parse()
                        .unwrap()
                };
                (attr("cx"), attr("cy"))
            })
            .collect()
    }

    #[test]
    fn svg_marks_points_moments_and_lows_where_expected() {
        let points = curve_points(&journey());
        let overlay = vec![CurvePoint {
            x: 0.5,
            emotion: 2,
            moment_of_truth: false,
            lowest: false,
        }];
        let mut svg = String::new();
        {
            let area = SVGBackend::with_string(&mut svg, (700, 240)).into_drawing_area();
            let labels = CurveLabels {
                positive: "Positive",
                negative: "Negative",
                overlay: Some("Future state"),
            };
            draw_experience_curve(&area, &points, Some(&overlay), &labels, 1.0).unwrap();
        }
        let normal = circles(&svg, palette::CURVE);
        let low = circles(&svg, palette::MUST_BE);
        assert_eq!(normal.len(), 3);
        assert_eq!(low.len(), 1);
        // x follows the columns: 100 px per step on a 700 px canvas.
        assert!((normal[0].0 - 50.0).abs() <= 1.0, "{normal:?}");
        assert!((low[0].0 - 333.0).abs() <= 1.5, "{low:?}");
        // The −2 point is lower on screen than the +1 point.
        assert!(low[0].1 > normal[0].1 + 50.0);
        // Two moment-of-truth rings, the dashed overlay and its legend.
        assert_eq!(svg.matches("<circle").count(), 3 + 1 + 2 + 1);
        let flat = svg.replace('\n', "");
        for text in ["Positive", "Negative", "Future state"] {
            assert!(flat.contains(&format!(">{text}</text>")), "{text}");
        }
    }
}
