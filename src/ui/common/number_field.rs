//! A whole number in a range (minutes, dots), kept as typed until it is valid.

use crate::i18n::{fill, t};
use leptos::prelude::*;
use std::ops::RangeInclusive;

/// A labelled number input; only values in `range` reach `on_change`, anything else is
/// marked invalid with a message saying what is allowed.
#[component]
pub fn NumberField(
    label: &'static str,
    /// Unique on the page.
    name: &'static str,
    range: RangeInclusive<u32>,
    #[prop(into)] value: Signal<u32>,
    #[prop(into)] on_change: Callback<u32>,
) -> impl IntoView {
    let t = t();
    let invalid = RwSignal::new(false);
    // Written to the field only when the stored number changes: the workspace's readers also
    // run when something else changes (a save's stamping), and rewriting the field then would
    // replace an invalid entry the user is correcting with the stored number mid-typing.
    let shown = Memo::new(move |_| value.get());
    let id = format!("field-{name}");
    let hint_id = format!("{id}-hint");
    let (low, high) = (*range.start(), *range.end());
    let hint = fill(t.common.number_range, &[("min", &low), ("max", &high)]);
    view! {
        <div class="field number-field">
            <label for=id.clone()>{label}</label>
            <input
                id=id
                name=name
                type="number"
                inputmode="numeric"
                min=low
                max=high
                step="1"
                aria-invalid=move || invalid.get().then_some("true")
                aria-describedby=hint_id.clone()
                prop:value=move || shown.get().to_string()
                on:input=move |ev| {
                    match event_target_value(&ev).trim().parse::<u32>() {
                        Ok(n) if range.contains(&n) => {
                            invalid.set(false);
                            on_change.run(n);
                        }
                        _ => invalid.set(true),
                    }
                }
            />
            <p id=hint_id class="field-hint" class:error=move || invalid.get()>{hint}</p>
        </div>
    }
}
