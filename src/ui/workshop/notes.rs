//! The notes ("ett potensiale per lapp"): written on a participant's phone, or typed in for
//! a group member. Every keystroke is saved; "Ny lapp" is one tap and puts the cursor in the
//! new note, so the keyboard stays up.

use crate::i18n::{fill, t};
use crate::model::a3::benefit::BenefitKind;
use crate::model::{Id, Note};
use crate::platform;
use crate::ui::common::text_field::TextField;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Whose notes a list shows and where new notes go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoteScope {
    /// The participant's own notes in a seminar, on this device.
    Own { seminar: Id },
    /// A group member's notes, on the group's device.
    Member { seminar: Id, group: Id, member: Id },
}

impl NoteScope {
    fn contains(&self, note: &Note) -> bool {
        match *self {
            NoteScope::Own { seminar } => note.seminar == Some(seminar) && note.group.is_none(),
            NoteScope::Member { group, member, .. } => {
                note.group == Some(group) && note.member == Some(member)
            }
        }
    }

    fn new_note(&self, now: crate::model::Timestamp) -> Note {
        match *self {
            NoteScope::Own { seminar } => Note::new(Id::new_random(), Some(seminar), now),
            NoteScope::Member {
                seminar,
                group,
                member,
            } => Note {
                group: Some(group),
                member: Some(member),
                ..Note::new(Id::new_random(), Some(seminar), now)
            },
        }
    }
}

/// The ids of the scope's notes, oldest first.
pub fn note_ids(state: AppState, scope: NoteScope) -> Vec<Id> {
    state.workspace.with(|w| {
        w.active_notes()
            .filter(|n| scope.contains(n))
            .map(|n| n.id)
            .collect()
    })
}

/// The scope's notes as editable cards, with "Ny lapp" below and undo for a deleted note.
#[component]
pub fn NotesList(
    scope: NoteScope,
    /// Accessible name of the list, e.g. "Mine lapper" or "Lapper fra Anne".
    #[prop(into)]
    label: Signal<String>,
    /// Text of the add button.
    #[prop(into)]
    add_label: Signal<String>,
) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let ids = Memo::new(move |_| note_ids(state, scope));
    let deleted = RwSignal::new(None::<Id>);
    let add = move |_| {
        let note = scope.new_note(platform::now());
        let id = note.id;
        state.edit(|w| w.add(note));
        // The card exists once the list has re-rendered, which `edit` did synchronously.
        platform::focus_element(&format!("field-note-potential-{id}"));
    };
    let remove = Callback::new(move |id: Id| {
        state.edit(|w| w.set_note_deleted(&id, true, platform::now()));
        deleted.set(Some(id));
    });
    let undo = move |_| {
        if let Some(id) = deleted.get_untracked() {
            state.edit(|w| w.set_note_deleted(&id, false, platform::now()));
            deleted.set(None);
            platform::focus_element(&format!("field-note-potential-{id}"));
        }
    };
    view! {
        <ol class="note-list" aria-label=move || label.get()>
            <For
                each={move || ids.get().into_iter().enumerate().collect::<Vec<_>>()}
                key=|(index, id)| (*index, *id)
                children=move |(index, id)| view! { <NoteCard id=id number={index + 1} on_delete=remove /> }
            />
        </ol>
        <div role="status" aria-live="polite">
            {move || deleted.get().map(|_| view! {
                <p class="notice ok undo-line">
                    {t.notes.note_deleted}
                    " "
                    <button type="button" class="button small" on:click=undo>{t.common.undo_button}</button>
                </p>
            })}
        </div>
        <button
            type="button"
            class="button primary add-note"
            // Keeps focus (and the on-screen keyboard) in the field until the new note takes it.
            on:mousedown=|ev| ev.prevent_default()
            on:click=add
        >
            {move || add_label.get()}
        </button>
    }
}

/// One note: potential, benefit, benefit kind, delete.
#[component]
fn NoteCard(id: Id, number: usize, on_delete: Callback<Id>) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let read =
        move |f: fn(&Note) -> String| Signal::derive(move || state.read(id, f).unwrap_or_default());
    let write = move |f: fn(&mut Note, String)| {
        Callback::new(move |text: String| {
            state.type_into(id, |w| w.edit_note(&id, platform::now(), |n| f(n, text)));
        })
    };
    let kind = Memo::new(move |_| {
        state
            .read(id, |n: &Note| n.benefit_kind)
            .flatten()
            .map_or(0, |k| k.index() + 1)
    });
    let set_kind = move |index: usize| {
        let kind = index.checked_sub(1).and_then(BenefitKind::from_index);
        state.edit(|w| w.edit_note(&id, platform::now(), |n| n.benefit_kind = kind));
    };
    let title = fill(t.notes.note_number, &[("n", &number)]);
    let kind_id = format!("field-note-kind-{id}");
    view! {
        <li class="note-card" data-testid="note-card">
            <h3 class="note-number">{title.clone()}</h3>
            <TextField
                label=t.notes.potential
                placeholder=t.notes.potential_hint
                multiline=true
                name=format!("note-potential-{id}")
                value=read(|n| n.potential.clone())
                on_input=write(|n, text| n.potential = text)
            />
            <TextField
                label=t.notes.benefit
                placeholder=t.notes.benefit_hint
                multiline=true
                name=format!("note-benefit-{id}")
                value=read(|n| n.benefit.clone())
                on_input=write(|n, text| n.benefit = text)
            />
            <div class="note-card-footer">
                <div class="field">
                    <label for=kind_id.clone()>{t.common.benefit_kind}</label>
                    <select
                        id=kind_id
                        on:change=move |ev| {
                            if let Ok(index) = event_target_value(&ev).parse::<usize>() {
                                set_kind(index);
                            }
                        }
                    >
                        {std::iter::once(t.notes.not_chosen)
                            .chain(t.common.benefit_kinds.all())
                            .enumerate()
                            .map(|(i, text)| view! {
                                <option value=i.to_string() prop:selected=move || kind.get() == i>{text}</option>
                            })
                            .collect_view()}
                    </select>
                </div>
                <button
                    type="button"
                    class="button small danger"
                    aria-label=fill(t.notes.delete_note_named, &[("note", &title)])
                    on:click=move |_| on_delete.run(id)
                >
                    {t.common.delete_button}
                </button>
            </div>
        </li>
    }
}
