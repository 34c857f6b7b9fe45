//! Opening a share link (`#/del/<data>`, from the camera app, a scan or a paste): first what it
//! holds, and nothing changes until the user says so. A seminar's setup opens *Bli med*; a
//! participant's notes go to a group on this device in one tap; a group's answer goes to the
//! facilitator's collection.

use crate::i18n::{fill, t};
use crate::model::workspace::handover::{Contents, HandoverError, Participant};
use crate::model::{Id, Workspace};
use crate::platform;
use crate::route::Route;
use crate::share::link;
use crate::ui::common::describe::contents_line;
use crate::ui::common::messages;
use crate::ui::common::qr_scanner::QrScanner;
use crate::ui::state::AppState;
use crate::ui::workshop::join::JoinScreen;
use leptos::prelude::*;

/// Leaves the link for `route`, replacing the link in the history so "back" does not offer
/// the same import again.
pub fn leave_link_for(route: &Route) {
    let _ = window()
        .location()
        .replace(&format!("{}{}", platform::app_base_url(), route.href()));
}

#[component]
pub fn ShareImportScreen(data: String) -> impl IntoView {
    let t = t();
    match link::unpack(&data) {
        Err(error) => view! {
            <h1>{t.receive.link_title}</h1>
            <p class="notice error" role="alert">{fill(t.receive.link_failed, &[("reason", &messages::link_error(&error, t))])}</p>
            <p><a href=Route::Home.href()>{t.common.to_home}</a></p>
        }
        .into_any(),
        Ok(incoming) => match Contents::of(&incoming) {
            Contents::Seminar(seminar) => view! { <JoinScreen seminar=seminar /> }.into_any(),
            Contents::Notes {
                from: Some(participant),
                seminar: Some(seminar),
                ..
            } => view! { <NotesPreview incoming=incoming participant=participant seminar=seminar /> }
                .into_any(),
            _ => view! { <SharePreview incoming=incoming /> }.into_any(),
        },
    }
}

/// One part of a multi-part code opened by the phone's camera app (`#/deler/…`): says what it
/// is and scans the rest in the app, starting from this part; the whole then opens as a link.
#[component]
pub fn SharePartScreen(part: String) -> impl IntoView {
    let t = t();
    let text = format!("{}{part}", crate::share::parts::PARTS_PREFIX);
    let Some(first) = crate::share::parts::Part::parse(&text) else {
        return view! {
            <h1>{t.receive.link_title}</h1>
            <p class="notice error" role="alert">{t.receive.part_invalid}</p>
            <p><a href=Route::Home.href()>{t.common.to_home}</a></p>
        }
        .into_any();
    };
    let open_whole = Callback::new(|data: String| leave_link_for(&Route::Share(data)));
    view! {
        <h1>{fill(t.receive.part_title, &[("i", &first.index), ("n", &first.total)])}</h1>
        <p>{fill(t.receive.part_hint, &[("n", &first.total)])}</p>
        <QrScanner on_link=open_whole label=t.receive.part_scan.to_owned() first=text />
    }
    .into_any()
}

/// A participant's notes on the group's device: "Lapper fra Kari (3)", and one tap adds them
/// to the group (making the member), or makes the group first if there is none here.
#[component]
fn NotesPreview(incoming: Workspace, participant: Participant, seminar: Id) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let summary = contents_line(&incoming);
    // The seminar's groups here; the one the participant is already in first, else the newest.
    let groups: Vec<(Id, String)> = state.workspace.with_untracked(|w| {
        let mut groups = w.seminar_groups(&seminar);
        groups.sort_by_key(|g| {
            (
                g.member(&participant.id).is_none(),
                std::cmp::Reverse(g.created),
            )
        });
        groups.iter().map(|g| (g.id, g.name.clone())).collect()
    });
    let seminar_title = state
        .workspace
        .with_untracked(|w| w.seminar(&seminar).map(|s| s.title.clone()))
        .or_else(|| incoming.seminars.first().map(|s| s.title.clone()))
        .unwrap_or_default();
    let chosen = RwSignal::new(groups.first().map(|g| g.0));
    let error = RwSignal::new(None::<String>);
    let names = StoredValue::new(groups.clone());
    let chosen_name = move || {
        let id = chosen.get();
        names.with_value(|g| {
            g.iter()
                .find(|(gid, _)| Some(*gid) == id)
                .map(|g| g.1.clone())
        })
    };
    let incoming = StoredValue::new(incoming);
    let add = move |_| {
        let incoming = incoming.get_value();
        let now = platform::now();
        let result = state.try_edit(|w| {
            w.receive_handover(
                chosen.get_untracked(),
                incoming,
                Id::new_random(),
                |n| fill(t.group.default_name, &[("n", &n)]),
                now,
            )
        });
        match result {
            Ok(group) => leave_link_for(&Route::Group { seminar, group }),
            Err(e) => error.set(Some(handover_error(&e, t.receive.scanned_link))),
        }
    };
    let keep_as_mine = move |_| {
        let incoming = incoming.get_value();
        state.merge(|w| {
            w.import(Workspace {
                participant: None,
                ..incoming
            })
        });
        leave_link_for(&Route::Seminar(seminar));
    };
    let several = groups.len() > 1;
    view! {
        <h1>{t.receive.link_title}</h1>
        <section class="import-preview" data-testid="link-preview" aria-labelledby="link-preview-title">
            <h2 id="link-preview-title">{summary}</h2>
            {(!seminar_title.is_empty()).then(|| view! { <p>{fill(t.receive.preview_seminar, &[("title", &seminar_title)])}</p> })}
            {several.then(|| view! {
                <div class="field">
                    <label for="link-group">{t.receive.add_to_which_group}</label>
                    <select id="link-group" on:change=move |ev| chosen.set(Id::parse(&event_target_value(&ev)))>
                        {groups.iter().enumerate().map(|(i, (id, name))| view! {
                            <option value=id.to_string() selected=i == 0>{name.clone()}</option>
                        }).collect_view()}
                    </select>
                </div>
            })}
            <p role="alert" class="field-error">{move || error.get()}</p>
            <div class="button-row">
                <button type="button" class="button primary" on:click=add>
                    {move || match chosen_name() {
                        Some(name) => fill(t.receive.add_to_group, &[("group", &name)]),
                        None => t.receive.make_group_and_add.to_owned(),
                    }}
                </button>
                <button type="button" class="button" on:click=keep_as_mine>{t.receive.link_keep_as_mine}</button>
                <a class="button" href=Route::Home.href()>{t.backup.import_cancel}</a>
            </div>
        </section>
    }
}

/// The message for a hand-over that could not be taken; `source` names where it came from.
pub fn handover_error(error: &HandoverError, source: &str) -> String {
    let t = t();
    match error {
        HandoverError::NoParticipant => fill(t.receive.no_participant, &[("source", &source)]),
        HandoverError::OtherSeminar => fill(t.receive.other_seminar, &[("source", &source)]),
        HandoverError::NoGroup => t.workshop.seminar_not_found.to_owned(),
    }
}

/// Where to go after importing: the thing the link was about.
fn destination(w: &Workspace) -> Route {
    if let [sheet] = w.a3_sheets.as_slice() {
        return Route::A3Sheet(sheet.id);
    }
    match (w.groups.first(), w.seminars.first()) {
        (Some(g), _) => Route::CollectSeminar(g.seminar),
        (None, Some(s)) => Route::Seminar(s.id),
        _ => Route::Home,
    }
}

/// Any other package: what it holds and what importing it would do. A group's answer goes to
/// the facilitator's collection; notes from an older build (no name in them) can go to a
/// member picked by hand.
#[component]
fn SharePreview(incoming: Workspace) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let preview = state
        .workspace
        .with_untracked(|w| w.preview_import(&incoming));
    let summary = contents_line(&incoming);
    let is_answer = matches!(Contents::of(&incoming), Contents::Answers(_));
    // A participant's notes (no group) can go to a member of a group on this device.
    let loose_notes =
        incoming.groups.is_empty() && incoming.notes.iter().any(|n| n.group.is_none());
    let seminar = incoming.seminars.first().map(|s| s.id);
    let members: Vec<(Id, Id, String)> = if loose_notes {
        state.workspace.with_untracked(|w| {
            seminar
                .map(|s| {
                    w.seminar_groups(&s)
                        .into_iter()
                        .flat_map(|g| {
                            g.members
                                .iter()
                                .map(move |m| (g.id, m.id, format!("{} – {}", g.name, m.name)))
                        })
                        .collect()
                })
                .unwrap_or_default()
        })
    } else {
        Vec::new()
    };
    let has_members = !members.is_empty();
    let target = RwSignal::new(None::<(Id, Id)>);
    let incoming = StoredValue::new(incoming);
    let confirm = move |_| {
        let incoming = incoming.get_value();
        let to = destination(&incoming);
        let to = match target.get_untracked() {
            Some((group, member)) => {
                state.edit(|w| w.receive_member_package(&group, &member, incoming));
                seminar.map_or(Route::Home, |s| Route::Group { seminar: s, group })
            }
            None => {
                // A merge, not an edit: what the link brings keeps its own stamps.
                if incoming.groups.is_empty() {
                    state.merge(|w| w.import(incoming));
                } else {
                    state.merge(|w| w.collect_answers(incoming));
                }
                to
            }
        };
        leave_link_for(&to);
    };
    view! {
        <h1>{t.receive.link_title}</h1>
        <section class="import-preview" data-testid="link-preview" aria-labelledby="link-preview-title">
            <h2 id="link-preview-title">{summary}</h2>
            <p>{fill(t.backup.import_preview_counts, &[("added", &preview.added), ("updated", &preview.updated), ("unchanged", &preview.unchanged)])}</p>
            {(preview.conflicts > 0).then(|| view! {
                <p class="notice warning" data-testid="import-conflicts">
                    {fill(t.backup.import_preview_conflicts, &[("count", &preview.conflicts)])}
                </p>
            })}
            {has_members.then(|| view! {
                <div class="field">
                    <label for="link-member">{t.receive.link_whose_notes}</label>
                    <select id="link-member" on:change=move |ev| {
                        let value = event_target_value(&ev);
                        target.set(value.split_once('/').and_then(|(g, m)| Id::parse(g).zip(Id::parse(m))));
                    }>
                        <option value="" selected>{t.receive.link_keep_as_mine}</option>
                        {members.into_iter().map(|(g, m, label)| view! { <option value=format!("{g}/{m}")>{label}</option> }).collect_view()}
                    </select>
                </div>
            })}
            <div class="button-row">
                <button type="button" class="button primary" on:click=confirm>
                    {if is_answer { t.receive.answer } else { t.backup.import_confirm }}
                </button>
                <a class="button" href=Route::Home.href()>{t.backup.import_cancel}</a>
            </div>
        </section>
    }
}
