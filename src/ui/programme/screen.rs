//! One programme: its name and goals, focus areas with their sheets and seminars, every measure
//! across its sheets, the milestone plan and the risks. Saved as you type.

use super::double_counting::DoubleCountingNotice;
use super::focus_areas::FocusAreasSection;
use super::goals::GoalsSection;
use super::measures::ProgrammeMeasuresSection;
use super::plan::{MilestonesSection, RisksSection};
use super::{programme_exists, programme_not_found};
use crate::i18n::t;
use crate::model::{Id, Programme};
use crate::platform;
use crate::route::Route;
use crate::ui::common::banners::SaveStatusLine;
use crate::ui::common::trash_button::TrashButton;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn ProgrammeScreen(id: Id) -> impl IntoView {
    view! {
        <Show when=programme_exists(id) fallback=programme_not_found>
            <ProgrammePage id=id />
        </Show>
    }
}

/// A text of the programme itself, as a signal and a setter.
pub fn programme_text(
    id: Id,
    get: fn(&Programme) -> &String,
    set: fn(&mut Programme, String),
) -> (Signal<String>, Callback<String>) {
    let state = AppState::get();
    (
        Signal::derive(move || {
            state
                .read(id, |p: &Programme| get(p).clone())
                .unwrap_or_default()
        }),
        Callback::new(move |value: String| {
            state.type_into(id, |w| {
                w.edit_programme(&id, platform::now(), |p| set(p, value))
            });
        }),
    )
}

#[component]
fn ProgrammePage(id: Id) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let (title, _) = programme_text(id, |p| &p.title, |p, v| p.title = v);
    let download_plan = move |_| {
        let csv = state
            .workspace
            .with_untracked(|w| crate::report::programme_plan_csv(w, &id, crate::i18n::lang()));
        let name = crate::share::plan_csv_filename(&title.get_untracked(), platform::today());
        let _ = platform::download_text(&name, "text/csv;charset=utf-8", &csv);
    };
    view! {
        <article class="programme">
            <p class="breadcrumb"><a href=Route::Programmes.href()>{t.programme().back_to_programmes}</a></p>
            <h1>
                {move || { let s = title.get(); if s.trim().is_empty() { t.common.untitled.to_owned() } else { s } }}
                " " <crate::ui::about::ExampleBadge id=id />
            </h1>
            <crate::ui::common::conflict::EntityConflicts entity=id shown_on_field=shown_on_programme_field />
            <SaveStatusLine />
            <div class="button-row">
                <a class="button primary" href=Route::StatusReport(id).href()>{t.programme().status_report_button}</a>
                <button type="button" class="button" on:click=download_plan>{t.a3().plan_csv_button}</button>
            </div>
            <GoalsSection programme=id />
            <FocusAreasSection programme=id />
            <ProgrammeMeasuresSection programme=id />
            <DoubleCountingNotice programme=id />
            <MilestonesSection programme=id />
            <RisksSection programme=id />
            <TrashButton
                label=t.programme().delete
                on_trash=Callback::new(move |()| {
                    state.edit(|w| w.set_programme_deleted(&id, true, platform::now()));
                })
                then=Route::Programmes
            />
        </article>
    }
}

/// The conflicts the programme shows on their fields: its rows' text fields (`row_text`).
fn shown_on_programme_field(c: &crate::model::workspace::FieldConflict) -> bool {
    const ROW_TEXT: [&str; 11] = [
        "text",
        "year",
        "milestone",
        "theme",
        "assignment",
        "deadline",
        "approved",
        "description",
        "owner",
        "mitigation",
        "name",
    ];
    c.rows.len() == 1 && ROW_TEXT.contains(&c.field.as_str())
}
