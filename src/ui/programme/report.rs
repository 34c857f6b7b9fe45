//! Statusrapport "pr. `<dato>`": goals, per focus area the measures with status and latest
//! comment, totals, milestones, risks and indicators. Printed, it is A4 portrait
//! (style/main.css, `.status-report` under `@media print`); on a phone each table row is a card
//! (the same HTML, CSS only); it can also be copied as text or downloaded as CSV for Excel. The
//! report itself is written by `report::status_html`.

use super::{programme_exists, programme_not_found};
use crate::i18n::{lang, t};
use crate::model::programme::StatusReport;
use crate::model::Id;
use crate::platform;
use crate::report::{status_csv, status_csv_name, status_html, status_text};
use crate::route::{report_date, status_report_href, Route};
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

const REPORT_TEXT_ID: &str = "report-text-panel";

#[component]
fn StatusReportPage(id: Id) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let lang = lang();
    // The chosen date is kept in the URL hash (`…/rapport?dato=2025-12-31`), not only in this
    // signal: a language switch rebuilds the whole view (and a reload or a shared link starts
    // afresh), and both read it back from there. See `route::report_date`.
    let date =
        RwSignal::new(report_date(&platform::current_hash()).unwrap_or_else(platform::today_iso));
    let report = Memo::new(move |_| {
        let date = date.get();
        state.workspace.with(|w| StatusReport::build(w, &id, &date))
    });
    let text = Signal::derive(move || {
        report.with(|r| r.as_ref().map(|r| status_text(r, lang)).unwrap_or_default())
    });
    let show_text = RwSignal::new(false);
    let download_csv = move |_| {
        let Some(r) = report.get_untracked() else {
            return;
        };
        let _ = platform::download_text(
            &status_csv_name(&r, lang),
            "text/csv;charset=utf-8",
            &status_csv(&r, lang),
        );
    };
    view! {
        <div class="no-print">
            <p class="breadcrumb"><a href=Route::Programme(id).href()>{t.report().back_to_programme}</a></p>
            <div class="report-controls">
                <div class="field">
                    <label for="field-report-date">{t.report().date_label}</label>
                    <input id="field-report-date" type="date" prop:value=move || date.get()
                        on:input=move |ev| {
                            let value = event_target_value(&ev);
                            if crate::model::a3::indicator::days_from_iso(&value).is_some() {
                                platform::replace_hash(&status_report_href(id, &value));
                                date.set(value);
                            }
                        } />
                </div>
                <div class="button-row">
                    <button type="button" class="button primary" on:click=move |_| { let _ = window().print(); }>{t.report().print}</button>
                    <button type="button" class="button" on:click=download_csv>{t.programme().csv_button}</button>
                </div>
            </div>
            <div class="report-text">
                <button type="button" class="button disclosure" aria-controls=REPORT_TEXT_ID
                    aria-expanded=move || if show_text.get() { "true" } else { "false" }
                    on:click=move |_| show_text.update(|open| *open = !*open)>
                    <span class="disclosure-marker" aria-hidden="true"></span>
                    {t.report().text_show}
                </button>
                <div id=REPORT_TEXT_ID class="report-text-panel" hidden=move || !show_text.get()>
                    <Show when=move || show_text.get()>
                        <ReportBox label=t.report().text_label name="status" text=text />
                    </Show>
                </div>
            </div>
        </div>
        <article
            class="status-report"
            data-testid="status-report"
            inner_html=move || report.with(|r| r.as_ref().map(|r| status_html(r, lang)).unwrap_or_default())
        ></article>
    }
}
