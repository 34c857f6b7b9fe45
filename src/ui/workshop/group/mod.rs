//! One group's device in the group exercise: who is in the group and keeps time, the notes
//! each member brings, the round of turns, the prioritisation and the report.

mod members;
mod priority;
mod report;
mod round;

use super::notes::{NoteScope, NotesList};
use super::seminar::SeminarMissing;
use crate::i18n::{fill, t};
use crate::model::seminar::exercise::Group;
use crate::model::workspace::handover::Contents;
use crate::model::{Id, Seminar};
use crate::platform;
use crate::route::Route;
use crate::ui::common::receive_box::{Line, ReceiveBox};
use crate::ui::common::text_field::TextField;
use crate::ui::common::text_import::{decode_text, TextImport};
use crate::ui::common::trash_button::TrashButton;
use crate::ui::share_import::handover_error;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// A value of the group (and its seminar), read reactively ([`AppState::read_with`]).
pub(super) fn group_value<T: Default + 'static>(
    state: AppState,
    group: Id,
    get: impl Fn(&Group, &Seminar) -> T + 'static,
) -> impl Fn() -> T + Copy + 'static {
    let get = StoredValue::new_local(get);
    move || {
        state.read_with(group, |w| {
            w.group(&group)
                .and_then(|g| w.seminar(&g.seminar).map(|s| get.with_value(|f| f(g, s))))
                .unwrap_or_default()
        })
    }
}

/// Changes the group and marks it updated.
pub(super) fn edit_group(state: AppState, group: Id, change: impl FnOnce(&mut Group)) {
    state.edit(|w| w.edit_group(&group, platform::now(), change));
}

/// Changes the group through a model function that may refuse (`false`): a refused change
/// leaves the group as it was, unsaved and not marked updated.
pub(super) fn change_group(state: AppState, group: Id, change: impl FnOnce(&mut Group) -> bool) {
    state.edit_if(|w| w.change::<Group>(&group, platform::now(), change));
}

#[component]
pub fn GroupScreen(seminar: Id, group: Id) -> impl IntoView {
    let state = AppState::get();
    let exists = move || {
        state.workspace.with(|w| {
            w.group(&group)
                .is_some_and(|g| g.deleted.is_none() && g.seminar == seminar)
                && w.seminar(&seminar).is_some_and(|s| s.deleted.is_none())
        })
    };
    view! {
        <Show when=exists fallback=move || view! { <SeminarMissing /> }>
            <GroupPage seminar=seminar group=group />
        </Show>
    }
}

#[component]
fn GroupPage(seminar: Id, group: Id) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let seminar_title = group_value(state, group, |_, s| s.title.clone());
    let name = Signal::derive(group_value(state, group, |g, _| g.name.clone()));
    let set_name = Callback::new(move |text: String| {
        state.type_into(group, |w| {
            w.edit_group(&group, platform::now(), |g| g.name = text)
        });
    });
    view! {
        <p class="breadcrumb">
            <a href=Route::Workshop.href()>{t.nav.workshop}</a>
            " › "
            <a href=Route::Seminar(seminar).href()>
                {move || { let title = seminar_title(); if title.is_empty() { t.common.untitled.to_owned() } else { title } }}
            </a>
        </p>
        <h1>{move || { let name = name.get(); if name.is_empty() { t.common.untitled.to_owned() } else { name } }}</h1>
        <details class="setup">
            <summary>{t.group.name_edit}</summary>
            <TextField label=t.group.name name="group-name" value=name on_input=set_name />
        </details>
        <ReceiveNotes group=group />
        <members::MembersSection group=group />
        <GroupNotesSection seminar=seminar group=group />
        <round::RoundSection group=group />
        <priority::PrioritySection group=group />
        <report::ReportSection group=group />
        <TrashButton
            label=t.trash.group
            on_trash=Callback::new(move |()| { state.edit(|w| w.set_group_deleted(&group, true, platform::now())); })
            then=Route::Seminar(seminar)
        />
    }
}

/// Each member's notes: typed in here, or imported from the member's phone.
#[component]
fn GroupNotesSection(seminar: Id, group: Id) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let members = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.group(&group)
                .map(|g| {
                    g.members
                        .iter()
                        .map(|m| (m.id, m.name.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <section class="step" aria-labelledby="step-notes">
            <h2 id="step-notes">{t.group.step_notes}</h2>
            <p class="hint">{t.group.step_notes_hint}</p>
            <Show when=move || members.with(|m| !m.is_empty()) fallback=move || view! { <p class="empty">{t.group.members_first}</p> }>
                <For
                    each=move || members.get()
                    key=|member| member.clone()
                    children=move |(member, name)| {
                        let heading_id = format!("notes-of-{member}");
                        let labelled_by = heading_id.clone();
                        let scope = NoteScope::Member { seminar, group, member };
                        let count = move || {
                            state.workspace.with(|w| {
                                w.group_notes(&group).iter().filter(|n| n.member == Some(member)).count()
                            })
                        };
                        let import = {
                            let name = name.clone();
                            Callback::new(move |incoming| {
                                let (added, updated) = state.edit(|w| w.import_member_notes(&group, &member, incoming));
                                fill(t.group.member_notes_imported, &[("added", &added), ("updated", &updated), ("name", &name)])
                            })
                        };
                        view! {
                            <div class="member-notes" role="group" aria-labelledby=labelled_by>
                                <h3 id=heading_id>
                                    {name.clone()} " "
                                    <span class="item-meta">{move || fill(t.group.notes_count, &[("n", &count())])}</span>
                                </h3>
                                <NotesList
                                    scope=scope
                                    label=fill(t.group.notes_of, &[("name", &name)])
                                    add_label=fill(t.group.new_note_for, &[("name", &name)])
                                />
                                <TextImport
                                    button=fill(t.group.import_notes_of, &[("name", &name)])
                                    name=format!("member-{member}")
                                    on_import=import
                                    for_name=name.clone()
                                />
                            </div>
                        }
                    }
                />
            </Show>
        </section>
    }
}

/// "Ta imot lapper fra deltakerne": each participant's hand-over (scanned, a link pasted, or
/// their files, several at once) makes that member by name, or updates their notes.
#[component]
fn ReceiveNotes(group: Id) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    // Who came in, for "3 deltakere mottatt".
    let received = RwSignal::new(Vec::<Id>::new());
    let take = move |source: &str, text: &str| -> Line {
        let incoming = decode_text(text).map_err(|reason| {
            fill(
                t.common.import_failed,
                &[("name", &source), ("reason", &reason)],
            )
        })?;
        let who = incoming.participant.as_ref().map(|p| p.id);
        if !matches!(Contents::of(&incoming), Contents::Notes { .. }) {
            return Err(fill(t.group.receive_not_notes, &[("source", &source)]));
        }
        let report = state
            .try_edit(|w| w.receive_notes(&group, incoming, platform::now()))
            .map_err(|e| handover_error(&e, source))?;
        if let Some(id) = who {
            received.update(|r| {
                if !r.contains(&id) {
                    r.push(id);
                }
            });
        }
        Ok(if report.new_member {
            fill(
                t.group.receive_new_member,
                &[("name", &report.name), ("added", &report.added)],
            )
        } else {
            fill(
                t.group.receive_known_member,
                &[
                    ("name", &report.name),
                    ("added", &report.added),
                    ("updated", &report.updated),
                ],
            )
        })
    };
    let summary = Signal::derive(move || {
        let n = received.with(Vec::len);
        (n > 0).then(|| fill(t.group.received_count, &[("n", &n)]))
    });
    view! {
        <section class="step receive" aria-labelledby="step-receive">
            <h2 id="step-receive">{t.group.receive_title}</h2>
            <p class="hint">{t.group.receive_hint}</p>
            <ReceiveBox
                files_label=t.group.receive_files
                files_testid="receive-files"
                paste_summary=t.group.paste_instead
                paste_label=t.common.paste_label
                paste_id="receive-paste"
                results_testid="receive-results"
                on_text=Callback::new(move |(source, text): (String, String)| vec![take(&source, &text)])
                summary=summary
            />
        </section>
    }
}
