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

/// The file's content as text (UTF-8; invalid bytes read as U+FFFD and a leading
/// byte-order mark dropped, as `Blob.text()` does), or `None` when the browser cannot
/// read it. The bytes are copied into wasm memory as they are: a JS string of a large
/// file would be re-encoded on the way (see `docs/performance.md`).
pub async fn read_text(file: web_sys::File) -> Option<String> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let mut text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    };
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    Some(text)
}
