//! Which screens each entry holds (issue 19). The participant entry (`src/bin/deltaker.rs`)
//! compiles only a participant's screens: the A3 sheets, programmes and Samle are not in its
//! wasm at all, because nothing it calls names them. A route it does not hold opens the full
//! app at the same hash, an ordinary navigation.

use crate::i18n;
use crate::route::{Entry, Route};
use crate::ui;
use leptos::prelude::*;

/// The screens of one entry.
pub trait Screens: 'static {
    /// The screen for `route`.
    fn screen(route: Route) -> AnyView;
}

/// The full app (`index.html`): every screen.
pub struct FullApp;

/// The participant entry (`deltaker.html`): a participant's screens; the rest open the full app.
pub struct ParticipantApp;

impl Screens for FullApp {
    fn screen(route: Route) -> AnyView {
        match route {
            Route::Collect => view! { <ui::collect::CollectScreen /> }.into_any(),
            Route::A3List => view! { <ui::a3::A3ListScreen /> }.into_any(),
            Route::A3Sheet(id) => view! { <ui::a3::A3SheetScreen id=id /> }.into_any(),
            Route::JoinQr(id) => {
                view! { <ui::workshop::join::JoinQrScreen seminar=id /> }.into_any()
            }
            Route::CollectSeminar(id) => {
                view! { <ui::collect::CollectSeminarScreen seminar=id /> }.into_any()
            }
            Route::Presentation(id) => {
                view! { <ui::collect::PresentationScreen seminar=id /> }.into_any()
            }
            Route::Trash => view! { <ui::trash::TrashScreen /> }.into_any(),
            Route::Programmes => view! { <ui::programme::ProgrammeListScreen /> }.into_any(),
            Route::Programme(id) => view! { <ui::programme::ProgrammeScreen id=id /> }.into_any(),
            Route::StatusReport(id) => {
                view! { <ui::programme::StatusReportScreen id=id /> }.into_any()
            }
            participant => participant_screen(participant),
        }
    }
}

impl Screens for ParticipantApp {
    fn screen(route: Route) -> AnyView {
        if Entry::Participant.shows(&route) {
            participant_screen(route)
        } else {
            crate::platform::open_entry(Entry::Full);
            view! { <p class="hint" role="status">{i18n::t().common.opening_full_app}</p> }
                .into_any()
        }
    }
}

/// The screens both entries hold.
fn participant_screen(route: Route) -> AnyView {
    let t = i18n::t();
    match route {
        Route::Home => view! { <ui::home::HomeScreen /> }.into_any(),
        Route::Workshop => view! { <ui::workshop::WorkshopScreen /> }.into_any(),
        Route::Seminar(id) => view! { <ui::workshop::SeminarScreen id=id /> }.into_any(),
        Route::Group { seminar, group } => {
            view! { <ui::workshop::GroupScreen seminar=seminar group=group /> }.into_any()
        }
        Route::TaskReview { seminar, review } => {
            view! { <ui::workshop::TaskReviewScreen seminar=seminar review=review /> }.into_any()
        }
        Route::Share(data) => {
            view! { <ui::share_import::ShareImportScreen data=data /> }.into_any()
        }
        Route::SharePart(part) => {
            view! { <ui::share_import::SharePartScreen part=part /> }.into_any()
        }
        Route::About => view! { <ui::about::AboutScreen /> }.into_any(),
        _ => view! {
            <h1>{t.common.not_found_title}</h1>
            <p>{t.common.not_found_body}</p>
            <p><a href=Route::Home.href()>{t.common.to_home}</a></p>
        }
        .into_any(),
    }
}
