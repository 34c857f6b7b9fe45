//! All A3 sheets on this device: start, search, filter by phase, open, copy, delete (with undo).

use crate::i18n::{fill, t};
use crate::model::{A3Sheet, Id, Phase};
use crate::platform;
use crate::route::Route;
use crate::ui::common::create_form::CreateForm;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// What the list shows of one sheet.
#[derive(Clone, PartialEq)]
struct SheetRow {
    id: Id,
    title: String,
    meta: String,
}

#[component]
pub fn A3ListScreen() -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let query = RwSignal::new(String::new());
    // None = all phases.
    let phase_filter = RwSignal::new(None::<Phase>);
    // The last deleted sheet, for Angre.
    let deleted = RwSignal::new(None::<(Id, String)>);

    let create = move |title: String| {
        let sheet = A3Sheet::new(Id::new_random(), &title, platform::now());
        let href = Route::A3Sheet(sheet.id).href();
        state.edit(|w| w.add_a3(sheet));
        let _ = window().location().set_hash(&href);
    };
    // One computation per change, read by both the empty-state check and the list.
    let rows = Memo::new(move |_| {
        let query = query.get();
        let phase = phase_filter.get();
        state.workspace.with(|w| {
            let mut sheets: Vec<&A3Sheet> = w
                .active_a3()
                .filter(|s| phase.is_none_or(|p| s.phase == p) && s.matches(&query))
                .collect();
            sheets.sort_by_key(|s| std::cmp::Reverse(s.updated));
            sheets
                .into_iter()
                .map(|s| SheetRow {
                    id: s.id,
                    title: if s.title.is_empty() {
                        t.common.untitled.to_owned()
                    } else {
                        s.title.clone()
                    },
                    meta: [
                        s.unit.clone(),
                        t.a3().phases.of(s.phase).to_owned(),
                        fill(
                            t.a3_list().last_changed,
                            &[("date", &platform::format_date(s.updated))],
                        ),
                    ]
                    .into_iter()
                    .filter(|part| !part.is_empty())
                    .collect::<Vec<_>>()
                    .join(" · "),
                })
                .collect::<Vec<_>>()
        })
    });
    let has_any = move || state.workspace.with(|w| w.active_a3().next().is_some());
    let duplicate = move |id: Id| {
        let now = platform::now();
        state.edit(|w| {
            if let Some(copy) = w.a3(&id).map(|s| {
                s.duplicate(
                    format!("{}{}", s.title, t.a3_list().copy_suffix),
                    now,
                    Id::new_random,
                )
            }) {
                w.add_a3(copy);
            }
        });
    };
    let delete = move |id: Id, title: String| {
        state.edit(|w| w.set_a3_deleted(&id, true, platform::now()));
        deleted.set(Some((id, title)));
    };
    let undo = move |_| {
        if let Some((id, _)) = deleted.get_untracked() {
            state.edit(|w| w.set_a3_deleted(&id, false, platform::now()));
            deleted.set(None);
        }
    };

    view! {
        <h1>{t.a3_list().title}</h1>
        <p class="lead">{t.a3_list().intro}</p>
        <p><a class="button" href=Route::Programmes.href() data-testid="programmes-link">{t.programme_list().title} " →"</a></p>
        <CreateForm label=t.a3_list().new_label button=t.common.new_a3_button name="new-a3" on_create=create />
        {move || {
            let deleted = state.workspace.with(|w| w.a3_sheets.iter().filter(|s| s.deleted.is_some()).count());
            (deleted > 0).then(|| view! {
                <p><a href=Route::Trash.href()>{fill(t.trash.link, &[("n", &deleted)])}</a></p>
            })
        }}
        <div role="status" aria-live="polite">
            {move || deleted.get().map(|(_, title)| view! {
                <p class="notice ok undo-bar">
                    {fill(t.a3_list().deleted_notice, &[("title", &title)])} " "
                    <button type="button" class="button small" on:click=undo>{t.common.undo_button}</button>
                </p>
            })}
        </div>
        <Show
            when=has_any
            fallback=move || view! { <p class="empty">{t.a3_list().empty}</p> }
        >
            <div class="list-filters">
                <div class="field">
                    <label for="a3-search">{t.a3_list().search_label}</label>
                    <input
                        id="a3-search"
                        type="search"
                        prop:value=move || query.get()
                        on:input=move |ev| query.set(event_target_value(&ev))
                    />
                </div>
                <div class="field">
                    <label for="a3-phase-filter">{t.a3_list().phase_filter_label}</label>
                    <select
                        id="a3-phase-filter"
                        on:change=move |ev| {
                            phase_filter.set(event_target_value(&ev).parse::<usize>().ok().and_then(Phase::from_index))
                        }
                    >
                        <option value="all">{t.a3_list().phase_filter_all}</option>
                        {Phase::ALL.iter().map(|p| view! { <option value=p.index().to_string()>{t.a3().phases.of(*p)}</option> }).collect_view()}
                    </select>
                </div>
            </div>
            <Show when=move || rows.with(|r| !r.is_empty()) fallback=move || view! { <p class="empty">{t.a3_list().no_matches}</p> }>
                <ul class="item-list" aria-label=t.a3_list().list_label>
                    <For
                        each=move || rows.get()
                        key=|row| (row.id, row.title.clone(), row.meta.clone())
                        children=move |row| {
                            let title = row.title.clone();
                            view! {
                                <li class="item-card with-actions">
                                    <a class="item-link" href=Route::A3Sheet(row.id).href()>
                                        <span class="item-title">{row.title.clone()} <crate::ui::about::ExampleBadge id=row.id /></span>
                                        <span class="item-meta">{row.meta.clone()}</span>
                                    </a>
                                    <div class="item-actions">
                                        <button
                                            type="button"
                                            class="button small"
                                            aria-label=format!("{} – {}", t.a3_list().duplicate_button, row.title)
                                            on:click=move |_| duplicate(row.id)
                                        >
                                            {t.a3_list().duplicate_button}
                                        </button>
                                        <button
                                            type="button"
                                            class="button small danger"
                                            aria-label=format!("{} – {}", t.common.delete_button, row.title)
                                            on:click=move |_| delete(row.id, title.clone())
                                        >
                                            {t.common.delete_button}
                                        </button>
                                    </div>
                                </li>
                            }
                        }
                    />
                </ul>
            </Show>
        </Show>
    }
}
