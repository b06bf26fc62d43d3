//! Reading the file a user picked in an `<input type="file">`.

use wasm_bindgen::JsCast;

/// The input an event came from and the first file chosen in it.
pub fn chosen_file(event: &web_sys::Event) -> Option<(web_sys::HtmlInputElement, web_sys::File)> {
    let input = event
        .target()?
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()?;
    let file = input.files()?.get(0)?;
    Some((input, file))
}

/// The file's content as text, or `None` when the browser cannot read it.
pub async fn read_text(file: web_sys::File) -> Option<String> {
    wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|v| v.as_string())
}
