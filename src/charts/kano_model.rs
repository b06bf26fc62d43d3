//! The Kano model diagram: customer satisfaction against fulfilment, with the
//! must-be, one-dimensional and attractive curves, each labelled.

use super::palette;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The texts drawn on the diagram, already in the reader's language.
#[derive(Debug, Clone, Copy)]
pub struct KanoModelLabels<'a> {
    pub fulfilment: &'a str,
    pub absent: &'a str,
    pub fully_provided: &'a str,
    pub satisfaction: &'a str,
    pub delighted: &'a str,
    pub dissatisfied: &'a str,
    pub must_be: &'a str,
    pub one_dimensional: &'a str,
    pub attractive: &'a str,
}

/// The three curves, each as points `(fulfilment, satisfaction)` in −1..=1.
#[derive(Debug, Clone, PartialEq)]
pub struct KanoCurves {
    pub must_be: Vec<(f64, f64)>,
    pub one_dimensional: Vec<(f64, f64)>,
    pub attractive: Vec<(f64, f64)>,
}

/// Samples the textbook curves at `samples` points (at least 2):
/// attractive rises from neutral to delight, must-be rises from strong
/// dissatisfaction to neutral, one-dimensional is proportional.
pub fn kano_curves(samples: usize) -> KanoCurves {
    let samples = samples.max(2);
    let xs = (0..samples).map(move |i| -1.0 + 2.0 * i as f64 / (samples - 1) as f64);
    const STEEPNESS: f64 = 2.5;
    KanoCurves {
        must_be: xs
            .clone()
            .map(|x| (x, -(-STEEPNESS * (x + 1.0)).exp()))
            .collect(),
        one_dimensional: xs.clone().map(|x| (x, x * 0.95)).collect(),
        attractive: xs.map(|x| (x, (STEEPNESS * (x - 1.0)).exp())).collect(),
    }
}

/// Draws the Kano model on `area`. `scale` multiplies text sizes and line widths
/// (the device pixel ratio on a canvas, 1 elsewhere).
pub fn draw_kano_model<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    labels: &KanoModelLabels,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let scale = super::checked_scale(scale);
    let px = |v: f64| super::scaled_px(v, scale);
    let font = |size: f64| ("sans-serif", size * scale).into_font();
    area.fill(&WHITE)?;

    let mut chart = ChartBuilder::on(area)
        .margin(px(12.0))
        .x_label_area_size(px(34.0))
        .y_label_area_size(px(34.0))
        .build_cartesian_2d(-1.05f64..1.05f64, -1.1f64..1.1f64)?;

    // Axes through the neutral point.
    let guide = palette::GUIDE.stroke_width(px(1.0));
    chart.draw_series(LineSeries::new([(-1.05, 0.0), (1.05, 0.0)], guide))?;
    chart.draw_series(LineSeries::new([(0.0, -1.1), (0.0, 1.1)], guide))?;

    let curves = kano_curves(60);
    for (points, colour) in [
        (&curves.must_be, palette::MUST_BE),
        (&curves.one_dimensional, palette::ONE_DIMENSIONAL),
        (&curves.attractive, palette::ATTRACTIVE),
    ] {
        chart.draw_series(LineSeries::new(
            points.iter().copied(),
            colour.stroke_width(px(3.0)),
        ))?;
    }

    // Curve labels sit beside each curve, in its colour.
    let label = |text: &str, colour: RGBColor, at: (f64, f64), pos: Pos| {
        Text::new(text.to_owned(), at, font(14.0).color(&colour).pos(pos))
    };
    chart.draw_series([
        label(
            labels.attractive,
            palette::ATTRACTIVE,
            (-0.5, 0.06),
            Pos::new(HPos::Left, VPos::Bottom),
        ),
        label(
            labels.one_dimensional,
            palette::ONE_DIMENSIONAL,
            (-0.45, -0.58),
            Pos::new(HPos::Left, VPos::Top),
        ),
        label(
            labels.must_be,
            palette::MUST_BE,
            (0.5, -0.06),
            Pos::new(HPos::Left, VPos::Top),
        ),
    ])?;

    // Axis captions at the ends of each axis.
    let caption = |text: &str, at: (f64, f64), pos: Pos| {
        Text::new(
            text.to_owned(),
            at,
            font(12.0).color(&palette::INK).pos(pos),
        )
    };
    chart.draw_series([
        caption(
            labels.delighted,
            (0.03, 1.08),
            Pos::new(HPos::Left, VPos::Top),
        ),
        caption(
            labels.dissatisfied,
            (0.03, -1.08),
            Pos::new(HPos::Left, VPos::Bottom),
        ),
        caption(
            labels.absent,
            (-1.03, 0.04),
            Pos::new(HPos::Left, VPos::Bottom),
        ),
        caption(
            labels.fully_provided,
            (1.03, 0.04),
            Pos::new(HPos::Right, VPos::Bottom),
        ),
    ])?;

    // Axis titles in the label areas.
    let (width, height) = area.dim_in_pixel();
    let title_font = font(13.0).color(&palette::INK);
    area.draw(&Text::new(
        labels.fulfilment.to_owned(),
        ((width / 2) as i32, height as i32 - px(8.0) as i32),
        title_font.clone().pos(Pos::new(HPos::Center, VPos::Bottom)),
    ))?;
    area.draw(&Text::new(
        labels.satisfaction.to_owned(),
        (px(10.0) as i32, (height / 2) as i32),
        title_font
            .transform(FontTransform::Rotate270)
            .pos(Pos::new(HPos::Center, VPos::Top)),
    ))?;
    area.present()
}

#[cfg(test)]
mod tests {
    use super::*;

    const LABELS: KanoModelLabels<'static> = KanoModelLabels {
        fulfilment: "Fulfilment",
        absent: "Absent",
        fully_provided: "Fully provided",
        satisfaction: "Satisfaction",
        delighted: "Delighted",
        dissatisfied: "Dissatisfied",
        must_be: "Must-be",
        one_dimensional: "One-dimensional",
        attractive: "Attractive",
    };

    fn render_at(size: (u32, u32), scale: f64) -> String {
        let mut svg = String::new();
        {
            let area = SVGBackend::with_string(&mut svg, size).into_drawing_area();
            draw_kano_model(&area, &LABELS, scale).expect("drawing to SVG works");
        }
        svg
    }

    fn render() -> String {
        render_at((640, 480), 1.0)
    }

    /// Font size of the `<text>` element whose content is `label`.
    fn font_size(svg: &str, label: &str) -> f64 {
        let flat = svg.replace('\n', "");
        let end = flat.find(&format!(">{label}</text>")).expect("label drawn");
        let start = flat[..end].rfind("<text").unwrap();
        let attr = flat[start..end].split("font-size=\"").nth(1).unwrap();
        attr.split('"').next().unwrap().parse().unwrap()
    }

    /// The points of the polyline drawn in `colour`, in pixels.
    fn polyline_points(svg: &str, colour: RGBColor) -> Vec<(f64, f64)> {
        let stroke = format!(
            "stroke=\"#{:02X}{:02X}{:02X}\"",
            colour.0, colour.1, colour.2
        );
        let line = svg
            .lines()
            .find(|l| l.contains("<polyline") && l.contains(&stroke))
            .unwrap_or_else(|| panic!("no polyline with {stroke}"));
        let points = line
            .split("points=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        points
            .split_whitespace()
            .map(|p| {
                let (x, y) = p.split_once(',').unwrap();
                (x.parse().unwrap(), y.parse().unwrap())
            })
            .collect()
    }

    #[test]
    fn curves_have_their_textbook_shape() {
        let c = kano_curves(11);
        assert!(c.attractive[0].1.abs() < 0.01 && (c.attractive[10].1 - 1.0).abs() < 1e-9);
        assert!((c.must_be[0].1 + 1.0).abs() < 1e-9 && c.must_be[10].1.abs() < 0.01);
        assert!(c.one_dimensional[0].1 < -0.9 && c.one_dimensional[10].1 > 0.9);
        for curve in [&c.must_be, &c.one_dimensional, &c.attractive] {
            assert!(curve.windows(2).all(|w| w[1].1 > w[0].1), "curves rise");
        }
    }

    #[test]
    fn svg_has_three_labelled_curves_and_axis_captions() {
        let svg = render();
        for text in [
            "Must-be",
            "One-dimensional",
            "Attractive",
            "Fulfilment",
            "Satisfaction",
            "Delighted",
            "Dissatisfied",
            "Absent",
            "Fully provided",
        ] {
            assert!(
                crate::charts::svg_probe::has_text(&svg, text),
                "missing label {text}"
            );
        }
        for colour in [
            palette::MUST_BE,
            palette::ONE_DIMENSIONAL,
            palette::ATTRACTIVE,
        ] {
            assert_eq!(polyline_points(&svg, colour).len(), 60);
        }
    }

    #[test]
    fn drawn_curves_run_where_the_model_says() {
        let svg = render();
        // Screen y grows downwards: rising satisfaction means falling y.
        let attractive = polyline_points(&svg, palette::ATTRACTIVE);
        let must_be = polyline_points(&svg, palette::MUST_BE);
        let one_dim = polyline_points(&svg, palette::ONE_DIMENSIONAL);
        let neutral_y = one_dim[one_dim.len() / 2].1;
        assert!(
            (attractive[0].1 - neutral_y).abs() < 5.0,
            "attractive starts neutral"
        );
        assert!(
            attractive.last().unwrap().1 < neutral_y - 150.0,
            "attractive ends delighted"
        );
        assert!(
            must_be[0].1 > neutral_y + 150.0,
            "must-be starts dissatisfied"
        );
        assert!(
            (must_be.last().unwrap().1 - neutral_y).abs() < 5.0,
            "must-be ends neutral"
        );
        assert!(
            attractive[0].0 < attractive.last().unwrap().0,
            "drawn left to right"
        );
    }

    #[test]
    fn scale_enlarges_text() {
        let small = font_size(&render(), "Attractive");
        let large = font_size(&render_at((1280, 960), 2.0), "Attractive");
        assert!(small > 8.0, "{small}");
        assert!((large / small - 2.0).abs() < 0.01, "{small} -> {large}");
    }
}
