//! The satisfaction trend of a service: user and customer scores (1–5) per period.

use super::palette;
use crate::domain::slm::SatisfactionPoint;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Texts drawn on the chart, in the reader's language.
#[derive(Debug, Clone, Copy)]
pub struct SatisfactionLabels<'a> {
    pub user: &'a str,
    pub customer: &'a str,
}

/// Draws both trends over `points` (left to right); the line at 3 marks the level
/// below which satisfaction counts as low. Gaps break the lines.
pub fn draw_satisfaction_chart<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    points: &[SatisfactionPoint],
    labels: &SatisfactionLabels,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let scale = super::checked_scale(scale);
    let px = |v: f64| super::scaled_px(v, scale);
    area.fill(&WHITE)?;
    let n = points.len().max(1);
    let (left, right) = (-0.5, n as f64 - 0.5);
    let mut chart = ChartBuilder::on(area)
        .margin(px(10.0))
        .x_label_area_size(px(30.0))
        .y_label_area_size(px(30.0))
        .build_cartesian_2d(left..right, 0.5f64..5.5f64)?;
    let names: Vec<String> = points.iter().map(|p| p.period.to_string()).collect();
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(palette::GUIDE.mix(0.3))
        .y_labels(5)
        .y_label_formatter(&|v| format!("{v:.0}"))
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
    chart.draw_series(DashedLineSeries::new(
        [(left, 3.0), (right, 3.0)],
        px(5.0),
        px(4.0),
        palette::GUIDE.stroke_width(px(1.0)),
    ))?;

    let series = [
        (
            labels.user,
            palette::USER,
            points.iter().map(|p| p.user).collect::<Vec<_>>(),
            0.0,
        ),
        (
            labels.customer,
            palette::CUSTOMER,
            points.iter().map(|p| p.customer).collect::<Vec<_>>(),
            1.0,
        ),
    ];
    let font = ("sans-serif", 11.0 * scale).into_font();
    for (label, colour, values, row) in series {
        let mut segment = Vec::new();
        let mut segments = Vec::new();
        for (i, v) in values.iter().enumerate() {
            match v {
                Some(v) => segment.push((i as f64, f64::from(*v))),
                None if !segment.is_empty() => segments.push(std::mem::take(&mut segment)),
                None => {}
            }
        }
        segments.push(segment);
        for s in segments.into_iter().filter(|s| !s.is_empty()) {
            chart.draw_series(LineSeries::new(s.clone(), colour.stroke_width(px(2.0))))?;
            chart.draw_series(
                s.into_iter()
                    .map(|xy| Circle::new(xy, px(4.0), colour.filled())),
            )?;
        }
        chart.draw_series([Text::new(
            label.to_owned(),
            (left + 0.05, 5.45 - 0.35 * row),
            font.clone()
                .color(&colour)
                .pos(Pos::new(HPos::Left, VPos::Top)),
        )])?;
    }
    area.present()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::svg_probe::{circles, has_text};
    use crate::domain::slm::Period;

    fn draw(points: &[SatisfactionPoint]) -> String {
        let mut out = String::new();
        {
            let area = SVGBackend::with_string(&mut out, (600, 300)).into_drawing_area();
            let labels = SatisfactionLabels {
                user: "Users",
                customer: "Customer",
            };
            draw_satisfaction_chart(&area, points, &labels, 1.0).unwrap();
        }
        out
    }

    #[test]
    fn draws_both_trends_with_gaps() {
        let mut period: Period = "2026-01".parse().unwrap();
        let mut pts = Vec::new();
        for (user, customer) in [(Some(4), Some(4)), (Some(2), None), (None, Some(3))] {
            pts.push(SatisfactionPoint {
                period,
                user,
                customer,
            });
            period = period.next().unwrap();
        }
        let out = draw(&pts);
        let users = circles(&out, palette::USER);
        assert_eq!(users.len(), 2);
        assert!(users[1].1 > users[0].1, "2 is drawn below 4");
        assert_eq!(circles(&out, palette::CUSTOMER).len(), 2);
        assert!(has_text(&out, "Users") && has_text(&out, "Customer") && has_text(&out, "2026-02"));
    }

    #[test]
    fn empty_data_draws_without_panicking() {
        let out = draw(&[]);
        assert!(circles(&out, palette::USER).is_empty());
    }
}
