//! Statusrapport "pr. <dato>": goals, per focus area the measures with status and latest
//! comment, totals, milestones, risks and indicators. Printed, it is A4 portrait
//! (style/main.css, `.status-report` under `@media print`); it can also be copied as text or
//! downloaded as CSV for Excel. The report itself is written by `report::status_html`.

use super::{programme_exists, programme_not_found};
use crate::i18n::{lang, t};
use crate::model::programme::StatusReport;
use crate::model::Id;
use crate::platform;
use crate::report::{status_csv, status_html, status_text};
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
            t.file_prefix_status_report,
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
        <article
            class="status-report"
            data-testid="status-report"
            inner_html=move || report.with(|r| r.as_ref().map(|r| status_html(r, lang)).unwrap_or_default())
        ></article>
    }
}
