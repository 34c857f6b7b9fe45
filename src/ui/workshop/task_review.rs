//! Oppgavegjennomgang (seed 002): list a shift's tasks by category and triage each as "Må
//! gjøres nå", "Kan gjøres i løpet av uken" or "Kan droppes".

use super::seminar::SeminarMissing;
use crate::i18n::{fill, t};
use crate::model::seminar::task_review::{Task, TaskReview, Triage};
use crate::model::{encode_workspace, Id, Workspace};
use crate::platform;
use crate::route::Route;
use crate::share::slug_filename;
use crate::ui::common::report_box::ReportBox;
use crate::ui::common::text_field::TextField;
use crate::ui::common::trash_button::TrashButton;
use crate::ui::state::AppState;
use leptos::prelude::*;

fn edit_review(state: AppState, review: Id, change: impl FnOnce(&mut TaskReview)) {
    state.edit(|w| w.edit_task_review(&review, platform::now(), change));
}

/// A text typed into the review (its title, a task): re-runs the review's readers only (see
/// `AppState::type_into`).
fn type_into_review(state: AppState, review: Id, change: impl FnOnce(&mut TaskReview)) {
    state.type_into(review, |w| {
        w.edit_task_review(&review, platform::now(), change)
    });
}

#[component]
pub fn TaskReviewScreen(seminar: Id, review: Id) -> impl IntoView {
    let state = AppState::get();
    let exists = move || {
        state.workspace.with(|w| {
            w.task_review(&review)
                .is_some_and(|r| r.deleted.is_none() && r.seminar == Some(seminar))
        })
    };
    view! {
        <Show when=exists fallback=move || view! { <SeminarMissing /> }>
            <TaskReviewPage seminar=seminar review=review />
        </Show>
    }
}

#[component]
fn TaskReviewPage(seminar: Id, review: Id) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let read = move |f: fn(&TaskReview) -> String| {
        Signal::derive(move || state.read(review, f).unwrap_or_default())
    };
    let title = read(|r| r.title.clone());
    let set_title =
        Callback::new(move |text: String| type_into_review(state, review, |r| r.title = text));
    let seminar_title = move || {
        state.workspace.with(|w| {
            w.seminar(&seminar)
                .map(|s| s.title.clone())
                .unwrap_or_default()
        })
    };
    let summary = move || {
        let (counts, open) = state.workspace.with(|w| {
            w.task_review(&review)
                .map(TaskReview::counts)
                .unwrap_or_default()
        });
        fill(
            t.task_review.triage_summary,
            &[
                ("now", &counts[0]),
                ("week", &counts[1]),
                ("drop", &counts[2]),
                ("open", &open),
            ],
        )
    };
    let text = Signal::derive(move || {
        state.workspace.with(|w| {
            w.task_review(&review)
                .map(|r| crate::report::task_review_text(r, t))
                .unwrap_or_default()
        })
    });
    let file = Callback::new(move |()| {
        state.with_stamped(|w| {
            let board = w.task_review(&review).cloned();
            let name = board.as_ref().map(|r| r.title.clone()).unwrap_or_default();
            let package = Workspace {
                task_reviews: board.into_iter().collect(),
                ..w.seminar_package(&seminar)
            };
            (
                slug_filename(t.task_review.file_prefix, &name, platform::today()),
                encode_workspace(&package),
            )
        })
    });
    view! {
        <p class="breadcrumb">
            <a href=Route::Workshop.href()>{t.nav.workshop}</a>
            " › "
            <a href=Route::Seminar(seminar).href()>{seminar_title}</a>
        </p>
        <h1>{move || { let title = title.get(); if title.is_empty() { t.task_review.title.to_owned() } else { title } }}</h1>
        <p class="lead">{t.task_review.intro}</p>
        <TextField label=t.task_review.name name="task-review-title" value=title on_input=set_title />
        <AddTask review=review />
        <p class="triage-summary" role="status" data-testid="triage-summary">{summary}</p>
        <TaskBoard review=review />
        <section class="step" aria-labelledby="tasks-report">
            <h2 id="tasks-report">{t.group.step_report}</h2>
            <ReportBox label=t.group.report_label name="tasks" text=text download=(t.task_review.download_file, file) />
        </section>
        <TrashButton
            label=t.trash.task_review
            on_trash=Callback::new(move |()| { state.edit(|w| w.set_task_review_deleted(&review, true, platform::now())); })
            then=Route::Seminar(seminar)
        />
    }
}

#[component]
fn AddTask(review: Id) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let category = RwSignal::new(String::new());
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(false);
    let suggestions = move || {
        state.workspace.with(|w| {
            let mut list: Vec<String> = w
                .task_review(&review)
                .map(|r| r.categories().into_iter().map(str::to_owned).collect())
                .unwrap_or_default();
            for seed in t.task_review.seed_categories.all() {
                if !list.iter().any(|c| c == seed) {
                    list.push(seed.to_owned());
                }
            }
            list
        })
    };
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let task_text = text.get_untracked().trim().to_owned();
        if task_text.is_empty() {
            error.set(true);
            return;
        }
        let task = Task {
            extra: Default::default(),
            id: Id::new_random(),
            category: category.get_untracked().trim().to_owned(),
            text: task_text,
            triage: None,
        };
        edit_review(state, review, |r| r.tasks.push(task));
        // The category stays for the next task of the same kind.
        text.set(String::new());
        error.set(false);
        platform::focus_element("field-task-text");
    };
    view! {
        <form class="task-form" on:submit=add>
            <h2>{t.task_review.add_task_title}</h2>
            <div class="field">
                <label for="field-task-category">{t.task_review.category}</label>
                <input
                    id="field-task-category"
                    type="text"
                    list="task-categories"
                    autocomplete="off"
                    prop:value=move || category.get()
                    on:input=move |ev| category.set(event_target_value(&ev))
                />
                <datalist id="task-categories">
                    {move || suggestions().into_iter().map(|c| view! { <option value=c></option> }).collect_view()}
                </datalist>
            </div>
            <div class="field">
                <label for="field-task-text">{t.task_review.text}</label>
                <input
                    id="field-task-text"
                    type="text"
                    autocomplete="off"
                    aria-invalid=move || error.get().then_some("true")
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                />
            </div>
            <p role="alert" class="field-error">{move || error.get().then_some(t.task_review.text_missing)}</p>
            <button type="submit" class="button primary">{t.task_review.add_task}</button>
        </form>
    }
}

#[component]
fn TaskBoard(review: Id) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let groups = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.task_review(&review)
                .map(|r| {
                    r.by_category()
                        .into_iter()
                        .map(|g| {
                            (
                                g.category.to_owned(),
                                g.tasks.iter().map(|task| task.id).collect::<Vec<_>>(),
                            )
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <Show when=move || groups.with(|g| !g.is_empty()) fallback=move || view! { <p class="empty">{t.task_review.tasks_empty}</p> }>
            <For
                each=move || groups.get()
                key=|g| g.clone()
                children=move |(category, tasks)| {
                    let heading = if category.is_empty() { t.task_review.no_category.to_owned() } else { category };
                    view! {
                        <section class="task-category">
                            <h2>{heading}</h2>
                            <ul class="task-list">
                                {tasks.into_iter().map(|task| view! { <TaskRow review=review task=task /> }).collect_view()}
                            </ul>
                        </section>
                    }
                }
            />
        </Show>
    }
}

#[component]
fn TaskRow(review: Id, task: Id) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let read = move |f: fn(&Task) -> String| {
        Signal::derive(move || {
            state
                .read(review, |r: &TaskReview| {
                    r.tasks.iter().find(|x| x.id == task).map(f)
                })
                .flatten()
                .unwrap_or_default()
        })
    };
    let edit_task = move |change: Box<dyn FnOnce(&mut Task)>| {
        edit_review(state, review, |r| {
            if let Some(x) = r.tasks.iter_mut().find(|x| x.id == task) {
                change(x);
            }
        })
    };
    let text = read(|x| x.text.clone());
    let triage = Signal::derive(move || {
        state
            .read(review, |r: &TaskReview| {
                r.tasks.iter().find(|x| x.id == task).and_then(|x| x.triage)
            })
            .flatten()
    });
    let set_text = Callback::new(move |value: String| {
        type_into_review(state, review, |r| {
            if let Some(x) = r.tasks.iter_mut().find(|x| x.id == task) {
                x.text = value;
            }
        })
    });
    let legend_id = format!("task-{task}-legend");
    let labelled_by = legend_id.clone();
    view! {
        <li class="task-row" data-testid="task-row">
            <TextField label=t.task_review.text name=format!("task-{task}") value=text on_input=set_text />
            <fieldset class="triage" aria-labelledby=labelled_by>
                <legend id=legend_id class="visually-hidden">{move || fill(t.task_review.triage_for, &[("task", &text.get())])}</legend>
                {Triage::ALL.iter().map(|&choice| {
                    let input_id = format!("task-{task}-{}", choice.index());
                    let label_for = input_id.clone();
                    view! {
                        <label for=label_for class=move || format!("triage-choice triage-{}", choice.index())>
                            <input
                                id=input_id
                                type="radio"
                                name=format!("triage-{task}")
                                prop:checked=move || triage.get() == Some(choice)
                                on:change=move |_| edit_task(Box::new(move |x| x.triage = Some(choice)))
                            />
                            {t.task_review.triage.of(choice)}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            <button
                type="button"
                class="button small danger"
                aria-label=move || fill(t.task_review.delete_task_named, &[("task", &text.get())])
                on:click=move |_| edit_review(state, review, |r| r.tasks.retain(|x| x.id != task))
            >
                {t.common.delete_button}
            </button>
        </li>
    }
}
