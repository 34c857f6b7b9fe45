//! Bringing group answers in: several files at once, or one pasted (the JSON file's text, or
//! the report text a group put in Teams). Each answer says what it brought.

use crate::i18n::{fill, t};
use crate::model::collect::{AnswerOutcome, AnswerReport};
use crate::model::{decode_workspace, Id};
use crate::platform;
use crate::report;
use crate::ui::common::messages;
use crate::ui::common::receive_box::{Line, ReceiveBox};
use crate::ui::state::AppState;
use leptos::prelude::*;

fn answer_line(report: &AnswerReport) -> String {
    let t = t();
    let template = match report.outcome {
        AnswerOutcome::Added => t.collect().added,
        AnswerOutcome::Updated => t.collect().updated,
        AnswerOutcome::Unchanged => t.collect().unchanged,
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
    // A decoded package: its groups' answers collected, one line per group.
    let collect = move |source: &str, incoming| -> Vec<Line> {
        let reports = state.merge(|w| w.collect_answers(incoming));
        if reports.is_empty() {
            vec![Err(fill(t.collect().no_answer, &[("name", &source)]))]
        } else {
            reports.iter().map(|r| Ok(answer_line(r))).collect()
        }
    };
    // A file, a pasted or scanned link, a JSON text, or a group's report text from Teams.
    let on_text = Callback::new(move |(source, text): (String, String)| -> Vec<Line> {
        let refused = |reason: String| {
            vec![Err(fill(
                t.common.import_failed,
                &[("name", &source), ("reason", &reason)],
            ))]
        };
        if let Some(data) = crate::share::link::data_of(&text) {
            return match crate::share::link::unpack(data) {
                Ok(incoming) => collect(&source, incoming),
                Err(e) => refused(messages::link_error(&e, t)),
            };
        }
        if text.trim_start().starts_with('{') {
            return match decode_workspace(&text) {
                Ok(incoming) => collect(&source, incoming),
                Err(e) => refused(messages::decode_error(&e, t)),
            };
        }
        let Some(seminar) = seminar else {
            return vec![Err(t.collect().text_needs_seminar.to_owned())];
        };
        let now = platform::now();
        // The group may have written in another language than the one in use here.
        let languages = crate::i18n::languages_from_current();
        let written_in = languages[report::report_language(&text, &languages)];
        match state.edit(|w| report::collect_text(w, &text, seminar, now, written_in.texts())) {
            Some(report) => vec![Ok(answer_line(&report))],
            None => vec![Err(t.collect().text_not_report.to_owned())],
        }
    });
    view! {
        <section class="step" aria-labelledby="collect-import">
            <h2 id="collect-import">{t.collect().import_title}</h2>
            <p class="hint">{t.collect().import_hint}</p>
            <ReceiveBox
                files_label=t.collect().import_files
                files_testid="collect-files"
                paste_summary=t.collect().paste_summary
                paste_label=t.collect().paste_label
                paste_id="collect-paste"
                results_testid="collect-results"
                on_text=on_text
            />
        </section>
    }
}
