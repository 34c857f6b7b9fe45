//! The combined ranking of one seminar: filter, merge across groups, promote to A3, export.

use super::group_names;
use crate::i18n::{fill, t};
use crate::model::a3::benefit::BenefitKind;
use crate::model::collect::{suggestions, Idea, Origin};
use crate::model::workspace::collect::{combined_ranking, seminar_groups};
use crate::model::{encode_workspace, Id, Workspace};
use crate::platform;
use crate::report::{ranking_csv, ranking_text};
use crate::route::Route;
use crate::share::slug_filename;
use crate::ui::common::report_box::ReportBox;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The seminar's ideas in combined order, recomputed when anything changes.
pub fn ideas_memo(state: AppState, seminar: Id) -> Memo<Vec<Idea>> {
    Memo::new(move |_| state.workspace.with(|w| combined_ranking(w, &seminar)))
}

#[component]
pub fn CombinedRanking(seminar: Id) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let ideas = ideas_memo(state, seminar);
    let query = RwSignal::new(String::new());
    let kind = RwSignal::new(None::<BenefitKind>);
    let shown = move || {
        let query = query.get();
        let kind = kind.get();
        ideas
            .get()
            .into_iter()
            .filter(|i| i.matches(&query, kind))
            .collect::<Vec<_>>()
    };
    let names = Memo::new(move |_| group_names(state, seminar));
    let merge = move |from: Id, into: Id| {
        let all = ideas.get_untracked();
        let (Some(from), Some(into)) = (
            all.iter().find(|i| i.key == from),
            all.iter().find(|i| i.key == into),
        ) else {
            return;
        };
        state.edit(|w| {
            w.edit_synthesis(seminar, platform::now(), |s| {
                s.merge(from, into, Id::new_random())
            })
        });
    };
    let split = move |key: Id| {
        let Some(idea) = ideas.get_untracked().into_iter().find(|i| i.key == key) else {
            return;
        };
        state.edit(|w| w.edit_synthesis(seminar, platform::now(), |s| s.split_idea(&idea)))
    };
    let promote = move |key: Id| {
        let Some(idea) = ideas.get_untracked().into_iter().find(|i| i.key == key) else {
            return;
        };
        let (seminar_title, date) = state.workspace.with_untracked(|w| {
            w.seminar(&seminar)
                .map(|s| (s.title.clone(), crate::i18n::format_iso_date(&s.date)))
                .unwrap_or_default()
        });
        let mut rationale = fill(
            t.collect().promote_rationale,
            &[
                ("seminar", &seminar_title),
                ("groups", &idea.named_by(&names.get_untracked())),
            ],
        );
        if !date.is_empty() {
            rationale = format!("{rationale} ({date})");
        }
        let now = platform::now();
        let sheet = state.edit(|w| w.promote_idea(&seminar, &idea, rationale, now, Id::new_random));
        let _ = window().location().set_hash(&Route::A3Sheet(sheet).href());
    };
    view! {
        <section class="step" aria-labelledby="combined-ranking">
            <h2 id="combined-ranking">{t.collect().ranking_title}</h2>
            <p class="hint">{t.collect().method}</p>
            <p>
                <a class="button" href=Route::Presentation(seminar).href()>{t.collect().present}</a>
            </p>
            <div class="list-filters">
                <div class="field">
                    <label for="collect-search">{t.collect().search}</label>
                    <input id="collect-search" type="search" prop:value=move || query.get() on:input=move |ev| query.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for="collect-kind">{t.common.benefit_kind}</label>
                    <select id="collect-kind" on:change=move |ev| kind.set(event_target_value(&ev).parse::<usize>().ok().and_then(BenefitKind::from_index))>
                        <option value="">{t.collect().all_kinds}</option>
                        {BenefitKind::ALL.iter().map(|&kind| view! { <option value=kind.index().to_string()>{t.common.benefit_kinds.of(kind)}</option> }).collect_view()}
                    </select>
                </div>
            </div>
            <MergeSuggestions seminar=seminar ideas=ideas />
            <Show when=move || ideas.with(|i| !i.is_empty()) fallback=move || view! { <p class="empty">{t.collect().no_ideas}</p> }>
                <ol class="idea-list" aria-label=t.collect().ranking_title data-testid="combined-ranking">
                    <For
                        each=shown
                        key=|idea| (idea.key, idea.title.clone(), idea.points, idea.rank, idea.groups.clone())
                        children=move |idea| {
                            let key = idea.key;
                            let title = idea.title.clone();
                            let others = move || ideas.get().into_iter().filter(|o| o.key != key).collect::<Vec<_>>();
                            let sheet = move || {
                                let idea = ideas.with(|all| all.iter().find(|i| i.key == key).cloned());
                                idea.and_then(|idea| state.workspace.with(|w| w.promoted_sheet(&idea).map(|s| s.id)))
                            };
                            let select_id = format!("merge-idea-{key}");
                            let label_for = select_id.clone();
                            let kinds: Vec<&str> = idea.kinds.iter().map(|k| t.common.benefit_kinds.of(*k)).collect();
                            view! {
                                <li class="idea-card" data-testid="idea">
                                    <p class="idea-head">
                                        <span class="rank">{format!("{}.", idea.rank)}</span>
                                        " "
                                        <span class="idea-title">{title.clone()}</span>
                                        <span class="idea-points">{fill(t.collect().points_count, &[("n", &idea.points)])}</span>
                                    </p>
                                    <p class="item-meta">{t.collect().named_by} ": " {idea.named_by(&names.get_untracked())}</p>
                                    {(!idea.benefits.is_empty()).then(|| view! {
                                        <p class="idea-benefit">{t.group_report.benefit} ": " {idea.benefits.join("; ")}</p>
                                    })}
                                    {(!kinds.is_empty()).then(|| view! { <p class="item-meta">{kinds.join(", ")}</p> })}
                                    {(idea.origin == Origin::SameTitle).then(|| view! {
                                        <p class="item-meta same-title">{fill(t.collect().same_title, &[("n", &idea.groups.len())])}</p>
                                    })}
                                    <div class="field">
                                        <label for=label_for>{fill(t.collect().merge_with, &[("title", &title)])}</label>
                                        <select id=select_id on:change=move |ev| { if let Some(into) = Id::parse(&event_target_value(&ev)) { merge(key, into); } }>
                                            <option value="" selected>{t.priority.merge_choose}</option>
                                            {move || others().into_iter().map(|o| view! {
                                                <option value=o.key.to_string()>{format!("{} – {}", o.title, o.named_by(&names.get_untracked()))}</option>
                                            }).collect_view()}
                                        </select>
                                    </div>
                                    <div class="button-row">
                                        {move || match sheet() {
                                            Some(id) => view! { <a class="button" href=Route::A3Sheet(id).href()>{t.collect().open_a3}</a> }.into_any(),
                                            None => view! {
                                                <button type="button" class="button primary" on:click=move |_| promote(key)>
                                                    {t.collect().promote}
                                                    <span class="visually-hidden">{format!(": {}", idea.title)}</span>
                                                </button>
                                            }.into_any(),
                                        }}
                                        {(idea.origin != Origin::Single).then(|| view! {
                                            <button type="button" class="button" on:click=move |_| split(key)>
                                                {t.priority.split_cluster}
                                                <span class="visually-hidden">{format!(": {title}")}</span>
                                            </button>
                                        })}
                                    </div>
                                </li>
                            }
                        }
                    />
                </ol>
            </Show>
        </section>
    }
}

/// "Kanskje samme idé?": ideas from different groups whose titles are likely the same, each
/// pair one tap from *Slå sammen* or *Ikke samme* (remembered, so it is not offered again).
#[component]
fn MergeSuggestions(seminar: Id, ideas: Memo<Vec<Idea>>) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let pairs = Memo::new(move |_| {
        let all = ideas.get();
        let found = state
            .workspace
            .with(|w| suggestions(&all, w.synthesis(&seminar)));
        found
            .into_iter()
            .filter_map(|s| {
                let from = all.iter().find(|i| i.key == s.from)?.clone();
                let into = all.iter().find(|i| i.key == s.into)?.clone();
                Some((from, into))
            })
            .collect::<Vec<_>>()
    });
    let merge = move |from: Idea, into: Idea| {
        state.edit(|w| {
            w.edit_synthesis(seminar, platform::now(), |s| {
                s.merge(&from, &into, Id::new_random())
            })
        });
    };
    let refuse = move |a: String, b: String| {
        state.edit(|w| w.edit_synthesis(seminar, platform::now(), |s| s.refuse(&a, &b)));
    };
    view! {
        <Show when=move || pairs.with(|p| !p.is_empty())>
            <section class="suggestions" aria-labelledby="merge-suggestions" data-testid="merge-suggestions">
                <h3 id="merge-suggestions">{t.collect().suggestions_title}</h3>
                <ul class="suggestion-list">
                    <For
                        each=move || pairs.get()
                        key=|(from, into)| (from.key, into.key, from.title.clone(), into.title.clone())
                        children=move |(from, into)| {
                            let text = fill(t.collect().suggestion, &[("a", &into.title), ("b", &from.title)]);
                            let (a, b) = (into.title.clone(), from.title.clone());
                            let merge_pair = (from.clone(), into.clone());
                            view! {
                                <li class="suggestion">
                                    <span class="suggestion-text">{text.clone()}</span>
                                    <div class="button-row">
                                        <button type="button" class="button primary small" on:click=move |_| merge(merge_pair.0.clone(), merge_pair.1.clone())>
                                            {t.collect().suggestion_merge}
                                            <span class="visually-hidden">{format!(": {text}")}</span>
                                        </button>
                                        <button type="button" class="button small" on:click=move |_| refuse(a.clone(), b.clone())>
                                            {t.collect().suggestion_refuse}
                                            <span class="visually-hidden">{format!(": {}", fill(t.collect().suggestion, &[("a", &into.title), ("b", &from.title)]))}</span>
                                        </button>
                                    </div>
                                </li>
                            }
                        }
                    />
                </ul>
            </section>
        </Show>
    }
}

/// The combined result as JSON (re-importable), CSV for Excel, and text.
#[component]
pub fn RankingExports(seminar: Id) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let ideas = ideas_memo(state, seminar);
    let title = move || {
        state.workspace.with_untracked(|w| {
            w.seminar(&seminar)
                .map(|s| s.title.clone())
                .unwrap_or_default()
        })
    };
    let text = Signal::derive(move || {
        let ideas = ideas.get();
        let names = group_names(state, seminar);
        state.workspace.with(|w| {
            w.seminar(&seminar)
                .map(|s| ranking_text(s, &ideas, &names, t))
                .unwrap_or_default()
        })
    });
    let json = Callback::new(move |()| {
        let package = state.with_stamped(|w| {
            let groups: Vec<_> = seminar_groups(w, &seminar).into_iter().cloned().collect();
            let notes = groups
                .iter()
                .flat_map(|g| w.group_notes(&g.id))
                .cloned()
                .collect();
            Workspace {
                seminars: w.seminar(&seminar).cloned().into_iter().collect(),
                groups,
                notes,
                syntheses: w.synthesis(&seminar).cloned().into_iter().collect(),
                ..Workspace::default()
            }
        });
        (
            slug_filename(t.collect().file_prefix, &title(), platform::today()),
            encode_workspace(&package),
        )
    });
    let csv = move |_| {
        let csv = ranking_csv(&ideas.get_untracked(), &group_names(state, seminar), t);
        let name = slug_filename(t.collect().file_prefix, &title(), platform::today())
            .replace(".json", ".csv");
        let _ = platform::download_text(&name, "text/csv;charset=utf-8", &csv);
    };
    view! {
        <section class="step" aria-labelledby="collect-export">
            <h2 id="collect-export">{t.collect().export_title}</h2>
            <div class="button-row">
                <button type="button" class="button" on:click=csv>{t.collect().download_csv}</button>
            </div>
            <ReportBox label=t.collect().text_label name="collected" text=text download=(t.collect().download_json, json) />
        </section>
    }
}
