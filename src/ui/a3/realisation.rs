//! On a gevinst: the goal it serves and the indicator that measures it (gevinstkart), and its
//! gevinstrealiseringsplan: how it is measured and its planned values by date, with where it
//! stands against them today.

use crate::i18n::{fill, t};
use crate::model::a3::benefit::Benefit;
use crate::model::a3::benefit::BenefitGoal;
use crate::model::a3::benefit::Frequency;
use crate::model::Id;
use crate::platform;
use crate::ui::common::choice::{ChoiceSelect, OptionSelect};
use crate::ui::common::rows::{
    format_amount, row_number, row_setter, row_text, row_value, DatedValueRow, DatedValueTexts,
};
use crate::ui::state::AppState;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// How a goal is written as a `<select>` value.
const DESIRED: &str = "desired";

fn goal_value(goal: Option<BenefitGoal>) -> String {
    match goal {
        None => String::new(),
        Some(BenefitGoal::DesiredSituation) => DESIRED.to_owned(),
        Some(BenefitGoal::EffectGoal(id)) => id.to_string(),
    }
}

fn goal_from(value: &str) -> Option<BenefitGoal> {
    match value {
        DESIRED => Some(BenefitGoal::DesiredSituation),
        other => Id::parse(other).map(BenefitGoal::EffectGoal),
    }
}

/// A goal as a choice: "3. Ønsket situasjon: Riktig bemanning på…" (its start, cut at a
/// word), "Effektmål: …".
fn goal_text(goal: &BenefitGoal, text: &str) -> String {
    let t = t();
    let lead = match goal {
        BenefitGoal::DesiredSituation => t.benefits().goal_desired,
        BenefitGoal::EffectGoal(_) => t.benefits().goal_effect,
    };
    match crate::report::wrap(text, 60, 1).pop() {
        None => lead.to_owned(),
        Some(start) => format!("{lead}: {start}"),
    }
}

/// "Mål gevinsten bidrar til": the sheet's ønsket situasjon or an effect goal of its programme.
/// The fields of a gevinst's realisation plan edited with `row_text`: the sheet shows their
/// conflicts on the field, not in its list of conflicts.
pub const ROW_TEXT_FIELDS: [&str; 2] = ["measuring_method", "measuring_responsible"];

#[component]
pub fn BenefitGoalSelect(sheet: Id, row: Id) -> impl IntoView {
    let t = t();
    let state = AppState::get();
    let options = Memo::new(move |_| {
        state.workspace.with(|w| {
            let Some(s) = w.a3(&sheet) else {
                return Vec::new();
            };
            let programme = s.programme.and_then(|l| w.programme(&l.programme));
            s.goal_choices(programme)
                .iter()
                .map(|c| (goal_value(Some(c.goal)), goal_text(&c.goal, &c.text)))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <OptionSelect
            label=t.benefits().goal
            name=format!("benefit-goal-{row}")
            none=t.benefits().goal_none
            options=options
            selected={row_value::<Benefit, _>(sheet, row, |b| goal_value(b.goal))}
            on_change={row_setter::<Benefit, String>(sheet, row, |b, v| b.goal = goal_from(&v))}
        />
    }
}

/// "Måles med indikator": one of the sheet's indicators (Måling), whose measurements are the
/// benefit's measured values.
#[component]
pub fn MeasuredBySelect(sheet: Id, row: Id) -> impl IntoView {
    let t = t();
    let state = AppState::get();
    let options = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.a3(&sheet)
                .map(|s| {
                    s.indicators
                        .iter()
                        .enumerate()
                        .map(|(i, ind)| {
                            let name = match ind.name.trim() {
                                "" => fill(t.indicators().unnamed, &[("n", &(i + 1))]),
                                name => name.to_owned(),
                            };
                            (ind.id.to_string(), name)
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <OptionSelect
            label=t.benefits().measured_by
            name=format!("benefit-measured-by-{row}")
            none=t.benefits().measured_by_none
            options=options
            selected={row_value::<Benefit, _>(sheet, row, |b| b.measured_by.map(|i| i.to_string()).unwrap_or_default())}
            on_change={row_setter::<Benefit, String>(sheet, row, |b, v| b.measured_by = Id::parse(&v))}
        />
    }
}

/// The benefit's gevinstrealiseringsplan, folded away until it holds something.
#[component]
pub fn RealisationPlan(sheet: Id, row: Id) -> impl IntoView {
    let t = t();
    let state = AppState::get();
    let at = (sheet, row);
    let points = row_value::<Benefit, _>(sheet, row, |b| {
        b.plan.iter().map(|p| p.id).collect::<Vec<_>>()
    });
    let open = state.workspace.with_untracked(|w| {
        w.a3(&sheet)
            .and_then(|s| s.benefits.iter().find(|b| b.id == row))
            .is_some_and(|b| {
                !b.plan.is_empty()
                    || !b.measuring_method.is_empty()
                    || b.measuring_frequency.is_some()
                    || !b.measuring_responsible.is_empty()
                    || b.measuring_cost.is_some()
            })
    });
    let status = Memo::new(move |_| {
        let today = platform::today_iso();
        state.workspace.with(|w| {
            let s = w.a3(&sheet)?;
            let b = s.benefits.iter().find(|b| b.id == row)?;
            b.plan_status(s.indicator_of(b), &today)
        })
    });
    let add = move |_| {
        let point = Id::new_random();
        state.edit(|w| {
            w.edit_row::<Benefit>(&sheet, &row, platform::now(), |b| b.add_plan_point(point))
        });
        platform::focus_element(&format!("field-plan-date-{point}"));
    };
    view! {
        <details class="realisation-plan" open=open>
            <summary>{t.realisation().plan_title}</summary>
            {row_text::<Benefit>(at, t.realisation().method, "benefit-measuring-method", |b| b.measuring_method.clone(), |b, v| b.measuring_method = v, None)}
            <ChoiceSelect
                label=t.realisation().frequency
                name=format!("benefit-frequency-{row}")
                options=t.realisation().frequencies.options()
                selected={row_value::<Benefit, _>(sheet, row, |b| b.measuring_frequency.map_or(0, |f| f.index() + 1))}
                on_change={row_setter::<Benefit, usize>(sheet, row, |b, i| {
                    b.measuring_frequency = i.checked_sub(1).and_then(Frequency::from_index)
                })}
            />
            {row_text::<Benefit>(at, t.realisation().responsible, "benefit-measuring-responsible", |b| b.measuring_responsible.clone(), |b, v| b.measuring_responsible = v, None)}
            {row_number::<Benefit>(at, t.realisation().cost, "benefit-measuring-cost", |b| b.measuring_cost, |b, v| b.measuring_cost = v, format_amount)}
            <h3>{t.realisation().points_title}</h3>
            <p class="help">{t.realisation().points_help}</p>
            <ul class="rows">
                <For each=move || points.get() key=|id| *id let:point>
                    <PlanPointRow sheet=sheet benefit=row point=point />
                </For>
            </ul>
            <button type="button" class="button small" on:click=add>{t.realisation().add_point}</button>
            {move || status.get().map(|s| view! {
                <p class="plan-status" data-testid="sheet-plan-status">
                    {t.realisation().status_today} ": "
                    <strong class=format!("plan-status-word {}", s.css_class())>{t.realisation().plan_statuses.of(s)}</strong>
                </p>
            })}
        </details>
    }
}

/// Date and planned value of one point of the curve, edited inside its benefit.
#[component]
fn PlanPointRow(sheet: Id, benefit: Id, point: Id) -> impl IntoView {
    let t = t();
    let state = AppState::get();
    let edit = move |change: Box<dyn FnOnce(&mut Benefit)>| {
        state.edit(|w| w.edit_row::<Benefit>(&sheet, &benefit, platform::now(), change));
    };
    let initial = state.workspace.with_untracked(|w| {
        w.a3(&sheet)
            .and_then(|s| s.benefits.iter().find(|b| b.id == benefit))
            .and_then(|b| b.plan.iter().find(|p| p.id == point))
            .map(|p| (p.date.clone(), p.value))
            .unwrap_or_default()
    });
    let texts = DatedValueTexts {
        date: t.realisation().point_date,
        value: t.realisation().point_value,
        remove: t.realisation().remove_point,
        name: "plan",
    };
    view! {
        <DatedValueRow
            id=point
            texts=texts
            initial=initial
            change={move |change: Result<Option<Decimal>, String>| {
                edit(Box::new(move |b| {
                    b.edit_plan_point(&point, |p| match change {
                        Ok(value) => p.value = value,
                        Err(date) => p.date = date,
                    });
                }))
            }}
            remove={move |()| edit(Box::new(move |b| {
                b.remove_plan_point(&point);
            }))}
        />
    }
}
