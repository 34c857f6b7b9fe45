//! Reading and writing one row of a sheet's table through the workspace: the glue every
//! table section shares.

use crate::model::a3::SheetRow;
use crate::model::Id;
use crate::platform;
use crate::ui::common::decimal_input::DecimalInput;
use crate::ui::common::text_field::TextField;
use crate::ui::state::AppState;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// The ids of a table's rows, in order (tracked: re-runs when rows are added or removed).
pub fn row_ids<R: SheetRow>(sheet: Id) -> impl Fn() -> Vec<Id> + Clone + Send + Sync + 'static {
    let state = AppState::get();
    move || {
        state.workspace.with(|w| {
            w.a3(&sheet)
                .map(|s| R::rows(s).iter().map(|r| *r.row_id()).collect())
                .unwrap_or_default()
        })
    }
}

/// One value of one row, as a signal (the default when the row is gone).
pub fn row_value<R: SheetRow, T>(sheet: Id, row: Id, get: fn(&R) -> T) -> Signal<T>
where
    T: Default + Clone + PartialEq + Send + Sync + 'static,
{
    let state = AppState::get();
    let memo = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.a3(&sheet)
                .and_then(|s| R::rows(s).iter().find(|r| r.row_id() == &row))
                .map(get)
                .unwrap_or_default()
        })
    });
    memo.into()
}

/// The value now, without tracking (initial text of number fields).
pub fn row_initial<R: SheetRow, T: Default>(sheet: &Id, row: &Id, get: fn(&R) -> T) -> T {
    AppState::get().workspace.with_untracked(|w| {
        w.a3(sheet)
            .and_then(|s| R::rows(s).iter().find(|r| r.row_id() == row))
            .map(get)
            .unwrap_or_default()
    })
}

/// A callback that sets one value of one row and marks the sheet changed.
pub fn row_setter<R: SheetRow, V: 'static>(sheet: Id, row: Id, set: fn(&mut R, V)) -> Callback<V> {
    let state = AppState::get();
    Callback::new(move |value: V| {
        state.edit(|w| w.edit_row::<R>(&sheet, &row, platform::now(), |r| set(r, value)));
    })
}

/// A callback that removes one row.
pub fn row_remover<R: SheetRow>(sheet: Id, row: Id) -> impl Fn(leptos::ev::MouseEvent) + Clone {
    let state = AppState::get();
    move |_| {
        state.edit(|w| w.remove_row::<R>(&sheet, &row, platform::now()));
    }
}

/// A callback that adds a new row made by `make`.
pub fn row_adder<R: SheetRow>(
    sheet: Id,
    make: fn(Id) -> R,
) -> impl Fn(leptos::ev::MouseEvent) + Clone {
    let state = AppState::get();
    move |_| {
        state.edit(|w| w.add_row(&sheet, make(Id::new_random()), platform::now()));
    }
}

/// A decimal as typed precision allows (up to 4 decimals), Norwegian style.
pub fn format_plain(value: Decimal) -> String {
    crate::i18n::format_number(value, value.scale().min(4))
}

/// NOK with two decimals, without "kr" (the label says kr).
pub fn format_amount(value: Decimal) -> String {
    crate::i18n::format_number(value, 2)
}

/// A text field (or date field, with `input_type`) bound to one value of one row.
pub fn row_text<R: SheetRow>(
    (sheet, row): (Id, Id),
    label: &'static str,
    name: &'static str,
    get: fn(&R) -> String,
    set: fn(&mut R, String),
    input_type: Option<&'static str>,
) -> impl IntoView {
    view! {
        <TextField
            label=label
            name=format!("{name}-{row}")
            input_type=input_type.unwrap_or("text")
            value={row_value::<R, _>(sheet, row, get)}
            on_input={row_setter::<R, String>(sheet, row, set)}
        />
    }
}

/// A number field bound to one decimal of one row; invalid text is never saved.
pub fn row_number<R: SheetRow>(
    (sheet, row): (Id, Id),
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
            initial={row_initial::<R, _>(&sheet, &row, get)}
            format=format
            on_change={row_setter::<R, _>(sheet, row, set)}
        />
    }
}
