//! The heat map's rows, built with plain DOM calls.
//!
//! A dashboard of 150 targets × 12 periods is thousands of cells that never change
//! on their own: more rows are appended when more are shown, and the whole body is
//! rebuilt when the language changes (new data makes a new table). Building it
//! directly (one template cell per status, cloned) costs a fraction of a reactive view
//! per cell. Every piece of user text goes in
//! through `set_text_content` or an attribute, never as HTML.

use crate::domain::slm::{Attainment, HeatMap};
use crate::i18n::{format_number, Lang, Texts};
use crate::ui::pages::slm::charts::goal_text;
use crate::ui::pages::slm::names;
use crate::ui::route::Route;
use std::ops::Range;
use wasm_bindgen::JsValue;
use web_sys::{Document, Element};

/// One template cell per status: `<td class="att-met"></td>`. The stylesheet draws
/// the symbol with the status name as its alternative text (`td.att-met::before`,
/// `content: "✓" / var(--att-met)`), and [`status_names`] puts the names in the
/// language of the page on the table body. A cell is one element: the symbol for the
/// eye, the name for screen readers, never colour alone.
struct CellTemplates {
    met: Element,
    warning: Element,
    breached: Element,
    none: Element,
}

impl CellTemplates {
    fn new(doc: &Document) -> Result<Self, JsValue> {
        let cell = |status: Attainment| -> Result<Element, JsValue> {
            let td = doc.create_element("td")?;
            td.set_class_name(names::class(status));
            Ok(td)
        };
        Ok(Self {
            met: cell(Attainment::Met)?,
            warning: cell(Attainment::Warning)?,
            breached: cell(Attainment::Breached)?,
            none: cell(Attainment::NoData)?,
        })
    }

    fn get(&self, status: Attainment) -> &Element {
        match status {
            Attainment::Met => &self.met,
            Attainment::Warning => &self.warning,
            Attainment::Breached => &self.breached,
            Attainment::NoData => &self.none,
        }
    }
}

/// The custom properties naming each status for the stylesheet's alternative text:
/// `--att-met:"Met";--att-warning:"Warning";…`.
pub(super) fn status_names(t: &Texts) -> String {
    [
        Attainment::Met,
        Attainment::Warning,
        Attainment::Breached,
        Attainment::NoData,
    ]
    .into_iter()
    .map(|status| {
        format!(
            "--{}:{};",
            names::class(status),
            css_string(names::status(t.slm, status))
        )
    })
    .collect()
}

/// `text` as a quoted CSS string: quotes and backslashes escaped, line breaks and
/// other control characters written as hexadecimal escapes.
fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push_str(&format!("\\{:x} ", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// How many rows the window can show of the table whose body is `body`, counted from
/// the body's top (which this lays out) down to the window's bottom, plus one: the rows
/// the first frame needs. A body row is taken to be as tall as the head's row, at
/// least 16 px: both hold one line of text, as long as the stylesheet keeps their cells
/// from wrapping (`.heat-map th … white-space: nowrap`). At least 1.
pub(super) fn rows_in_view(body: &Element) -> usize {
    let window_height = web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let top = body.get_bounding_client_rect().top();
    let row_height = body
        .previous_element_sibling()
        .map_or(0.0, |head| head.get_bounding_client_rect().height())
        .max(16.0);
    let rows = ((window_height - top) / row_height).ceil();
    // `as` saturates: a huge or NaN count cannot wrap.
    if rows >= 1.0 {
        (rows as usize).saturating_add(1)
    } else {
        1
    }
}

/// Puts rows `rows` of `map` into `body`: after the rows already there, or instead of
/// them when `replace` is set (the first rows, or the rows shown in a new language).
pub(super) fn fill(
    body: &Element,
    map: &HeatMap,
    rows: Range<usize>,
    t: &Texts,
    lang: Lang,
    replace: bool,
) -> Result<(), JsValue> {
    let doc = body
        .owner_document()
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let cells = CellTemplates::new(&doc)?;
    let fragment = doc.create_document_fragment();
    let wanted = rows.end.saturating_sub(rows.start);
    for row in map.rows.iter().skip(rows.start).take(wanted) {
        let tr = doc.create_element("tr")?;
        let head = doc.create_element("th")?;
        head.set_attribute("scope", "row")?;
        let link = doc.create_element("a")?;
        link.set_attribute("href", &Route::Service(row.service_id.to_string()).href())?;
        link.set_text_content(Some(&format!(
            "{} · {} · {}",
            row.service, row.agreement, row.metric
        )));
        let goal = doc.create_element("span")?;
        goal.set_class_name("meta");
        goal.set_text_content(Some(&format!(
            " {}",
            goal_text(lang, row.direction, row.target, &row.unit)
        )));
        head.append_child(&link)?;
        head.append_child(&goal)?;
        tr.append_child(&head)?;
        for status in &row.cells {
            tr.append_child(&cells.get(*status).clone_node()?)?;
        }
        let share = doc.create_element("td")?;
        share.set_class_name("share");
        share.set_text_content(Some(&(t.slm.share_met)(
            &format_number(lang, row.share.met as f64, 0),
            &format_number(lang, row.share.of as f64, 0),
        )));
        tr.append_child(&share)?;
        fragment.append_child(&tr)?;
    }
    if replace {
        body.set_attribute("style", &status_names(t))?;
        body.set_text_content(None);
    }
    body.append_child(&fragment)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn css_strings_are_quoted_and_escaped() {
        assert_eq!(css_string("Met"), r#""Met""#);
        assert_eq!(css_string(r#"a "b" \ c"#), r#""a \"b\" \\ c""#);
        assert_eq!(css_string("a\nb"), r#""a\a b""#);
        assert_eq!(css_string("Выполнено"), r#""Выполнено""#);
    }

    #[test]
    fn status_names_follow_the_language() {
        let es = status_names(Lang::Es.texts());
        assert!(es.starts_with("--att-met:\"Cumplido\";"), "{es}");
        assert_eq!(es.matches(';').count(), 4);
        for class in ["att-met", "att-warning", "att-breached", "att-none"] {
            assert!(es.contains(&format!("--{class}:\"")), "{class} in {es}");
        }
    }
}
