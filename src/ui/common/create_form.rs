//! "Name it and create it": one input and one button, used to start sheets and seminars.

use leptos::prelude::*;

/// A one-line form; `on_create` gets the trimmed text, and the field is cleared after.
#[component]
pub fn CreateForm(
    label: &'static str,
    button: &'static str,
    /// Stable name for tests.
    name: &'static str,
    #[prop(into)] on_create: Callback<String>,
) -> impl IntoView {
    let text = RwSignal::new(String::new());
    let id = format!("create-{name}");
    view! {
        <form
            class="create-form"
            on:submit=move |ev| {
                ev.prevent_default();
                let value = text.get_untracked().trim().to_owned();
                text.set(String::new());
                on_create.run(value);
            }
        >
            <label for=id.clone()>{label}</label>
            <div class="create-row">
                <input
                    id=id
                    name=name
                    type="text"
                    autocomplete="off"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                />
                <button type="submit" class="button primary">{button}</button>
            </div>
        </form>
    }
}
