//! The tiltak table (årsverk, NOK, status, follow-up) and the Økonomi budget lines, with exact totals.

use crate::i18n::t;
use crate::model::a3::measure::{measure_totals, BudgetLine, FollowUp, Measure, MeasureStatus};
use crate::model::Id;
use crate::ui::common::choice::ChoiceSelect;
use crate::ui::common::rows::{
    format_amount, format_plain, row_adder, row_ids, row_number, row_remover, row_setter, row_text,
    row_typer, row_value,
};
use crate::ui::common::text_field::TextField;
use crate::ui::programme::measures::CommentLog;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn MeasuresSection(sheet: Id) -> impl IntoView {
    let t = t();
    let state = AppState::get();
    let add = row_adder::<Measure>(sheet, Measure::new, None);
    let totals = {
        Memo::new(move |_| {
            state.workspace.with(|w| {
                w.a3(&sheet)
                    .map(|s| measure_totals(&s.measures))
                    .unwrap_or_default()
            })
        })
    };
    view! {
        <section class="card a3-section" aria-labelledby="measures-title">
            <h2 id="measures-title">{t.measures().title}</h2>
            <ul class="rows">
                <For each={row_ids::<Measure>(sheet)} key=|id| *id let:row>
                    <MeasureRow sheet=sheet row=row />
                </For>
            </ul>
            <button type="button" class="button small" on:click=add>{t.measures().add}</button>
            <p class="total" data-testid="measures-total">
                {t.measures().total} ": "
                <strong data-testid="measures-total-fte">{move || crate::i18n::format_fte(totals.get().fte)}</strong>
                " " {t.measures().fte.to_lowercase()} " · "
                <strong data-testid="measures-total-amount">{move || crate::i18n::format_nok(totals.get().amount)}</strong>
            </p>
        </section>
    }
}

/// The fields [`MeasureRow`] edits with `row_text`: the sheet shows their conflicts on the
/// field, not in its list of conflicts.
pub const ROW_TEXT_FIELDS: [&str; 4] = ["basis", "name", "status_date", "responsible"];

#[component]
fn MeasureRow(sheet: Id, row: Id) -> impl IntoView {
    let t = t();
    let at = (sheet, row);
    view! {
        <li class="row-card measure-row">
            {row_text::<Measure>(at, t.measures().columns.basis, "measure-basis", |m| m.basis.clone(), |m, v| m.basis = v, None)}
            {row_text::<Measure>(at, t.measures().name, "measure-name", |m| m.name.clone(), |m, v| m.name = v, None)}
            {row_number::<Measure>(at, t.measures().fte, "measure-fte", |m| m.fte, |m, v| m.fte = v, crate::i18n::format_fte)}
            {row_number::<Measure>(at, t.measures().amount, "measure-amount", |m| m.amount, |m, v| m.amount = v, format_amount)}
            <ChoiceSelect
                label=t.measures().status
                name=format!("measure-status-{row}")
                options=t.measures().statuses.all()
                selected={row_value::<Measure, _>(sheet, row, |m| m.status.index())}
                on_change={row_setter::<Measure, usize>(sheet, row, |m, i| {
                    m.status = MeasureStatus::from_index(i).unwrap_or_default()
                })}
            />
            {row_text::<Measure>(at, t.measures().status_date, "measure-status-date", |m| m.status_date.clone(), |m, v| m.status_date = v, Some("date"))}
            <ChoiceSelect
                label=t.measures().follow_up
                name=format!("measure-follow-up-{row}")
                options=t.measures().follow_ups.all()
                selected={row_value::<Measure, _>(sheet, row, |m| m.follow_up.index())}
                on_change={row_setter::<Measure, usize>(sheet, row, |m, i| {
                    m.follow_up = FollowUp::from_index(i).unwrap_or_default()
                })}
            />
            {row_text::<Measure>(at, t.measures().responsible, "measure-responsible", |m| m.responsible.clone(), |m, v| m.responsible = v, None)}
            <super::benefit_map::BenefitLinks sheet=sheet measure=row />
            <CommentLog sheet=sheet measure=row />
            <button type="button" class="button small danger" aria-label=t.measures().remove
                on:click={row_remover::<Measure>(sheet, row)}>
                {t.common.remove_row}
            </button>
        </li>
    }
}

#[component]
pub fn BudgetSection(sheet: Id) -> impl IntoView {
    let t = t();
    let add = row_adder::<BudgetLine>(sheet, BudgetLine::new, None);
    view! {
        <section class="card a3-section" aria-labelledby="budget-title">
            <h2 id="budget-title">{t.measures().budget_title}</h2>
            <p class="help">{t.measures().budget_result_help}</p>
            <ul class="rows">
                <For each={row_ids::<BudgetLine>(sheet)} key=|id| *id let:row>
                    <BudgetRow sheet=sheet row=row />
                </For>
            </ul>
            <button type="button" class="button small" on:click=add>{t.measures().add_budget_line}</button>
        </section>
    }
}

#[component]
fn BudgetRow(sheet: Id, row: Id) -> impl IntoView {
    let t = t();
    let at = (sheet, row);
    let result = row_value::<BudgetLine, _>(sheet, row, |b| b.result());
    let result_id = format!("budget-result-{row}");
    view! {
        <li class="row-card budget-row">
            <TextField
                label=t.measures().budget_label
                name=format!("budget-label-{row}")
                value={row_value::<BudgetLine, _>(sheet, row, |b| b.label.clone())}
                on_input={row_typer::<BudgetLine>(sheet, row, |b, v| b.label = v)}
            />
            {row_number::<BudgetLine>(at, t.measures().budget_budget, "budget-budget", |b| b.budget, |b, v| b.budget = v, format_plain)}
            {row_number::<BudgetLine>(at, t.measures().budget_actual, "budget-actual", |b| b.actual, |b, v| b.actual = v, format_plain)}
            <div class="field">
                <span class="field-label" id=result_id.clone()>{t.measures().budget_result}</span>
                <output aria-labelledby=result_id class="computed" class:negative=move || result.get().is_some_and(|v| v.is_sign_negative())>
                    {move || result.get().map(format_plain).unwrap_or_else(|| "–".to_owned())}
                </output>
            </div>
            <button type="button" class="button small danger" aria-label=t.measures().remove_budget_line
                on:click={row_remover::<BudgetLine>(sheet, row)}>
                {t.common.remove_row}
            </button>
        </li>
    }
}
