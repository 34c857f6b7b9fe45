//! Papirkurv: deleted A3 sheets, programmes, seminars, groups, task reviews and notes, restorable until
//! they are 30 days old.

use crate::i18n::{fill, t};
use crate::model::{Id, Timestamp};
use crate::platform;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// What can be restored.
#[derive(Clone, Copy, PartialEq)]
enum Deleted {
    Sheet,
    Seminar,
    Group,
    TaskReview,
    Note,
    Programme,
}

#[component]
pub fn TrashScreen() -> impl IntoView {
    let state = AppState::get();
    let t = t();
    // One computation per change, read by both the empty-state check and the list.
    let rows = Memo::new(move |_| {
        state.workspace.with(|w| {
            let sheets = w.a3_sheets.iter().filter_map(|s| {
                s.deleted
                    .map(|at| (Deleted::Sheet, s.id, s.title.clone(), at))
            });
            let seminars = w.seminars.iter().filter_map(|s| {
                s.deleted
                    .map(|at| (Deleted::Seminar, s.id, s.title.clone(), at))
            });
            let groups = w.groups.iter().filter_map(|g| {
                g.deleted
                    .map(|at| (Deleted::Group, g.id, g.name.clone(), at))
            });
            let reviews = w.task_reviews.iter().filter_map(|r| {
                r.deleted
                    .map(|at| (Deleted::TaskReview, r.id, r.title.clone(), at))
            });
            let notes = w.notes.iter().filter_map(|n| {
                n.deleted
                    .map(|at| (Deleted::Note, n.id, n.potential.clone(), at))
            });
            let programmes = w.programmes.iter().filter_map(|p| {
                p.deleted
                    .map(|at| (Deleted::Programme, p.id, p.title.clone(), at))
            });
            let mut rows: Vec<(Deleted, Id, String, Timestamp)> = sheets
                .chain(programmes)
                .chain(seminars)
                .chain(groups)
                .chain(reviews)
                .chain(notes)
                .collect();
            rows.sort_by_key(|row| std::cmp::Reverse(row.3));
            rows
        })
    });
    let restore = move |kind: Deleted, id: Id| {
        let now = platform::now();
        state.edit(|w| match kind {
            Deleted::Sheet => w.set_a3_deleted(&id, false, now),
            Deleted::Seminar => w.set_seminar_deleted(&id, false, now),
            Deleted::Group => w.set_group_deleted(&id, false, now),
            Deleted::TaskReview => w.set_task_review_deleted(&id, false, now),
            Deleted::Note => w.set_note_deleted(&id, false, now),
            Deleted::Programme => w.set_programme_deleted(&id, false, now),
        });
    };
    view! {
        <h1>{t.trash.title}</h1>
        <p class="lead">{t.trash.intro}</p>
        <Show when=move || rows.with(|r| !r.is_empty()) fallback=move || view! { <p class="empty">{t.trash.empty}</p> }>
            <ul class="item-list" aria-label=t.trash.title>
                <For
                    each=move || rows.get()
                    key=|row| (row.1, row.3)
                    children=move |(kind, id, title, at)| {
                        let title = if title.is_empty() { t.common.untitled.to_owned() } else { title };
                        let kind_label = match kind {
                            Deleted::Sheet => t.common.count_a3,
                            Deleted::Seminar => t.common.count_seminars,
                            Deleted::Group => t.group.groups_label,
                            Deleted::TaskReview => t.task_review.title,
                            Deleted::Note => t.common.count_notes,
                            Deleted::Programme => t.trash.programme_kind,
                        };
                        view! {
                            <li class="item-card with-actions">
                                <span class="item-link">
                                    <span class="item-title">{title.clone()}</span>
                                    <span class="item-meta">
                                        {kind_label} " · " {fill(t.trash.deleted_on, &[("date", &platform::format_date(at))])}
                                    </span>
                                </span>
                                <button
                                    type="button"
                                    class="button small"
                                    aria-label=format!("{} – {}", t.trash.restore_button, title)
                                    on:click=move |_| restore(kind, id)
                                >
                                    {t.trash.restore_button}
                                </button>
                            </li>
                        }
                    }
                />
            </ul>
        </Show>
    }
}
