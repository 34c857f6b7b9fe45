//! One seminar on a participant's or facilitator's phone: the setup, the reflection with its
//! timer and the participant's own notes, then the groups and task reviews.

use super::notes::{NoteScope, NotesList};
use super::setup::SeminarSetup;
use super::timer::{countdown_signal, follow_setting, CountdownTimer};
use crate::i18n::{fill, t};
use crate::model::exercise::Group;
use crate::model::{encode_workspace, Id, Seminar, TaskReview};
use crate::platform;
use crate::route::Route;
use crate::share::slug_filename;
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
        <h1>{t.workshop_title}</h1>
        <p class="notice error" role="alert">{t.seminar_not_found}</p>
        <p><a href=Route::Workshop.href()>{t.back_to_workshop}</a></p>
    }
}

/// A field of the seminar, read reactively.
pub fn seminar_value<T: Default + 'static>(
    state: AppState,
    id: Id,
    get: impl Fn(&Seminar) -> T + 'static,
) -> impl Fn() -> T + Copy + 'static {
    let get = StoredValue::new_local(get);
    move || {
        state.workspace.with(|w| {
            w.seminar(&id)
                .map(|s| get.with_value(|g| g(s)))
                .unwrap_or_default()
        })
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
    let timer = countdown_signal(minutes());
    follow_setting(timer, minutes);
    let share_notes = move |_| {
        let (json, name) = state.workspace.with_untracked(|w| {
            let title = w.seminar(&id).map(|s| s.title.clone()).unwrap_or_default();
            (encode_workspace(&w.own_notes_package(&id)), title)
        });
        let _ = platform::download_text(
            &slug_filename(t.file_prefix_notes, &name, platform::today()),
            "application/json",
            &json,
        );
    };
    view! {
        <p class="breadcrumb"><a href=Route::Workshop.href()>{t.nav_workshop}</a></p>
        <h1>
            {move || { let title = title(); if title.is_empty() { t.untitled.to_owned() } else { title } }}
            " " <crate::ui::about::ExampleBadge id=id />
        </h1>
        {move || {
            let date = date();
            (!date.is_empty()).then(|| view! { <p class="item-meta">{crate::i18n::format_iso_date(&date)}</p> })
        }}
        <details class="setup">
            <summary>{t.seminar_setup}</summary>
            <SeminarSetup id=id />
        </details>

        <section class="step" aria-labelledby="step-reflection">
            <h2 id="step-reflection">{t.step_reflection}</h2>
            <p class="question">{question}</p>
            <p class="hint">{t.one_potential_per_note}</p>
            <CountdownTimer label=t.reflection_timer name="reflection" timer=timer />
            <NotesList
                scope=NoteScope::Own { seminar: id }
                label=t.my_notes.to_owned()
                add_label=t.new_note.to_owned()
            />
            <div class="share-row">
                <h3>{t.give_notes_title}</h3>
                <p class="hint">{t.give_notes_hint}</p>
                <div class="button-row">
                    <button type="button" class="button" on:click=share_notes>{t.download_my_notes}</button>
                    <SharePanel
                        name="notes"
                        package=Callback::new(move |()| state.workspace.with_untracked(|w| w.own_notes_package(&id)))
                        filename=Callback::new(move |()| slug_filename(t.file_prefix_notes, &title(), platform::today()))
                    />
                </div>
            </div>
        </section>

        <GroupsSection seminar=id />
        <TaskReviewsSection seminar=id />
        <TrashButton
            label=t.trash_seminar
            on_trash=Callback::new(move |()| { state.edit(|w| w.set_seminar_deleted(&id, true, platform::now())); })
            then=Route::Workshop
        />
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
            fill(t.group_default_name, &[("n", &(count + 1))])
        } else {
            name
        };
        let group = Group::new(Id::new_random(), seminar, &name, platform::now());
        let href = Route::Group {
            seminar,
            group: group.id,
        }
        .href();
        state.edit(|w| w.groups.push(group));
        let _ = window().location().set_hash(&href);
    };
    view! {
        <section class="step" aria-labelledby="step-groups">
            <h2 id="step-groups">{t.step_group}</h2>
            <p class="hint">{t.step_group_hint}</p>
            <Show when=move || groups.with(|g| !g.is_empty()) fallback=move || view! { <p class="empty">{t.groups_empty}</p> }>
                <ul class="item-list" aria-label=t.groups_label>
                    <For
                        each=move || groups.get()
                        key=|row| row.clone()
                        children=move |(group, name, members, agreed)| view! {
                            <li class="item-card">
                                <a class="item-link" href=Route::Group { seminar, group }.href()>
                                    <span class="item-title">{name}</span>
                                    <span class="item-meta">
                                        {fill(t.members_count, &[("n", &members)])}
                                        {agreed.then_some(t.agreed_badge_short)}
                                    </span>
                                </a>
                            </li>
                        }
                    />
                </ul>
            </Show>
            <CreateForm label=t.new_group_label button=t.new_group_button name="new-group" on_create=create />
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
            t.task_review_default.to_owned()
        } else {
            title
        };
        let review = TaskReview::new(Id::new_random(), Some(seminar), &title, platform::now());
        let href = Route::TaskReview {
            seminar,
            review: review.id,
        }
        .href();
        state.edit(|w| w.task_reviews.push(review));
        let _ = window().location().set_hash(&href);
    };
    view! {
        <section class="step" aria-labelledby="step-tasks">
            <h2 id="step-tasks">{t.task_review_title}</h2>
            <p class="hint">{t.task_review_intro}</p>
            <ul class="item-list" aria-label=t.task_review_title>
                <For
                    each=move || reviews.get()
                    key=|row| row.clone()
                    children=move |(review, title, tasks)| view! {
                        <li class="item-card">
                            <a class="item-link" href=Route::TaskReview { seminar, review }.href()>
                                <span class="item-title">{title}</span>
                                <span class="item-meta">{fill(t.tasks_count, &[("n", &tasks)])}</span>
                            </a>
                        </li>
                    }
                />
            </ul>
            <CreateForm label=t.new_task_review_label button=t.new_task_review_button name="new-task-review" on_create=create />
        </section>
    }
}
