//! The respondent page's failure screen. A panic in WebAssembly stops the page for
//! good, so a panic hook replaces it with a plain screen, built with DOM calls and
//! text only, in the page's language: the answers were not sent, and a reload starts
//! again (the link holds the whole survey).

use crate::i18n::Lang;
use std::cell::Cell;
use std::sync::Once;

static INSTALL: Once = Once::new();

thread_local! {
    /// The language of the survey shown, once one is.
    static SHOWN: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Notes the language the page is shown in (the survey's).
pub(super) fn note_lang(lang: Lang) {
    SHOWN.with(|shown| shown.set(Some(lang)));
}

/// Installs the panic hook (once).
pub fn install() {
    INSTALL.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            web_sys::console::error_1(&format!("DSV Studio questionnaire: {info}").into());
            show();
        }));
    });
}

/// The language the page is shown in: the survey's once one is shown, else the
/// browser's.
fn page_lang() -> Lang {
    SHOWN
        .try_with(Cell::get)
        .ok()
        .flatten()
        .unwrap_or_else(super::browser_lang)
}

fn show() {
    let t = page_lang().answer_texts();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    body.set_text_content(None);
    let element = |tag: &str, text: &str| {
        let el = document.create_element(tag).ok()?;
        el.set_text_content(Some(text));
        Some(el)
    };
    let Ok(main) = document.create_element("main") else {
        return;
    };
    let _ = main.set_attribute("class", "failure-screen");
    let _ = main.set_attribute("role", "alert");
    let reload = element("button", t.crash_reload);
    if let Some(button) = &reload {
        let _ = button.set_attribute("onclick", "location.reload()");
    }
    let parts = [
        element("h1", t.crash_title),
        element("p", t.crash_body),
        reload,
    ];
    for part in parts.into_iter().flatten() {
        let _ = main.append_child(&part);
    }
    let _ = body.append_child(&main);
}
