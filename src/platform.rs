//! Browser glue outside storage: the clock, file downloads and file reading.

use crate::model::Timestamp;
use wasm_bindgen::{JsCast, JsValue};

/// Now, from the browser clock.
pub fn now() -> Timestamp {
    Timestamp(js_sys::Date::now() as i64)
}

/// Today's local date as (year, month 1–12, day).
pub fn today() -> (u32, u32, u32) {
    let date = js_sys::Date::new_0();
    (date.get_full_year(), date.get_month() + 1, date.get_date())
}

/// Offers `text` to the user as a downloaded file.
pub fn download_text(filename: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    // Revoking at once can cancel the download in some browsers; a minute is plenty.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(60),
    );
    Ok(())
}

/// Reads a picked file as text.
pub async fn read_file_text(file: &web_sys::File) -> Result<String, JsValue> {
    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await?;
    text.as_string()
        .ok_or_else(|| JsValue::from_str("not text"))
}

/// A timestamp as a Norwegian local date, "24.11.2026".
pub fn format_date(time: Timestamp) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(time.0 as f64));
    format!(
        "{:02}.{:02}.{}",
        date.get_date(),
        date.get_month() + 1,
        date.get_full_year()
    )
}
