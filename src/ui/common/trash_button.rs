//! "Flytt til papirkurven" for a whole seminar, group or task review: it is soft-deleted
//! (restorable from Papirkurv for 30 days) and the user is taken to `then`.

use crate::i18n::t;
use crate::route::Route;
use leptos::prelude::*;

#[component]
pub fn TrashButton(
    /// E.g. "Flytt seminaret til papirkurven".
    label: &'static str,
    on_trash: Callback<()>,
    then: Route,
) -> impl IntoView {
    let t = t();
    view! {
        <div class="trash-row">
            <button
                type="button"
                class="button danger"
                on:click=move |_| {
                    on_trash.run(());
                    let _ = window().location().set_hash(&then.href());
                }
            >
                {label}
            </button>
            <p class="hint">{t.trash.button_hint}</p>
        </div>
    }
}
