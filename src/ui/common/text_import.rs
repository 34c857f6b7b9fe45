//! Bringing an exported file in by picking it or by pasting its text (from chat or mail),
//! for places that import one kind of thing (a member's notes).

use crate::i18n::{fill, t};
use crate::model::{decode_workspace, Workspace};
use crate::platform;
use crate::share::link;
use crate::ui::common::messages;
use crate::ui::common::qr_scanner::QrScanner;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// A pasted or scanned share link, or a file's own text, decoded; the reason in the user's
/// language if it is neither.
pub fn decode_text(text: &str) -> Result<Workspace, String> {
    let t = t();
    match link::data_of(text) {
        Some(data) => link::unpack(data).map_err(|e| messages::link_error(&e, t)),
        None => decode_workspace(text).map_err(|e| messages::decode_error(&e, t)),
    }
}

/// A file button and a paste box. `on_import` gets each decoded file and returns the
/// message to show; a file that does not decode shows why and changes nothing.
#[component]
pub fn TextImport(
    /// Button text, e.g. "Importer Annes lapper".
    #[prop(into)]
    button: Signal<String>,
    /// Unique on the page.
    #[prop(into)]
    name: String,
    #[prop(into)] on_import: Callback<Workspace, String>,
    /// Whose the imports are, to name the scan and paste controls ("Lim inn tekst for Kari").
    #[prop(into)]
    for_name: String,
) -> impl IntoView {
    let t = t();
    let message = RwSignal::new(None::<Result<String, String>>);
    let pasted = RwSignal::new(String::new());
    let file_input: NodeRef<leptos::html::Input> = NodeRef::new();
    let handle = move |source: String, text: String| match decode_text(&text) {
        Ok(incoming) => message.set(Some(Ok(on_import.run(incoming)))),
        Err(reason) => message.set(Some(Err(fill(
            t.common.import_failed,
            &[("name", &source), ("reason", &reason)],
        )))),
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = platform::take_picked_files(&ev).into_iter().next() else {
            return;
        };
        spawn_local(async move {
            match platform::read_file_text(&file).await {
                Ok(text) => handle(file.name(), text),
                Err(_) => message.set(Some(Err(t.common.file_read_failed.to_owned()))),
            }
        });
    };
    let paste_id = format!("paste-{name}");
    view! {
        <div class="text-import">
            <button
                type="button"
                class="button"
                on:click=move |_| {
                    if let Some(input) = file_input.get() {
                        input.click();
                    }
                }
            >
                {move || button.get()}
            </button>
            <input
                node_ref=file_input
                type="file"
                accept="application/json,.json,text/plain"
                hidden
                aria-label=move || button.get()
                data-testid=format!("import-{name}")
                on:change=on_file
            />
            <QrScanner
                label=fill(t.receive.scan_qr_for, &[("name", &for_name)])
                on_link=Callback::new(move |data: String| handle(t.receive.scanned_link.to_owned(), format!("{}{data}", link::PREFIX)))
            />
            <details class="paste">
                <summary>{fill(t.receive.paste_instead_for, &[("name", &for_name)])}</summary>
                <label for=paste_id.clone()>{t.common.paste_label}</label>
                <textarea
                    id=paste_id
                    rows="3"
                    prop:value=move || pasted.get()
                    on:input=move |ev| pasted.set(event_target_value(&ev))
                ></textarea>
                <button
                    type="button"
                    class="button"
                    on:click=move |_| {
                        let text = pasted.get_untracked();
                        if !text.trim().is_empty() {
                            handle(t.common.pasted_text.to_owned(), text);
                            if matches!(message.get_untracked(), Some(Ok(_))) {
                                pasted.set(String::new());
                            }
                        }
                    }
                >
                    {t.common.paste_import}
                </button>
            </details>
            <div role="status" aria-live="polite" data-testid="import-message">
                {move || message.get().map(|m| match m {
                    Ok(text) => view! { <p class="notice ok">{text}</p> }.into_any(),
                    Err(text) => view! { <p class="notice error">{text}</p> }.into_any(),
                })}
            </div>
        </div>
    }
}
