//! The home screen: what is stored on this device, and export / import.

use crate::i18n::t;
use crate::route::Route;
use crate::ui::common::banners::SaveStatusLine;
use crate::ui::common::transfer::TransferButtons;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn HomeScreen() -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let count =
        move |f: fn(&crate::model::Workspace) -> usize| move || state.workspace.with(f).to_string();
    view! {
        <h1>{t.home_title}</h1>
        <p class="lead">{t.home_intro}</p>
        <section aria-label=t.home_counts_label>
            <ul class="counts">
                <li>
                    <a href=Route::A3List.href() class="count-card" data-testid="count-a3">
                        <span class="count">{count(|w| w.active_a3().count())}</span>
                        <span class="count-label">{t.count_a3}</span>
                    </a>
                </li>
                <li>
                    <a href=Route::Workshop.href() class="count-card" data-testid="count-seminars">
                        <span class="count">{count(|w| w.seminars.len())}</span>
                        <span class="count-label">{t.count_seminars}</span>
                    </a>
                </li>
                <li>
                    <a href=Route::Workshop.href() class="count-card" data-testid="count-notes">
                        <span class="count">{count(|w| w.notes.len())}</span>
                        <span class="count-label">{t.count_notes}</span>
                    </a>
                </li>
            </ul>
            <SaveStatusLine />
            <p class="storage-usage" data-testid="storage-usage">
                {move || {
                    state.workspace.track();
                    state.save_status.track();
                    crate::store::usage_units().map(|units| {
                        let percent = units as f64 * 100.0 / crate::store::QUOTA_UNITS as f64;
                        let shown = if percent > 0.0 && percent < 0.1 {
                            format!("< {} %", crate::i18n::format_decimal(0.1, 1))
                        } else {
                            format!("{} %", crate::i18n::format_decimal(percent, 1))
                        };
                        crate::i18n::fill(t.storage_usage, &[("percent", &shown)])
                    })
                }}
            </p>
            <p class="last-export" data-testid="last-export">
                {move || match state.last_export.get() {
                    None => t.last_export_never.to_owned(),
                    Some(at) => crate::i18n::fill(t.last_export_on, &[("date", &crate::platform::format_date(at))]),
                }}
            </p>
        </section>
        <Show when=move || state.workspace.with(|w| w.is_empty() || crate::model::example::example_present(w))>
            <crate::ui::about::ExampleCard />
        </Show>
        <section class="card">
            <h2>{t.backup_title}</h2>
            <p>{t.backup_intro}</p>
            <TransferButtons />
            <p><a href=Route::Trash.href() class="inline-link">{t.trash_title}</a></p>
        </section>
    }
}
