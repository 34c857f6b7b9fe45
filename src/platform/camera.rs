//! The camera, and reading QR codes from it.
//!
//! Where the browser has `BarcodeDetector` (Chromium on Android, macOS, ChromeOS) it reads the
//! video itself. Everywhere else (iPhone Safari, Firefox, Chrome and Edge on Windows and Linux)
//! frames are drawn on a canvas and sent to a Web Worker that runs the Rust decoder
//! ([`crate::scan`], built as its own small wasm from `src/bin/qr_worker.rs`). That wasm is not
//! in the first load: it is fetched when a scanner opens, and the service worker keeps it for
//! offline use.

use super::call_method;
use std::cell::RefCell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The worker's script, relative to the app's page (Trunk's loader shim for `qr_worker`).
pub const WORKER_SCRIPT: &str = "qr_worker_loader.js";

/// The files of the decoder worker, fetched ahead by a screen that will scan.
pub const WORKER_FILES: [&str; 3] = ["qr_worker_loader.js", "qr_worker.js", "qr_worker_bg.wasm"];

/// Frames are scaled down to at most this many pixels on the longer side before decoding: the
/// 1280×720 the camera is asked for passes whole (a version-20 code filling 70 % of its height
/// has 4.8 px per module, which the decoder reads; at 640×480 it has 3.2 and is read in about
/// one frame of five: `tests/scan.rs`), and a bigger camera frame costs no more time.
const MAX_FRAME_SIDE: f64 = 1280.0;

/// Which way the camera looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Facing {
    /// The back camera (phones and tablets): the default, for scanning another screen.
    Back,
    /// The front camera, or a laptop's only one.
    Front,
}

impl Facing {
    /// The other camera.
    pub fn other(self) -> Facing {
        match self {
            Facing::Back => Facing::Front,
            Facing::Front => Facing::Back,
        }
    }
    fn constraint(self) -> &'static str {
        match self {
            Facing::Back => {
                r#"{"video":{"facingMode":"environment","width":{"ideal":1280},"height":{"ideal":720}},"audio":false}"#
            }
            Facing::Front => {
                r#"{"video":{"facingMode":"user","width":{"ideal":1280},"height":{"ideal":720}},"audio":false}"#
            }
        }
    }
}

/// Why the camera did not start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CameraError {
    /// The user (or a browser setting) refused the camera.
    Refused,
    /// There is no camera.
    NoCamera,
    /// The browser has no camera access here (an old browser, or a page not on https).
    Unsupported,
    /// Anything else: the camera is in use by another app, or the decoder could not load.
    Failed,
}

fn media_devices() -> Option<JsValue> {
    let window = web_sys::window()?;
    let devices = js_sys::Reflect::get(&window.navigator(), &"mediaDevices".into()).ok()?;
    (!devices.is_undefined() && !devices.is_null()).then_some(devices)
}

fn camera_error(error: &JsValue) -> CameraError {
    let name = js_sys::Reflect::get(error, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    match name.as_str() {
        "NotAllowedError" | "SecurityError" | "PermissionDeniedError" => CameraError::Refused,
        "NotFoundError" | "OverconstrainedError" | "DevicesNotFoundError" => CameraError::NoCamera,
        _ => CameraError::Failed,
    }
}

/// Starts the camera facing `facing` in `video`; returns the stream (to stop later).
pub async fn start_camera(
    video: &web_sys::HtmlVideoElement,
    facing: Facing,
) -> Result<JsValue, CameraError> {
    let devices = media_devices().ok_or(CameraError::Unsupported)?;
    let constraints = js_sys::JSON::parse(facing.constraint()).map_err(|_| CameraError::Failed)?;
    let promise: js_sys::Promise = call_method(&devices, "getUserMedia", &[constraints])
        .ok()
        .and_then(|p| p.dyn_into().ok())
        .ok_or(CameraError::Unsupported)?;
    let stream = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(|e| camera_error(&e))?;
    js_sys::Reflect::set(video, &"srcObject".into(), &stream).map_err(|_| CameraError::Failed)?;
    // Not awaited: `play()` settles only when the first frame arrives, which the scan loop
    // does not need to wait for.
    let _ = video.play();
    Ok(stream)
}

/// Stops every track of a camera stream.
pub fn stop_camera(stream: &JsValue) {
    if let Ok(tracks) = call_method(stream, "getTracks", &[]) {
        for track in js_sys::Array::from(&tracks).iter() {
            let _ = call_method(&track, "stop", &[]);
        }
    }
}

/// How many cameras the device has (known once the user has allowed one), so "Bytt kamera" is
/// offered only where there is another.
pub async fn camera_count() -> usize {
    let Some(devices) = media_devices() else {
        return 0;
    };
    let Some(promise) = call_method(&devices, "enumerateDevices", &[])
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    else {
        return 0;
    };
    let Ok(list) = wasm_bindgen_futures::JsFuture::from(promise).await else {
        return 0;
    };
    js_sys::Array::from(&list)
        .iter()
        .filter(|d| {
            js_sys::Reflect::get(d, &"kind".into())
                .ok()
                .and_then(|k| k.as_string())
                .as_deref()
                == Some("videoinput")
        })
        .count()
}

/// Fetches the decoder's files once the service worker controls the page (so they land in its
/// cache), so a scanner opened later, perhaps with no network, starts at once. Nothing where
/// the browser reads codes itself.
pub fn prefetch_decoder() {
    if barcode_detector_class().is_some() {
        return;
    }
    wasm_bindgen_futures::spawn_local(async {
        let Some(window) = web_sys::window() else {
            return;
        };
        let container = window.navigator().service_worker();
        if let Ok(ready) = container.ready() {
            let _ = wasm_bindgen_futures::JsFuture::from(ready).await;
        }
        if container.controller().is_none() {
            // The first visit: the worker takes over the page when it activates.
            let taken_over = js_sys::Promise::new(&mut |resolve, _| {
                let _ = container.add_event_listener_with_callback("controllerchange", &resolve);
            });
            let _ = wasm_bindgen_futures::JsFuture::from(taken_over).await;
        }
        for file in WORKER_FILES {
            // A failed prefetch only means the scanner fetches the file when it opens.
            let _ = window.fetch_with_str(file);
        }
    });
}

fn barcode_detector_class() -> Option<js_sys::Function> {
    let window = web_sys::window()?;
    js_sys::Reflect::get(&window, &"BarcodeDetector".into())
        .ok()?
        .dyn_into()
        .ok()
}

/// Reads QR codes from video frames, with the browser's detector or the decoder worker.
pub enum QrReader {
    /// The browser's own `BarcodeDetector`.
    Detector(JsValue),
    /// The Rust decoder in a worker (the page's one, see `decoder_worker`), fed from a
    /// canvas.
    Worker {
        canvas: web_sys::HtmlCanvasElement,
        context: web_sys::CanvasRenderingContext2d,
    },
}

/// A promise for the worker's next message; its handler is replaced for each request.
fn next_message(worker: &web_sys::Worker) -> js_sys::Promise {
    js_sys::Promise::new(&mut |resolve, reject| {
        let on_message = Closure::once_into_js(move |event: web_sys::MessageEvent| {
            let _ = resolve.call1(&JsValue::NULL, &event.data());
        });
        let on_error = Closure::once_into_js(move |event: JsValue| {
            let _ = reject.call1(&JsValue::NULL, &event);
        });
        worker.set_onmessage(Some(on_message.unchecked_ref()));
        worker.set_onerror(Some(on_error.unchecked_ref()));
    })
}

thread_local! {
    /// The worker of the last scanner, kept while the page lives: opening a scanner again does
    /// not fetch and compile the decoder again.
    static WORKER: RefCell<Option<web_sys::Worker>> = const { RefCell::new(None) };
}

impl QrReader {
    /// The browser's detector where there is one, else the decoder worker (waits until it has
    /// loaded; fails if it cannot, e.g. offline before it was ever fetched).
    pub async fn open() -> Result<QrReader, CameraError> {
        if let Some(class) = barcode_detector_class() {
            let options = js_sys::JSON::parse(r#"{"formats":["qr_code"]}"#)
                .map_err(|_| CameraError::Failed)?;
            if let Ok(detector) = js_sys::Reflect::construct(&class, &js_sys::Array::of1(&options))
            {
                return Ok(QrReader::Detector(detector));
            }
        }
        let document = web_sys::window()
            .and_then(|w| w.document())
            .ok_or(CameraError::Failed)?;
        let canvas: web_sys::HtmlCanvasElement = document
            .create_element("canvas")
            .ok()
            .and_then(|c| c.dyn_into().ok())
            .ok_or(CameraError::Failed)?;
        let options = js_sys::JSON::parse(r#"{"willReadFrequently":true}"#)
            .map_err(|_| CameraError::Failed)?;
        let context: web_sys::CanvasRenderingContext2d = canvas
            .get_context_with_context_options("2d", &options)
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into().ok())
            .ok_or(CameraError::Failed)?;
        decoder_worker().await?;
        Ok(QrReader::Worker { canvas, context })
    }

    /// Whether frames go to the Rust decoder (for the tests and the benchmark).
    pub fn uses_decoder(&self) -> bool {
        matches!(self, QrReader::Worker { .. })
    }

    /// The texts of the QR codes in the video's current frame (none while it has no frame).
    pub async fn read(&self, video: &web_sys::HtmlVideoElement) -> Vec<String> {
        match self {
            QrReader::Detector(detector) => detect(detector, video).await.unwrap_or_default(),
            QrReader::Worker { canvas, context } => {
                let Ok(worker) = decoder_worker().await else {
                    return Vec::new();
                };
                decode_frame(&worker, canvas, context, video)
                    .await
                    .unwrap_or_else(|failed| {
                        // The decoder stopped (a panic ends its wasm): the next frame gets a
                        // new worker.
                        if failed {
                            worker.terminate();
                            WORKER.with(|w| *w.borrow_mut() = None);
                        }
                        Vec::new()
                    })
            }
        }
    }
}

/// The page's decoder worker, started (and waited for until it says "ready") if there is none;
/// fails if it cannot load, e.g. offline before it was ever fetched.
async fn decoder_worker() -> Result<web_sys::Worker, CameraError> {
    if let Some(worker) = WORKER.with(|w| w.borrow().clone()) {
        return Ok(worker);
    }
    let worker = web_sys::Worker::new(WORKER_SCRIPT).map_err(|_| CameraError::Failed)?;
    let ready = next_message(&worker);
    if wasm_bindgen_futures::JsFuture::from(ready).await.is_err() {
        worker.terminate();
        return Err(CameraError::Failed);
    }
    WORKER.with(|w| *w.borrow_mut() = Some(worker.clone()));
    Ok(worker)
}

async fn detect(detector: &JsValue, video: &web_sys::HtmlVideoElement) -> Option<Vec<String>> {
    let promise: js_sys::Promise = call_method(detector, "detect", &[video.into()])
        .ok()?
        .dyn_into()
        .ok()?;
    let found = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    Some(
        js_sys::Array::from(&found)
            .iter()
            .filter_map(|code| {
                js_sys::Reflect::get(&code, &"rawValue".into())
                    .ok()?
                    .as_string()
            })
            .collect(),
    )
}

/// The codes in the video's frame, read by the worker; `Err(true)` if the worker failed,
/// `Err(false)` if there was no frame to read.
async fn decode_frame(
    worker: &web_sys::Worker,
    canvas: &web_sys::HtmlCanvasElement,
    context: &web_sys::CanvasRenderingContext2d,
    video: &web_sys::HtmlVideoElement,
) -> Result<Vec<String>, bool> {
    let (width, height) = (
        f64::from(video.video_width()),
        f64::from(video.video_height()),
    );
    if width < 1.0 || height < 1.0 {
        return Err(false);
    }
    let scale = (MAX_FRAME_SIDE / width.max(height)).min(1.0);
    let (w, h) = ((width * scale).round(), (height * scale).round());
    canvas.set_width(w as u32);
    canvas.set_height(h as u32);
    context
        .draw_image_with_html_video_element_and_dw_and_dh(video, 0.0, 0.0, w, h)
        .map_err(|_| false)?;
    let image = context.get_image_data(0.0, 0.0, w, h).map_err(|_| false)?;
    // The pixels stay in JavaScript and are moved (not copied) to the worker.
    let message = frame_message(&image, w, h).ok_or(false)?;
    let reply = next_message(worker);
    worker
        .post_message_with_transfer(&message.0, &js_sys::Array::of1(&message.1))
        .map_err(|_| true)?;
    let texts = wasm_bindgen_futures::JsFuture::from(reply)
        .await
        .map_err(|_| true)?;
    Ok(js_sys::Array::from(&texts)
        .iter()
        .filter_map(|t| t.as_string())
        .collect())
}

/// `{width, height, pixels}` for the worker, and the pixels' buffer (to move, not copy).
fn frame_message(image: &web_sys::ImageData, w: f64, h: f64) -> Option<(JsValue, JsValue)> {
    let pixels = js_sys::Reflect::get(image, &"data".into()).ok()?;
    let buffer = js_sys::Reflect::get(&pixels, &"buffer".into()).ok()?;
    let message = js_sys::Object::new();
    js_sys::Reflect::set(&message, &"width".into(), &JsValue::from(w)).ok()?;
    js_sys::Reflect::set(&message, &"height".into(), &JsValue::from(h)).ok()?;
    js_sys::Reflect::set(&message, &"pixels".into(), &pixels).ok()?;
    Some((message.into(), buffer))
}
