//! The top bar: product name and the navigation between the areas.

use crate::i18n::t;
use crate::route::Route;
use crate::CurrentRoute;
use leptos::prelude::*;

/// Product name and main navigation; the current area is marked with `aria-current`.
#[component]
pub fn AppHeader() -> impl IntoView {
    let t = t();
    let route = expect_context::<CurrentRoute>().0;
    let link = move |target: Route, label: &'static str| {
        let href = target.href();
        let current = move || {
            let here = route.get();
            let active = match (&target, &here) {
                (Route::A3List, Route::A3Sheet(_)) => true,
                (Route::Collect, Route::CollectSeminar(_) | Route::Presentation(_)) => true,
                (
                    Route::Workshop,
                    Route::Seminar(_) | Route::Group { .. } | Route::TaskReview { .. },
                ) => true,
                (a, b) => a == b,
            };
            active.then_some("page")
        };
        view! {
            <li>
                <a href=href aria-current=current>{label}</a>
            </li>
        }
    };
    view! {
        <header class="app-header">
            <a class="skip-link" href="#main">{t.skip_to_content}</a>
            <div class="brand">
                <a href="#/" class="brand-name">{t.app_name}</a>
                <span class="tagline">{t.tagline}</span>
            </div>
            <nav aria-label=t.nav_label>
                <ul class="nav-list">
                    {link(Route::Home, t.nav_home)}
                    {link(Route::Workshop, t.nav_workshop)}
                    {link(Route::Collect, t.nav_collect)}
                    {link(Route::A3List, t.nav_a3)}
                </ul>
            </nav>
        </header>
    }
}
