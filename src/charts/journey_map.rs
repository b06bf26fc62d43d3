//! The whole journey map as one picture (PNG in the app, SVG download): step
//! headers, one column per touchpoint with its title, channel, pain points and
//! ideas, the experience curve across, and the backstage below the line of
//! visibility. Prompts for empty lanes are never drawn.

use super::experience_curve::{curve_layout, draw_experience_curve, CurveLabels};
use super::palette;
use crate::domain::journey::{Journey, Step};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Width of one touchpoint column, in pixels at scale 1.
pub const COLUMN_WIDTH: u32 = 170;
/// Width of the lane-label column.
pub const LABEL_WIDTH: u32 = 130;
/// Height of the whole picture.
pub const HEIGHT: u32 = 640;

/// Texts of the picture, in the reader's language.
#[derive(Debug, Clone, Copy)]
pub struct MapLabels<'a> {
    pub steps: &'a [&'a str; 7],
    pub channels: &'a [&'a str; 8],
    pub curve: &'a str,
    pub touchpoint: &'a str,
    pub channel: &'a str,
    pub pain: &'a str,
    pub ideas: &'a str,
    pub backstage: &'a str,
    pub moment: &'a str,
    pub positive: &'a str,
    pub negative: &'a str,
}

/// The size in pixels (at scale 1) of `journey`'s picture.
pub fn map_size(journey: &Journey) -> (u32, u32) {
    let columns = curve_layout(journey).columns as u32;
    (LABEL_WIDTH + columns * COLUMN_WIDTH, HEIGHT)
}

/// Cuts `text` to at most `max` characters, with an ellipsis when cut.
fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

/// Breaks `text` into at most `lines` lines of at most `width` characters, at spaces
/// where it can; the last line is clipped with an ellipsis when text remains.
fn wrap(text: &str, width: usize, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let needed =
            current.chars().count() + usize::from(!current.is_empty()) + word.chars().count();
        if needed <= width {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        } else {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            current = word.to_owned();
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    if out.len() > lines {
        let rest = out[lines - 1..].join(" ");
        out.truncate(lines - 1);
        out.push(clip(&rest, width));
    }
    out.into_iter().map(|l| clip(&l, width)).collect()
}

/// Draws `journey` on `area`, which should have [`map_size`] times `scale`.
pub fn draw_journey_map<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    journey: &Journey,
    labels: &MapLabels,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let scale = super::checked_scale(scale);
    let px = |v: u32| ((f64::from(v)) * scale).round() as u32;
    let pxi = |v: i32| ((f64::from(v)) * scale).round() as i32;
    area.fill(&WHITE)?;
    let layout = curve_layout(journey);
    let (left, right) = area.split_horizontally(px(LABEL_WIDTH));
    // Bands: step header, curve, title, channel, pains, ideas, visibility line, backstage.
    let bands = [46u32, 150, 60, 34, 120, 120, 14];
    let mut breaks = Vec::new();
    let mut y = 0;
    for b in bands {
        y += px(b);
        breaks.push(y);
    }
    let right_bands = right.split_by_breakpoints::<u32, u32, _, _>([], breaks.clone());
    let left_bands = left.split_by_breakpoints::<u32, u32, _, _>([], breaks);
    let font = |size: f64| {
        ("sans-serif", size * scale)
            .into_font()
            .color(&palette::INK)
    };

    let lane_names = [
        "",
        labels.curve,
        labels.touchpoint,
        labels.channel,
        labels.pain,
        labels.ideas,
        "",
        labels.backstage,
    ];
    for (band, name) in left_bands.iter().zip(lane_names) {
        band.fill(&RGBColor(0xF4, 0xF6, 0xF9))?;
        band.draw(&Text::new(name.to_owned(), (pxi(8), pxi(8)), font(12.0)))?;
    }

    // Step headers spanning their columns, and separators down the whole map.
    let col = |c: usize| pxi(COLUMN_WIDTH as i32) * c as i32;
    let full = px(HEIGHT) as i32;
    for (i, name) in labels.steps.iter().enumerate() {
        let (start, end) = (layout.step_bounds[i], layout.step_bounds[i + 1]);
        right_bands[0].draw(&Rectangle::new(
            [(col(start), 0), (col(end), px(46) as i32)],
            RGBColor(0xE8, 0xEC, 0xF2).filled(),
        ))?;
        right_bands[0].draw(&Text::new(
            clip(name, (end - start) * 18),
            (col(start) + pxi(6), pxi(14)),
            font(14.0),
        ))?;
        right.draw(&PathElement::new(
            vec![(col(start), 0), (col(start), full)],
            palette::GUIDE.stroke_width(px(2)),
        ))?;
    }

    let labels_curve = CurveLabels {
        positive: labels.positive,
        negative: labels.negative,
        overlay: None,
    };
    let all = layout.full_range();
    draw_experience_curve(&right_bands[1], &layout, None, &labels_curve, scale, all)?;

    // One column per touchpoint, in layout order.
    let touchpoints = Step::ALL
        .into_iter()
        .flat_map(|s| journey.touchpoints_in(s));
    for (point, t) in layout.points.iter().zip(touchpoints) {
        let x = pxi((point.x * f64::from(COLUMN_WIDTH)) as i32 - COLUMN_WIDTH as i32 / 2 + 6);
        let title = if t.moment_of_truth {
            format!("★ {}", t.title)
        } else {
            t.title.clone()
        };
        for (row, line) in wrap(&title, 24, 2).into_iter().enumerate() {
            right_bands[2].draw(&Text::new(line, (x, pxi(8 + 18 * row as i32)), font(12.0)))?;
        }
        let channel = crate::domain::journey::Channel::ALL
            .iter()
            .position(|c| *c == t.channel)
            .map_or("", |i| labels.channels[i]);
        right_bands[3].draw(&Text::new(channel.to_owned(), (x, pxi(8)), font(11.0)))?;
        for (band, items) in [
            (&right_bands[4], &t.pain_points),
            (&right_bands[5], &t.improvement_ideas),
        ] {
            let lines = items
                .iter()
                .flat_map(|item| wrap(&format!("• {item}"), 26, 2));
            for (row, line) in lines.take(6).enumerate() {
                band.draw(&Text::new(line, (x, pxi(6 + 18 * row as i32)), font(11.0)))?;
            }
        }
        right_bands[7].draw(&Text::new(clip(&t.backstage, 24), (x, pxi(8)), font(11.0)))?;
    }
    right_bands[6].fill(&RGBColor(0xF4, 0xE3, 0xE3))?;
    let (w, _) = area.dim_in_pixel();
    area.draw(&Text::new(
        labels.moment.to_owned(),
        ((w as i32) - pxi(8), full - pxi(8)),
        font(11.0).pos(Pos::new(HPos::Right, VPos::Bottom)),
    ))?;
    area.present()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::svg_probe::has_text;
    use crate::domain::examples::example_journey;
    use crate::domain::Id;

    const STEPS: [&str; 7] = [
        "Explore",
        "Engage",
        "Offer",
        "Agree",
        "Onboard",
        "Co-create",
        "Realize",
    ];
    const CHANNELS_EN: [&str; 8] = [
        "Web",
        "Mobile app",
        "E-mail",
        "Phone",
        "Chat",
        "In person",
        "Self-service portal",
        "Other",
    ];

    fn labels() -> MapLabels<'static> {
        MapLabels {
            steps: &STEPS,
            channels: &CHANNELS_EN,
            curve: "Experience curve",
            touchpoint: "Touchpoint",
            channel: "Channel",
            pain: "Pain points",
            ideas: "Improvement ideas",
            backstage: "Backstage",
            moment: "★ moment of truth",
            positive: "+2",
            negative: "−2",
        }
    }

    #[test]
    fn svg_holds_steps_titles_pains_and_the_curve() {
        let mut n = 0;
        let (journey, _) = example_journey("en", |p| {
            n += 1;
            Id::from_random(p, n)
        });
        let (w, h) = map_size(&journey);
        assert_eq!((w, h), (130 + 15 * 170, 640));
        let mut svg = String::new();
        {
            let area = SVGBackend::with_string(&mut svg, (w, h)).into_drawing_area();
            draw_journey_map(&area, &journey, &labels(), 1.0).unwrap();
        }
        for text in [
            "Explore",
            "Realize",
            "Experience curve",
            "Backstage",
            "★ Laptop ready on the",
            "first day",
            "• Laptop arrives on day",
            "three",
        ] {
            assert!(has_text(&svg, text), "missing {text}");
        }
        assert_eq!(
            svg.matches("<circle").count(),
            15 + 1,
            "15 points and one moment-of-truth ring"
        );
    }

    #[test]
    fn wrap_breaks_at_spaces_and_clips_the_last_line() {
        assert_eq!(wrap("one two three four", 9, 2), ["one two", "three fo…"]);
        assert_eq!(wrap("short", 24, 2), ["short"]);
        assert_eq!(wrap("averyveryverylongword", 8, 2), ["averyve…"]);
    }

    #[test]
    fn clip_counts_characters_not_bytes() {
        assert_eq!(clip("Ноутбук готов", 7), "Ноутбу…");
        assert_eq!(clip("short", 24), "short");
    }
}
