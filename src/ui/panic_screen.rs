//! The failure screen. A panic in WebAssembly stops the app for good, so a panic
//! hook replaces the page with a plain screen, built with DOM calls and text only,
//! that says the data is safe and offers the workspace backup.

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
    let parts = [element("h1", t.crash_title), element("p", t.crash_body)];
    for part in parts.into_iter().flatten() {
        let _ = main.append_child(&part);
    }
    let actions = document.create_element("p").ok();
    if let Some(actions) = &actions {
        if let Some((url, file_name)) = stored_backup_url() {
            if let Some(link) = element("a", t.crash_download) {
                let _ = link.set_attribute("href", &url);
                let _ = link.set_attribute("download", &file_name);
                let _ = link.set_attribute("class", "button");
                let _ = actions.append_child(&link);
            }
        }
        if let Some(reload) = element("button", t.crash_reload) {
            let _ = reload.set_attribute("onclick", "location.reload()");
            let _ = actions.append_child(&reload);
        }
        let _ = main.append_child(actions);
    }
    let _ = body.append_child(&main);
}
