//! Programmes (omstillingsprosess / prosjekt): the list, one programme's page, and its status
//! report.

mod double_counting;
mod focus_areas;
mod goals;
pub mod link_select;
pub mod list;
pub mod measures;
mod plan;
pub mod report;
pub mod screen;

pub use list::ProgrammeListScreen;
pub use report::StatusReportScreen;
pub use screen::ProgrammeScreen;

use crate::model::Id;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Whether the programme exists and is not in the trash (tracked).
fn programme_exists(id: Id) -> impl Fn() -> bool + Copy + Send + Sync {
    let state = AppState::get();
    move || {
        state
            .workspace
            .with(|w| w.programme(&id).is_some_and(|p| p.deleted.is_none()))
    }
}

/// "Fant ikke programmet" with the way back.
fn programme_not_found() -> impl IntoView {
    let t = crate::i18n::t();
    view! {
        <h1>{t.programme_list().title}</h1>
        <p class="notice error" role="alert">{t.programme().not_found}</p>
        <p><a href=crate::route::Route::Programmes.href()>{t.programme().back_to_programmes}</a></p>
    }
}
