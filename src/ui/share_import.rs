//! Opening a share link (`#/del/<data>`): what it holds, what importing it would do, and
//! nothing changes until the user says so. Notes from a participant's phone can go straight to
//! a group member on this device.

use crate::i18n::{fill, t};
use crate::model::{Id, Workspace};
use crate::route::Route;
use crate::share::link;
use crate::ui::common::messages;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// "1 seminar, 2 lapper, 1 gruppe".
fn contents(w: &Workspace) -> String {
    let t = t();
    [
        (w.seminars.len(), t.link_seminars),
        (w.notes.len(), t.link_notes),
        (w.groups.len(), t.link_groups),
        (w.a3_sheets.len(), t.link_sheets),
        (w.task_reviews.len(), t.link_task_reviews),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, what)| fill(what, &[("n", &n)]))
    .collect::<Vec<_>>()
    .join(", ")
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

#[component]
pub fn ShareImportScreen(data: String) -> impl IntoView {
    let t = t();
    let decoded = link::unpack(&data);
    match decoded {
        Err(error) => view! {
            <h1>{t.link_title}</h1>
            <p class="notice error" role="alert">{fill(t.link_failed, &[("reason", &messages::link_error(&error, t))])}</p>
            <p><a href=Route::Home.href()>{t.to_home}</a></p>
        }
        .into_any(),
        Ok(incoming) => view! { <SharePreview incoming=incoming /> }.into_any(),
    }
}

#[component]
fn SharePreview(incoming: Workspace) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let preview = state
        .workspace
        .with_untracked(|w| w.preview_import(&incoming));
    let summary = contents(&incoming);
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
                state.edit(|w| {
                    // The seminar first (if new), then the notes to the member.
                    w.import(Workspace {
                        seminars: incoming.seminars.clone(),
                        ..Workspace::default()
                    });
                    w.import_member_notes(&group, &member, incoming)
                });
                seminar.map_or(Route::Home, |s| Route::Group { seminar: s, group })
            }
            None => {
                if incoming.groups.is_empty() {
                    state.edit(|w| w.import(incoming));
                } else {
                    state.edit(|w| w.collect_answers(incoming));
                }
                to
            }
        };
        let _ = window().location().replace(&format!(
            "{}{}",
            crate::platform::app_base_url(),
            to.href()
        ));
    };
    view! {
        <h1>{t.link_title}</h1>
        <section class="import-preview" data-testid="link-preview" aria-labelledby="link-preview-title">
            <h2 id="link-preview-title">{fill(t.link_holds, &[("what", &summary)])}</h2>
            <p>{fill(t.import_preview_counts, &[("added", &preview.added), ("updated", &preview.updated), ("unchanged", &preview.unchanged)])}</p>
            {has_members.then(|| view! {
                <div class="field">
                    <label for="link-member">{t.link_whose_notes}</label>
                    <select id="link-member" on:change=move |ev| {
                        let value = event_target_value(&ev);
                        target.set(value.split_once('/').and_then(|(g, m)| Id::parse(g).zip(Id::parse(m))));
                    }>
                        <option value="" selected>{t.link_keep_as_mine}</option>
                        {members.into_iter().map(|(g, m, label)| view! { <option value=format!("{g}/{m}")>{label}</option> }).collect_view()}
                    </select>
                </div>
            })}
            <div class="button-row">
                <button type="button" class="button primary" on:click=confirm>{t.import_confirm}</button>
                <a class="button" href=Route::Home.href()>{t.import_cancel}</a>
            </div>
        </section>
    }
}
