//! The scanner's decoder, run in a Web Worker so decoding never blocks the page, and built as
//! its own wasm so it is not part of the first load (see `crate::platform::camera`).
//!
//! Protocol: the worker posts `"ready"` once loaded; then for each message
//! `{width, height, pixels}` (RGBA bytes, moved from a canvas) it posts back the array of the
//! texts of the QR codes found (often empty).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

fn field(data: &JsValue, name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(data, &JsValue::from_str(name)).ok()
}

/// The codes in one frame message; none for a malformed message.
fn decode(data: &JsValue) -> js_sys::Array {
    let size = |name| {
        field(data, name)
            .and_then(|v| v.as_f64())
            .map(|v| v as usize)
    };
    let found = js_sys::Array::new();
    let (Some(width), Some(height), Some(pixels)) =
        (size("width"), size("height"), field(data, "pixels"))
    else {
        return found;
    };
    let rgba = js_sys::Uint8Array::new(&pixels).to_vec();
    for text in gevinstverksted::scan::decode_rgba(width, height, &rgba) {
        found.push(&JsValue::from_str(&text));
    }
    found
}

fn main() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let _ = reply.post_message(&decode(&event.data()));
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str("ready"));
}
