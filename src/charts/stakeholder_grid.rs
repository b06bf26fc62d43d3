//! The stakeholder map: influence against interest, four labelled quadrants,
//! stakeholders coloured by side.

use super::palette;
use crate::domain::stakeholder::{Side, Stakeholder};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Texts drawn on the grid, in the reader's language.
#[derive(Debug, Clone, Copy)]
pub struct GridLabels<'a> {
    pub influence: &'a str,
    pub interest: &'a str,
    pub manage_closely: &'a str,
    pub keep_satisfied: &'a str,
    pub keep_informed: &'a str,
    pub monitor: &'a str,
}

/// Where each stakeholder is drawn, in grid units (interest, influence). Stakeholders
/// sharing a cell are spread around its centre so none hides another.
pub fn grid_positions(stakeholders: &[Stakeholder]) -> Vec<(f64, f64)> {
    let cell = |s: &Stakeholder| (s.interest.get(), s.influence.get());
    stakeholders
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let same: Vec<usize> = (0..stakeholders.len())
                .filter(|&j| cell(&stakeholders[j]) == cell(s))
                .collect();
            let (x, y) = (f64::from(s.interest.get()), f64::from(s.influence.get()));
            if same.len() < 2 {
                return (x, y);
            }
            let k = same.iter().position(|&j| j == i).unwrap_or(0) as f64;
            let angle = k / same.len() as f64 * std::f64::consts::TAU;
            (x + 0.25 * angle.cos(), y + 0.25 * angle.sin())
        })
        .collect()
}

/// Draws the grid on `area`. The midlines sit at 2.5, so 3 counts as high, matching
/// [`Stakeholder::quadrant`].
pub fn draw_stakeholder_grid<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    stakeholders: &[Stakeholder],
    labels: &GridLabels,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let scale = super::checked_scale(scale);
    let px = |v: f64| super::scaled_px(v, scale);
    area.fill(&WHITE)?;
    let mut chart = ChartBuilder::on(area)
        .margin(px(10.0))
        .x_label_area_size(px(36.0))
        .y_label_area_size(px(36.0))
        .build_cartesian_2d(0.5f64..5.5f64, 0.5f64..5.5f64)?;
    chart
        .configure_mesh()
        .disable_mesh()
        .x_labels(5)
        .y_labels(5)
        .x_label_formatter(&|v| format!("{v:.0}"))
        .y_label_formatter(&|v| format!("{v:.0}"))
        .x_desc(labels.interest)
        .y_desc(labels.influence)
        .label_style(("sans-serif", 11.0 * scale))
        .axis_desc_style(("sans-serif", 12.0 * scale))
        .draw()?;

    let guide = palette::GUIDE.stroke_width(px(2.0));
    chart.draw_series(LineSeries::new([(2.5, 0.5), (2.5, 5.5)], guide))?;
    chart.draw_series(LineSeries::new([(0.5, 2.5), (5.5, 2.5)], guide))?;
    let font = ("sans-serif", 12.0 * scale)
        .into_font()
        .color(&palette::INK);
    chart.draw_series([
        Text::new(
            labels.manage_closely.to_owned(),
            (5.45, 5.45),
            font.clone().pos(Pos::new(HPos::Right, VPos::Top)),
        ),
        Text::new(
            labels.keep_satisfied.to_owned(),
            (0.55, 5.45),
            font.clone().pos(Pos::new(HPos::Left, VPos::Top)),
        ),
        Text::new(
            labels.keep_informed.to_owned(),
            (5.45, 0.55),
            font.clone().pos(Pos::new(HPos::Right, VPos::Bottom)),
        ),
        Text::new(
            labels.monitor.to_owned(),
            (0.55, 0.55),
            font.clone().pos(Pos::new(HPos::Left, VPos::Bottom)),
        ),
    ])?;

    let positions = grid_positions(stakeholders);
    for (s, &(x, y)) in stakeholders.iter().zip(&positions) {
        let colour = match s.side {
            Side::Consumer => palette::CONSUMER,
            Side::Provider => palette::PROVIDER,
        };
        chart.draw_series([Circle::new((x, y), px(7.0), colour.filled())])?;
        chart.draw_series([Text::new(
            s.name.clone(),
            (x, y - 0.18),
            ("sans-serif", 11.0 * scale)
                .into_font()
                .color(&colour)
                .pos(Pos::new(HPos::Center, VPos::Top)),
        )])?;
    }
    area.present()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::svg_probe::{circles, has_text};
    use crate::domain::bounded::Rating5;
    use crate::domain::stakeholder::StakeholderRole;
    use crate::domain::{Id, RelationshipType};

    fn s(id: &str, side: Side, influence: i64, interest: i64) -> Stakeholder {
        Stakeholder {
            id: Id::new(id).unwrap(),
            name: id.into(),
            role: StakeholderRole::Other,
            side,
            influence: Rating5::new(influence).unwrap(),
            interest: Rating5::new(interest).unwrap(),
            relationship: RelationshipType::Basic,
            notes: String::new(),
        }
    }

    const LABELS: GridLabels<'static> = GridLabels {
        influence: "Influence",
        interest: "Interest",
        manage_closely: "Manage closely",
        keep_satisfied: "Keep satisfied",
        keep_informed: "Keep informed",
        monitor: "Monitor",
    };

    #[test]
    fn stakeholders_sharing_a_cell_are_spread() {
        let list = [
            s("a", Side::Consumer, 4, 4),
            s("b", Side::Provider, 4, 4),
            s("c", Side::Provider, 1, 5),
        ];
        let p = grid_positions(&list);
        assert_ne!(p[0], p[1]);
        assert_eq!(p[2], (5.0, 1.0));
        assert!(
            p[0].0 > 2.5 && p[0].1 > 2.5 && p[1].0 > 2.5 && p[1].1 > 2.5,
            "stay in their quadrant"
        );
    }

    #[test]
    fn svg_places_each_stakeholder_in_its_quadrant_coloured_by_side() {
        let list = [
            s("Sponsor", Side::Consumer, 5, 5),
            s("Supplier", Side::Provider, 1, 1),
        ];
        let mut svg = String::new();
        {
            let area = SVGBackend::with_string(&mut svg, (500, 500)).into_drawing_area();
            draw_stakeholder_grid(&area, &list, &LABELS, 1.0).unwrap();
        }
        for text in [
            "Manage closely",
            "Keep satisfied",
            "Keep informed",
            "Monitor",
            "Influence",
            "Interest",
            "Sponsor",
            "Supplier",
        ] {
            assert!(has_text(&svg, text), "{text}");
        }
        let centre = |colour: RGBColor| circles(&svg, colour)[0];
        let (sx, sy) = centre(palette::CONSUMER);
        let (px, py) = centre(palette::PROVIDER);
        // Consumer sponsor top right (high interest, high influence); supplier bottom left.
        assert!(sx > 350.0 && sy < 150.0, "{sx},{sy}");
        assert!(px < 150.0 && py > 350.0, "{px},{py}");
    }
}
