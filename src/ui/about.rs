//! Om: the method in two paragraphs, its source, where the data lives, and the example.

use crate::i18n::t;
use crate::model::workspace::example;
use crate::platform;
use crate::route::Route;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn AboutScreen() -> impl IntoView {
    let t = t();
    view! {
        <h1>{t.about.title}</h1>
        <section class="prose">
            <p>{t.about.method.model}</p>
            <p>{t.about.method.sheets}</p>
            <p class="source">{t.about.source}</p>
            <p>{t.about.storage}</p>
        </section>
        <ExampleCard />
    }
}

/// Loads or removes the first-run example (a seminar and an A3 sheet from the seeds' figures).
#[component]
pub fn ExampleCard() -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let message = RwSignal::new(None::<&'static str>);
    let present = Memo::new(move |_| state.workspace.with(example::example_present));
    let load = move |_| {
        state.merge(|w| w.import(example::example_workspace(platform::now())));
        message.set(Some(t.about.example_loaded));
    };
    let remove = move |_| {
        state.edit(|w| example::remove_example(w, platform::now()));
        message.set(Some(t.about.example_removed));
    };
    view! {
        <section class="card example-card" aria-labelledby="example-title">
            <h2 id="example-title">{t.about.example_title}</h2>
            <p>{t.about.example_intro}</p>
            <Show
                when=move || present.get()
                fallback=move || view! {
                    <button type="button" class="button primary" on:click=load>{t.about.example_load}</button>
                }
            >
                <ul class="example-links">
                    <li>
                        <a href=Route::Seminar(example::seminar_id()).href()>
                            {move || state.workspace.with(|w| w.seminar(&example::seminar_id()).map(|s| s.title.clone()))}
                        </a>
                    </li>
                    <li>
                        <a href=Route::A3Sheet(example::sheet_id()).href()>
                            {move || state.workspace.with(|w| w.a3(&example::sheet_id()).map(|s| s.title.clone()))}
                        </a>
                    </li>
                    <li>
                        <a href=Route::Programme(example::programme_id()).href()>
                            {move || state.workspace.with(|w| w.programme(&example::programme_id()).map(|p| p.title.clone()))}
                        </a>
                    </li>
                </ul>
                <button type="button" class="button" on:click=remove>{t.about.example_remove}</button>
            </Show>
            <p role="status" class="status-line">{move || message.get()}</p>
        </section>
    }
}

/// The marker shown on the example seminar and sheet, wherever they are listed or opened.
#[component]
pub fn ExampleBadge(id: crate::model::Id) -> impl IntoView {
    example::is_example(&id)
        .then(|| view! { <span class="badge example-badge">{t().about.example_badge}</span> })
}
