//! The home screen: what is stored on this device, and export / import.

use crate::i18n::t;
use crate::route::Route;
use crate::share::link;
use crate::ui::common::banners::SaveStatusLine;
use crate::ui::common::qr_scanner::QrScanner;
use crate::ui::common::transfer::TransferButtons;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn HomeScreen() -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let count =
        move |f: fn(&crate::model::Workspace) -> usize| move || state.workspace.with(f).to_string();
    let fresh = move || {
        state
            .workspace
            .with(|w| w.is_empty() || crate::model::workspace::example::example_only(w))
    };
    view! {
        <h1>{t.home.title}</h1>
        <Show when=fresh>
            <StartCard />
        </Show>
        <p class="lead">{t.home.intro}</p>
        <section aria-label=t.home.counts_label>
            <ul class="counts">
                <li>
                    <a href=Route::A3List.href() class="count-card" data-testid="count-a3">
                        <span class="count">{count(|w| w.active_a3().count())}</span>
                        <span class="count-label">{t.common.count_a3}</span>
                    </a>
                </li>
                <li>
                    <a href=Route::Workshop.href() class="count-card" data-testid="count-seminars">
                        <span class="count">{count(|w| w.seminars.len())}</span>
                        <span class="count-label">{t.common.count_seminars}</span>
                    </a>
                </li>
                <li>
                    <a href=Route::Workshop.href() class="count-card" data-testid="count-notes">
                        <span class="count">{count(|w| w.notes.len())}</span>
                        <span class="count-label">{t.common.count_notes}</span>
                    </a>
                </li>
            </ul>
            <ConflictsNotice />
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
                        crate::i18n::fill(t.home.storage_usage, &[("percent", &shown)])
                    })
                }}
            </p>
            <p class="last-export" data-testid="last-export">
                {move || match state.last_export.get() {
                    None => t.home.last_export_never.to_owned(),
                    Some(at) => crate::i18n::fill(t.home.last_export_on, &[("date", &crate::platform::format_date(at))]),
                }}
            </p>
        </section>
        <Show when=move || state.workspace.with(|w| w.is_empty() || crate::model::workspace::example::example_present(w))>
            <crate::ui::about::ExampleCard />
        </Show>
        <section class="card">
            <h2>{t.backup.title}</h2>
            <p>{t.backup.intro}</p>
            <TransferButtons />
            <p><a href=Route::Trash.href() class="inline-link">{t.trash.title}</a></p>
        </section>
    }
}

/// "Kom i gang": the ways in on a device with nothing of its own yet. Joining comes first
/// (most people in a room are participants); the example stays below, secondary.
#[component]
fn StartCard() -> impl IntoView {
    let t = t();
    let pasted = RwSignal::new(String::new());
    let invalid = RwSignal::new(false);
    let open_link = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match link::data_of(&pasted.get_untracked()) {
            Some(data) => {
                let _ = window()
                    .location()
                    .set_hash(&Route::Share(data.to_owned()).href());
            }
            None => {
                invalid.set(true);
                crate::platform::focus_element("field-start-link");
            }
        }
    };
    view! {
        <section class="card start-card" aria-labelledby="start-title" data-testid="start">
            <h2 id="start-title">{t.home.start_title}</h2>
            <div class="start-ways">
                <div class="start-way">
                    <h3>{t.home.start_join}</h3>
                    <p class="hint">{t.home.start_join_hint}</p>
                    <QrScanner on_link=Callback::new(|data: String| { let _ = window().location().set_hash(&Route::Share(data).href()); }) />
                    <form class="start-link-form" on:submit=open_link>
                        <div class="field">
                            <label for="field-start-link">{t.home.start_join_paste}</label>
                            <input
                                id="field-start-link"
                                type="url"
                                inputmode="url"
                                autocomplete="off"
                                aria-invalid=move || invalid.get().then_some("true")
                                aria-describedby="start-link-error"
                                prop:value=move || pasted.get()
                                on:input=move |ev| {
                                    pasted.set(event_target_value(&ev));
                                    invalid.set(false);
                                }
                            />
                            <p class="field-error" id="start-link-error" role="alert">
                                {move || invalid.get().then_some(t.home.start_join_invalid)}
                            </p>
                        </div>
                        <button type="submit" class="button">{t.home.start_join_open}</button>
                    </form>
                </div>
                <div class="start-way">
                    <h3>{t.home.start_seminar}</h3>
                    <p class="hint">{t.home.start_seminar_hint}</p>
                    <a class="button primary" href=Route::Workshop.href()>{t.workshop.new_seminar_button}</a>
                </div>
                <div class="start-way">
                    <h3>{t.home.start_a3}</h3>
                    <p class="hint">{t.home.start_a3_hint}</p>
                    <a class="button" href=Route::A3List.href()>{t.common.new_a3_button}</a>
                </div>
            </div>
        </section>
    }
}

/// How many fields were changed on two devices at once and wait for a choice, with a link to
/// each sheet or programme that has some. Nothing when there are none.
#[component]
fn ConflictsNotice() -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let found = Memo::new(move |_| {
        state.workspace.with(|w| {
            let count = w.conflict_count();
            let places: Vec<(String, String)> = if count == 0 {
                Vec::new()
            } else {
                let sheets = w
                    .active_a3()
                    .filter(|s| !w.conflicts(&s.id).is_empty())
                    .map(|s| (Route::A3Sheet(s.id).href(), s.title.clone()));
                let programmes = w
                    .programmes
                    .iter()
                    .filter(|p| p.deleted.is_none() && !w.conflicts(&p.id).is_empty())
                    .map(|p| (Route::Programme(p.id).href(), p.title.clone()));
                sheets.chain(programmes).collect()
            };
            (count, places)
        })
    });
    view! {
        <Show when=move || found.with(|f| f.0 > 0)>
            <div class="notice warning" data-testid="home-conflicts">
                <p>{move || crate::i18n::fill(t.home.conflicts, &[("count", &found.with(|f| f.0))])}</p>
                <ul>
                    {move || found.with(|f| f.1.iter().map(|(href, title)| view! {
                        <li><a class="inline-link" href=href.clone()>{title.clone()}</a></li>
                    }).collect_view())}
                </ul>
            </div>
        </Show>
    }
}
