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

/// Starts one entry (`S`: which screens it holds): what both `main`s do, in one place. The
/// focused field kept above the keyboard, the app mounted (which removes the loading screen),
/// and the `gevinstverksted-mounted` mark `make bench` reads.
pub fn start<S: ui::screens::Screens>() {
    platform::keep_focused_field_in_view();
    leptos::mount::mount_to_body(app::<S>);
    platform::mark_mounted();
}

/// The application root of one entry (`S`: which screens it holds, see [`ui::screens`]):
/// state, routing, header and the current screen.
pub fn app<S: ui::screens::Screens>() -> impl IntoView {
    platform::remove_loading_screen();
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
        app_body::<S>(route)
    }
}

/// Header, the current screen and footer, in the language in use.
fn app_body<S: ui::screens::Screens>(route: RwSignal<Route>) -> impl IntoView {
    view! {
        <ui::header::AppHeader />
        <main id="main" tabindex="-1">
            <UpdateBanner />
            <QuarantineBanner />
            <SaveWarning />
            {move || route.with(Route::shows_backup_reminder).then(|| view! { <ExportReminderBanner /> })}
            {move || S::screen(route.get())}
        </main>
        <ui::header::AppFooter />
    }
}
