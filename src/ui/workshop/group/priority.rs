//! Prioritering: put similar ideas together, vote with dots, see the ranking, and agree on
//! one joint prioritisation.

use super::{change_group, edit_group, group_value};
use crate::i18n::{fill, t};
use crate::model::seminar::exercise::{Item, Ranked};
use crate::model::{Id, Timestamp};
use crate::platform;
use crate::ui::common::text_field::TextField;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The group's items, recomputed when the group or its notes change.
pub fn group_items(state: AppState, group: Id) -> Memo<Vec<Item>> {
    Memo::new(move |_| {
        state.workspace.with(|w| {
            let notes = w.group_notes(&group);
            w.group(&group).map(|g| g.items(&notes)).unwrap_or_default()
        })
    })
}

fn title_of(t: &crate::i18n::Texts, item: &Item) -> String {
    if item.title.trim().is_empty() {
        t.common.untitled.to_owned()
    } else {
        item.title.clone()
    }
}

#[component]
pub fn PrioritySection(group: Id) -> impl IntoView {
    let t = t();
    let state = AppState::get();
    let items = group_items(state, group);
    view! {
        <section class="step" aria-labelledby="step-priority">
            <h2 id="step-priority">{t.priority.step}</h2>
            <Show when=move || items.with(|i| !i.is_empty()) fallback=move || view! { <p class="empty">{t.priority.items_empty}</p> }>
                <MergeItems group=group items=items />
                <DotVote group=group items=items />
                <JointPriority group=group items=items />
            </Show>
        </section>
    }
}

/// Similar ideas under one heading.
#[component]
fn MergeItems(group: Id, items: Memo<Vec<Item>>) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let merge = move |from: Id, into: Id| {
        let all = items.get_untracked();
        let (Some(from), Some(into)) = (
            all.iter().find(|i| i.id == from),
            all.iter().find(|i| i.id == into),
        ) else {
            return;
        };
        edit_group(state, group, |g| {
            g.merge_items(from, into, Id::new_random())
        });
    };
    view! {
        <h3>{t.priority.merge_title}</h3>
        <p class="hint">{t.priority.merge_hint}</p>
        <ul class="item-cards" aria-label=t.priority.merge_title>
            <For
                each=move || items.get()
                key=|item| (item.id, item.title.clone(), item.notes.clone())
                children=move |item| {
                    let id = item.id;
                    let title = title_of(t, &item);
                    let select_id = format!("merge-{id}");
                    let heading = item.is_cluster.then(|| {
                        let value = Signal::derive(move || group_value(state, group, move |g, _| {
                            g.clusters.iter().find(|c| c.id == id).map(|c| c.title.clone()).unwrap_or_default()
                        })());
                        let set = Callback::new(move |text: String| {
                            change_group(state, group, |g| g.set_cluster_title(&id, text))
                        });
                        view! {
                            <TextField label=t.priority.cluster_heading name=format!("cluster-{id}") value=value on_input=set />
                        }
                    });
                    let notes_in_cluster = item.is_cluster.then(|| {
                        let potentials: Vec<String> = state.workspace.with_untracked(|w| {
                            item.notes.iter().filter_map(|n| w.note(n)).map(|n| n.potential.clone()).collect()
                        });
                        view! {
                            <ul class="cluster-notes">
                                {potentials.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                            </ul>
                        }
                    });
                    let others = move || {
                        items.get().into_iter().filter(|other| other.id != id).collect::<Vec<_>>()
                    };
                    view! {
                        <li class="item-card column">
                            {if item.is_cluster { None } else { Some(view! { <span class="item-title">{title.clone()}</span> }) }}
                            {heading}
                            {notes_in_cluster}
                            <div class="field">
                                <label for=select_id.clone()>{fill(t.priority.merge_with, &[("title", &title)])}</label>
                                <select
                                    id=select_id
                                    on:change=move |ev| {
                                        if let Some(into) = Id::parse(&event_target_value(&ev)) {
                                            merge(id, into);
                                        }
                                    }
                                >
                                    <option value="" selected>{t.priority.merge_choose}</option>
                                    {move || others().into_iter().map(|other| view! {
                                        <option value=other.id.to_string()>{title_of(t, &other)}</option>
                                    }).collect_view()}
                                </select>
                            </div>
                            {item.is_cluster.then(|| view! {
                                <button
                                    type="button"
                                    class="button small"
                                    aria-label=fill(t.priority.split_cluster_named, &[("title", &title)])
                                    on:click=move |_| edit_group(state, group, |g| g.split_cluster(&id))
                                >
                                    {t.priority.split_cluster}
                                </button>
                            })}
                        </li>
                    }
                }
            />
        </ul>
    }
}

/// Dot voting on one device: pick who votes, then give and take dots.
#[component]
fn DotVote(group: Id, items: Memo<Vec<Item>>) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let members = Memo::new(move |_| {
        group_value(state, group, |g, _| {
            g.members
                .iter()
                .map(|m| (m.id, m.name.clone()))
                .collect::<Vec<_>>()
        })()
    });
    let per_member = group_value(state, group, |_, s| s.dots_per_member);
    // The member picked in the select; the voter is that member while in the group, else the
    // first member (derived, so no effect has to keep the two in step).
    let chosen = RwSignal::new(None::<Id>);
    let voter = Memo::new(move |_| {
        members.with(|list| {
            chosen
                .get()
                .filter(|v| list.iter().any(|(id, _)| id == v))
                .or_else(|| list.first().map(|(id, _)| *id))
        })
    });
    let voter_name = move || {
        voter.get().and_then(|v| {
            members.with(|m| m.iter().find(|(id, _)| *id == v).map(|(_, n)| n.clone()))
        })
    };
    let left = move || {
        voter.get().map_or(0, |v| {
            per_member().saturating_sub(group_value(state, group, move |g, _| g.dots_used(&v))())
        })
    };
    let ranking = Memo::new(move |_| {
        let items = items.get();
        group_value(state, group, move |g, _| g.ranking(&items))()
    });
    let dots_total =
        move |item: Id| ranking.with(|r| r.iter().find(|x| x.item == item).map_or(0, |x| x.dots));
    view! {
        <h3>{t.priority.vote_title}</h3>
        <p class="hint">{move || fill(t.priority.vote_hint, &[("n", &per_member())])}</p>
        <div class="field">
            <label for="field-voter">{t.priority.voter}</label>
            <select id="field-voter" on:change=move |ev| chosen.set(Id::parse(&event_target_value(&ev)))>
                {move || members.get().into_iter().map(|(id, name)| view! {
                    <option value=id.to_string() prop:selected=move || voter.get() == Some(id)>{name}</option>
                }).collect_view()}
            </select>
        </div>
        <p class="dots-left" aria-live="polite" data-testid="dots-left">
            {move || voter_name().map(|name| fill(t.priority.dots_left, &[("name", &name), ("left", &left()), ("n", &per_member())]))}
        </p>
        <ul class="vote-list" aria-label=t.priority.vote_title>
            <For
                each=move || items.get()
                key=|item| (item.id, item.title.clone())
                children=move |item| {
                    let id = item.id;
                    let title = title_of(t, &item);
                    let mine = move || voter.get().map_or(0, |v| group_value(state, group, move |g, _| g.dots_on(&v, &id))());
                    let give = move |_| {
                        if let Some(v) = voter.get_untracked() {
                            let n = per_member();
                            change_group(state, group, |g| g.add_dot(&v, &id, n));
                        }
                    };
                    let take = move |_| {
                        if let Some(v) = voter.get_untracked() {
                            change_group(state, group, |g| g.remove_dot(&v, &id));
                        }
                    };
                    view! {
                        <li class="vote-row">
                            <span class="vote-title">{title.clone()}</span>
                            <span class="vote-dots" aria-label=t.priority.dots_total_label>
                                {move || "●".repeat(dots_total(id) as usize)}
                                " "
                                {move || fill(t.priority.dots_count, &[("n", &dots_total(id))])}
                            </span>
                            <span class="vote-buttons">
                                <button
                                    type="button"
                                    class="button small"

                                    disabled=move || mine() == 0
                                    on:click=take
                                ><span aria-hidden="true">"−"</span><span class="visually-hidden">{fill(t.priority.take_dot, &[("title", &title)])}</span></button>
                                <span class="mine" aria-label=t.priority.my_dots_label>{mine}</span>
                                <button
                                    type="button"
                                    class="button small"

                                    disabled=move || left() == 0
                                    on:click=give
                                ><span aria-hidden="true">"+"</span><span class="visually-hidden">{fill(t.priority.give_dot, &[("title", &title)])}</span></button>
                            </span>
                        </li>
                    }
                }
            />
        </ul>
        <h3>{t.priority.ranking_title}</h3>
        <ol class="ranking" aria-label=t.priority.ranking_title data-testid="ranking">
            {move || {
                let items = items.get();
                ranking.get().into_iter().map(|Ranked { item, dots, rank }| {
                    let title = items.iter().find(|i| i.id == item).map(|i| title_of(t, i)).unwrap_or_default();
                    view! {
                        <li>
                            <span class="rank">{format!("{rank}.")}</span>
                            " " {title} " – " {fill(t.priority.dots_count, &[("n", &dots)])}
                        </li>
                    }
                }).collect_view()
            }}
        </ol>
    }
}

/// The one ordered list the group agrees on.
#[component]
fn JointPriority(group: Id, items: Memo<Vec<Item>>) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let question = group_value(state, group, |_, s| s.group_question.clone());
    let listed = Memo::new(move |_| {
        let items = items.get();
        group_value(state, group, move |g, _| {
            g.priority_items(&items)
                .into_iter()
                .cloned()
                .collect::<Vec<_>>()
        })()
    });
    let unlisted = move || {
        let listed = listed.get();
        items
            .get()
            .into_iter()
            .filter(|i| !listed.iter().any(|l| l.id == i.id))
            .collect::<Vec<_>>()
    };
    let agreed = move || group_value(state, group, |g, _| g.agreed.map(|a| a.0))().map(Timestamp);
    let propose = move |_| {
        let items = items.get_untracked();
        edit_group(state, group, |g| g.propose_from_votes(&items));
    };
    let add = move |item: Id| change_group(state, group, |g| g.add_to_priority(item));
    let agree = move |_| edit_group(state, group, |g| g.agree(platform::now()));
    view! {
        <h3>{t.priority.joint_title}</h3>
        <p class="question">{question}</p>
        <button type="button" class="button" on:click=propose>{t.priority.propose_from_votes}</button>
        <ol class="priority-list" aria-label=t.priority.joint_title data-testid="priority">
            <For
                each={move || listed.get().into_iter().enumerate().collect::<Vec<_>>()}
                key=|(i, item)| (*i, item.id, item.title.clone())
                children=move |(index, item)| {
                    let id = item.id;
                    let title = title_of(t, &item);
                    let step = move |by: isize| change_group(state, group, |g| g.move_priority(&id, by));
                    view! {
                        <li class="priority-row">
                            <span class="priority-title">{title.clone()}</span>
                            <span class="vote-buttons">
                                <button type="button" class="button small"  disabled=index == 0 on:click=move |_| step(-1)><span aria-hidden="true">"↑"</span><span class="visually-hidden">{fill(t.priority.move_up, &[("title", &title)])}</span></button>
                                <button type="button" class="button small" disabled=move || { index + 1 >= listed.with(Vec::len) } on:click=move |_| step(1)>
                                    <span aria-hidden="true">"↓"</span>
                                    <span class="visually-hidden">{fill(t.priority.move_down, &[("title", &title)])}</span>
                                </button>
                                <button
                                    type="button"
                                    class="button small"
                                    on:click=move |_| change_group(state, group, |g| g.remove_from_priority(&id))
                                ><span aria-hidden="true">"✕"</span><span class="visually-hidden">{fill(t.priority.remove_from_priority, &[("title", &title)])}</span></button>
                            </span>
                        </li>
                    }
                }
            />
        </ol>
        <div class="field" hidden=move || unlisted().is_empty()>
            <label for="field-add-priority">{t.priority.add_to_priority}</label>
            <select id="field-add-priority" on:change=move |ev| { if let Some(id) = Id::parse(&event_target_value(&ev)) { add(id); } }>
                <option value="" selected>{t.priority.merge_choose}</option>
                {move || unlisted().into_iter().map(|i| view! { <option value=i.id.to_string()>{title_of(t, &i)}</option> }).collect_view()}
            </select>
        </div>
        <div class="agree-row" role="status" aria-live="polite" data-testid="agreed">
            {move || match agreed() {
                Some(at) => view! {
                    <p class="notice ok">{fill(t.priority.agreed_on, &[("date", &platform::format_date(at))])}</p>
                }.into_any(),
                None => view! {
                    <button
                        type="button"
                        class="button primary"
                        disabled=move || listed.with(Vec::is_empty)
                        on:click=agree
                    >
                        {t.priority.agree_button}
                    </button>
                }.into_any(),
            }}
        </div>
    }
}
