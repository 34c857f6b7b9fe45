//! Program og prosjekt: every programme on this device, and a form to start one.

use crate::i18n::{fill, t};
use crate::model::{Id, Programme};
use crate::platform;
use crate::route::Route;
use crate::ui::common::create_form::CreateForm;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn ProgrammeListScreen() -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let create = move |title: String| {
        let programme = Programme::new(Id::new_random(), &title, platform::now());
        let href = Route::Programme(programme.id).href();
        state.edit(|w| w.add(programme));
        let _ = window().location().set_hash(&href);
    };
    let rows = Memo::new(move |_| {
        state.workspace.with(|w| {
            let mut list: Vec<(Id, String, String)> = w
                .active_programmes()
                .map(|p| {
                    let sheets = w.programme_sheets(&p.id);
                    let measures: usize = sheets.iter().map(|s| s.measures.len()).sum();
                    let title = if p.title.is_empty() {
                        t.common.untitled.to_owned()
                    } else {
                        p.title.clone()
                    };
                    let meta = fill(
                        t.programme_list().counts,
                        &[("sheets", &sheets.len()), ("measures", &measures)],
                    );
                    (p.id, title, meta)
                })
                .collect();
            list.sort_by_key(|(_, title, _)| title.to_lowercase());
            list
        })
    });
    view! {
        <p class="breadcrumb"><a href=Route::A3List.href()>{t.a3().back_to_list}</a></p>
        <h1>{t.programme_list().title}</h1>
        <p class="lead">{t.programme_list().intro}</p>
        <CreateForm label=t.programme_list().new_label button=t.programme_list().new_button name="new-programme" on_create=create />
        <Show when=move || rows.with(|r| !r.is_empty()) fallback=move || view! { <p class="empty">{t.programme_list().empty}</p> }>
            <ul class="item-list" aria-label=t.programme_list().list_label>
                <For each=move || rows.get() key=|row| row.clone() let:row>
                    <li class="item-card">
                        <a class="item-link" href=Route::Programme(row.0).href()>
                            <span class="item-title">{row.1} <crate::ui::about::ExampleBadge id=row.0 /></span>
                            <span class="item-meta">{row.2}</span>
                        </a>
                    </li>
                </For>
            </ul>
        </Show>
    }
}
