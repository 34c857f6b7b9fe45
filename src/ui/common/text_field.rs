//! A labelled text input or growing text area that reports every keystroke.

use leptos::html;
use leptos::prelude::*;

use crate::model::workspace::FieldConflict;
use crate::model::Id;
use crate::platform;
use crate::ui::common::conflict::FieldConflicts;

/// A label above a single-line input, or a multi-line text area when `multiline`.
#[component]
pub fn TextField(
    /// Visible label text.
    label: &'static str,
    /// The current value (from the model).
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new text on every input event.
    #[prop(into)]
    on_input: Callback<String>,
    /// Placeholder or guiding sentence.
    #[prop(optional)]
    placeholder: &'static str,
    #[prop(optional)] multiline: bool,
    /// `type` of a single-line input ("text" if not given; "date" for dates).
    #[prop(optional)]
    input_type: Option<&'static str>,
    /// Stable name, unique on the page (row fields add the row id).
    #[prop(into)]
    name: String,
    /// The entity and the field's conflicts (changed on another device at the same time),
    /// shown under the field until resolved.
    #[prop(optional)]
    conflicts: Option<(Id, Signal<Vec<FieldConflict>>)>,
) -> impl IntoView {
    // Memoized at the DOM boundary: a change elsewhere in the workspace re-runs the (cheap)
    // lookup, but writes to this field's DOM only when its own text changed. Without this,
    // every keystroke rewrote the value of every field on the page.
    let value = Memo::new(move |_| value.get());
    let id = format!("field-{name}");
    let control = if multiline {
        // Where the browser has no `field-sizing: content`, the area is fitted to its text when
        // it mounts and whenever the text changes (typed, or loaded from elsewhere).
        let area = NodeRef::<html::Textarea>::new();
        if platform::text_areas_need_fitting() {
            Effect::new(move |_| {
                value.track();
                if let Some(area) = area.get() {
                    platform::fit_text_area(&area);
                    // A field mounted with a route may be laid out only in the next frame.
                    request_animation_frame(move || platform::fit_text_area(&area));
                }
            });
        }
        view! {
            <textarea
                node_ref=area
                id=id.clone()
                name=name
                rows="3"
                placeholder=placeholder
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                name=name
                type=input_type.unwrap_or("text")
                class:empty=move || value.with(String::is_empty)
                placeholder=placeholder
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {control}
            {conflicts.map(|(entity, conflicts)| view! {
                <FieldConflicts entity=entity conflicts=conflicts label=label.to_owned() />
            })}
        </div>
    }
}
