//! Gevinster: kind, description, owner, indicator, baseline and target, NOK per year.

use crate::i18n::t;
use crate::model::a3::benefit::{economic_disbenefit_total, economic_total, Benefit, BenefitKind};
use crate::model::Id;
use crate::ui::common::choice::ChoiceSelect;
use crate::ui::common::rows::{
    format_amount, format_plain, row_adder, row_check, row_ids, row_number, row_remover,
    row_setter, row_text, row_value,
};
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn BenefitsSection(sheet: Id) -> impl IntoView {
    let t = t();
    let state = AppState::get();
    let add = row_adder::<Benefit>(sheet, Benefit::new, None);
    let totals = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.a3(&sheet)
                .map(|s| {
                    (
                        economic_total(&s.benefits),
                        economic_disbenefit_total(&s.benefits),
                    )
                })
                .unwrap_or_default()
        })
    });
    let total = move || crate::i18n::format_nok(totals.get().0);
    let disbenefits = move || {
        let loss = totals.get().1;
        (!loss.is_zero()).then(|| {
            view! {
                <p class="total disbenefit-total" data-testid="disbenefits-total">
                    {t.benefits().disbenefits_total} ": " <strong>{crate::i18n::format_nok(loss)}</strong>
                </p>
            }
        })
    };
    view! {
        <section class="card a3-section" aria-labelledby="benefits-title">
            <h2 id="benefits-title">{t.benefits().title}</h2>
            <p class="help">{t.benefits().help}</p>
            <ul class="rows">
                <For each={row_ids::<Benefit>(sheet)} key=|id| *id let:row>
                    <BenefitRow sheet=sheet row=row />
                </For>
            </ul>
            <button type="button" class="button small" on:click=add>{t.benefits().add}</button>
            <p class="total" data-testid="benefits-total">
                {t.benefits().total} ": " <strong>{total}</strong>
            </p>
            {disbenefits}
        </section>
    }
}

/// The fields [`BenefitRow`] edits with `row_text`: the sheet shows their conflicts on the
/// field, not in its list of conflicts.
pub const ROW_TEXT_FIELDS: [&str; 5] = [
    "description",
    "owner",
    "indicator",
    "baseline_date",
    "target_date",
];

#[component]
fn BenefitRow(sheet: Id, row: Id) -> impl IntoView {
    let t = t();
    let at = (sheet, row);
    let kind = row_value::<Benefit, _>(sheet, row, |b| b.kind);
    let disbenefit = row_value::<Benefit, _>(sheet, row, |b| b.disbenefit);
    view! {
        <li class="row-card benefit-row" class:disbenefit=move || disbenefit.get()>
            {row_check::<Benefit>(at, t.benefits().disbenefit, "benefit-disbenefit", disbenefit, |b, v| b.disbenefit = v)}
            <ChoiceSelect
                label=t.common.benefit_kind
                name=format!("benefit-kind-{row}")
                options=t.common.benefit_kinds.all()
                selected=Signal::derive(move || kind.get().index())
                on_change={row_setter::<Benefit, usize>(sheet, row, |b, i| {
                    b.kind = BenefitKind::from_index(i).unwrap_or_default()
                })}
            />
            {row_text::<Benefit>(at, t.benefits().description, "benefit-description", |b| b.description.clone(), |b, v| b.description = v, None)}
            {row_text::<Benefit>(at, t.benefits().owner, "benefit-owner", |b| b.owner.clone(), |b, v| b.owner = v, None)}
            {row_text::<Benefit>(at, t.benefits().indicator, "benefit-indicator", |b| b.indicator.clone(), |b, v| b.indicator = v, None)}
            {row_number::<Benefit>(at, t.benefits().baseline, "benefit-baseline", |b| b.baseline, |b, v| b.baseline = v, format_plain)}
            {row_text::<Benefit>(at, t.benefits().baseline_date, "benefit-baseline-date", |b| b.baseline_date.clone(), |b, v| b.baseline_date = v, Some("date"))}
            {row_number::<Benefit>(at, t.benefits().target, "benefit-target", |b| b.target, |b, v| b.target = v, format_plain)}
            {row_text::<Benefit>(at, t.benefits().target_date, "benefit-target-date", |b| b.target_date.clone(), |b, v| b.target_date = v, Some("date"))}
            <Show when=move || kind.get() == BenefitKind::Economic>
                {row_number::<Benefit>(at, t.benefits().amount, "benefit-amount", |b| b.amount_per_year, |b, v| b.amount_per_year = v, format_amount)}
            </Show>
            <super::realisation::BenefitGoalSelect sheet=sheet row=row />
            <super::realisation::MeasuredBySelect sheet=sheet row=row />
            <super::realisation::RealisationPlan sheet=sheet row=row />
            <button type="button" class="button small danger" aria-label=t.benefits().remove
                on:click={row_remover::<Benefit>(sheet, row)}>
                {t.common.remove_row}
            </button>
        </li>
    }
}
