//! All A3 sheets on this device, and starting a new one.

use crate::i18n::t;
use crate::model::{A3Sheet, Id};
use crate::platform;
use crate::route::Route;
use crate::ui::common::create_form::CreateForm;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn A3ListScreen() -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let create = move |title: String| {
        let sheet = A3Sheet::new(Id::new_random(), &title, platform::now());
        let href = Route::A3Sheet(sheet.id.clone()).href();
        state.edit(|w| w.add_a3(sheet));
        let _ = window().location().set_hash(&href);
    };
    let rows = move || {
        state.workspace.with(|w| {
            let mut rows: Vec<_> = w
                .a3_sheets
                .iter()
                .map(|s| {
                    (
                        s.id.clone(),
                        s.title.clone(),
                        s.unit.clone(),
                        s.phase,
                        s.updated,
                    )
                })
                .collect();
            rows.sort_by_key(|row| std::cmp::Reverse(row.4));
            rows
        })
    };
    view! {
        <h1>{t.a3_list_title}</h1>
        <p class="lead">{t.a3_list_intro}</p>
        <CreateForm label=t.new_a3_label button=t.new_a3_button name="new-a3" on_create=create />
        <Show
            when=move || state.workspace.with(|w| !w.a3_sheets.is_empty())
            fallback=move || view! { <p class="empty">{t.a3_empty}</p> }
        >
            <ul class="item-list" aria-label=t.a3_list_label>
                <For
                    each=rows
                    key=|row| (row.0.clone(), row.1.clone(), row.2.clone(), row.3, row.4)
                    children=move |(id, title, unit, phase, updated)| {
                        let meta = [unit, t.phases[phase.index()].to_owned(), platform::format_date(updated)]
                            .into_iter()
                            .filter(|part| !part.is_empty())
                            .collect::<Vec<_>>()
                            .join(" · ");
                        view! {
                            <li>
                                <a class="item-card" href=Route::A3Sheet(id).href()>
                                    <span class="item-title">
                                        {if title.is_empty() { t.untitled.to_owned() } else { title }}
                                    </span>
                                    <span class="item-meta">{meta}</span>
                                </a>
                            </li>
                        }
                    }
                />
            </ul>
        </Show>
    }
}
