//! A labelled `<select>` over a fixed list of translated options.

use leptos::prelude::*;

/// One choice out of `options`; the model keeps the index (e.g. `Phase::index`).
#[component]
pub fn ChoiceSelect(
    label: &'static str,
    /// Unique on the page.
    #[prop(into)]
    name: String,
    options: &'static [&'static str],
    #[prop(into)] selected: Signal<usize>,
    #[prop(into)] on_change: Callback<usize>,
) -> impl IntoView {
    let selected = Memo::new(move |_| selected.get());
    let id = format!("field-{name}");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select
                id=id
                name=name
                on:change=move |ev| {
                    if let Ok(index) = event_target_value(&ev).parse::<usize>() {
                        on_change.run(index);
                    }
                }
            >
                {options
                    .iter()
                    .enumerate()
                    .map(|(i, text)| {
                        view! {
                            <option value=i.to_string() prop:selected=move || selected.get() == i>
                                {*text}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
