//! Presentation mode for the projector: the top of the combined ranking in large type, or one
//! idea at a time (arrow keys or the buttons move through them).

use super::group_names;
use super::ranking::ideas_memo;
use crate::i18n::{fill, t};
use crate::model::Id;
use crate::route::Route;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// How many ideas the list view shows.
const TOP: usize = 10;

#[component]
pub fn PresentationScreen(seminar: Id) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let ideas = ideas_memo(state, seminar);
    let names = Memo::new(move |_| group_names(state, seminar));
    let one_at_a_time = RwSignal::new(false);
    let index = RwSignal::new(0usize);
    let count = move || ideas.with(Vec::len);
    let step = move |by: isize| {
        let last = count().saturating_sub(1);
        index.update(|i| *i = i.saturating_add_signed(by).min(last));
    };
    let keys = window_event_listener(leptos::ev::keydown, move |ev| match ev.key().as_str() {
        "ArrowRight" | "PageDown" | " " if one_at_a_time.get_untracked() => step(1),
        "ArrowLeft" | "PageUp" if one_at_a_time.get_untracked() => step(-1),
        _ => {}
    });
    on_cleanup(move || keys.remove());
    let question = move || {
        state.workspace.with(|w| {
            w.seminar(&seminar)
                .map(|s| s.group_question.clone())
                .unwrap_or_default()
        })
    };
    view! {
        <div class="presentation" data-testid="presentation">
            <div class="presentation-bar button-row">
                <a class="button" href=Route::CollectSeminar(seminar).href()>{t.collect().present_close}</a>
                <button type="button" class="button" on:click=move |_| one_at_a_time.update(|v| *v = !*v)>
                    {move || if one_at_a_time.get() { t.collect().present_list } else { t.collect().present_one }}
                </button>
            </div>
            <h1 class="presentation-question">{question}</h1>
            <Show when=move || one_at_a_time.get() fallback=move || view! {
                <ol class="presentation-list">
                    {move || ideas.get().into_iter().take(TOP).map(|idea| view! {
                        <li>
                            <span class="rank">{format!("{}.", idea.rank)}</span>
                            " " {idea.title.clone()}
                            <span class="presentation-points">{fill(t.collect().points_count, &[("n", &idea.points)])}</span>
                        </li>
                    }).collect_view()}
                </ol>
            }>
                {move || ideas.with(|all| all.get(index.get()).cloned()).map(|idea| view! {
                    <div class="presentation-one" aria-live="polite">
                        <p class="presentation-rank">{fill(t.collect().place_of, &[("n", &idea.rank), ("total", &count())])}</p>
                        <p class="presentation-title">{idea.title.clone()}</p>
                        <p>{t.collect().named_by} ": " {idea.named_by(&names.get())}</p>
                        {(!idea.benefits.is_empty()).then(|| view! { <p>{t.group_report.benefit} ": " {idea.benefits.join("; ")}</p> })}
                    </div>
                })}
                <div class="button-row presentation-nav">
                    <button type="button" class="button" disabled=move || index.get() == 0 on:click=move |_| step(-1)>{t.collect().previous}</button>
                    <button type="button" class="button primary" disabled=move || { index.get() + 1 >= count() } on:click=move |_| step(1)>{t.collect().next}</button>
                </div>
            </Show>
        </div>
    }
}
