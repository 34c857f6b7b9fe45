//! Taking hand-overs in one after another: several files in one pick, codes scanned one after
//! another, or text pasted from chat. Each hand-over gives lines that say what it brought (or
//! why not), and the lines stay under the controls.
//!
//! A scanned code changes nothing by itself: it waits in a list that says what it holds
//! ("Lapper fra Kari (4)") until it is taken in with one tap ("Ta imot", or "Ta imot alle"),
//! as a link's preview does.

use crate::i18n::{fill, t};
use crate::platform;
use crate::ui::common::describe::contents_line;
use crate::ui::common::qr_scanner::QrScanner;
use crate::ui::common::text_import::decode_text;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// One result line: what a hand-over brought (`Ok`), or why it was refused (`Err`).
pub type Line = Result<String, String>;

/// A scanned hand-over not yet taken in.
#[derive(Clone, PartialEq)]
struct Waiting {
    key: usize,
    /// The link's text, as `on_text` takes it.
    link: String,
    /// What it holds, in the user's words.
    label: String,
}

/// A primary file button (several files at once), the in-app scanner (it stays open) and a
/// paste box. `on_text` gets where the text came from (the file's name, "Innlimt tekst",
/// "Skannet lenke") and the text, does the import, and returns the lines to show.
#[component]
pub fn ReceiveBox(
    /// Text of the file button.
    files_label: &'static str,
    /// Test id of the hidden file input.
    files_testid: &'static str,
    /// The paste box's summary and label, and the text area's id (unique on the page).
    paste_summary: &'static str,
    paste_label: &'static str,
    paste_id: &'static str,
    /// Test id of the results.
    results_testid: &'static str,
    on_text: Callback<(String, String), Vec<Line>>,
    /// Shown above the lines once something came in (e.g. "3 deltakere mottatt").
    #[prop(optional, into)]
    summary: Option<Signal<Option<String>>>,
) -> impl IntoView {
    let t = t();
    let lines = RwSignal::new(Vec::<Line>::new());
    let pasted = RwSignal::new(String::new());
    let file_input: NodeRef<leptos::html::Input> = NodeRef::new();
    let on_files = move |ev: leptos::ev::Event| {
        let files = platform::take_picked_files(&ev);
        spawn_local(async move {
            let mut all = Vec::new();
            for file in files {
                let name = file.name();
                match platform::read_file_text(&file).await {
                    Ok(text) => all.extend(on_text.run((name, text))),
                    Err(_) => all.push(Err(fill(
                        t.common.import_failed,
                        &[("name", &name), ("reason", &t.common.file_read_failed)],
                    ))),
                }
            }
            lines.set(all);
        });
    };
    let on_paste = move |_| {
        let text = pasted.get_untracked();
        if text.trim().is_empty() {
            return;
        }
        let result = on_text.run((t.common.pasted_text.to_owned(), text));
        if result.iter().all(Result::is_ok) {
            pasted.set(String::new());
        }
        lines.set(result);
    };
    // Scanned codes wait here until taken in; a code that is not a hand-over says why at once.
    let waiting = RwSignal::new(Vec::<Waiting>::new());
    let next_key = StoredValue::new(0usize);
    let scanned = Callback::new(move |data: String| {
        let link = format!("{}{data}", crate::share::link::PREFIX);
        match decode_text(&link) {
            Ok(incoming) => {
                let key = next_key.get_value();
                next_key.set_value(key + 1);
                let label = contents_line(&incoming);
                waiting.update(|w| {
                    if !w.iter().any(|item| item.link == link) {
                        w.push(Waiting { key, link, label });
                    }
                });
            }
            Err(reason) => lines.update(|l| {
                l.push(Err(fill(
                    t.common.import_failed,
                    &[("name", &t.receive.scanned_link), ("reason", &reason)],
                )))
            }),
        }
    });
    let take = move |keys: Vec<usize>| {
        let taken: Vec<Waiting> = waiting
            .get_untracked()
            .into_iter()
            .filter(|w| keys.contains(&w.key))
            .collect();
        waiting.update(|w| w.retain(|item| !keys.contains(&item.key)));
        let mut results = Vec::new();
        for item in taken {
            results.extend(on_text.run((t.receive.scanned_link.to_owned(), item.link)));
        }
        lines.update(|l| l.extend(results));
    };
    // The decoder is fetched now, while there may be a network, so scanning works offline.
    crate::platform::camera::prefetch_decoder();
    let take_all = move |_| take(waiting.with_untracked(|w| w.iter().map(|i| i.key).collect()));
    view! {
        <div class="button-row">
            <button
                type="button"
                class="button primary"
                on:click=move |_| {
                    if let Some(input) = file_input.get() {
                        input.click();
                    }
                }
            >
                {files_label}
            </button>
        </div>
        // iOS greys out files under accept=".json" alone, so the MIME types are listed too.
        <input
            node_ref=file_input
            type="file"
            multiple
            accept="application/json,.json,text/plain"
            hidden
            aria-label=files_label
            data-testid=files_testid
            on:change=on_files
        />
        <QrScanner on_link=scanned continuous=true />
        <section
            class="waiting"
            hidden=move || waiting.with(Vec::is_empty)
            aria-label=move || fill(t.receive.pending_title, &[("n", &waiting.with(Vec::len))])
            data-testid="waiting"
        >
            <p class="receive-count">{move || fill(t.receive.pending_title, &[("n", &waiting.with(Vec::len))])}</p>
            <ul class="waiting-list">
                {move || waiting.get().into_iter().map(|item| {
                    let key = item.key;
                    view! {
                        <li>
                            <span>{item.label}</span>
                            <span class="button-row">
                                <button type="button" class="button primary" on:click=move |_| take(vec![key])>{t.receive.pending_accept}</button>
                                <button type="button" class="button" on:click=move |_| waiting.update(|w| w.retain(|i| i.key != key))>{t.receive.pending_discard}</button>
                            </span>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <button type="button" class="button primary" hidden=move || { waiting.with(Vec::len) < 2 } on:click=take_all>
                {move || fill(t.receive.pending_accept_all, &[("n", &waiting.with(Vec::len))])}
            </button>
        </section>
        <details class="paste">
            <summary>{paste_summary}</summary>
            <label for=paste_id>{paste_label}</label>
            <textarea
                id=paste_id
                rows="4"
                prop:value=move || pasted.get()
                on:input=move |ev| pasted.set(event_target_value(&ev))
            ></textarea>
            <button type="button" class="button" on:click=on_paste>{t.common.paste_import}</button>
        </details>
        <div role="status" aria-live="polite" data-testid=results_testid>
            {move || summary.and_then(|s| s.get()).map(|text| view! { <p class="receive-count">{text}</p> })}
            <ul class="import-results">
                {move || lines.get().into_iter().map(|line| match line {
                    Ok(text) => view! { <li class="notice ok">{text}</li> }.into_any(),
                    Err(text) => view! { <li class="notice error">{text}</li> }.into_any(),
                }).collect_view()}
            </ul>
        </div>
    }
}
