//! One seminar on a participant's or facilitator's phone: the setup, the reflection with its
//! timer and the participant's own notes, then the groups and task reviews.

use super::notes::{NoteScope, NotesList};
use super::setup::SeminarSetup;
use super::timer::{follow_setting, saved_countdown, CountdownTimer};
use crate::i18n::{fill, t};
use crate::model::seminar::exercise::Group;
use crate::model::{encode_workspace, Id, Seminar, TaskReview};
use crate::platform;
use crate::route::Route;
use crate::share::handover_filename;
use crate::ui::common::create_form::CreateForm;
use crate::ui::common::share_panel::SharePanel;
use crate::ui::common::trash_button::TrashButton;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn SeminarScreen(id: Id) -> impl IntoView {
    let state = AppState::get();
    let exists = move || {
        state
            .workspace
            .with(|w| w.seminar(&id).is_some_and(|s| s.deleted.is_none()))
    };
    view! {
        <Show when=exists fallback=move || view! { <SeminarMissing /> }>
            <SeminarPage id=id />
        </Show>
    }
}

/// Shown for a link to a seminar that is not (or no longer) on this device.
#[component]
pub fn SeminarMissing() -> impl IntoView {
    let t = t();
    view! {
        <h1>{t.workshop.title}</h1>
        <p class="notice error" role="alert">{t.workshop.seminar_not_found}</p>
        <p><a href=Route::Workshop.href()>{t.workshop.back_to_workshop}</a></p>
    }
}

/// A field of the seminar, read reactively ([`AppState::read`]).
pub fn seminar_value<T: Default + 'static>(
    state: AppState,
    id: Id,
    get: impl Fn(&Seminar) -> T + 'static,
) -> impl Fn() -> T + Copy + 'static {
    let get = StoredValue::new_local(get);
    move || {
        state
            .read(id, |s: &Seminar| get.with_value(|g| g(s)))
            .unwrap_or_default()
    }
}

#[component]
fn SeminarPage(id: Id) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let title = seminar_value(state, id, |s| s.title.clone());
    let date = seminar_value(state, id, |s| s.date.clone());
    let question = seminar_value(state, id, |s| s.question.clone());
    let minutes = seminar_value(state, id, |s| s.reflection_minutes);
    let timer = saved_countdown(format!("reflection.{id}"), minutes());
    follow_setting(timer, minutes);
    view! {
        <div class="breadcrumb-row">
            <p class="breadcrumb"><a href=Route::Workshop.href()>{t.nav.workshop}</a></p>
            <a class="button small" href=Route::JoinQr(id).href()>{t.workshop.show_join_qr}</a>
        </div>
        <h1>
            {move || { let title = title(); if title.is_empty() { t.common.untitled.to_owned() } else { title } }}
            " " <crate::ui::about::ExampleBadge id=id />
        </h1>
        {move || {
            let date = date();
            (!date.is_empty()).then(|| view! { <p class="item-meta">{crate::i18n::format_iso_date(&date)}</p> })
        }}
        <details class="setup">
            <summary>{t.setup.title}</summary>
            <SeminarSetup id=id />
        </details>

        <section class="step" aria-labelledby="step-reflection">
            <h2 id="step-reflection">{t.workshop.step_reflection}</h2>
            <p class="question">{question}</p>
            <CountdownTimer label=t.workshop.reflection_timer name="reflection" timer=timer />
            <p class="hint">{t.workshop.one_potential_per_note}</p>
            <NotesList
                scope=NoteScope::Own { seminar: id }
                label=t.notes.my_notes.to_owned()
                add_label=t.notes.new_note.to_owned()
            />
            <GiveNotes seminar=id title=Signal::derive(title) />
        </section>

        <GroupsSection seminar=id />
        <TaskReviewsSection seminar=id />
        <TrashButton
            label=t.trash.seminar
            on_trash=Callback::new(move |()| { state.edit(|w| w.set_seminar_deleted(&id, true, platform::now())); })
            then=Route::Workshop
        />
    }
}

/// "Gi lappene til gruppen": the participant's name (asked once, kept on the device and
/// editable here) and the hand-over as a QR code, link or file that carries it.
#[component]
fn GiveNotes(seminar: Id, title: Signal<String>) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let name = RwSignal::new(
        state
            .participant
            .get_untracked()
            .map(|p| p.name)
            .unwrap_or_default(),
    );
    let has_name = move || !name.with(|n| n.trim().is_empty());
    let on_name = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        state.set_participant_name(&text);
        name.set(text);
    };
    let package = move || {
        let participant = state.participant.get_untracked();
        state.with_stamped(|w| w.handover_package(&seminar, participant.as_ref()))
    };
    let filename = move || {
        let who = state
            .participant
            .get_untracked()
            .map(|p| p.name)
            .unwrap_or_default();
        handover_filename(
            t.notes.file_prefix,
            &title.get_untracked(),
            &who,
            platform::today(),
        )
    };
    let download = move |_| {
        let _ = platform::download_text(
            &filename(),
            "application/json",
            &encode_workspace(&package()),
        );
    };
    view! {
        <div class="share-row give-notes">
            <h3>{t.notes.give_title}</h3>
            <p class="hint">{t.notes.give_hint}</p>
            <div class="field">
                <label for="field-handover-name">{t.join.participant_name}</label>
                <input
                    id="field-handover-name"
                    type="text"
                    autocomplete="given-name"
                    aria-describedby="handover-name-hint"
                    prop:value=move || name.get()
                    on:input=on_name
                />
                <p class="field-hint" id="handover-name-hint">
                    {move || if has_name() { t.join.participant_name_hint } else { t.notes.handover_name_missing }}
                </p>
            </div>
            <Show when=has_name>
                <div class="button-row">
                    <SharePanel
                        opens=crate::route::Entry::Participant
                        name="notes"
                        button=t.notes.share_button
                        package=Callback::new(move |()| package())
                        filename=Callback::new(move |()| filename())
                    />
                    <button type="button" class="button" on:click=download>{t.notes.download}</button>
                </div>
            </Show>
        </div>
    }
}

#[component]
fn GroupsSection(seminar: Id) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let groups = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.seminar_groups(&seminar)
                .into_iter()
                .map(|g| (g.id, g.name.clone(), g.members.len(), g.agreed.is_some()))
                .collect::<Vec<_>>()
        })
    });
    let create = move |name: String| {
        let count = groups.with_untracked(Vec::len);
        let name = if name.is_empty() {
            fill(t.group.default_name, &[("n", &(count + 1))])
        } else {
            name
        };
        let group = Group::new(Id::new_random(), seminar, &name, platform::now());
        let href = Route::Group {
            seminar,
            group: group.id,
        }
        .href();
        state.edit(|w| w.add(group));
        let _ = window().location().set_hash(&href);
    };
    view! {
        <section class="step" aria-labelledby="step-groups">
            <h2 id="step-groups">{t.group.step_group}</h2>
            <p class="hint">{t.group.step_group_hint}</p>
            <Show when=move || groups.with(|g| !g.is_empty()) fallback=move || view! { <p class="empty">{t.group.groups_empty}</p> }>
                <ul class="item-list" aria-label=t.group.groups_label>
                    <For
                        each=move || groups.get()
                        key=|row| row.clone()
                        children=move |(group, name, members, agreed)| view! {
                            <li class="item-card">
                                <a class="item-link" href=Route::Group { seminar, group }.href()>
                                    <span class="item-title">{name}</span>
                                    <span class="item-meta">
                                        {fill(t.group.members_count, &[("n", &members)])}
                                        {agreed.then_some(t.group.agreed_badge_short)}
                                    </span>
                                </a>
                            </li>
                        }
                    />
                </ul>
            </Show>
            <CreateForm label=t.group.new_group_label button=t.group.new_group_button name="new-group" on_create=create />
        </section>
    }
}

#[component]
fn TaskReviewsSection(seminar: Id) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let reviews = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.task_reviews
                .iter()
                .filter(|r| r.seminar == Some(seminar) && r.deleted.is_none())
                .map(|r| (r.id, r.title.clone(), r.tasks.len()))
                .collect::<Vec<_>>()
        })
    });
    let create = move |title: String| {
        let title = if title.is_empty() {
            t.task_review.default_name.to_owned()
        } else {
            title
        };
        let review = TaskReview::new(Id::new_random(), Some(seminar), &title, platform::now());
        let href = Route::TaskReview {
            seminar,
            review: review.id,
        }
        .href();
        state.edit(|w| w.add(review));
        let _ = window().location().set_hash(&href);
    };
    view! {
        <section class="step" aria-labelledby="step-tasks">
            <h2 id="step-tasks">{t.task_review.title}</h2>
            <p class="hint">{t.task_review.intro}</p>
            <ul class="item-list" aria-label=t.task_review.title>
                <For
                    each=move || reviews.get()
                    key=|row| row.clone()
                    children=move |(review, title, tasks)| view! {
                        <li class="item-card">
                            <a class="item-link" href=Route::TaskReview { seminar, review }.href()>
                                <span class="item-title">{title}</span>
                                <span class="item-meta">{fill(t.task_review.tasks_count, &[("n", &tasks)])}</span>
                            </a>
                        </li>
                    }
                />
            </ul>
            <CreateForm label=t.task_review.new_label button=t.task_review.new_button name="new-task-review" on_create=create />
        </section>
    }
}
