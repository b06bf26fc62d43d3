//! The respondent page's failure screen. A panic in WebAssembly stops the page for
//! good, so a panic hook replaces it with a plain screen, built with DOM calls and
//! text only, in the page's language: the answers were not sent, and a reload starts
//! again (the link holds the whole survey).

use crate::i18n::Lang;
use crate::ui::failure_page::{self, Action};
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
    failure_page::show(
        t.crash_title,
        t.crash_body,
        &[Action::reload(t.crash_reload)],
    );
}
