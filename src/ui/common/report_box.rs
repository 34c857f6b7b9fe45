//! A finished text (a group's answer, a task review) shown as it will be pasted, with
//! "Kopier tekst" and, where there is one, the file for the facilitator.

use crate::i18n::t;
use crate::platform;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Makes the file to download: `(filename, JSON)`.
pub type FileMaker = Callback<(), (String, String)>;

#[derive(Clone, Copy, PartialEq)]
enum CopyResult {
    Copied,
    Refused,
}

/// The text in a read-only box, a copy button, and an optional download of `file_json`.
#[component]
pub fn ReportBox(
    /// Label of the text box.
    label: &'static str,
    /// Unique on the page; the text box's id is `report-<name>`.
    name: &'static str,
    #[prop(into)] text: Signal<String>,
    /// Button text and `(filename, JSON)` of the file download, if any.
    #[prop(optional)]
    download: Option<(&'static str, FileMaker)>,
) -> impl IntoView {
    let t = t();
    let text = Memo::new(move |_| text.get());
    let result = RwSignal::new(None::<CopyResult>);
    let textarea: NodeRef<leptos::html::Textarea> = NodeRef::new();
    let copy = move |_| {
        let text = text.get_untracked();
        spawn_local(async move {
            if platform::copy_text(&text).await {
                result.set(Some(CopyResult::Copied));
            } else {
                // Select it so the user only has to press copy.
                if let Some(area) = textarea.get_untracked() {
                    area.select();
                }
                result.set(Some(CopyResult::Refused));
            }
        });
    };
    let id = format!("report-{name}");
    view! {
        <div class="report-box">
            <label for=id.clone()>{label}</label>
            <textarea id=id node_ref=textarea readonly rows="10" prop:value=move || text.get()></textarea>
            <div class="button-row">
                <button type="button" class="button primary" on:click=copy>{t.common.copy_text}</button>
                {download.map(|(button, file)| view! {
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| {
                            let (filename, json) = file.run(());
                            let _ = platform::download_text(&filename, "application/json", &json);
                        }
                    >
                        {button}
                    </button>
                })}
            </div>
            <p role="status" aria-live="polite" class="copy-status">
                {move || match result.get() {
                    Some(CopyResult::Copied) => t.common.copied,
                    Some(CopyResult::Refused) => t.common.copy_refused,
                    None => "",
                }}
            </p>
        </div>
    }
}
