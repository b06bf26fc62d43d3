//! Presentation mode, English.

use super::PresentTexts;

pub static TEXTS: PresentTexts = PresentTexts {
    present: "Present",
    region: "Presentation",
    previous: "Previous",
    next: "Next",
    exit: "Exit presentation",
    full_screen: "Full screen",
    keys_hint: "→ or Page Down: next · ← or Page Up: previous · Esc: exit",
    title_slide: "Title",
    summary_slide: "Summary",
    journey_insights: "What the journey tells us",
    step_empty: "No touchpoints in this step yet.",
    curve_table: "The curve so far, as a table",
    chart_table: "The chart as a table",
    respondents: "Respondents",
    features_heading: "Features",
    no_answers: "No answers for this feature yet.",
    by_category: "Features by category",
    not_found: "There is nothing to present here: it may have been deleted.",
    step_of: |n, of| format!("Step {n} of {of}"),
    slide_of: |n, of| format!("Slide {n} of {of}"),
    feature_of: |n, of| format!("Feature {n} of {of}"),
};
