//! "Skann QR-kode": reads hand-overs from the camera in every browser (the browser's own
//! detector where it has one, else the Rust decoder in a worker; see
//! [`crate::platform::camera`]). A code may be a share link or one part of a multi-part code;
//! parts are collected in any order until the whole is there and checked.
//!
//! `continuous` scanners (the group device, Samle) stay open and pass on one hand-over after
//! another; the others close after the first.

use crate::i18n::{fill, t};
use crate::platform::camera::{self, CameraError, Facing, QrReader};
use crate::platform::{self};
use crate::share::link;
use crate::share::parts::{Assembly, Part, Progress};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::cell::Cell;
use std::time::Duration;

/// What the scanner says under the video.
#[derive(Clone, Debug, PartialEq)]
enum Status {
    Closed,
    Starting,
    Scanning,
    /// Hand-overs read since the scanner opened.
    Read(usize),
    Part {
        have: usize,
        total: usize,
        missing: Vec<u8>,
    },
    NotOurs,
    OtherPayload {
        have: usize,
        total: usize,
    },
    Corrupt,
    Error(CameraError),
    Decoder,
}

thread_local! {
    /// The scanner running now: opening one stops any other (one camera, one decoder).
    static ACTIVE: Cell<u64> = const { Cell::new(0) };
}

/// What one code read means, given the parts collected so far.
enum Read {
    /// A whole hand-over: the data of its link.
    Whole(String),
    Status(Status),
}

fn read_code(text: &str, assembly: &mut Assembly) -> Read {
    if let Some(part) = Part::parse(text) {
        return match assembly.accept(part) {
            Progress::Complete(data) => Read::Whole(data),
            Progress::Added { have, total } | Progress::Duplicate { have, total } => {
                Read::Status(Status::Part {
                    have,
                    total,
                    missing: assembly.missing(),
                })
            }
            Progress::OtherPayload { have, total } => {
                Read::Status(Status::OtherPayload { have, total })
            }
            Progress::Corrupt => Read::Status(Status::Corrupt),
        };
    }
    match link::data_of(text) {
        Some(data) => Read::Whole(data.to_owned()),
        None => Read::Status(Status::NotOurs),
    }
}

/// Calls `on_link` with the data of each share link read (each once per opening). `label`
/// names the button when there are several on a page ("Skann QR-kode for Kari").
#[component]
pub fn QrScanner(
    on_link: Callback<String>,
    #[prop(optional, into)] label: Option<String>,
    /// Stay open after a hand-over, for the next one.
    #[prop(optional)]
    continuous: bool,
    /// A part already read (opened from the camera app), to start collecting from.
    #[prop(optional)]
    first: Option<String>,
) -> impl IntoView {
    let t = t();
    let status = RwSignal::new(Status::Closed);
    let first = StoredValue::new(first);
    let facing = RwSignal::new(Facing::Back);
    let cameras = RwSignal::new(0usize);
    let decoder = RwSignal::new(None::<&'static str>);
    let video: NodeRef<leptos::html::Video> = NodeRef::new();
    let stream = StoredValue::new_local(None::<wasm_bindgen::JsValue>);
    let assembly = StoredValue::new_local(Assembly::default());
    // This scanner's turn (see ACTIVE); 0 while closed.
    let turn = StoredValue::new_local(0u64);
    let open = move || {
        status
            .try_get_untracked()
            .is_some_and(|s| s != Status::Closed)
    };
    // `try_` throughout: the scan loop and the cleanup can run after the user has left the
    // screen, when these values are gone.
    let stop_stream = move || {
        if let Some(Some(s)) = stream.try_get_value() {
            camera::stop_camera(&s);
        }
        let _ = stream.try_set_value(None);
    };
    let close = move || {
        stop_stream();
        let _ = turn.try_set_value(0);
        let _ = status.try_set(Status::Closed);
    };
    on_cleanup(close);
    let is_turn =
        move |mine: u64| turn.try_get_value() == Some(mine) && ACTIVE.with(Cell::get) == mine;
    // Starts the camera facing the chosen way, then reads frames until closed.
    let run = move |mine: u64| {
        spawn_local(async move {
            // The video element is in the DOM once the state change has rendered.
            platform::sleep(Duration::from_millis(50)).await;
            let Some(element) = video.get_untracked() else {
                return;
            };
            let element: web_sys::HtmlVideoElement = element;
            let reader = match QrReader::open().await {
                Ok(reader) => reader,
                Err(_) => {
                    stop_stream();
                    let _ = status.try_set(Status::Decoder);
                    return;
                }
            };
            let _ = decoder.try_set(Some(if reader.uses_decoder() {
                "rust"
            } else {
                "browser"
            }));
            match camera::start_camera(&element, facing.get_untracked()).await {
                Ok(s) => {
                    if !is_turn(mine) || stream.try_set_value(Some(s.clone())).is_some() {
                        camera::stop_camera(&s); // closed while the camera started
                        return;
                    }
                }
                Err(e) => {
                    let _ = status.try_set(Status::Error(e));
                    return;
                }
            }
            if status.get_untracked() == Status::Starting {
                status.set(Status::Scanning);
            }
            // (A part read before the camera started keeps its progress line.)
            cameras.set(camera::camera_count().await);
            let mut seen = Vec::<String>::new();
            let mut last_refused = String::new();
            while is_turn(mine) {
                for text in reader.read(&element).await {
                    if !is_turn(mine) {
                        return;
                    }
                    let read = assembly
                        .try_update_value(|a| read_code(&text, a))
                        .unwrap_or(Read::Status(Status::Closed));
                    match read {
                        Read::Whole(data) => {
                            // The same code stays in view for seconds: pass it on once.
                            if seen.contains(&data) {
                                continue;
                            }
                            seen.push(data.clone());
                            platform::buzz_once();
                            if continuous {
                                status.set(Status::Read(seen.len()));
                            } else {
                                close();
                            }
                            on_link.run(data);
                        }
                        Read::Status(s @ Status::NotOurs) => {
                            // Said once per code, not five times a second.
                            if last_refused != text {
                                last_refused.clone_from(&text);
                                status.set(s);
                            }
                        }
                        Read::Status(s) => {
                            if status.get_untracked() != s {
                                status.set(s);
                            }
                        }
                    }
                }
                platform::sleep(Duration::from_millis(150)).await;
            }
        });
    };
    let start = move || {
        let mine = ACTIVE.with(|a| {
            a.set(a.get() + 1);
            a.get()
        });
        turn.set_value(mine);
        let first = first.get_value();
        let seeded = assembly
            .try_update_value(|a| {
                a.reset();
                first.as_deref().map(|text| read_code(text, a))
            })
            .flatten();
        status.set(match seeded {
            Some(Read::Status(s @ Status::Part { .. })) => s,
            _ => Status::Starting,
        });
        run(mine);
    };
    let toggle = move |_| {
        if open() {
            close();
        } else {
            start();
        }
    };
    let switch_camera = move |_| {
        facing.update(|f| *f = f.other());
        stop_stream();
        start();
    };
    let restart = move |_| {
        // Begins again from nothing, also without the part this screen was opened with.
        assembly.update_value(Assembly::reset);
        status.set(Status::Scanning);
    };
    let message = move || {
        Some(match status.get() {
            Status::Closed | Status::Scanning => return None,
            Status::Starting => t.scan.starting.to_owned(),
            Status::Read(n) => fill(t.scan.read, &[("n", &n)]),
            Status::Part {
                have,
                total,
                missing,
            } => {
                let missing = missing
                    .iter()
                    .map(u8::to_string)
                    .collect::<Vec<_>>()
                    .join(", ");
                fill(
                    t.scan.part_progress,
                    &[("have", &have), ("total", &total), ("missing", &missing)],
                )
            }
            Status::NotOurs => t.scan.not_ours.to_owned(),
            Status::OtherPayload { have, total } => {
                fill(t.scan.other_payload, &[("have", &have), ("total", &total)])
            }
            Status::Corrupt => t.scan.corrupt.to_owned(),
            Status::Error(CameraError::Refused) => t.scan.refused.to_owned(),
            Status::Error(CameraError::NoCamera) => t.scan.no_camera.to_owned(),
            Status::Error(CameraError::Unsupported) => t.scan.unsupported.to_owned(),
            Status::Error(CameraError::Failed) => t.scan.failed.to_owned(),
            Status::Decoder => t.scan.decoder_failed.to_owned(),
        })
    };
    let is_error = move || {
        matches!(
            status.get(),
            Status::NotOurs
                | Status::OtherPayload { .. }
                | Status::Corrupt
                | Status::Error(_)
                | Status::Decoder
        )
    };
    let showing_video = move || {
        !matches!(
            status.get(),
            Status::Closed | Status::Error(_) | Status::Decoder
        )
    };
    view! {
        <div class="qr-scanner" data-decoder=move || decoder.get()>
            <button type="button" class="button" aria-expanded=move || if open() { "true" } else { "false" } on:click=toggle>
                {move || if showing_video() { t.scan.stop.to_owned() } else { label.clone().unwrap_or_else(|| t.scan.qr.to_owned()) }}
            </button>
            <div hidden=move || !showing_video() class="scan-view" class:read=move || matches!(status.get(), Status::Read(_))>
                <video node_ref=video class="scan-video" muted=true playsinline=true aria-label=t.scan.video_label></video>
                <p class="hint">{t.scan.hint}</p>
                <div class="button-row">
                    <button type="button" class="button" hidden=move || { cameras.get() < 2 } on:click=switch_camera>{t.scan.switch_camera}</button>
                    <button
                        type="button"
                        class="button"
                        hidden=move || !matches!(status.get(), Status::OtherPayload { .. } | Status::Part { .. })
                        on:click=restart
                    >
                        {t.scan.restart}
                    </button>
                </div>
            </div>
            <p role="status" aria-live="polite" class="scan-status" class:notice=is_error class:error=is_error data-testid="scan-status">
                {message}
            </p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::share::parts;

    fn whole(read: Read) -> Option<String> {
        match read {
            Read::Whole(data) => Some(data),
            Read::Status(_) => None,
        }
    }

    #[test]
    fn a_share_link_is_a_whole_hand_over() {
        let mut assembly = Assembly::default();
        let read = read_code(
            "https://x.no/app/#/del/eJyrVkrLz1eyUkpKLFKqBQA",
            &mut assembly,
        );
        assert_eq!(whole(read).as_deref(), Some("eJyrVkrLz1eyUkpKLFKqBQA"));
    }

    #[test]
    fn a_code_that_is_not_ours_says_so() {
        let mut assembly = Assembly::default();
        for text in [
            "https://example.com/",
            "WIFI:S:Kantina;T:WPA;P:hemmelig;;",
            "",
        ] {
            assert!(matches!(
                read_code(text, &mut assembly),
                Read::Status(Status::NotOurs)
            ));
        }
    }

    #[test]
    fn parts_report_progress_then_give_the_whole() {
        let data: String = "aZ3_-kQ9xYw7".repeat(40);
        let texts: Vec<String> = parts::split("https://x.no/", &data, 200)
            .unwrap()
            .iter()
            .map(|p| p.to_text("https://x.no/"))
            .collect();
        assert!(texts.len() >= 3);
        let mut assembly = Assembly::default();
        let last = texts.len() - 1;
        match read_code(&texts[last], &mut assembly) {
            Read::Status(Status::Part {
                have,
                total,
                missing,
            }) => {
                assert_eq!((have, total), (1, texts.len()));
                assert_eq!(missing.len(), texts.len() - 1);
                assert!(!missing.contains(&(texts.len() as u8)));
            }
            _ => panic!("expected progress"),
        }
        // The same part again is no error.
        assert!(matches!(
            read_code(&texts[last], &mut assembly),
            Read::Status(Status::Part { have: 1, .. })
        ));
        for text in &texts[..last - 1] {
            assert!(whole(read_code(text, &mut assembly)).is_none());
        }
        assert_eq!(
            whole(read_code(&texts[last - 1], &mut assembly)),
            Some(data)
        );
    }
}
