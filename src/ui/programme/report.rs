//! Statusrapport "pr. <dato>": goals, per focus area the measures with status and latest
//! comment, totals, milestones, risks and indicators. Printed, it is A4 portrait
//! (style/main.css, `.status-report` under `@media print`); it can also be copied as text or
//! downloaded as CSV for Excel.

use super::plan::RiskMatrix;
use super::{programme_exists, programme_not_found};
use crate::i18n::{format_iso_date, lang, t};
use crate::model::programme::StatusReport;
use crate::model::Id;
use crate::platform;
use crate::report::{
    group_heading, report_title, status_csv, status_text, target_state, totals_text,
};
use crate::route::Route;
use crate::share::slug_filename;
use crate::ui::common::report_box::ReportBox;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn StatusReportScreen(id: Id) -> impl IntoView {
    view! {
        <Show when=programme_exists(id) fallback=programme_not_found>
            <StatusReportPage id=id />
        </Show>
    }
}

#[component]
fn StatusReportPage(id: Id) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let lang = lang();
    let date = RwSignal::new(platform::today_iso());
    let report = Memo::new(move |_| {
        let date = date.get();
        state.workspace.with(|w| StatusReport::build(w, &id, &date))
    });
    let text = Signal::derive(move || {
        report.with(|r| r.as_ref().map(|r| status_text(r, lang)).unwrap_or_default())
    });
    let download_csv = move |_| {
        let Some(r) = report.get_untracked() else {
            return;
        };
        let name = slug_filename(
            t.status_report_button,
            &r.programme.title,
            platform::today(),
        )
        .replace(".json", ".csv");
        let _ = platform::download_text(&name, "text/csv;charset=utf-8", &status_csv(&r, lang));
    };
    view! {
        <div class="no-print">
            <p class="breadcrumb"><a href=Route::Programme(id).href()>{t.back_to_programme}</a></p>
            <div class="report-controls">
                <div class="field">
                    <label for="field-report-date">{t.report_date_label}</label>
                    <input id="field-report-date" type="date" prop:value=move || date.get()
                        on:input=move |ev| {
                            let value = event_target_value(&ev);
                            if crate::model::indicator::days_from_iso(&value).is_some() {
                                date.set(value);
                            }
                        } />
                </div>
                <div class="button-row">
                    <button type="button" class="button primary" on:click=move |_| { let _ = window().print(); }>{t.report_print}</button>
                    <button type="button" class="button" on:click=download_csv>{t.programme_csv_button}</button>
                </div>
            </div>
            <details class="report-text">
                <summary>{t.report_text_show}</summary>
                <ReportBox label=t.report_text_label name="status" text=text />
            </details>
        </div>
        {move || report.get().map(|r| view! { <ReportBody report=r programme=id /> })}
    }
}

/// The printable report itself.
#[component]
fn ReportBody(report: StatusReport, programme: Id) -> impl IntoView {
    let t = t();
    let lang = lang();
    let p = &report.programme;
    let or_none = |s: &str| {
        if s.trim().is_empty() {
            "–".to_owned()
        } else {
            s.to_owned()
        }
    };
    let cols = &t.report_measure_columns;
    let groups = report.groups.iter().map(|g| {
        let rows = g.lines.iter().map(|line| {
            let m = &line.measure;
            let comment = m.latest_comment().map(|c| format!("{}: {}", format_iso_date(&c.date), c.text));
            view! {
                <tr>
                    <td>{or_none(&m.name)}</td>
                    <td>{or_none(&line.sheet_title)}</td>
                    <td>{t.measure_statuses[m.status.index()]}</td>
                    <td class="date">{format_iso_date(&m.status_date)}</td>
                    <td>{t.follow_ups[m.follow_up.index()]}</td>
                    <td class="number">{m.fte.map(crate::i18n::format_fte)}</td>
                    <td class="number">{m.amount.map(|a| crate::i18n::format_number(a, 2))}</td>
                    <td>{comment}</td>
                </tr>
            }
        }).collect_view();
        view! {
            <section class="report-group" data-testid="report-group">
                <h3>{group_heading(&g.key, t)}</h3>
                {if g.lines.is_empty() { Some(view! { <p>{t.report_none}</p> }) } else { None }}
                <div class="table-scroll" class:hidden=g.lines.is_empty() tabindex="0" role="region" aria-label=group_heading(&g.key, t)><table class="report-table">
                    <thead><tr>
                        <th scope="col">{cols[3]}</th><th scope="col">{cols[1]}</th><th scope="col">{cols[4]}</th>
                        <th scope="col">{cols[5]}</th><th scope="col">{cols[6]}</th><th scope="col" class="number">{cols[7]}</th>
                        <th scope="col" class="number">{cols[8]}</th><th scope="col">{cols[9]}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table></div>
                <p class="total" data-testid="report-group-total">{t.group_total} ": " <strong>{totals_text(g.totals, lang)}</strong></p>
            </section>
        }
    }).collect_view();
    let milestones = report.milestones.iter().map(|(m, overdue)| {
        let overdue = *overdue;
        view! {
            <tr class:overdue=overdue>
                <td>{m.year.clone()}</td><td>{m.milestone.clone()}</td><td>{m.theme.clone()}</td>
                <td>{m.assignment.clone()}</td><td class="date">{format_iso_date(&m.deadline)}</td>
                <td class="date">{format_iso_date(&m.approved)}{overdue.then(|| view! { <strong class="overdue-badge">{t.overdue}</strong> })}</td>
            </tr>
        }
    }).collect_view();
    let risks = report.risks.iter().map(|r| view! {
        <tr>
            <td>{r.description.clone()}</td>
            <td class="number">{r.likelihood}</td>
            <td class="number">{r.consequence}</td>
            <td class=format!("number risk-{}", ["low", "medium", "high"][r.level().index()])>{r.score()}</td>
            <td>{r.owner.clone()}</td>
            <td>{r.mitigation.clone()}</td>
        </tr>
    }).collect_view();
    let icols = &t.report_indicator_columns;
    let indicators = report.indicators.iter().map(|s| {
        let unit = t.indicator_units[s.indicator.unit.index()];
        let value = move |v: Option<rust_decimal::Decimal>| v.map(|v| format!("{} {unit}", crate::i18n::format_number(v, v.scale().min(4))));
        view! {
            <tr>
                <td>{s.sheet_title.clone()}</td>
                <td>{s.indicator.name.clone()}</td>
                <td class="number">{value(s.indicator.baseline)}</td>
                <td class="number">{s.latest.as_ref().map(|(d, v)| format!("{} ({})", value(Some(*v)).unwrap_or_default(), format_iso_date(d)))}</td>
                <td class="number">{value(s.indicator.target)}</td>
                <td>{target_state(s.reached, t)}</td>
            </tr>
        }
    }).collect_view();
    let rcols = &t.report_risk_columns;
    view! {
        <article class="status-report" data-testid="status-report">
            <h1>{report_title(&report, lang)}</h1>
            <section>
                <h2>{t.overall_goal}</h2>
                <p>{or_none(&p.overall_goal)}</p>
                <h2>{t.result_goals_title}</h2>
                <ul class="goal-list">
                    {p.result_goals.iter().filter(|g| !g.text.trim().is_empty()).map(|g| view! {
                        <li class:done=g.done><span aria-hidden="true">{if g.done { "☑ " } else { "☐ " }}</span>
                            <span class="visually-hidden">{if g.done { t.result_goal_done } else { "" }}</span>
                            {g.text.clone()}</li>
                    }).collect_view()}
                </ul>
                <h2>{t.effect_goals_title}</h2>
                <ul>{p.effect_goals.iter().filter(|g| !g.text.trim().is_empty()).map(|g| view! { <li>{g.text.clone()}</li> }).collect_view()}</ul>
            </section>
            <section>
                <h2>{t.programme_measures_title}</h2>
                {groups}
                <p class="total grand-total" data-testid="report-total">{t.programme_total} ": " <strong>{totals_text(report.totals, lang)}</strong></p>
            </section>
            <section>
                <h2>{t.milestones_title}</h2>
                <div class="table-scroll" tabindex="0" role="region" aria-label=t.milestones_title><table class="report-table">
                    <thead><tr>{t.milestone_fields.iter().map(|c| view! { <th scope="col">{*c}</th> }).collect_view()}</tr></thead>
                    <tbody>{milestones}</tbody>
                </table></div>
            </section>
            <section>
                <h2>{t.risks_title}</h2>
                <div class="table-scroll" tabindex="0" role="region" aria-label=t.risks_title><table class="report-table">
                    <thead><tr>
                        <th scope="col">{rcols[0]}</th><th scope="col" class="number">{rcols[1]}</th>
                        <th scope="col" class="number">{rcols[2]}</th><th scope="col" class="number">{t.risk_product}</th>
                        <th scope="col">{rcols[3]}</th><th scope="col">{rcols[4]}</th>
                    </tr></thead>
                    <tbody>{risks}</tbody>
                </table></div>
                <RiskMatrix programme=programme />
            </section>
            <section>
                <h2>{t.report_indicators_title}</h2>
                <div class="table-scroll" tabindex="0" role="region" aria-label=t.report_indicators_title><table class="report-table">
                    <thead><tr>{icols.iter().map(|c| view! { <th scope="col">{*c}</th> }).collect_view()}</tr></thead>
                    <tbody>{indicators}</tbody>
                </table></div>
            </section>
        </article>
    }
}
