//! What a received package holds, in the user's words, for every preview (link, scanned
//! code, file): "Seminaret «…»", "Lapper fra Kari (3)", "Svar fra Gruppe 2 (4 forslag)".

use crate::i18n::{fill, t};
use crate::model::workspace::handover::Contents;
use crate::model::Workspace;

/// One line naming what `incoming` is.
pub fn contents_line(incoming: &Workspace) -> String {
    let t = t();
    match Contents::of(incoming) {
        Contents::Seminar(seminar) => fill(t.receive.preview_seminar, &[("title", &seminar.title)]),
        Contents::Notes {
            from: Some(p),
            notes,
            ..
        } => fill(
            t.receive.preview_notes_from,
            &[("name", &p.name), ("n", &notes)],
        ),
        Contents::Notes {
            from: None, notes, ..
        } => fill(t.receive.preview_notes_nameless, &[("n", &notes)]),
        Contents::Answers(groups) => groups
            .iter()
            .map(|(group, n)| fill(t.receive.preview_answer_from, &[("group", group), ("n", n)]))
            .collect::<Vec<_>>()
            .join(", "),
        Contents::Other => fill(t.receive.link_holds, &[("what", &counts(incoming))]),
    }
}

/// "1 seminar, 2 lapper, 1 gruppesvar".
pub fn counts(w: &Workspace) -> String {
    let t = t();
    [
        (w.seminars.len(), t.receive.link_seminars),
        (w.notes.len(), t.receive.link_notes),
        (w.groups.len(), t.receive.link_groups),
        (w.a3_sheets.len(), t.receive.link_sheets),
        (w.task_reviews.len(), t.receive.link_task_reviews),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, what)| fill(what, &[("n", &n)]))
    .collect::<Vec<_>>()
    .join(", ")
}
