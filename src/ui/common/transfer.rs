//! Export of everything as one JSON file, and import of such a file.

use crate::i18n::{fill, t};
use crate::model::encode_workspace;
use crate::platform;
use crate::share::export_filename;
use crate::ui::common::messages;
use crate::ui::state::AppState;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

/// Downloads the whole workspace as `gevinstverksted-YYYY-MM-DD.json`.
pub fn export_all(state: AppState) {
    let (year, month, day) = platform::today();
    let text = state.workspace.with_untracked(encode_workspace);
    if platform::download_text(
        &export_filename(year, month, day),
        "application/json",
        &text,
    )
    .is_ok()
    {
        // Only a reminder aid; a failure here must not hide the download that worked.
        let _ = crate::store::record_export(platform::now());
    }
}

/// The outcome of the last import, shown beside the buttons.
#[derive(Clone, Debug, PartialEq)]
enum ImportMessage {
    Done(String),
    Failed(String),
}

/// The export and import buttons with the import's outcome.
#[component]
pub fn TransferButtons() -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let message = RwSignal::new(None::<ImportMessage>);
    let file_input: NodeRef<leptos::html::Input> = NodeRef::new();

    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        // Clear so picking the same file again fires `change` again.
        input.set_value("");
        spawn_local(async move {
            let name = file.name();
            let outcome = match platform::read_file_text(&file).await {
                Err(_) => Err(t.file_read_failed.to_owned()),
                Ok(text) => state
                    .try_edit(|w| w.import_text(&text))
                    .map_err(|error| messages::decode_error(&error, t)),
            };
            message.set(Some(match outcome {
                Ok(report) => ImportMessage::Done(fill(
                    t.import_done,
                    &[
                        ("added", &report.added),
                        ("updated", &report.updated),
                        ("unchanged", &report.unchanged),
                    ],
                )),
                Err(reason) => ImportMessage::Failed(fill(
                    t.import_failed,
                    &[("name", &name), ("reason", &reason)],
                )),
            }));
        });
    };

    view! {
        <div class="button-row">
            <button type="button" class="button primary" on:click=move |_| export_all(state)>
                {t.export_button}
            </button>
            <button
                type="button"
                class="button"
                on:click=move |_| {
                    if let Some(input) = file_input.get() {
                        input.click();
                    }
                }
            >
                {t.import_button}
            </button>
            // iOS greys out files under accept=".json" alone, so the MIME type is listed too.
            <input
                node_ref=file_input
                type="file"
                accept="application/json,.json,text/plain"
                hidden
                aria-label=t.import_button
                data-testid="import-file"
                on:change=on_file
            />
        </div>
        <div role="status" aria-live="polite" class="import-message">
            {move || match message.get() {
                None => ().into_any(),
                Some(ImportMessage::Done(text)) => view! { <p class="notice ok">{text}</p> }.into_any(),
                Some(ImportMessage::Failed(text)) => view! { <p class="notice error">{text}</p> }.into_any(),
            }}
        </div>
    }
}
