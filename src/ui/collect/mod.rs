//! Samle: the facilitator gathers every group's answer, sees one combined ranking, merges
//! similar ideas across groups, shows it on the projector, and takes ideas on as A3 sheets.

mod answer_import;
mod presentation;
mod ranking;

pub use presentation::PresentationScreen;

use crate::i18n::{fill, t};
use crate::model::workspace::collect::seminar_groups;
use crate::model::Id;
use crate::platform;
use crate::route::Route;
use crate::ui::common::share_panel::SharePanel;
use crate::ui::state::AppState;
use crate::ui::workshop::seminar::SeminarMissing;
use answer_import::AnswerImport;
use leptos::prelude::*;
use ranking::{CombinedRanking, RankingExports};
use std::collections::HashMap;

/// Names of a seminar's groups, for "Gruppe 1 (2.)".
pub(super) fn group_names(state: AppState, seminar: Id) -> HashMap<Id, String> {
    state
        .workspace
        .with(|w| crate::model::collect::group_labels(&seminar_groups(w, &seminar)))
}

#[component]
pub fn CollectScreen() -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let seminars = Memo::new(move |_| {
        state.workspace.with(|w| {
            let mut rows: Vec<(Id, String, usize, i64)> = w
                .active_seminars()
                .map(|s| {
                    (
                        s.id,
                        s.title.clone(),
                        w.seminar_groups(&s.id).len(),
                        s.created.0,
                    )
                })
                .filter(|row| row.2 > 0)
                .collect();
            rows.sort_by_key(|row| std::cmp::Reverse(row.3));
            rows
        })
    });
    view! {
        <h1>{t.collect().title}</h1>
        <p class="lead">{t.collect().intro}</p>
        <AnswerImport seminar=None />
        <h2>{t.collect().seminars}</h2>
        <Show when=move || seminars.with(|s| !s.is_empty()) fallback=move || view! { <p class="empty">{t.collect().empty}</p> }>
            <ul class="item-list" aria-label=t.collect().seminars>
                <For
                    each=move || seminars.get()
                    key=|row| row.clone()
                    children=move |(id, title, groups, _)| view! {
                        <li class="item-card">
                            <a class="item-link" href=Route::CollectSeminar(id).href()>
                                <span class="item-title">{if title.is_empty() { t.common.untitled.to_owned() } else { title }}</span>
                                <span class="item-meta">{fill(t.collect().groups_count, &[("n", &groups)])}</span>
                            </a>
                        </li>
                    }
                />
            </ul>
        </Show>
    }
}

#[component]
pub fn CollectSeminarScreen(seminar: Id) -> impl IntoView {
    let state = AppState::get();
    let exists = move || {
        state
            .workspace
            .with(|w| w.seminar(&seminar).is_some_and(|s| s.deleted.is_none()))
    };
    view! {
        <Show when=exists fallback=move || view! { <SeminarMissing /> }>
            <CollectSeminarPage seminar=seminar />
        </Show>
    }
}

#[component]
fn CollectSeminarPage(seminar: Id) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let title = move || {
        state.workspace.with(|w| {
            w.seminar(&seminar)
                .map(|s| s.title.clone())
                .filter(|t| !t.is_empty())
                .unwrap_or_else(|| t.common.untitled.to_owned())
        })
    };
    let groups = Memo::new(move |_| {
        state.workspace.with(|w| {
            seminar_groups(w, &seminar)
                .into_iter()
                .map(|g| (g.id, g.name.clone(), g.priority.len(), g.agreed.is_some()))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <p class="breadcrumb"><a href=Route::Collect.href()>{t.collect().title}</a></p>
        <h1>{title}</h1>
        <AnswerImport seminar=Some(seminar) />
        <section class="step" aria-labelledby="collected-groups">
            <h2 id="collected-groups">{t.collect().groups_title}</h2>
            <Show when=move || groups.with(|g| !g.is_empty()) fallback=move || view! { <p class="empty">{t.collect().no_groups}</p> }>
                <ul class="group-summary" aria-labelledby="collected-groups">
                    <For
                        each=move || groups.get()
                        key=|row| row.clone()
                        children=move |(_, name, ideas, agreed)| view! {
                            <li>
                                <strong>{name}</strong>
                                ": "
                                {fill(t.collect().group_line, &[("n", &ideas)])}
                                " · "
                                {if agreed { t.collect().agreed } else { t.collect().not_agreed }}
                            </li>
                        }
                    />
                </ul>
            </Show>
        </section>
        <CombinedRanking seminar=seminar />
        <RankingExports seminar=seminar />
        <section class="step" aria-label=t.collect().share_button>
            <SharePanel
                opens=crate::route::Entry::Full
                name="collection"
                button=t.collect().share_button
                package=Callback::new(move |()| state.workspace.with_untracked(|w| w.collection_package(&seminar)))
                filename=Callback::new(move |()| {
                    let title = state.workspace.with_untracked(|w| w.seminar(&seminar).map(|s| s.title.clone()).unwrap_or_default());
                    crate::share::slug_filename("svar", &title, platform::today())
                })
            />
        </section>
    }
}
