//! Reading and writing one row of a list inside an entity (an A3 parent's tables, a programme's
//! goals, focus areas, milestones and risks) through the workspace: the glue every such list on
//! screen shares.

use crate::model::workspace::conflicts_in_extra;
use crate::model::workspace::rows::{Row, RowParent};
use crate::model::Id;
use crate::platform;
use crate::ui::common::decimal_input::DecimalInput;
use crate::ui::common::text_field::TextField;
use crate::ui::state::AppState;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// The ids of a table's rows, in order (tracked: re-runs when rows are added or removed).
pub fn row_ids<R: Row>(parent: Id) -> impl Fn() -> Vec<Id> + Clone + Send + Sync + 'static {
    let state = AppState::get();
    move || {
        state.workspace.with(|w| {
            R::Parent::find(w, &parent)
                .map(|s| R::rows(s).iter().map(|r| *r.row_id()).collect())
                .unwrap_or_default()
        })
    }
}

/// One value of one row, as a signal (the default when the row is gone). Read with
/// [`AppState::read_with`] keyed by the row's own id: typing into a row ([`row_typer`])
/// re-runs that row's readers, typing into the sheet's fields does not.
pub fn row_value<R: Row, T>(parent: Id, row: Id, get: fn(&R) -> T) -> Signal<T>
where
    T: Default + Clone + PartialEq + Send + Sync + 'static,
{
    let state = AppState::get();
    let memo = Memo::new(move |_| {
        state
            .read_with(row, |w| {
                R::Parent::find(w, &parent)
                    .and_then(|p| R::rows(p).iter().find(|r| r.row_id() == &row))
                    .map(get)
            })
            .unwrap_or_default()
    });
    memo.into()
}

/// The value now, without tracking (initial text of number fields).
pub fn row_initial<R: Row, T: Default>(parent: &Id, row: &Id, get: fn(&R) -> T) -> T {
    AppState::get().workspace.with_untracked(|w| {
        R::Parent::find(w, parent)
            .and_then(|s| R::rows(s).iter().find(|r| r.row_id() == row))
            .map(get)
            .unwrap_or_default()
    })
}

/// A callback that sets one value of one row and marks the sheet or programme changed.
pub fn row_setter<R: Row, V: 'static>(parent: Id, row: Id, set: fn(&mut R, V)) -> Callback<V> {
    row_change(parent, row, set, false)
}

/// [`row_setter`] for a text typed into one row: a keystroke re-runs that row's readers only
/// (see [`AppState::type_into`]).
pub fn row_typer<R: Row>(parent: Id, row: Id, set: fn(&mut R, String)) -> Callback<String> {
    row_change(parent, row, set, true)
}

/// [`row_setter`] and [`row_typer`], written once per row kind and value type (wasm size).
fn row_change<R: Row, V: 'static>(
    parent: Id,
    row: Id,
    set: fn(&mut R, V),
    typed: bool,
) -> Callback<V> {
    let state = AppState::get();
    Callback::new(move |value: V| {
        state.change(typed.then_some(row), |w| {
            w.edit_row::<R>(&parent, &row, platform::now(), |r| set(r, value))
        });
    })
}

/// A callback that removes one row.
pub fn row_remover<R: Row>(parent: Id, row: Id) -> impl Fn(leptos::ev::MouseEvent) + Clone {
    let state = AppState::get();
    move |_| {
        state.edit(|w| w.remove_row::<R>(&parent, &row, platform::now()));
    }
}

/// A callback that adds a new row made by `make`. With `focus` (the name the row's first field
/// was given), the cursor goes into that field of the new row.
pub fn row_adder<R: Row>(
    parent: Id,
    make: fn(Id) -> R,
    focus: Option<&'static str>,
) -> impl Fn(leptos::ev::MouseEvent) + Clone {
    let state = AppState::get();
    move |_| {
        let row = make(Id::new_random());
        let field = focus.map(|name| format!("field-{name}-{}", row.row_id()));
        state.edit(|w| w.add_row(&parent, row, platform::now()));
        if let Some(field) = field {
            platform::focus_element(&field);
        }
    }
}

/// A decimal as typed precision allows (up to 4 decimals), Norwegian style.
pub fn format_plain(value: Decimal) -> String {
    crate::i18n::format_plain_in(crate::i18n::lang(), value)
}

/// NOK with two decimals, without "kr" (the label says kr).
pub fn format_amount(value: Decimal) -> String {
    crate::i18n::format_number(value, 2)
}

/// A check box bound to one yes/no value of one row, `checked` its value as a signal.
pub fn row_check<R: Row>(
    (parent, row): (Id, Id),
    label: &'static str,
    name: &'static str,
    checked: Signal<bool>,
    set: fn(&mut R, bool),
) -> impl IntoView {
    let set = row_setter::<R, bool>(parent, row, set);
    view! {
        <label class="check-field">
            <input
                type="checkbox"
                name=format!("{name}-{row}")
                prop:checked=move || checked.get()
                on:change=move |ev| set.run(event_target_checked(&ev))
            />
            {label}
        </label>
    }
}

/// A text field (or date field, with `input_type`) bound to one value of one row.
pub fn row_text<R: Row>(
    (parent, row): (Id, Id),
    label: &'static str,
    name: &'static str,
    get: fn(&R) -> String,
    set: fn(&mut R, String),
    input_type: Option<&'static str>,
) -> impl IntoView {
    let state = AppState::get();
    // The field's name in the document, found once by setting a probe value on a copy.
    let key = StoredValue::new(None::<String>);
    let conflicts = Memo::new(move |_| {
        state.workspace.with(|w| {
            let Some(r) = R::Parent::find(w, &parent)
                .and_then(|p| R::rows(p).iter().find(|r| r.row_id() == &row))
            else {
                return Vec::new();
            };
            if !r.row_extra().contains_key(crate::model::merge::CONFLICTS) {
                return Vec::new();
            }
            if key.with_value(Option::is_none) {
                key.set_value(probe_key(r, set));
            }
            key.with_value(|k| {
                k.as_deref().map_or_else(Vec::new, |k| {
                    conflicts_in_extra(r.row_extra(), &[row], k, &serde_json::Value::String(get(r)))
                })
            })
        })
    });
    view! {
        <TextField
            label=label
            name=format!("{name}-{row}")
            input_type=input_type.unwrap_or("text")
            value={row_value::<R, _>(parent, row, get)}
            on_input={row_typer::<R>(parent, row, set)}
            conflicts=(parent, conflicts.into())
        />
    }
}

/// The document key that `set` writes: the one key whose value changes when a probe text is
/// set on a copy of the row.
fn probe_key<R: Row>(row: &R, set: fn(&mut R, String)) -> Option<String> {
    let before = serde_json::to_value(row).ok()?;
    let mut copy = row.clone();
    set(&mut copy, "\u{1}probe".to_owned());
    let after = serde_json::to_value(&copy).ok()?;
    let (before, after) = (before.as_object()?, after.as_object()?);
    after
        .iter()
        .find(|(k, v)| before.get(*k) != Some(*v))
        .map(|(k, _)| k.clone())
}

/// A number field bound to one decimal of one row; invalid text is never saved.
pub fn row_number<R: Row>(
    (parent, row): (Id, Id),
    label: &'static str,
    name: &'static str,
    get: fn(&R) -> Option<Decimal>,
    set: fn(&mut R, Option<Decimal>),
    format: fn(Decimal) -> String,
) -> impl IntoView {
    view! {
        <DecimalInput
            label=label
            name=format!("{name}-{row}")
            initial={row_initial::<R, _>(&parent, &row, get)}
            format=format
            on_change={row_setter::<R, _>(parent, row, set)}
        />
    }
}

/// The texts and field names of a [`DatedValueRow`]: a measurement, a plan's point.
#[derive(Clone, Copy)]
pub struct DatedValueTexts {
    pub date: &'static str,
    pub value: &'static str,
    pub remove: &'static str,
    /// The fields are named `<name>-date-<id>` and `<name>-value-<id>`.
    pub name: &'static str,
}

/// A date and a decimal edited inside a row of a table (a measurement of an indicator, a
/// point of a benefit's plan), with a button that removes it. `change` applies an edit to the
/// value (`Ok`) or the date (`Err`) and `remove` takes it away, each through the row that
/// holds it, so the sheet is marked changed once.
#[component]
pub fn DatedValueRow(
    id: Id,
    texts: DatedValueTexts,
    initial: (String, Option<Decimal>),
    #[prop(into)] change: Callback<Result<Option<Decimal>, String>>,
    #[prop(into)] remove: Callback<()>,
) -> impl IntoView {
    let t = crate::i18n::t();
    let date = RwSignal::new(initial.0);
    view! {
        <li class="measurement-row">
            <TextField
                label=texts.date
                name=format!("{}-date-{id}", texts.name)
                input_type="date"
                value=date
                on_input={move |v: String| {
                    date.set(v.clone());
                    change.run(Err(v));
                }}
            />
            <DecimalInput
                label=texts.value
                name=format!("{}-value-{id}", texts.name)
                initial=initial.1
                format=format_plain
                on_change={move |v: Option<Decimal>| change.run(Ok(v))}
            />
            <button type="button" class="button small danger" aria-label=texts.remove
                on:click=move |_| remove.run(())>
                {t.common.remove_row}
            </button>
        </li>
    }
}
