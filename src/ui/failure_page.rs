//! The plain screen that replaces a page after a panic (WebAssembly stops for good
//! then): built with DOM calls and text only, shared by the workbench's failure
//! screen and the respondent page's.

/// One control of the screen: its tag, its text and its attributes.
pub struct Action<'a> {
    /// `a` or `button`.
    pub tag: &'a str,
    /// What it says.
    pub text: &'a str,
    /// Its attributes, by name.
    pub attributes: Vec<(&'a str, &'a str)>,
}

impl<'a> Action<'a> {
    /// A button that reloads the page.
    pub fn reload(text: &'a str) -> Self {
        Self {
            tag: "button",
            text,
            attributes: vec![("onclick", "location.reload()")],
        }
    }
}

/// Replaces the page's body with `title`, `body` and `actions`, in a
/// `role="alert"` region.
pub fn show(title: &str, body: &str, actions: &[Action]) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(page) = document.body() else {
        return;
    };
    page.set_text_content(None);
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
    for part in [element("h1", title), element("p", body)]
        .into_iter()
        .flatten()
    {
        let _ = main.append_child(&part);
    }
    if let Ok(row) = document.create_element("p") {
        for action in actions {
            if let Some(control) = element(action.tag, action.text) {
                for (name, value) in &action.attributes {
                    let _ = control.set_attribute(name, value);
                }
                let _ = row.append_child(&control);
            }
        }
        let _ = main.append_child(&row);
    }
    let _ = page.append_child(&main);
}
