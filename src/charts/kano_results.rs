//! Charts of a Kano analysis: stacked category bars per feature, Better against
//! |Worse| with the four quadrants, and the continuous analysis (mean functional
//! against mean dysfunctional score). Every text is passed in by the caller.

use super::palette;
use crate::domain::kano::{Category, FeatureResult};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The colour of a category.
pub fn category_colour(category: Category) -> RGBColor {
    match category {
        Category::A => palette::ATTRACTIVE,
        Category::O => palette::ONE_DIMENSIONAL,
        Category::M => palette::MUST_BE,
        Category::I => palette::INDIFFERENT,
        Category::R => palette::REVERSE,
        Category::Q => palette::QUESTIONABLE,
    }
}

/// Names of the six categories, in the reader's language.
#[derive(Debug, Clone, Copy)]
pub struct CategoryNames<'a> {
    pub attractive: &'a str,
    pub one_dimensional: &'a str,
    pub must_be: &'a str,
    pub indifferent: &'a str,
    pub reverse: &'a str,
    pub questionable: &'a str,
}

impl CategoryNames<'_> {
    fn of(&self, category: Category) -> &str {
        match category {
            Category::A => self.attractive,
            Category::O => self.one_dimensional,
            Category::M => self.must_be,
            Category::I => self.indifferent,
            Category::R => self.reverse,
            Category::Q => self.questionable,
        }
    }
}

/// Texts of the stacked bar chart.
#[derive(Debug, Clone, Copy)]
pub struct CategoryBarLabels<'a> {
    pub categories: CategoryNames<'a>,
    /// The value axis, e.g. "Share of answers (%)".
    pub share: &'a str,
}

/// Draws one horizontal bar per feature, split into the shares of A, O, M, I, R and Q,
/// with a legend. Features without answers get an empty bar.
pub fn draw_category_bars<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    features: &[FeatureResult],
    labels: &CategoryBarLabels,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let scale = super::checked_scale(scale);
    let px = |v: f64| super::scaled_px(v, scale);
    area.fill(&WHITE)?;
    let (legend_area, chart_area) = area.split_vertically(px(30.0));
    let longest = features
        .iter()
        .map(|f| f.name.chars().count())
        .max()
        .unwrap_or(0)
        .min(40) as f64;
    let rows = features.len().max(1) as f64;
    let mut chart = ChartBuilder::on(&chart_area)
        .margin(px(8.0))
        .x_label_area_size(px(34.0))
        .y_label_area_size(px(12.0 + longest * 6.5))
        .build_cartesian_2d(0f64..100f64, 0f64..rows)?;
    let names: Vec<String> = features.iter().map(|f| f.name.clone()).collect();
    let row_label = |y: &f64| {
        let i = (rows - y - 0.5).round();
        if (y.fract() - 0.5).abs() < 1e-6 && i >= 0.0 {
            names
                .get(i as usize)
                .map(|n| n.chars().take(40).collect())
                .unwrap_or_default()
        } else {
            String::new()
        }
    };
    chart
        .configure_mesh()
        .disable_mesh()
        .x_labels(6)
        .y_labels(features.len().max(1) * 2 + 1)
        .y_label_formatter(&row_label)
        .x_label_formatter(&|v| format!("{v:.0}"))
        .x_desc(labels.share)
        .label_style(("sans-serif", 11.0 * scale))
        .axis_desc_style(("sans-serif", 12.0 * scale))
        .draw()?;
    for (i, f) in features.iter().enumerate() {
        let n = f64::from(f.n);
        if n <= 0.0 {
            continue;
        }
        let top = rows - i as f64 - 0.15;
        let bottom = rows - i as f64 - 0.85;
        let mut start = 0.0;
        for c in Category::ALL {
            let share = f64::from(f.counts.get(c)) / n * 100.0;
            if share > 0.0 && share.is_finite() {
                chart.draw_series([Rectangle::new(
                    [(start, bottom), (start + share, top)],
                    category_colour(c).filled(),
                )])?;
                start += share;
            }
        }
    }
    // Legend: a swatch and the category's name, never colour alone.
    let font = ("sans-serif", 11.0 * scale)
        .into_font()
        .color(&palette::INK);
    let (width, _) = legend_area.dim_in_pixel();
    let step = f64::from(width) / 6.0;
    for (k, c) in Category::ALL.into_iter().enumerate() {
        let x = (k as f64 * step) as i32 + px(8.0) as i32;
        let y = px(10.0) as i32;
        let size = px(10.0) as i32;
        legend_area.draw(&Rectangle::new(
            [(x, y), (x + size, y + size)],
            category_colour(c).filled(),
        ))?;
        legend_area.draw(&Text::new(
            labels.categories.of(c).to_owned(),
            (x + size + px(4.0) as i32, y + size / 2),
            font.clone().pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
    }
    area.present()
}

/// Texts of the Better/Worse chart.
#[derive(Debug, Clone, Copy)]
pub struct BetterWorseLabels<'a> {
    /// Horizontal axis, e.g. "|Worse| (dissatisfaction when absent)".
    pub worse: &'a str,
    /// Vertical axis, e.g. "Better (satisfaction when present)".
    pub better: &'a str,
    pub attractive: &'a str,
    pub one_dimensional: &'a str,
    pub must_be: &'a str,
    pub indifferent: &'a str,
}

/// Radius of a point for a mean importance 1–9 (none: the size of importance 3).
pub fn importance_radius(importance: Option<f64>) -> f64 {
    let i = importance
        .filter(|i| i.is_finite())
        .unwrap_or(3.0)
        .clamp(1.0, 9.0);
    4.0 + (i - 1.0)
}

/// Draws Better (vertical) against |Worse| (horizontal), both 0–1, with the quadrants
/// split at 0.5 and labelled; each feature is a point sized by its mean importance.
/// Features without Better/Worse are left out.
pub fn draw_better_worse<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    features: &[FeatureResult],
    labels: &BetterWorseLabels,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let scale = super::checked_scale(scale);
    let px = |v: f64| super::scaled_px(v, scale);
    area.fill(&WHITE)?;
    let mut chart = ChartBuilder::on(area)
        .margin(px(12.0))
        .x_label_area_size(px(36.0))
        .y_label_area_size(px(40.0))
        .build_cartesian_2d(0f64..1f64, 0f64..1f64)?;
    chart
        .configure_mesh()
        .disable_mesh()
        .x_labels(5)
        .y_labels(5)
        .x_label_formatter(&|v| format!("{v:.1}"))
        .y_label_formatter(&|v| format!("{v:.1}"))
        .x_desc(labels.worse)
        .y_desc(labels.better)
        .label_style(("sans-serif", 11.0 * scale))
        .axis_desc_style(("sans-serif", 12.0 * scale))
        .draw()?;
    let guide = palette::GUIDE.stroke_width(px(1.0));
    chart.draw_series(LineSeries::new([(0.5, 0.0), (0.5, 1.0)], guide))?;
    chart.draw_series(LineSeries::new([(0.0, 0.5), (1.0, 0.5)], guide))?;
    let font = |colour: RGBColor| ("sans-serif", 12.0 * scale).into_font().color(&colour);
    chart.draw_series([
        Text::new(
            labels.attractive.to_owned(),
            (0.02, 0.98),
            font(palette::ATTRACTIVE).pos(Pos::new(HPos::Left, VPos::Top)),
        ),
        Text::new(
            labels.one_dimensional.to_owned(),
            (0.98, 0.98),
            font(palette::ONE_DIMENSIONAL).pos(Pos::new(HPos::Right, VPos::Top)),
        ),
        Text::new(
            labels.must_be.to_owned(),
            (0.98, 0.02),
            font(palette::MUST_BE).pos(Pos::new(HPos::Right, VPos::Bottom)),
        ),
        Text::new(
            labels.indifferent.to_owned(),
            (0.02, 0.02),
            font(palette::INDIFFERENT).pos(Pos::new(HPos::Left, VPos::Bottom)),
        ),
    ])?;
    for f in features {
        let (Some(better), Some(worse)) = (f.better, f.worse) else {
            continue;
        };
        if !better.is_finite() || !worse.is_finite() {
            continue;
        }
        let point = (worse.abs().clamp(0.0, 1.0), better.clamp(0.0, 1.0));
        let colour = f.category.map_or(palette::INK, category_colour);
        for whisker in whiskers(f, point) {
            chart.draw_series(LineSeries::new(whisker, colour.stroke_width(px(1.5))))?;
        }
        chart.draw_series([Circle::new(
            point,
            px(importance_radius(f.importance)),
            colour.mix(0.75).filled(),
        )])?;
        chart.draw_series([Text::new(
            f.name.clone(),
            (point.0, point.1 - 0.03),
            ("sans-serif", 11.0 * scale)
                .into_font()
                .color(&palette::INK)
                .pos(Pos::new(HPos::Center, VPos::Top)),
        )])?;
    }
    area.present()
}

/// The 95 % interval whiskers of a feature at `point` (|Worse|, Better): a vertical
/// one for Better and a horizontal one for |Worse|, each with short end caps, clamped
/// to 0–1; none where an interval is missing or not finite.
fn whiskers(f: &FeatureResult, point: (f64, f64)) -> Vec<Vec<(f64, f64)>> {
    const CAP: f64 = 0.012;
    let finite = |i: &crate::domain::kano::Interval| i.low.is_finite() && i.high.is_finite();
    let mut out = Vec::new();
    if let Some(i) = f.better_interval.filter(finite) {
        let (low, high) = (i.low.clamp(0.0, 1.0), i.high.clamp(0.0, 1.0));
        out.push(vec![(point.0, low), (point.0, high)]);
        for y in [low, high] {
            out.push(vec![(point.0 - CAP, y), (point.0 + CAP, y)]);
        }
    }
    if let Some(i) = f.worse_interval.filter(finite) {
        let (low, high) = (i.high.abs().clamp(0.0, 1.0), i.low.abs().clamp(0.0, 1.0));
        out.push(vec![(low, point.1), (high, point.1)]);
        for x in [low, high] {
            out.push(vec![(x, point.1 - CAP), (x, point.1 + CAP)]);
        }
    }
    out
}

/// Texts of the continuous-analysis chart.
#[derive(Debug, Clone, Copy)]
pub struct ContinuousLabels<'a> {
    /// Horizontal axis: mean dysfunctional score.
    pub dysfunctional: &'a str,
    /// Vertical axis: mean functional score.
    pub functional: &'a str,
}

/// Draws each feature at (mean dysfunctional, mean functional), both on −2..4, with
/// guide lines at 0. Features without answers are left out.
pub fn draw_continuous<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    features: &[FeatureResult],
    labels: &ContinuousLabels,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let scale = super::checked_scale(scale);
    let px = |v: f64| super::scaled_px(v, scale);
    area.fill(&WHITE)?;
    let mut chart = ChartBuilder::on(area)
        .margin(px(12.0))
        .x_label_area_size(px(36.0))
        .y_label_area_size(px(36.0))
        .build_cartesian_2d(-2f64..4f64, -2f64..4f64)?;
    chart
        .configure_mesh()
        .disable_mesh()
        .x_labels(7)
        .y_labels(7)
        .x_label_formatter(&|v| format!("{v:.0}"))
        .y_label_formatter(&|v| format!("{v:.0}"))
        .x_desc(labels.dysfunctional)
        .y_desc(labels.functional)
        .label_style(("sans-serif", 11.0 * scale))
        .axis_desc_style(("sans-serif", 12.0 * scale))
        .draw()?;
    let guide = palette::GUIDE.stroke_width(px(1.0));
    chart.draw_series(LineSeries::new([(0.0, -2.0), (0.0, 4.0)], guide))?;
    chart.draw_series(LineSeries::new([(-2.0, 0.0), (4.0, 0.0)], guide))?;
    for f in features {
        let (Some(x), Some(y)) = (f.mean_dysfunctional, f.mean_functional) else {
            continue;
        };
        if !x.is_finite() || !y.is_finite() {
            continue;
        }
        let point = (x.clamp(-2.0, 4.0), y.clamp(-2.0, 4.0));
        let colour = f.category.map_or(palette::INK, category_colour);
        chart.draw_series([Circle::new(point, px(6.0), colour.filled())])?;
        chart.draw_series([Text::new(
            f.name.clone(),
            (point.0, point.1 - 0.12),
            ("sans-serif", 11.0 * scale)
                .into_font()
                .color(&palette::INK)
                .pos(Pos::new(HPos::Center, VPos::Top)),
        )])?;
    }
    area.present()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::svg_probe::{circles, has_text};
    use crate::domain::kano::analysis::result_from_counts;
    use crate::domain::kano::CategoryCounts;
    use crate::domain::Id;

    const NAMES: CategoryNames<'static> = CategoryNames {
        attractive: "Attractive",
        one_dimensional: "One-dimensional",
        must_be: "Must-be",
        indifferent: "Indifferent",
        reverse: "Reverse",
        questionable: "Questionable",
    };

    fn feature(name: &str, counts: [u32; 6]) -> FeatureResult {
        result_from_counts(Id::new("f").unwrap(), name.into(), CategoryCounts(counts))
    }

    fn svg(draw: impl FnOnce(&DrawingArea<SVGBackend, Shift>)) -> String {
        let mut out = String::new();
        {
            let area = SVGBackend::with_string(&mut out, (600, 400)).into_drawing_area();
            draw(&area);
        }
        out
    }

    fn hex(c: RGBColor) -> String {
        format!("fill=\"#{:02X}{:02X}{:02X}\"", c.0, c.1, c.2)
    }

    #[test]
    fn bars_show_each_category_with_a_legend() {
        let features = [
            feature("Password reset", [1, 2, 10, 1, 0, 0]),
            feature("Chatbot", [8, 0, 0, 5, 2, 1]),
            feature("Unanswered", [0; 6]),
        ];
        let labels = CategoryBarLabels {
            categories: NAMES,
            share: "Share of answers (%)",
        };
        let out = svg(|a| draw_category_bars(a, &features, &labels, 1.0).unwrap());
        for text in [
            "Attractive",
            "Must-be",
            "Questionable",
            "Password reset",
            "Chatbot",
            "Share of answers (%)",
        ] {
            assert!(has_text(&out, text), "{text}");
        }
        for c in Category::ALL {
            assert!(out.contains(&hex(category_colour(c))), "{c:?}");
        }
    }

    #[test]
    fn better_worse_places_features_in_their_quadrant_sized_by_importance() {
        let mut must = feature("Reset", [0, 1, 9, 0, 0, 0]);
        must.importance = Some(9.0);
        let delight = feature("Bot", [9, 1, 0, 0, 0, 0]);
        let labels = BetterWorseLabels {
            worse: "|Worse|",
            better: "Better",
            attractive: "Attractive",
            one_dimensional: "One-dimensional",
            must_be: "Must-be",
            indifferent: "Indifferent",
        };
        let out = svg(|a| draw_better_worse(a, &[must, delight], &labels, 1.0).unwrap());
        for text in [
            "Attractive",
            "One-dimensional",
            "Must-be",
            "Indifferent",
            "Reset",
            "Bot",
        ] {
            assert!(has_text(&out, text), "{text}");
        }
        // Must-be: low Better, high |Worse| → bottom right.
        let must_points = circles(&out, palette::MUST_BE);
        let attractive_points = circles(&out, palette::ATTRACTIVE);
        assert_eq!((must_points.len(), attractive_points.len()), (1, 1));
        let ((mx, my), (ax, ay)) = (must_points[0], attractive_points[0]);
        assert!(mx > 300.0 && my > 200.0, "{mx},{my}");
        assert!(ax < 300.0 && ay < 200.0, "{ax},{ay}");
        assert!(out.contains(&format!("r=\"{}\"", importance_radius(Some(9.0)))));
    }

    #[test]
    fn better_worse_draws_each_features_95_percent_whiskers() {
        // A 5, O 3, M 6, I 4: Better 8/18 in 0.2456–0.6628, |Worse| 9/18 in 0.2903–0.7097.
        let f = feature("Chat", [5, 3, 6, 4, 0, 0]);
        let point = (0.5, 8.0 / 18.0);
        let w = whiskers(&f, point);
        assert_eq!(w.len(), 6);
        let (b, x) = (&w[0], &w[3]);
        assert!((b[0].1 - 0.245595).abs() < 1e-6 && (b[1].1 - 0.662836).abs() < 1e-6);
        assert!(b.iter().all(|p| p.0 == 0.5));
        assert!((x[0].0 - 0.290310).abs() < 1e-6 && (x[1].0 - 0.709690).abs() < 1e-6);
        assert!(x.iter().all(|p| p.1 == point.1));
        let labels = BetterWorseLabels {
            worse: "|Worse|",
            better: "Better",
            attractive: "A",
            one_dimensional: "O",
            must_be: "M",
            indifferent: "I",
        };
        let out = svg(|a| draw_better_worse(a, std::slice::from_ref(&f), &labels, 1.0).unwrap());
        let stroke = hex(category_colour(Category::M)).replace("fill", "stroke");
        let lines = out
            .lines()
            .filter(|l| l.contains("<polyline") && l.contains(&stroke))
            .count();
        assert_eq!(lines, 6, "{out}");
        // Without answers there is nothing to whisker.
        assert!(whiskers(&feature("None", [0, 0, 0, 0, 0, 2]), (0.0, 0.0)).is_empty());
    }

    #[test]
    fn continuous_chart_and_empty_or_nan_data_do_not_panic() {
        let mut f = feature("Chat", [1, 0, 0, 0, 0, 0]);
        f.mean_functional = Some(4.0);
        f.mean_dysfunctional = Some(0.0);
        let mut broken = feature("Broken", [1, 0, 0, 0, 0, 0]);
        broken.mean_functional = Some(f64::NAN);
        broken.better = Some(f64::NAN);
        let labels = ContinuousLabels {
            dysfunctional: "Dysfunctional",
            functional: "Functional",
        };
        let out = svg(|a| draw_continuous(a, &[f, broken.clone()], &labels, 1.0).unwrap());
        assert!(has_text(&out, "Chat") && !has_text(&out, "Broken"));
        assert_eq!(circles(&out, palette::ATTRACTIVE).len(), 1);
        let bw = BetterWorseLabels {
            worse: "w",
            better: "b",
            attractive: "a",
            one_dimensional: "o",
            must_be: "m",
            indifferent: "i",
        };
        svg(|a| draw_better_worse(a, &[broken.clone()], &bw, f64::NAN).unwrap());
        svg(|a| draw_continuous(a, &[], &labels, 1.0).unwrap());
        let bars = CategoryBarLabels {
            categories: NAMES,
            share: "%",
        };
        svg(|a| draw_category_bars(a, &[], &bars, 0.0).unwrap());
    }
}
