//! Export of everything as one JSON file, and import of such a file.

use crate::i18n::{fill, t};
use crate::model::workspace::PreparedImport;
use crate::model::{decode_workspace, encode_workspace, ImportReport};
use crate::platform;
use crate::share::export_filename;
use crate::ui::common::messages;
use crate::ui::state::AppState;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Downloads the whole workspace as `gevinstverksted-YYYY-MM-DD.json`.
pub fn export_all(state: AppState) {
    let (year, month, day) = platform::today();
    let text = state.with_stamped(encode_workspace);
    if platform::download_text(
        &export_filename(year, month, day),
        "application/json",
        &text,
    )
    .is_ok()
    {
        // Only a reminder aid; a failure here must not hide the download that worked.
        let now = platform::now();
        let _ = crate::store::record_export(now);
        state.last_export.set(Some(now));
    }
}

/// The outcome of the last import, shown beside the buttons.
#[derive(Clone, Debug, PartialEq)]
enum ImportMessage {
    Done(String),
    Failed(String),
}

/// A file that was read and understood, waiting for the user to confirm.
struct PendingImport {
    name: String,
    /// What the file holds ("3 ark, 40 lapper").
    contents: String,
    /// The import worked out for the preview, carried out on "Importer" without merging again.
    prepared: PreparedImport,
}

fn report_text(template: &str, report: ImportReport) -> String {
    fill(
        template,
        &[
            ("added", &report.added),
            ("updated", &report.updated),
            ("unchanged", &report.unchanged),
        ],
    )
}

/// The export and import buttons.
#[component]
pub fn TransferButtons() -> impl IntoView {
    let state = AppState::get();
    let t = t();
    view! {
        <ImportButton>
            <button type="button" class="button primary" on:click=move |_| export_all(state)>
                {t.backup.export_button}
            </button>
        </ImportButton>
    }
}

/// "Importer fil" (after any `children` buttons in the same row). Import shows what it will
/// add, update and leave alone, and changes nothing until the user confirms.
#[component]
pub fn ImportButton(#[prop(optional)] children: Option<Children>) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let message = RwSignal::new(None::<ImportMessage>);
    let pending = RwSignal::new(None::<PendingImport>);
    let file_input: NodeRef<leptos::html::Input> = NodeRef::new();
    let preview_heading: NodeRef<leptos::html::H3> = NodeRef::new();

    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = platform::take_picked_files(&ev).into_iter().next() else {
            return;
        };
        spawn_local(async move {
            let name = file.name();
            let decoded = match platform::read_file_text(&file).await {
                Err(_) => Err(t.common.file_read_failed.to_owned()),
                Ok(text) => {
                    let started = platform::perf_now();
                    let decoded =
                        decode_workspace(&text).map_err(|error| messages::decode_error(&error, t));
                    platform::perf_measure("gevinstverksted-import-decode", started);
                    decoded
                }
            };
            match decoded {
                Ok(incoming) => {
                    let contents = crate::ui::common::describe::contents_line(&incoming);
                    let started = platform::perf_now();
                    let prepared = state
                        .workspace
                        .with_untracked(|w| w.prepare_import(incoming));
                    platform::perf_measure("gevinstverksted-import-preview", started);
                    message.set(None);
                    pending.set(Some(PendingImport {
                        name,
                        contents,
                        prepared,
                    }));
                    if let Some(heading) = preview_heading.get() {
                        let _ = heading.focus();
                    }
                }
                Err(reason) => {
                    pending.set(None);
                    message.set(Some(ImportMessage::Failed(fill(
                        t.common.import_failed,
                        &[("name", &name), ("reason", &reason)],
                    ))));
                }
            }
        });
    };
    let confirm = move |_| {
        // Taken out of the signal, not copied: it holds the whole file.
        if let Some(p) = pending.try_update_untracked(Option::take).flatten() {
            let started = platform::perf_now();
            let report = state.merge(|w| w.apply_import(p.prepared));
            platform::perf_measure("gevinstverksted-import-merge", started);
            pending.set(None);
            message.set(Some(ImportMessage::Done(report_text(
                t.backup.import_done,
                report,
            ))));
        }
    };
    let cancel = move |_| {
        pending.set(None);
        message.set(Some(ImportMessage::Done(
            t.backup.import_cancelled.to_owned(),
        )));
    };

    view! {
        <div class="button-row">
            {children.map(|c| c())}
            <button
                type="button"
                class="button"
                on:click=move |_| {
                    if let Some(input) = file_input.get() {
                        input.click();
                    }
                }
            >
                {t.backup.import_button}
            </button>
            // iOS greys out files under accept=".json" alone, so the MIME type is listed too.
            <input
                node_ref=file_input
                type="file"
                accept="application/json,.json,text/plain"
                hidden
                aria-label=t.backup.import_button
                data-testid="import-file"
                on:change=on_file
            />
        </div>
        <section
            class="import-preview"
            aria-labelledby="import-preview-title"
            data-testid="import-preview"
            hidden=move || pending.with(Option::is_none)
        >
            <h3 id="import-preview-title" tabindex="-1" node_ref=preview_heading>
                {move || pending.with(|p| p.as_ref().map(|p| fill(t.backup.import_preview_title, &[("name", &p.name)])))}
            </h3>
            <p class="import-contents">{move || pending.with(|p| p.as_ref().map(|p| p.contents.clone()))}</p>
            <p>{move || pending.with(|p| p.as_ref().map(|p| report_text(t.backup.import_preview_counts, p.prepared.report)))}</p>
            {move || pending.with(|p| p.as_ref().filter(|p| p.prepared.report.conflicts > 0).map(|p| view! {
                <p class="notice warning" data-testid="import-conflicts">
                    {crate::i18n::fill(t.backup.import_preview_conflicts, &[("count", &p.prepared.report.conflicts)])}
                </p>
            }))}
            <div class="button-row">
                <button type="button" class="button primary" on:click=confirm>{t.backup.import_confirm}</button>
                <button type="button" class="button" on:click=cancel>{t.backup.import_cancel}</button>
            </div>
        </section>
        <div role="status" aria-live="polite" class="import-message">
            {move || match message.get() {
                None => ().into_any(),
                Some(ImportMessage::Done(text)) => view! { <p class="notice ok">{text}</p> }.into_any(),
                Some(ImportMessage::Failed(text)) => view! { <p class="notice error">{text}</p> }.into_any(),
            }}
        </div>
    }
}
