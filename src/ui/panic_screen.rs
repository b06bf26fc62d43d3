//! The failure screen. A panic in WebAssembly stops the app for good, so a panic
//! hook replaces the page with a plain screen, built with DOM calls and text only,
//! that says the data is safe and offers the workspace backup.

use super::failure_page::{self, Action};
use crate::i18n;
use crate::storage::{backup, BrowserStore, Repository};
use std::sync::Once;

static INSTALL: Once = Once::new();

/// Installs the panic hook (once).
pub fn install() {
    INSTALL.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            web_sys::console::error_1(&format!("DSV Studio: {info}").into());
            show_failure_screen();
        }));
    });
}

/// The backup of what is stored, as a `blob:` URL, if storage can be read.
fn stored_backup_url() -> Option<(String, String)> {
    let (_, workspace) = BrowserStore::open().and_then(Repository::open).ok()?;
    let stamp = String::from(js_sys::Date::new_0().to_iso_string());
    let text = backup::export(&workspace, &stamp).ok()?;
    let url = super::download::object_url("application/json", &text).ok()?;
    Some((url, backup::file_name(stamp.get(..10).unwrap_or("export"))))
}

fn show_failure_screen() {
    let t = i18n::current().texts();
    let backup = stored_backup_url();
    let mut actions = Vec::new();
    if let Some((url, file_name)) = &backup {
        actions.push(Action {
            tag: "a",
            text: t.crash_download,
            attributes: vec![("href", url), ("download", file_name), ("class", "button")],
        });
    }
    actions.push(Action::reload(t.crash_reload));
    failure_page::show(t.crash_title, t.crash_body, &actions);
}
