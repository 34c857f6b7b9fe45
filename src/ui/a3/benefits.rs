//! Gevinster: kind, description, owner, indicator, baseline and target, NOK per year.

use super::rows::{
    format_amount, format_plain, row_adder, row_ids, row_initial, row_remover, row_setter,
    row_value,
};
use crate::i18n::t;
use crate::model::benefit::{economic_total, Benefit, BenefitKind};
use crate::model::{money, Id};
use crate::ui::common::choice::ChoiceSelect;
use crate::ui::common::decimal_input::DecimalInput;
use crate::ui::common::text_field::TextField;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn BenefitsSection(sheet: Id) -> impl IntoView {
    let t = t();
    let state = AppState::get();
    let add = row_adder::<Benefit>(sheet, Benefit::new);
    let total = {
        move || {
            state.workspace.with(|w| {
                money::format_nok(
                    w.a3(&sheet)
                        .map(|s| economic_total(&s.benefits))
                        .unwrap_or_default(),
                )
            })
        }
    };
    view! {
        <section class="card a3-section" aria-labelledby="benefits-title">
            <h2 id="benefits-title">{t.benefits_title}</h2>
            <p class="help">{t.benefits_help}</p>
            <ul class="rows">
                <For each={row_ids::<Benefit>(sheet)} key=|id| *id let:row>
                    <BenefitRow sheet=sheet row=row />
                </For>
            </ul>
            <button type="button" class="button small" on:click=add>{t.add_benefit}</button>
            <p class="total" data-testid="benefits-total">
                {t.benefits_total} ": " <strong>{total}</strong>
            </p>
        </section>
    }
}

#[component]
fn BenefitRow(sheet: Id, row: Id) -> impl IntoView {
    let t = t();
    let (s, r) = (sheet, row);
    let text = move |label: &'static str,
                     name: &str,
                     get: fn(&Benefit) -> String,
                     set: fn(&mut Benefit, String)| {
        view! {
            <TextField
                label=label
                name=format!("benefit-{name}-{r}")
                value={row_value::<Benefit, _>(s, r, get)}
                on_input={row_setter::<Benefit, String>(s, r, set)}
            />
        }
    };
    let date = {
        let (s, r) = (sheet, row);
        move |label: &'static str,
              name: &str,
              get: fn(&Benefit) -> String,
              set: fn(&mut Benefit, String)| {
            view! {
                <TextField
                    label=label
                    name=format!("benefit-{name}-{r}")
                    input_type="date"
                    value={row_value::<Benefit, _>(s, r, get)}
                    on_input={row_setter::<Benefit, String>(s, r, set)}
                />
            }
        }
    };
    let number = {
        let (s, r) = (sheet, row);
        move |label: &'static str,
              name: &str,
              get: fn(&Benefit) -> Option<rust_decimal::Decimal>,
              set: fn(&mut Benefit, Option<rust_decimal::Decimal>),
              format: fn(rust_decimal::Decimal) -> String| {
            view! {
                <DecimalInput
                    label=label
                    name=format!("benefit-{name}-{r}")
                    initial={row_initial::<Benefit, _>(&s, &r, get)}
                    format=format
                    on_change={row_setter::<Benefit, _>(s, r, set)}
                />
            }
        }
    };
    let kind = row_value::<Benefit, _>(sheet, row, |b| b.kind);
    view! {
        <li class="row-card benefit-row">
            <ChoiceSelect
                label=t.benefit_kind
                name=format!("benefit-kind-{row}")
                options=&t.benefit_kinds
                selected=Signal::derive(move || kind.get().index())
                on_change={row_setter::<Benefit, usize>(sheet, row, |b, i| {
                    b.kind = BenefitKind::from_index(i).unwrap_or_default()
                })}
            />
            {text(t.benefit_description, "description", |b| b.description.clone(), |b, v| b.description = v)}
            {text(t.benefit_owner, "owner", |b| b.owner.clone(), |b, v| b.owner = v)}
            {text(t.benefit_indicator, "indicator", |b| b.indicator.clone(), |b, v| b.indicator = v)}
            {number(t.benefit_baseline, "baseline", |b| b.baseline, |b, v| b.baseline = v, format_plain)}
            {date(t.benefit_baseline_date, "baseline-date", |b| b.baseline_date.clone(), |b, v| b.baseline_date = v)}
            {number(t.benefit_target, "target", |b| b.target, |b, v| b.target = v, format_plain)}
            {date(t.benefit_target_date, "target-date", |b| b.target_date.clone(), |b, v| b.target_date = v)}
            <Show when=move || kind.get() == BenefitKind::Economic>
                {number(t.benefit_amount, "amount", |b| b.amount_per_year, |b, v| b.amount_per_year = v, format_amount)}
            </Show>
            <button type="button" class="button small danger" on:click={row_remover::<Benefit>(sheet, row)}>
                {t.remove_row}
            </button>
        </li>
    }
}
