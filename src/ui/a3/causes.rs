//! Causes in Nåsituasjonen, each marked symptom or root cause.

use crate::i18n::t;
use crate::model::a3::{Cause, CauseKind};
use crate::model::Id;
use crate::ui::common::choice::ChoiceSelect;
use crate::ui::common::rows::{row_adder, row_ids, row_remover, row_setter, row_typer, row_value};
use crate::ui::common::text_field::TextField;
use leptos::prelude::*;

#[component]
pub fn CausesList(sheet: Id) -> impl IntoView {
    let t = t();
    let add = row_adder::<Cause>(
        sheet,
        |id| Cause {
            id,
            ..Cause::default()
        },
        None,
    );
    view! {
        <div class="causes">
            <h3>{t.causes().title}</h3>
            <p class="help">{t.causes().help}</p>
            <ul class="rows">
                <For each={row_ids::<Cause>(sheet)} key=|id| *id let:row>
                    <CauseRow sheet=sheet row=row />
                </For>
            </ul>
            <button type="button" class="button small" on:click=add>{t.causes().add}</button>
        </div>
    }
}

#[component]
fn CauseRow(sheet: Id, row: Id) -> impl IntoView {
    let t = t();
    view! {
        <li class="row-card cause-row">
            <TextField
                label=t.causes().text
                name=format!("cause-text-{row}")
                value={row_value::<Cause, _>(sheet, row, |c| c.text.clone())}
                on_input={row_typer::<Cause>(sheet, row, |c, v| c.text = v)}
            />
            <ChoiceSelect
                label=t.causes().kind
                name=format!("cause-kind-{row}")
                options=t.causes().kinds.all()
                selected={row_value::<Cause, _>(sheet, row, |c| c.kind.index())}
                on_change={row_setter::<Cause, usize>(sheet, row, |c, i| {
                    c.kind = CauseKind::from_index(i).unwrap_or_default()
                })}
            />
            <button type="button" class="button small danger" aria-label=t.causes().remove
                on:click={row_remover::<Cause>(sheet, row)}>
                {t.common.remove_row}
            </button>
        </li>
    }
}
