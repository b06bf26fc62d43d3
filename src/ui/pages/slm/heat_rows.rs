//! The heat map's rows, built with plain DOM calls.
//!
//! A dashboard of 150 targets × 12 periods is thousands of cells that never change
//! on their own: the whole body is rebuilt when the data, the language or the number
//! of rows shown changes. Building it directly (one template cell per status, cloned)
//! costs a fraction of a reactive view per cell. Every piece of user text goes in
//! through `set_text_content` or an attribute, never as HTML.

use super::charts::goal_text;
use super::names;
use crate::domain::slm::{Attainment, HeatMap};
use crate::i18n::{format_number, Lang, Texts};
use crate::ui::route::Route;
use wasm_bindgen::JsValue;
use web_sys::{Document, Element, Node};

/// One template cell per status: `<td class><span class="visually-hidden">name</span></td>`.
/// The symbol is drawn by the stylesheet (`td.att-met::before`, with empty alternative
/// text), so a cell is three nodes instead of five: the symbol for the eye, the name
/// for screen readers, never colour alone.
struct CellTemplates {
    met: Element,
    warning: Element,
    breached: Element,
    none: Element,
}

impl CellTemplates {
    fn new(doc: &Document, t: &Texts) -> Result<Self, JsValue> {
        let cell = |status: Attainment| -> Result<Element, JsValue> {
            let td = doc.create_element("td")?;
            td.set_class_name(names::class(status));
            let name = doc.create_element("span")?;
            name.set_class_name("visually-hidden");
            name.set_text_content(Some(names::status(t.slm, status)));
            td.append_child(&name)?;
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

/// Replaces the children of `body` with the first `shown` rows of `map`.
pub(super) fn fill(
    body: &Element,
    map: &HeatMap,
    shown: usize,
    t: &Texts,
    lang: Lang,
) -> Result<(), JsValue> {
    let doc = body
        .owner_document()
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let cells = CellTemplates::new(&doc, t)?;
    let periods: Vec<String> = map.periods.iter().map(ToString::to_string).collect();
    let rows = doc.create_document_fragment();
    for row in map.rows.iter().take(shown) {
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
        for (status, period) in row.cells.iter().zip(&periods) {
            let td: Node = cells.get(*status).clone_node_with_deep(true)?;
            if let Some(td) = wasm_bindgen::JsCast::dyn_ref::<Element>(&td) {
                td.set_attribute(
                    "title",
                    &(t.slm.cell_label)(&row.metric, period, names::status(t.slm, *status)),
                )?;
            }
            tr.append_child(&td)?;
        }
        let share = doc.create_element("td")?;
        share.set_class_name("share");
        share.set_text_content(Some(&(t.slm.share_met)(
            &format_number(lang, row.share.met as f64, 0),
            &format_number(lang, row.share.of as f64, 0),
        )));
        tr.append_child(&share)?;
        rows.append_child(&tr)?;
    }
    body.set_text_content(None);
    body.append_child(&rows)?;
    Ok(())
}
