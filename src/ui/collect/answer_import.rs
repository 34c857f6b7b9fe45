//! Bringing group answers in: several files at once, or one pasted (the JSON file's text, or
//! the report text a group put in Teams). Each answer says what it brought.

use crate::i18n::{fill, t};
use crate::model::collect::{AnswerOutcome, AnswerReport};
use crate::model::{decode_workspace, Id};
use crate::platform;
use crate::ui::common::messages;
use crate::ui::common::qr_scanner::QrScanner;
use crate::ui::state::AppState;
use leptos::prelude::*;
use leptos::task::spawn_local;

fn answer_line(report: &AnswerReport) -> String {
    let t = t();
    let template = match report.outcome {
        AnswerOutcome::Added => t.collect_added,
        AnswerOutcome::Updated => t.collect_updated,
        AnswerOutcome::Unchanged => t.collect_unchanged,
    };
    fill(
        template,
        &[
            ("group", &report.group),
            ("n", &report.ideas),
            ("new", &report.new_ideas),
        ],
    )
}

#[component]
pub fn AnswerImport(seminar: Option<Id>) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    // One line per answer or refused file, newest import first.
    let lines = RwSignal::new(Vec::<Result<String, String>>::new());
    let pasted = RwSignal::new(String::new());
    let file_input: NodeRef<leptos::html::Input> = NodeRef::new();
    // Imports one file's text; returns its result lines.
    let import_json = move |name: &str, text: &str| -> Vec<Result<String, String>> {
        match decode_workspace(text) {
            Err(error) => vec![Err(fill(
                t.import_failed,
                &[
                    ("name", &name),
                    ("reason", &messages::decode_error(&error, t)),
                ],
            ))],
            Ok(incoming) => {
                let reports = state.edit(|w| w.collect_answers(incoming));
                if reports.is_empty() {
                    vec![Err(fill(t.collect_no_answer, &[("name", &name)]))]
                } else {
                    reports.iter().map(|r| Ok(answer_line(r))).collect()
                }
            }
        }
    };
    let on_files = move |ev: leptos::ev::Event| {
        let files = platform::take_picked_files(&ev);
        spawn_local(async move {
            let mut all = Vec::new();
            for file in files {
                let name = file.name();
                match platform::read_file_text(&file).await {
                    Ok(text) => all.extend(import_json(&name, &text)),
                    Err(_) => all.push(Err(fill(
                        t.import_failed,
                        &[("name", &name), ("reason", &t.file_read_failed)],
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
        let result = if let Some(data) = crate::share::link::data_of(&text) {
            match crate::share::link::unpack(data) {
                Ok(incoming) => {
                    let reports = state.edit(|w| w.collect_answers(incoming));
                    if reports.is_empty() {
                        vec![Err(fill(t.collect_no_answer, &[("name", &t.pasted_text)]))]
                    } else {
                        reports.iter().map(|r| Ok(answer_line(r))).collect()
                    }
                }
                Err(e) => vec![Err(fill(
                    t.import_failed,
                    &[
                        ("name", &t.pasted_text),
                        ("reason", &messages::link_error(&e, t)),
                    ],
                ))],
            }
        } else if text.trim_start().starts_with('{') {
            import_json(t.pasted_text, &text)
        } else {
            match seminar {
                None => vec![Err(t.collect_text_needs_seminar.to_owned())],
                Some(seminar) => {
                    let now = platform::now();
                    // The group may have written in another language than the one in use here.
                    let languages = crate::i18n::languages_from_current();
                    let candidates = languages.map(|l| l.texts().report_words());
                    let words =
                        &candidates[crate::model::collect::report_language(&text, &candidates)];
                    match state.edit(|w| w.collect_text(&text, seminar, now, words)) {
                        Some(report) => vec![Ok(answer_line(&report))],
                        None => vec![Err(t.collect_text_not_report.to_owned())],
                    }
                }
            }
        };
        if result.iter().all(Result::is_ok) {
            pasted.set(String::new());
        }
        lines.set(result);
    };
    view! {
        <section class="step" aria-labelledby="collect-import">
            <h2 id="collect-import">{t.collect_import_title}</h2>
            <p class="hint">{t.collect_import_hint}</p>
            <button
                type="button"
                class="button primary"
                on:click=move |_| {
                    if let Some(input) = file_input.get() {
                        input.click();
                    }
                }
            >
                {t.collect_import_files}
            </button>
            <input
                node_ref=file_input
                type="file"
                multiple
                accept="application/json,.json,text/plain"
                hidden
                aria-label=t.collect_import_files
                data-testid="collect-files"
                on:change=on_files
            />
            <QrScanner on_link=Callback::new(|data: String| { let _ = window().location().set_hash(&crate::route::Route::Share(data).href()); }) />
            <details class="paste">
                <summary>{t.collect_paste_summary}</summary>
                <label for="collect-paste">{t.collect_paste_label}</label>
                <textarea
                    id="collect-paste"
                    rows="5"
                    prop:value=move || pasted.get()
                    on:input=move |ev| pasted.set(event_target_value(&ev))
                ></textarea>
                <button type="button" class="button" on:click=on_paste>{t.paste_import}</button>
            </details>
            <ul class="import-results" role="status" aria-live="polite" data-testid="collect-results">
                {move || lines.get().into_iter().map(|line| match line {
                    Ok(text) => view! { <li class="notice ok">{text}</li> }.into_any(),
                    Err(text) => view! { <li class="notice error">{text}</li> }.into_any(),
                }).collect_view()}
            </ul>
        </section>
    }
}
