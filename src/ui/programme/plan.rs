//! The milestone plan (overdue ones stand out) and the risks with their 5×5 matrix.

use crate::i18n::{fill, t};
use crate::model::programme::{risk_level, Milestone, Risk};
use crate::model::Id;
use crate::platform;
use crate::ui::common::choice::ChoiceSelect;
use crate::ui::common::rows::{row_adder, row_ids, row_remover, row_setter, row_text, row_value};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The options of a 1–5 scale.
const LEVELS: [&str; 5] = ["1", "2", "3", "4", "5"];

#[component]
pub fn MilestonesSection(programme: Id) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let today = platform::today_iso();
    // Counted against today; the status report counts against its own date, and each says
    // which date it used ("… over fristen pr. 01.12.2026").
    let today_shown = StoredValue::new(crate::i18n::format_iso_date(&today));
    let overdue = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.programme(&programme)
                .map(|p| p.overdue_milestones(&today).len())
                .unwrap_or_default()
        })
    });
    let overdue_text: &'static str = t.plan().overdue_count;
    view! {
        <section class="card" aria-labelledby="milestones-title">
            <h2 id="milestones-title">{t.plan().milestones_title}</h2>
            <Show when=move || { overdue.get() > 0 }>
                <p class="notice warning" data-testid="overdue-count">{move || today_shown.with_value(|date| fill(overdue_text, &[("n", &overdue.get()), ("date", date)]))}</p>
            </Show>
            <ul class="rows">
                <For each={row_ids::<Milestone>(programme)} key=|id| *id let:row>
                    <MilestoneRow programme=programme row=row />
                </For>
            </ul>
            <button type="button" class="button small" on:click={row_adder::<Milestone>(programme, Milestone::new, Some("milestone-year"))}>
                {t.plan().add_milestone}
            </button>
        </section>
    }
}

#[component]
fn MilestoneRow(programme: Id, row: Id) -> impl IntoView {
    let t = t();
    let f = &t.plan().milestone_fields;
    let at = (programme, row);
    let overdue =
        row_value::<Milestone, _>(programme, row, |m| m.is_overdue(&platform::today_iso()));
    view! {
        <li class="row-card milestone-row" class:overdue=move || overdue.get() data-testid="milestone">
            <Show when=move || overdue.get()>
                <p class="badge overdue-badge">{t.plan().overdue}</p>
            </Show>
            {row_text::<Milestone>(at, f.year, "milestone-year", |m| m.year.clone(), |m, v| m.year = v, None)}
            {row_text::<Milestone>(at, f.milestone, "milestone-name", |m| m.milestone.clone(), |m, v| m.milestone = v, None)}
            {row_text::<Milestone>(at, f.theme, "milestone-theme", |m| m.theme.clone(), |m, v| m.theme = v, None)}
            {row_text::<Milestone>(at, f.assignment, "milestone-assignment", |m| m.assignment.clone(), |m, v| m.assignment = v, None)}
            {row_text::<Milestone>(at, f.deadline, "milestone-deadline", |m| m.deadline.clone(), |m, v| m.deadline = v, Some("date"))}
            {row_text::<Milestone>(at, f.approved, "milestone-approved", |m| m.approved.clone(), |m, v| m.approved = v, Some("date"))}
            <button type="button" class="button small danger" aria-label=t.plan().remove_milestone
                on:click={row_remover::<Milestone>(programme, row)}>
                {t.common.remove_row}
            </button>
        </li>
    }
}

#[component]
pub fn RisksSection(programme: Id) -> impl IntoView {
    let t = t();
    view! {
        <section class="card" aria-labelledby="risks-title">
            <h2 id="risks-title">{t.plan().risks_title}</h2>
            <ul class="rows">
                <For each={row_ids::<Risk>(programme)} key=|id| *id let:row>
                    <RiskRow programme=programme row=row />
                </For>
            </ul>
            <button type="button" class="button small" on:click={row_adder::<Risk>(programme, Risk::new, Some("risk-description"))}>
                {t.plan().add_risk}
            </button>
            <RiskMatrix programme=programme />
        </section>
    }
}

#[component]
fn RiskRow(programme: Id, row: Id) -> impl IntoView {
    let t = t();
    let f = &t.plan().risk_fields;
    let at = (programme, row);
    let score = row_value::<Risk, _>(programme, row, |r| r.score());
    let score_text: &'static str = t.plan().risk_score;
    let level = move || risk_level(score.get());
    view! {
        <li class="row-card risk-row" data-testid="risk">
            {row_text::<Risk>(at, f.description, "risk-description", |r| r.description.clone(), |r, v| r.description = v, None)}
            <div class="field-row">
                <ChoiceSelect
                    label=f.likelihood
                    name=format!("risk-likelihood-{row}")
                    options=LEVELS.to_vec()
                    selected={row_value::<Risk, _>(programme, row, |r| usize::from(r.likelihood.saturating_sub(1)))}
                    on_change={row_setter::<Risk, usize>(programme, row, |r, i| r.likelihood = i as u8 + 1)}
                />
                <ChoiceSelect
                    label=f.consequence
                    name=format!("risk-consequence-{row}")
                    options=LEVELS.to_vec()
                    selected={row_value::<Risk, _>(programme, row, |r| usize::from(r.consequence.saturating_sub(1)))}
                    on_change={row_setter::<Risk, usize>(programme, row, |r, i| r.consequence = i as u8 + 1)}
                />
            </div>
            <p class=move || format!("badge risk-{}", ["low", "medium", "high"][level().index()]) data-testid="risk-score">
                {move || fill(score_text, &[("score", &score.get()), ("level", &t.plan().risk_levels.of(level()))])}
            </p>
            {row_text::<Risk>(at, f.owner, "risk-owner", |r| r.owner.clone(), |r, v| r.owner = v, None)}
            {row_text::<Risk>(at, f.mitigation, "risk-mitigation", |r| r.mitigation.clone(), |r, v| r.mitigation = v, None)}
            <button type="button" class="button small danger" aria-label=t.plan().remove_risk
                on:click={row_remover::<Risk>(programme, row)}>
                {t.common.remove_row}
            </button>
        </li>
    }
}

/// The 5×5 matrix: likelihood up, consequence across, the number of risks in each cell, coloured
/// by level (the same markup as in the status report).
#[component]
fn RiskMatrix(programme: Id) -> impl IntoView {
    let state = AppState::get();
    let lang = crate::i18n::lang();
    let html = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.programme(&programme)
                .map(|p| crate::report::risk_matrix_html(&p.risks, lang))
                .unwrap_or_default()
        })
    });
    view! { <div class="risk-matrix-box" inner_html=move || html.get()></div> }
}
