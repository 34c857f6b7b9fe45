//! Verksted: the dialogue seminars on this device, and the group exercise inside each.

pub mod group;
pub mod join;
pub mod notes;
pub mod seminar;
pub mod setup;
pub mod task_review;
pub mod timer;

pub use group::GroupScreen;
pub use seminar::SeminarScreen;
pub use task_review::TaskReviewScreen;

use crate::i18n::{format_iso_date, t};
use crate::model::{Id, Seminar};
use crate::platform;
use crate::route::Route;
use crate::ui::common::create_form::CreateForm;
use crate::ui::common::qr_scanner::QrScanner;
use crate::ui::common::transfer::ImportButton;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn WorkshopScreen() -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let create = move |title: String| {
        let seminar = Seminar::new(Id::new_random(), &title, platform::now());
        let href = Route::Seminar(seminar.id).href();
        state.edit(|w| w.add_seminar(seminar));
        let _ = window().location().set_hash(&href);
    };
    let rows = Memo::new(move |_| {
        state.workspace.with(|w| {
            let mut rows: Vec<_> = w
                .active_seminars()
                .map(|s| {
                    let notes = w.own_notes(&s.id).len();
                    let groups = w.seminar_groups(&s.id).len();
                    let date = if s.date.is_empty() {
                        platform::format_date(s.created)
                    } else {
                        format_iso_date(&s.date)
                    };
                    (s.id, s.title.clone(), date, notes, groups, s.created)
                })
                .collect();
            rows.sort_by_key(|row| std::cmp::Reverse(row.5));
            rows
        })
    });
    view! {
        <h1>{t.workshop.title}</h1>
        <p class="lead">{t.workshop.intro}</p>
        <CreateForm label=t.workshop.new_seminar_label button=t.workshop.new_seminar_button name="new-seminar" on_create=create />
        <Show
            when=move || rows.with(|r| !r.is_empty())
            fallback=move || view! { <p class="empty">{t.workshop.seminars_empty}</p> }
        >
            <ul class="item-list" aria-label=t.workshop.seminar_list_label>
                <For
                    each=move || rows.get()
                    key=|row| row.clone()
                    children=move |(id, title, date, notes, groups, _)| {
                        view! {
                            <li class="item-card">
                                <a class="item-link" href=Route::Seminar(id).href()>
                                    <span class="item-title">
                                        {if title.is_empty() { t.common.untitled.to_owned() } else { title }}
                                        " " <crate::ui::about::ExampleBadge id=id />
                                    </span>
                                    <span class="item-meta">
                                        {crate::i18n::fill(t.workshop.seminar_meta, &[("date", &date), ("notes", &notes), ("groups", &groups)])}
                                    </span>
                                </a>
                            </li>
                        }
                    }
                />
            </ul>
        </Show>
        <section class="share-row" aria-labelledby="join-seminar">
            <h2 id="join-seminar">{t.workshop.join_seminar_title}</h2>
            <p class="hint">{t.workshop.join_seminar_hint}</p>
            <ImportButton />
            <QrScanner on_link=Callback::new(|data: String| { let _ = window().location().set_hash(&Route::Share(data).href()); }) />
        </section>
    }
}
