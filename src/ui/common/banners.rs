//! Warnings that must not be missed: unreadable stored data, and saves that failed.

use crate::i18n::{fill, t};
use crate::platform;
use crate::store;
use crate::ui::common::{messages, transfer::export_all};
use crate::ui::state::{AppState, SaveStatus};
use leptos::prelude::*;

/// Shown when stored data could not be read and was put aside.
#[component]
pub fn QuarantineBanner() -> impl IntoView {
    let state = AppState::get();
    let t = t();
    move || {
        state.quarantine.get().map(|q| {
            let reason = messages::decode_error(&q.error, t);
            let filename = format!("gevinstverksted-uleselig-{}.json", q.key.rsplit('.').next().unwrap_or("kopi"));
            let raw = q.raw.clone();
            view! {
                <section class="banner error" role="alert" data-testid="quarantine-banner">
                    <h2>{t.banners.quarantine_title}</h2>
                    <p>{fill(t.banners.quarantine_body, &[("reason", &reason)])}</p>
                    {(!q.copied).then(|| view! { <p><strong>{t.banners.quarantine_not_copied}</strong></p> })}
                    <div class="button-row">
                        <button
                            type="button"
                            class="button primary"
                            on:click=move |_| {
                                let _ = platform::download_text(&filename, "application/json", &raw);
                            }
                        >
                            {t.banners.quarantine_download}
                        </button>
                        <button
                            type="button"
                            class="button"
                            on:click=move |_| state.quarantine.set(None)
                        >
                            {t.banners.quarantine_dismiss}
                        </button>
                    </div>
                </section>
            }
        })
    }
}

/// Shown while changes are not stored: they live only in this window until exported.
#[component]
pub fn SaveWarning() -> impl IntoView {
    let state = AppState::get();
    let t = t();
    move || match state.save_status.get() {
        SaveStatus::Failed(error) => Some(view! {
            <section class="banner error" role="alert" data-testid="save-warning">
                <h2>{t.banners.save_failed_title}</h2>
                <p>{fill(t.banners.save_failed_body, &[("reason", &messages::store_error(&error, t))])}</p>
                <button type="button" class="button primary" on:click=move |_| export_all(state)>
                    {t.banners.save_failed_export}
                </button>
            </section>
            // The same warning stays at the foot of the screen, where the user is typing.
            <div class="save-bar" data-testid="save-bar">
                <p>{fill(t.banners.save_failed_bar, &[("reason", &messages::store_error(&error, t))])}</p>
                <button type="button" class="button small" on:click=move |_| export_all(state)>
                    {t.banners.save_failed_export}
                </button>
            </div>
        }),
        _ => None,
    }
}

/// A calm notice: a heading, a text, a button to act and one to put it off.
#[component]
fn InfoBanner(
    /// Test id, and prefix of the heading's id.
    name: &'static str,
    title: &'static str,
    #[prop(into)] text: String,
    primary: &'static str,
    #[prop(into)] on_primary: Callback<()>,
    secondary: &'static str,
    #[prop(into)] on_secondary: Callback<()>,
) -> impl IntoView {
    let heading_id = format!("{name}-title");
    let labelled_by = heading_id.clone();
    view! {
        <section class="banner info" role="region" aria-labelledby=labelled_by data-testid=name>
            <h2 id=heading_id>{title}</h2>
            <p>{text}</p>
            <div class="button-row">
                <button type="button" class="button primary" on:click=move |_| on_primary.run(())>
                    {primary}
                </button>
                <button type="button" class="button" on:click=move |_| on_secondary.run(())>
                    {secondary}
                </button>
            </div>
        </section>
    }
}

/// Reminds to export when changes are not in any export and the last one is 14+ days old.
/// "Ikke nå" hides it for three days.
#[component]
pub fn ExportReminderBanner() -> impl IntoView {
    use crate::model::Workspace;
    use crate::share::{export_reminder, ExportReminder};
    let state = AppState::get();
    let t = t();
    const SNOOZE_MS: i64 = 3 * 24 * 60 * 60 * 1000;
    let snoozed_until = RwSignal::new(store::reminder_dismissed().map(|d| d.0 + SNOOZE_MS));
    // A memo: the banner re-renders only when whether (and why) to remind changes, not on
    // every keystroke.
    let due = Memo::new(move |_| {
        let now = platform::now();
        if snoozed_until.get().is_some_and(|until| now.0 < until) {
            return None;
        }
        let latest = state.workspace.with(Workspace::latest_change);
        export_reminder(state.last_export.get(), latest, now)
    });
    move || {
        due.get().map(|reminder| {
            let text = match reminder {
                ExportReminder::Never => t.banners.reminder_never.to_owned(),
                ExportReminder::DaysAgo(days) => fill(t.banners.reminder_days, &[("days", &days)]),
            };
            view! {
                <InfoBanner
                    name="export-reminder"
                    title=t.banners.reminder_title
                    text=text
                    primary=t.banners.save_failed_export
                    on_primary=move || export_all(state)
                    secondary=t.banners.reminder_dismiss
                    on_secondary=move || {
                        let now = platform::now();
                        store::dismiss_reminder(now);
                        snoozed_until.set(Some(now.0 + SNOOZE_MS));
                    }
                />
            }
        })
    }
}

/// "Ny versjon – oppdater": shown when a new version is downloaded; nothing switches until the
/// user says so.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let t = t();
    let ready = RwSignal::new(false);
    platform::register_service_worker(move || ready.set(true));
    move || {
        ready.get().then(|| {
            view! {
                <InfoBanner
                    name="update-banner"
                    title=t.banners.update_title
                    text=t.banners.update_body
                    primary=t.banners.update_button
                    on_primary=platform::apply_update
                    secondary=t.banners.update_later
                    on_secondary=move || ready.set(false)
                />
            }
        })
    }
}

/// A short, quiet line saying whether everything is stored.
#[component]
pub fn SaveStatusLine() -> impl IntoView {
    let state = AppState::get();
    let t = t();
    view! {
        <p class="save-status" role="status" data-testid="save-status">
            {move || match state.save_status.get() {
                SaveStatus::Saved => t.banners.save_status_saved,
                SaveStatus::Pending => t.banners.save_status_pending,
                SaveStatus::Failed(_) => t.banners.save_status_failed,
                SaveStatus::Paused => t.banners.save_status_paused,
            }}
        </p>
    }
}
