//! Gevinstverksted: dialogue seminars and A3 benefit sheets, entirely in the browser.
//!
//! Data flows one way: UI event → model function on the workspace → store saves → signals
//! re-render. See `docs/architecture.md`.

pub mod i18n;
pub mod model;
pub mod platform;
pub mod report;
pub mod route;
pub mod scan;
pub mod share;
pub mod store;
pub mod ui;

use leptos::prelude::*;
use route::Route;
use ui::common::banners::{ExportReminderBanner, QuarantineBanner, SaveWarning, UpdateBanner};
use ui::state::AppState;

/// The current screen, from the URL hash.
#[derive(Clone, Copy)]
pub struct CurrentRoute(pub RwSignal<Route>);

/// The language in use. Changing it re-renders the app in that language.
#[derive(Clone, Copy)]
pub struct CurrentLang(pub RwSignal<i18n::Lang>);

/// The remembered language, else bokmål.
fn start_language() -> i18n::Lang {
    let lang = store::language()
        .and_then(|code| i18n::Lang::from_code(&code))
        .unwrap_or(i18n::Lang::Nb);
    i18n::set_lang(lang);
    lang
}

fn route_from_location() -> Route {
    Route::parse(&window().location().hash().unwrap_or_default())
}

/// The application root: state, routing, header and the current screen.
#[component]
pub fn App() -> impl IntoView {
    platform::expose_wasm_memory();
    let state = AppState::start();
    let route = RwSignal::new(route_from_location());
    provide_context(CurrentRoute(route));
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        route.set(route_from_location());
        window().scroll_to_with_x_and_y(0.0, 0.0);
    });
    let _ = state;
    let lang = RwSignal::new(start_language());
    provide_context(CurrentLang(lang));
    Effect::new(move |_| {
        let code = lang.get().code();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", code);
        }
    });
    // Everything below is built from `i18n::t()`, so a new language rebuilds it; the data
    // lives in `AppState` and the URL, and is untouched.
    move || {
        lang.track();
        view! { <AppBody route=route /> }
    }
}

/// Header, the current screen and footer, in the language in use.
#[component]
fn AppBody(route: RwSignal<Route>) -> impl IntoView {
    let t = i18n::t();
    view! {
        <ui::header::AppHeader />
        <main id="main" tabindex="-1">
            <UpdateBanner />
            <QuarantineBanner />
            <SaveWarning />
            {move || route.with(Route::shows_backup_reminder).then(|| view! { <ExportReminderBanner /> })}
            {move || match route.get() {
                Route::Home => view! { <ui::home::HomeScreen /> }.into_any(),
                Route::Workshop => view! { <ui::workshop::WorkshopScreen /> }.into_any(),
                Route::Collect => view! { <ui::collect::CollectScreen /> }.into_any(),
                Route::A3List => view! { <ui::a3::A3ListScreen /> }.into_any(),
                Route::A3Sheet(id) => view! { <ui::a3::A3SheetScreen id=id /> }.into_any(),
                Route::Seminar(id) => view! { <ui::workshop::SeminarScreen id=id /> }.into_any(),
                Route::JoinQr(id) => view! { <ui::workshop::join::JoinQrScreen seminar=id /> }.into_any(),
                Route::CollectSeminar(id) => view! { <ui::collect::CollectSeminarScreen seminar=id /> }.into_any(),
                Route::Presentation(id) => view! { <ui::collect::PresentationScreen seminar=id /> }.into_any(),
                Route::Group { seminar, group } => {
                    view! { <ui::workshop::GroupScreen seminar=seminar group=group /> }.into_any()
                }
                Route::TaskReview { seminar, review } => {
                    view! { <ui::workshop::TaskReviewScreen seminar=seminar review=review /> }.into_any()
                }
                Route::Share(data) => view! { <ui::share_import::ShareImportScreen data=data /> }.into_any(),
                Route::SharePart(part) => view! { <ui::share_import::SharePartScreen part=part /> }.into_any(),
                Route::Trash => view! { <ui::trash::TrashScreen /> }.into_any(),
                Route::About => view! { <ui::about::AboutScreen /> }.into_any(),
                Route::Programmes => view! { <ui::programme::ProgrammeListScreen /> }.into_any(),
                Route::Programme(id) => view! { <ui::programme::ProgrammeScreen id=id /> }.into_any(),
                Route::StatusReport(id) => view! { <ui::programme::StatusReportScreen id=id /> }.into_any(),
                Route::NotFound => view! {
                    <h1>{t.not_found_title}</h1>
                    <p>{t.not_found_body}</p>
                    <p><a href=Route::Home.href()>{t.to_home}</a></p>
                }.into_any(),
            }}
        </main>
        <ui::header::AppFooter />
    }
}
