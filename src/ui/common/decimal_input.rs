//! A number field that accepts Norwegian and English ways of typing and never saves a wrong number.

use crate::i18n::t;
use crate::model::money::{parse_number, NumberError};
use leptos::prelude::*;
use rust_decimal::Decimal;

/// Message for a number that could not be read.
fn message(error: &NumberError) -> &'static str {
    let t = t();
    match error {
        NumberError::Empty => t.common.err_number_empty,
        NumberError::NotANumber => t.common.err_number_nan,
        NumberError::BadGrouping => t.common.err_number_grouping,
        NumberError::TooLarge => t.common.err_number_large,
        NumberError::TooManyDecimals => t.common.err_number_decimals,
    }
}

/// A labelled number input. Valid text is saved as you type (empty = no value); invalid text
/// shows an inline message and is not saved. On leaving the field, the text is shown in the
/// Norwegian format given by `format`.
#[component]
pub fn DecimalInput(
    label: &'static str,
    /// Unique on the page.
    #[prop(into)]
    name: String,
    /// The stored value when the field is created.
    initial: Option<Decimal>,
    /// How a stored value is shown, e.g. `money::format_nok`-style without "kr".
    format: fn(Decimal) -> String,
    #[prop(into)] on_change: Callback<Option<Decimal>>,
) -> impl IntoView {
    let id = format!("field-{name}");
    let error_id = format!("{id}-error");
    let text = RwSignal::new(initial.map(format).unwrap_or_default());
    let error = RwSignal::new(None::<NumberError>);
    let on_input = move |ev: leptos::ev::Event| {
        let typed = event_target_value(&ev);
        text.set(typed.clone());
        match parse_number(&typed) {
            Ok(value) => {
                error.set(None);
                on_change.run(Some(value));
            }
            Err(NumberError::Empty) if typed.trim().is_empty() => {
                error.set(None);
                on_change.run(None);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let on_blur = move |_| {
        // A field that has the focus when its screen closes is blurred after its signals are
        // gone: `try_`, or the read would panic (and stop the app).
        let (Some(error), Some(typed)) = (error.try_get_untracked(), text.try_get_untracked())
        else {
            return;
        };
        if error.is_none() {
            if let Ok(value) = parse_number(&typed) {
                text.try_set(format(value));
            }
        }
    };
    let error_id_attr = error_id.clone();
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input
                id=id
                name=name
                type="text"
                inputmode="decimal"
                autocomplete="off"
                class="number"
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=move || error.get().is_some().then(|| error_id_attr.clone())
                prop:value=move || text.get()
                on:input=on_input
                on:blur=on_blur
            />
            {move || {
                error
                    .get()
                    .map(|e| {
                        view! {
                            <p class="field-error" id=error_id.clone() role="alert">
                                {message(&e)} " " {t().common.not_saved_hint}
                            </p>
                        }
                    })
            }}
        </div>
    }
}
