//! "Skann QR-kode": reads a share link from the camera where the browser can
//! (`BarcodeDetector`); elsewhere it says to use the phone's own camera app, which opens the
//! link in the browser just as well.

use crate::i18n::t;
use crate::platform;
use crate::share::link;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::time::Duration;

#[derive(Clone, Copy, PartialEq)]
enum ScanState {
    Closed,
    Scanning,
    Unsupported,
    Failed,
}

/// Calls `on_link` with the data of the first share link seen. `label` names the button when
/// there are several on a page ("Skann QR-kode for Kari").
#[component]
pub fn QrScanner(
    on_link: Callback<String>,
    #[prop(optional, into)] label: Option<String>,
) -> impl IntoView {
    let t = t();
    let state = RwSignal::new(ScanState::Closed);
    let video: NodeRef<leptos::html::Video> = NodeRef::new();
    let stream = StoredValue::new_local(None::<wasm_bindgen::JsValue>);
    // `try_` throughout: the scan loop and the cleanup can run after the user has left the
    // screen, when these values are gone.
    let stop = move || {
        if let Some(Some(s)) = stream.try_get_value() {
            platform::stop_camera(&s);
        }
        let _ = stream.try_set_value(None);
    };
    on_cleanup(stop);
    let start = move |_| {
        if state.get_untracked() == ScanState::Scanning {
            stop();
            state.set(ScanState::Closed);
            return;
        }
        if !platform::can_scan_qr() {
            state.set(ScanState::Unsupported);
            return;
        }
        state.set(ScanState::Scanning);
        spawn_local(async move {
            // The video element is in the DOM once the state change has rendered.
            platform::sleep(Duration::from_millis(50)).await;
            let Some(element) = video.get_untracked() else {
                return;
            };
            let element: web_sys::HtmlElement = element.into();
            match platform::start_camera(&element).await {
                Ok(s) => {
                    if stream.try_set_value(Some(s.clone())).is_some() {
                        platform::stop_camera(&s); // left the screen while the camera started
                        return;
                    }
                }
                Err(_) => {
                    state.set(ScanState::Failed);
                    return;
                }
            }
            while state.try_get_untracked() == Some(ScanState::Scanning) {
                if let Some(text) = platform::detect_qr(&element).await {
                    if let Some(data) = link::data_of(&text) {
                        stop();
                        state.set(ScanState::Closed);
                        on_link.run(data.to_owned());
                        return;
                    }
                }
                platform::sleep(Duration::from_millis(300)).await;
            }
        });
    };
    view! {
        <div class="qr-scanner">
            <button type="button" class="button" on:click=start>
                {move || if state.get() == ScanState::Scanning { t.scan_stop.to_owned() } else { label.clone().unwrap_or_else(|| t.scan_qr.to_owned()) }}
            </button>
            <div hidden=move || state.get() != ScanState::Scanning>
                <video node_ref=video class="scan-video" muted=true playsinline=true aria-label=t.scan_video_label></video>
                <p class="hint">{t.scan_hint}</p>
            </div>
            <p role="status" aria-live="polite" class="hint">
                {move || match state.get() {
                    ScanState::Unsupported => Some(t.scan_unsupported),
                    ScanState::Failed => Some(t.scan_failed),
                    _ => None,
                }}
            </p>
        </div>
    }
}
