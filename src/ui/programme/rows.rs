//! Reading and writing one row of a programme's lists (goals, focus areas, milestones, risks)
//! through the workspace: the glue every list on the programme screen shares.

use crate::model::programme::ProgrammeRow;
use crate::model::Id;
use crate::platform;
use crate::ui::common::text_field::TextField;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The ids of a list's rows, in order (tracked).
pub fn row_ids<R: ProgrammeRow>(programme: Id) -> impl Fn() -> Vec<Id> + Clone + Send + Sync {
    let state = AppState::get();
    move || {
        state.workspace.with(|w| {
            w.programme(&programme)
                .map(|p| R::rows(p).iter().map(|r| *r.row_id()).collect())
                .unwrap_or_default()
        })
    }
}

/// One value of one row, as a signal (the default when the row is gone).
pub fn row_value<R: ProgrammeRow, T>(programme: Id, row: Id, get: fn(&R) -> T) -> Signal<T>
where
    T: Default + Clone + PartialEq + Send + Sync + 'static,
{
    let state = AppState::get();
    Memo::new(move |_| {
        state.workspace.with(|w| {
            w.programme(&programme)
                .and_then(|p| R::rows(p).iter().find(|r| r.row_id() == &row))
                .map(get)
                .unwrap_or_default()
        })
    })
    .into()
}

/// A callback that sets one value of one row and marks the programme changed.
pub fn row_setter<R: ProgrammeRow, V: 'static>(
    programme: Id,
    row: Id,
    set: fn(&mut R, V),
) -> Callback<V> {
    let state = AppState::get();
    Callback::new(move |value: V| {
        state.edit(|w| {
            w.edit_programme(&programme, platform::now(), |p| {
                if let Some(r) = R::rows_mut(p).iter_mut().find(|r| r.row_id() == &row) {
                    set(r, value);
                }
            })
        });
    })
}

/// A callback that removes one row.
pub fn row_remover<R: ProgrammeRow>(
    programme: Id,
    row: Id,
) -> impl Fn(leptos::ev::MouseEvent) + Clone {
    let state = AppState::get();
    move |_| {
        state.edit(|w| {
            w.edit_programme(&programme, platform::now(), |p| {
                R::rows_mut(p).retain(|r| r.row_id() != &row)
            })
        });
    }
}

/// A callback that adds a new row made by `make`, and puts the cursor in its first field
/// (`focus` is that field's name prefix).
pub fn row_adder<R: ProgrammeRow>(
    programme: Id,
    make: fn(Id) -> R,
    focus: &'static str,
) -> impl Fn(leptos::ev::MouseEvent) + Clone {
    let state = AppState::get();
    move |_| {
        let row = make(Id::new_random());
        let field = format!("field-{focus}-{}", row.row_id());
        state.edit(|w| w.edit_programme(&programme, platform::now(), |p| R::rows_mut(p).push(row)));
        platform::focus_element(&field);
    }
}

/// A text field (or date field, with `input_type`) bound to one value of one row.
pub fn row_text<R: ProgrammeRow>(
    (programme, row): (Id, Id),
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
            value={row_value::<R, _>(programme, row, get)}
            on_input={row_setter::<R, String>(programme, row, set)}
        />
    }
}
