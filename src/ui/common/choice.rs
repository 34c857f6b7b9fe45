//! A labelled `<select>` over a fixed list of translated options.

use leptos::prelude::*;

/// One choice out of `options`; the model keeps the index (e.g. `Phase::index`).
#[component]
pub fn ChoiceSelect(
    label: &'static str,
    /// Unique on the page.
    #[prop(into)]
    name: String,
    #[prop(into)] options: Vec<&'static str>,
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
                    .into_iter()
                    .enumerate()
                    .map(|(i, text)| {
                        view! {
                            <option value=i.to_string() prop:selected=move || selected.get() == i>
                                {text}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// One choice out of options that change with the document (a sheet's benefits, indicators,
/// goals): `(value, text)` pairs after a first option `none` with the empty value.
#[component]
pub fn OptionSelect(
    label: &'static str,
    /// Unique on the page.
    #[prop(into)]
    name: String,
    none: &'static str,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    #[prop(into)] selected: Signal<String>,
    #[prop(into)] on_change: Callback<String>,
) -> impl IntoView {
    let selected = Memo::new(move |_| selected.get());
    let id = format!("field-{name}");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id name=name on:change=move |ev| on_change.run(event_target_value(&ev))>
                <option value="" prop:selected=move || selected.with(String::is_empty)>{none}</option>
                <For each=move || options.get() key=|o| o.clone() let:option>
                    {
                        let (value, text) = option;
                        let v = value.clone();
                        view! {
                            <option value=value prop:selected=move || selected.with(|s| *s == v)>{text}</option>
                        }
                    }
                </For>
            </select>
        </div>
    }
}
