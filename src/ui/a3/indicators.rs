//! Måling: indicators with baseline, target and dated measurements, each with a small chart.

use crate::i18n::t;
use crate::model::a3::indicator::{
    chart_layout, Curve, Direction, Indicator, IndicatorUnit, Measurement, CHART_HEIGHT,
    CHART_WIDTH,
};
use crate::model::Id;
use crate::platform;
use crate::ui::common::choice::ChoiceSelect;
use crate::ui::common::rows::{
    format_plain, row_adder, row_ids, row_number, row_remover, row_setter, row_typer, row_value,
    DatedValueRow, DatedValueTexts,
};
use crate::ui::common::text_field::TextField;
use crate::ui::state::AppState;
use leptos::prelude::*;
use rust_decimal::Decimal;

#[component]
pub fn IndicatorsSection(sheet: Id) -> impl IntoView {
    let t = t();
    let add = row_adder::<Indicator>(sheet, Indicator::new, None);
    view! {
        <section class="card a3-section" aria-labelledby="indicators-title">
            <h2 id="indicators-title">{t.indicators().title}</h2>
            <ul class="rows">
                <For each={row_ids::<Indicator>(sheet)} key=|id| *id let:row>
                    <IndicatorRow sheet=sheet row=row />
                </For>
            </ul>
            <button type="button" class="button small" on:click=add>{t.indicators().add}</button>
        </section>
    }
}

#[component]
fn IndicatorRow(sheet: Id, row: Id) -> impl IntoView {
    let t = t();
    let state = AppState::get();
    let measurement_ids = {
        let (s, r) = (sheet, row);
        move || {
            state.workspace.with(|w| {
                w.a3(&s)
                    .and_then(|sh| sh.indicators.iter().find(|i| i.id == r))
                    .map(|i| i.measurements.iter().map(|m| m.id).collect::<Vec<_>>())
                    .unwrap_or_default()
            })
        }
    };
    let add_measurement = {
        let (s, r) = (sheet, row);
        move |_| {
            let m = Measurement {
                id: Id::new_random(),
                ..Measurement::default()
            };
            state.edit(|w| {
                w.edit_row::<Indicator>(&s, &r, platform::now(), |i| i.measurements.push(m))
            });
        }
    };
    let indicator = row_value::<Indicator, _>(sheet, row, |i| Some(i.clone()));
    // The realisation curves of the benefits this indicator measures, drawn on its chart.
    let plans = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.a3(&sheet)
                .map(|s| s.plans_measured_by(&row))
                .unwrap_or_default()
        })
    });
    view! {
        <li class="row-card indicator-row">
            <TextField
                label=t.indicators().name
                name=format!("indicator-name-{row}")
                value={row_value::<Indicator, _>(sheet, row, |i| i.name.clone())}
                on_input={row_typer::<Indicator>(sheet, row, |i, v| i.name = v)}
            />
            <ChoiceSelect
                label=t.indicators().unit
                name=format!("indicator-unit-{row}")
                options=t.indicators().units.all()
                selected={row_value::<Indicator, _>(sheet, row, |i| i.unit.index())}
                on_change={row_setter::<Indicator, usize>(sheet, row, |i, x| {
                    i.unit = IndicatorUnit::from_index(x).unwrap_or_default()
                })}
            />
            <ChoiceSelect
                label=t.indicators().direction
                name=format!("indicator-direction-{row}")
                options=t.indicators().directions.all()
                selected={row_value::<Indicator, _>(sheet, row, |i| i.direction.index())}
                on_change={row_setter::<Indicator, usize>(sheet, row, |i, x| {
                    i.direction = Direction::from_index(x).unwrap_or_default()
                })}
            />
            {row_number::<Indicator>((sheet, row), t.indicators().baseline, "indicator-baseline", |i| i.baseline, |i, v| i.baseline = v, format_plain)}
            {row_number::<Indicator>((sheet, row), t.indicators().target, "indicator-target", |i| i.target, |i, v| i.target = v, format_plain)}
            <div class="measurements">
                <h3>{t.indicators().measurements_title}</h3>
                <ul class="rows">
                    <For each=measurement_ids key=|id| *id let:m>
                        <MeasurementRow sheet=sheet indicator=row measurement=m />
                    </For>
                </ul>
                <button type="button" class="button small" on:click=add_measurement>{t.indicators().add_measurement}</button>
            </div>
            {move || indicator.get().map(|i| view! { <IndicatorChart indicator=i plans=plans.get() /> })}
            <button type="button" class="button small danger" aria-label=t.indicators().remove
                on:click={row_remover::<Indicator>(sheet, row)}>
                {t.common.remove_row}
            </button>
        </li>
    }
}

/// Date and value of one measurement, edited inside its indicator.
#[component]
fn MeasurementRow(sheet: Id, indicator: Id, measurement: Id) -> impl IntoView {
    let t = t();
    let state = AppState::get();
    let edit = move |change: Box<dyn FnOnce(&mut Indicator)>| {
        state.edit(|w| w.edit_row::<Indicator>(&sheet, &indicator, platform::now(), change));
    };
    let initial = state.workspace.with_untracked(|w| {
        w.a3(&sheet)
            .and_then(|sh| sh.indicators.iter().find(|x| x.id == indicator))
            .and_then(|ind| ind.measurements.iter().find(|x| x.id == measurement))
            .map(|m| (m.date.clone(), m.value))
            .unwrap_or_default()
    });
    let texts = DatedValueTexts {
        date: t.indicators().measurement_date,
        value: t.indicators().measurement_value,
        remove: t.indicators().remove_measurement,
        name: "measurement",
    };
    view! {
        <DatedValueRow
            id=measurement
            texts=texts
            initial=initial
            change={move |change: Result<Option<Decimal>, String>| {
                edit(Box::new(move |ind| {
                    if let Some(x) = ind.measurements.iter_mut().find(|x| x.id == measurement) {
                        match change {
                            Ok(value) => x.value = value,
                            Err(date) => x.date = date,
                        }
                    }
                }))
            }}
            remove={move |()| edit(Box::new(move |ind| ind.measurements.retain(|x| x.id != measurement)))}
        />
    }
}

/// The small chart: measurements as a line against the baseline (dashed) and target (dotted),
/// with a text alternative that says the same in words.
#[component]
fn IndicatorChart(indicator: Indicator, plans: Vec<Curve>) -> impl IntoView {
    let t = t();
    let layout = chart_layout(&indicator, &plans)?;
    let summary = crate::report::chart_summary(&indicator, &plans, crate::i18n::lang());
    let reached = crate::report::target_text(&indicator, t);
    let polyline = layout
        .points
        .iter()
        .map(|(x, y)| format!("{x:.1},{y:.1}"))
        .collect::<Vec<_>>()
        .join(" ");
    let hline = |y: f64, class: &'static str| {
        view! { <line class=class x1="0" x2=CHART_WIDTH.to_string() y1=format!("{y:.1}") y2=format!("{y:.1}") /> }
    };
    Some(view! {
        <figure class="chart">
            <svg
                viewBox=format!("0 0 {CHART_WIDTH} {CHART_HEIGHT}")
                role="img"
                aria-label=summary.clone()
            >
                {layout.baseline_y.map(|y| hline(y, "baseline"))}
                {layout.target_y.map(|y| hline(y, "target"))}
                {layout
                    .plans
                    .iter()
                    .map(|plan| {
                        let points = plan.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect::<Vec<_>>().join(" ");
                        view! { <polyline class="plan" points=points /> }
                    })
                    .collect_view()}
                <polyline class="series" points=polyline />
                {layout
                    .points
                    .iter()
                    .map(|(x, y)| view! { <circle cx=format!("{x:.1}") cy=format!("{y:.1}") r="4" /> })
                    .collect_view()}
            </svg>
            <figcaption>{summary} {reached.map(|r| view! { <strong>" " {r}</strong> })}</figcaption>
        </figure>
    })
}
