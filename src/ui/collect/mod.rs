//! Samle: where the facilitator gathers the groups' priorities.

use crate::i18n::t;
use leptos::prelude::*;

#[component]
pub fn CollectScreen() -> impl IntoView {
    let t = t();
    view! {
        <h1>{t.collect_title}</h1>
        <p class="lead">{t.collect_intro}</p>
        <p class="empty">{t.collect_empty}</p>
    }
}
