//! Verksted: the dialogue seminars on this device.

use crate::i18n::t;
use crate::model::{Id, Seminar};
use crate::platform;
use crate::ui::common::create_form::CreateForm;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn WorkshopScreen() -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let create = move |title: String| {
        let seminar = Seminar::new(Id::new_random(), &title, platform::now());
        state.edit(|w| w.add_seminar(seminar));
    };
    let rows = move || {
        state.workspace.with(|w| {
            let mut rows: Vec<_> = w
                .seminars
                .iter()
                .map(|s| (s.id, s.title.clone(), s.created))
                .collect();
            rows.sort_by_key(|row| std::cmp::Reverse(row.2));
            rows
        })
    };
    view! {
        <h1>{t.workshop_title}</h1>
        <p class="lead">{t.workshop_intro}</p>
        <CreateForm label=t.new_seminar_label button=t.new_seminar_button name="new-seminar" on_create=create />
        <Show
            when=move || state.workspace.with(|w| !w.seminars.is_empty())
            fallback=move || view! { <p class="empty">{t.seminars_empty}</p> }
        >
            <ul class="item-list" aria-label=t.seminar_list_label>
                <For
                    each=rows
                    key=|row| row.clone()
                    children=move |(_, title, created)| {
                        view! {
                            <li class="item-card">
                                <span class="item-title">
                                    {if title.is_empty() { t.untitled.to_owned() } else { title }}
                                </span>
                                <span class="item-meta">{platform::format_date(created)}</span>
                            </li>
                        }
                    }
                />
            </ul>
        </Show>
    }
}
