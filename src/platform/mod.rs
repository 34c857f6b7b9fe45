//! Browser glue outside storage: the clock, file downloads and file reading; the camera and
//! its QR decoding are in [`camera`].

pub mod camera;

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

/// Today's local date as `YYYY-MM-DD`, as date inputs and the model write it.
pub fn today_iso() -> String {
    let (y, m, d) = today();
    format!("{y:04}-{m:02}-{d:02}")
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

/// The files picked in the `<input type="file">` that fired `event`, and clears it, so
/// picking the same file again fires `change` again.
pub fn take_picked_files(event: &web_sys::Event) -> Vec<web_sys::File> {
    let Some(input) = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let files = input
        .files()
        .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
        .unwrap_or_default();
    input.set_value("");
    files
}

/// Reads a picked file as text.
pub async fn read_file_text(file: &web_sys::File) -> Result<String, JsValue> {
    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await?;
    text.as_string()
        .ok_or_else(|| JsValue::from_str("not text"))
}

/// A timestamp as a Norwegian local date, "24.11.2026".
pub fn format_date(time: Timestamp) -> String {
    let (y, m, d) = local_day(time);
    crate::i18n::format_day(d, m, y as i32)
}

/// The local day of a moment, as `(year, month, day)`.
pub fn local_day(time: Timestamp) -> (u32, u32, u32) {
    let date = js_sys::Date::new(&JsValue::from_f64(time.0 as f64));
    (date.get_full_year(), date.get_month() + 1, date.get_date())
}

thread_local! {
    static SW_REGISTRATION: std::cell::RefCell<Option<web_sys::ServiceWorkerRegistration>> =
        const { std::cell::RefCell::new(None) };
}

/// Registers the service worker (`sw.js`, generated at build time) that makes the app load
/// offline. Calls `on_update_ready` when a new version has been downloaded and waits for the
/// user's go-ahead. Debug builds (`trunk serve`) skip this, so development never serves stale
/// files.
pub fn register_service_worker(on_update_ready: impl Fn() + Clone + 'static) {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        // On a first visit the loader keeps a copy of the wasm it downloaded for the worker's
        // install (scripts/post-build.mjs); register once that copy is stored, so the install
        // takes it instead of downloading the wasm a second time.
        if let Ok(stored) = js_sys::Reflect::get(&window, &JsValue::from_str("gvWasmStored")) {
            if let Ok(stored) = stored.dyn_into::<js_sys::Promise>() {
                let _ = wasm_bindgen_futures::JsFuture::from(stored).await;
            }
        }
        let container = window.navigator().service_worker();
        let promise = container.register("./sw.js");
        let Ok(registration) = wasm_bindgen_futures::JsFuture::from(promise).await else {
            return; // no service worker (old browser, private mode): the app still works online
        };
        let Ok(registration) = registration.dyn_into::<web_sys::ServiceWorkerRegistration>() else {
            return;
        };
        let controlled = move || {
            web_sys::window().is_some_and(|w| w.navigator().service_worker().controller().is_some())
        };
        if registration.waiting().is_some() && controlled() {
            on_update_ready();
        }
        let reg = registration.clone();
        let on_found = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
            let Some(installing) = reg.installing() else {
                return;
            };
            let worker = installing.clone();
            let ready = on_update_ready.clone();
            let on_state = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
                // "installed" with a page already controlled = an update, not the first install.
                if worker.state() == web_sys::ServiceWorkerState::Installed && controlled() {
                    ready();
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
        SW_REGISTRATION.with(|slot| *slot.borrow_mut() = Some(registration));
    });
}

/// Switches to the waiting new version: the page reloads once the new service worker has taken
/// over (the reload flushes unsaved input through `pagehide`, like any reload).
pub fn apply_update() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let container = window.navigator().service_worker();
    let reload = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    SW_REGISTRATION.with(|slot| {
        if let Some(waiting) = slot.borrow().as_ref().and_then(|r| r.waiting()) {
            let _ = waiting.post_message(&JsValue::from_str("skip-waiting"));
        }
    });
}

thread_local! {
    static WAKE_LOCK: std::cell::RefCell<Option<JsValue>> = const { std::cell::RefCell::new(None) };
}

/// Keeps the screen on while a timer runs (Screen Wake Lock API) and lets it sleep again
/// after. Where the API is missing or refused (old browser, battery saver) nothing happens:
/// the timer is computed from the clock, so it stays right even if the phone sleeps.
pub fn keep_screen_awake(awake: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if !awake {
        if let Some(sentinel) = WAKE_LOCK.with(|slot| slot.borrow_mut().take()) {
            let _ = call_method(&sentinel, "release", &[]);
        }
        return;
    }
    if WAKE_LOCK.with(|slot| slot.borrow().is_some()) {
        return;
    }
    let Ok(wake_lock) = js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("wakeLock"))
    else {
        return;
    };
    if wake_lock.is_undefined() {
        return;
    }
    let Ok(promise) = call_method(&wake_lock, "request", &[JsValue::from_str("screen")]) else {
        return;
    };
    let Ok(promise) = promise.dyn_into::<js_sys::Promise>() else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(sentinel) = wasm_bindgen_futures::JsFuture::from(promise).await {
            WAKE_LOCK.with(|slot| *slot.borrow_mut() = Some(sentinel));
        }
    });
}

pub(crate) fn call_method(
    target: &JsValue,
    name: &str,
    args: &[JsValue],
) -> Result<JsValue, JsValue> {
    let function: js_sys::Function =
        js_sys::Reflect::get(target, &JsValue::from_str(name))?.dyn_into()?;
    function.apply(target, &args.iter().collect::<js_sys::Array>())
}

/// A short buzz where the phone supports it (Android); silently nothing elsewhere.
pub fn vibrate() {
    if let Some(window) = web_sys::window() {
        let pattern: js_sys::Array = [300, 150, 300]
            .iter()
            .map(|&ms| JsValue::from(ms))
            .collect();
        let _ = window.navigator().vibrate_with_pattern(&pattern);
    }
}

/// A tick of a buzz (Android), so a scanner held at arm's length says "got it".
pub fn buzz_once() {
    if let Some(window) = web_sys::window() {
        let _ = window.navigator().vibrate_with_duration(60);
    }
}

/// Copies `text` to the clipboard; `false` if the browser refused (no permission, not a
/// secure context), so the caller can ask the user to copy by hand.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = window.navigator().clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
}

/// The URL hash as it is now (`#/program/<id>/rapport?dato=2025-12-31`).
pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Rewrites the URL hash in place: no `hashchange` (so the screen is not rebuilt), no new
/// history entry (Back still leaves the screen).
pub fn replace_hash(hash: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(hash));
    }
}

/// Puts keyboard focus in the element with `id` once the current change has rendered (e.g.
/// a note just added: Leptos renders it in a microtask, before this timer fires).
pub fn focus_element(id: &str) {
    let id = id.to_owned();
    leptos::prelude::set_timeout(
        move || {
            if let Some(element) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&id))
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = element.focus();
            }
        },
        std::time::Duration::ZERO,
    );
}

/// The app's address without the fragment, for share links (`https://…/gevinstverksted/`).
pub fn app_base_url() -> String {
    web_sys::window()
        .and_then(|w| {
            let location = w.location();
            Some(format!(
                "{}{}{}",
                location.origin().ok()?,
                location.pathname().ok()?,
                location.search().ok()?
            ))
        })
        .unwrap_or_default()
}

/// What happened to a file offered through the system share sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareOutcome {
    Shared,
    /// The user closed the share sheet.
    Cancelled,
    /// No Web Share with files here (most desktop browsers): the caller downloads instead.
    Unsupported,
}

/// Offers a file to other apps (AirDrop, Nearby Share, mail) with `navigator.share`, where the
/// browser can share files.
pub async fn share_file(filename: &str, mime: &str, text: &str) -> ShareOutcome {
    let Some(window) = web_sys::window() else {
        return ShareOutcome::Unsupported;
    };
    let navigator: JsValue = window.navigator().into();
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::FilePropertyBag::new();
    options.set_type(mime);
    let Ok(file) = web_sys::File::new_with_str_sequence_and_options(&parts, filename, &options)
    else {
        return ShareOutcome::Unsupported;
    };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"files".into(), &js_sys::Array::of1(&file));
    let _ = js_sys::Reflect::set(&data, &"title".into(), &JsValue::from_str(filename));
    let can_share = call_method(&navigator, "canShare", &[data.clone().into()])
        .map(|v| v.is_truthy())
        .unwrap_or(false);
    if !can_share {
        return ShareOutcome::Unsupported;
    }
    let Ok(promise) = call_method(&navigator, "share", &[data.into()])
        .and_then(|p| p.dyn_into::<js_sys::Promise>())
    else {
        return ShareOutcome::Unsupported;
    };
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(_) => ShareOutcome::Shared,
        Err(_) => ShareOutcome::Cancelled,
    }
}

/// Waits `duration` without blocking the page (a timer promise).
pub async fn sleep(duration: std::time::Duration) {
    let ms = i32::try_from(duration.as_millis()).unwrap_or(i32::MAX);
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// `performance.now()`, for the benchmark's marks (0 where there is no Performance API).
pub fn perf_now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Records `performance.measure(name)` from `start` to now, so `make bench` can read how long
/// an import or a save took in the real app. Costs nothing noticeable otherwise.
pub fn perf_measure(name: &str, start: f64) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"start".into(), &JsValue::from_f64(start));
        let _ = js_sys::Reflect::set(
            &options,
            &"end".into(),
            &JsValue::from_f64(performance.now()),
        );
        let _ = call_method(
            &performance,
            "measure",
            &[JsValue::from_str(name), options.into()],
        );
    }
}

/// Marks the moment the app has mounted (its first screen is in the DOM) as the performance
/// entry `gevinstverksted-mounted`, which `make bench` reads in WebKit and Firefox (issue 19).
pub fn mark_mounted() {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("gevinstverksted-mounted");
    }
}

/// Removes the loading screen `index.html` shows while the wasm downloads (`#loading`). Called
/// as the app mounts, in the same task, so no frame shows neither or both.
pub fn remove_loading_screen() {
    if let Some(screen) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("loading"))
    {
        screen.remove();
    }
}

/// Puts the app's `WebAssembly.Memory` on `window.gevinstverkstedWasmMemory`, so `make bench`
/// can report wasm memory next to the JS heap.
pub fn expose_wasm_memory() {
    if let Some(window) = web_sys::window() {
        let _ = js_sys::Reflect::set(
            &window,
            &"gevinstverkstedWasmMemory".into(),
            &wasm_bindgen::memory(),
        );
    }
}

thread_local! {
    /// Whether the browser sizes text areas to their content itself (`field-sizing: content`,
    /// in style/main.css). WebKit and Firefox do not yet: there `fit_text_area` does it.
    static FIELD_SIZING: bool = css_supports("field-sizing", "content");
}

/// `CSS.supports(property, value)`; false where it cannot be asked.
fn css_supports(property: &str, value: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    js_sys::Reflect::get(&window, &JsValue::from_str("CSS"))
        .and_then(|css| {
            call_method(
                &css,
                "supports",
                &[JsValue::from_str(property), JsValue::from_str(value)],
            )
        })
        .is_ok_and(|v| v.is_truthy())
}

/// Whether text areas must be fitted to their text by [`fit_text_area`] (no `field-sizing`).
pub fn text_areas_need_fitting() -> bool {
    !FIELD_SIZING.with(|s| *s)
}

/// Grows (or shrinks) a text area to fit its text, where the browser has no `field-sizing`.
/// The height comes from `scrollHeight`; `min-height` in the style sheet still applies. Nothing
/// happens while the area is not laid out (a closed `<details>`): its height stays as it is.
pub fn fit_text_area(area: &web_sys::HtmlTextAreaElement) {
    if !text_areas_need_fitting() || !area.is_connected() {
        return;
    }
    let style = area.style();
    // Shrinking the area for a moment can shorten the page and move it: keep the scroll.
    let scroller = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.scrolling_element());
    let scroll_top = scroller.as_ref().map(web_sys::Element::scroll_top);
    let _ = style.set_property("height", "auto");
    let content = area.scroll_height();
    if content == 0 {
        let _ = style.remove_property("height");
        return;
    }
    // `box-sizing: border-box` everywhere: the height includes the borders.
    let borders = area.offset_height() - area.client_height();
    let _ = style.set_property("height", &format!("{}px", content + borders.max(0)));
    if let (Some(scroller), Some(top)) = (scroller, scroll_top) {
        if scroller.scroll_top() != top {
            scroller.set_scroll_top(top);
        }
    }
}

/// Keeps the field being typed in above the on-screen keyboard: when the visual viewport
/// shrinks (the keyboard opens), the focused field is scrolled into view if it is covered.
/// Chromium on Android did this with the viewport key `interactive-widget=resizes-content`,
/// which WebKit reports as an error on every load; this works in every engine.
pub fn keep_focused_field_in_view() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(viewport) = js_sys::Reflect::get(&window, &JsValue::from_str("visualViewport")) else {
        return;
    };
    if viewport.is_undefined() || viewport.is_null() {
        return;
    }
    let Ok(target) = viewport.dyn_into::<web_sys::EventTarget>() else {
        return;
    };
    let on_resize = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
        let Some(active) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
        else {
            return;
        };
        if matches!(active.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Nearest);
            active.scroll_into_view_with_scroll_into_view_options(&options);
        }
    });
    let _ = target.add_event_listener_with_callback("resize", on_resize.as_ref().unchecked_ref());
    on_resize.forget();
}

/// Sizes the QR code (an SVG whose `viewBox` is its module count) inside `container` to a whole
/// number of device pixels per module, as wide as fits, and puts its left edge on a device
/// pixel. At a fractional scale module edges are blurred or uneven, and a code on a 1× screen
/// (a laptop, a projector) may not decode; a phone's 3× screen loses almost nothing.
pub fn fit_qr_code(container: &web_sys::HtmlElement) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(svg)) = container.query_selector("svg") else {
        return;
    };
    let Some(units) = svg
        .get_attribute("viewBox")
        .and_then(|v| v.split_whitespace().nth(2)?.parse::<f64>().ok())
        .filter(|u| *u > 0.0)
    else {
        return;
    };
    let Ok(svg) = svg.dyn_into::<web_sys::SvgElement>() else {
        return;
    };
    let style = svg.style();
    // First as the style sheet has it (the full width), to learn the room there is.
    let _ = style.remove_property("width");
    let _ = style.remove_property("margin-left");
    let room = svg.get_bounding_client_rect();
    if room.width() <= 0.0 {
        return; // not laid out (a closed panel): fitted when shown or resized
    }
    let dpr = window.device_pixel_ratio().max(1.0);
    let per_module = (room.width() * dpr / units).floor();
    if per_module < 1.0 {
        return;
    }
    let width = per_module * units / dpr;
    // Centred in the room, rounded to a device pixel.
    let left = ((room.left() + (room.width() - width) / 2.0) * dpr).round() / dpr - room.left();
    let _ = style.set_property("width", &format!("{width}px"));
    let _ = style.set_property("margin-left", &format!("{left}px"));
}

/// Refits every QR code on the page when the window changes size (once per page).
pub fn on_resize_fit_qr_codes() {
    thread_local!(static LISTENING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    if LISTENING.with(|l| l.replace(true)) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_resize = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
        let Some(codes) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector_all(".qr-code").ok())
        else {
            return;
        };
        for i in 0..codes.length() {
            if let Some(code) = codes
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
            {
                fit_qr_code(&code);
            }
        }
    });
    let _ = window.add_event_listener_with_callback("resize", on_resize.as_ref().unchecked_ref());
    on_resize.forget();
}

/// Opens `entry` at the hash now shown, replacing this page in the history (Back leaves the
/// screen as before). Used by the participant entry for a screen only the full app holds.
pub fn open_entry(entry: crate::route::Entry) {
    if let Some(location) = web_sys::window().map(|w| w.location()) {
        let hash = location.hash().unwrap_or_default();
        let _ = location.replace(&format!("{}{hash}", entry_address(entry)));
    }
}

/// The address of `entry` next to the page now open, for links that should open there (a
/// seminar's link opens the participant entry).
pub fn entry_address(entry: crate::route::Entry) -> String {
    entry.address(&app_base_url())
}
