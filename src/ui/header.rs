//! The top bar (product name, language, navigation between the areas) and the footer.

use crate::i18n::{set_lang, t, Lang};
use crate::route::Route;
use crate::{platform, store, CurrentLang, CurrentRoute};
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
                (Route::Programmes, Route::Programme(_) | Route::StatusReport(_)) => true,
                (Route::Collect, Route::CollectSeminar(_) | Route::Presentation(_)) => true,
                (
                    Route::Workshop,
                    Route::Seminar(_)
                    | Route::JoinQr(_)
                    | Route::Group { .. }
                    | Route::TaskReview { .. },
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
            <a class="skip-link" href="#main">{t.nav.skip_to_content}</a>
            <div class="brand">
                <a href="#/" class="brand-name">{t.nav.app_name}</a>
                <LanguageSelect />
                <span class="tagline">{t.nav.tagline}</span>
            </div>
            <nav aria-label=t.nav.label>
                <ul class="nav-list">
                    {link(Route::Home, t.nav.home)}
                    {link(Route::Workshop, t.nav.workshop)}
                    {link(Route::Collect, t.nav.collect)}
                    {link(Route::A3List, t.nav.a3)}
                    {link(Route::Programmes, t.nav.programmes)}
                </ul>
            </nav>
        </header>
    }
}

const LANGUAGE_SELECT_ID: &str = "language-select";

/// The language switch. The choice is remembered on this device and applies at once.
#[component]
fn LanguageSelect() -> impl IntoView {
    let t = t();
    let lang = expect_context::<CurrentLang>().0;
    let current = lang.get_untracked();
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(chosen) = Lang::from_code(&event_target_value(&ev)) {
            set_lang(chosen);
            store::save_language(chosen.code());
            lang.set(chosen);
            // The app is rebuilt in the new language; keep the keyboard where it was.
            platform::focus_element(LANGUAGE_SELECT_ID);
        }
    };
    view! {
        <label class="language">
            <span class="visually-hidden">{t.nav.lang_label}</span>
            <select id=LANGUAGE_SELECT_ID on:change=on_change>
                {Lang::ALL
                    .into_iter()
                    .map(|option| {
                        view! {
                            <option value=option.code() lang=option.code() selected=option == current>
                                {option.own_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}

/// The footer: what the app is and where its data lives.
#[component]
pub fn AppFooter() -> impl IntoView {
    let t = t();
    view! {
        <footer class="app-footer">
            <a href=Route::About.href()>{t.about.title}</a>
            <a href=Route::Trash.href()>{t.trash.title}</a>
        </footer>
    }
}
