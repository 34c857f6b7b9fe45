//! Joining a seminar in the room: the facilitator's projector shows one QR code (the seminar
//! setup's share link); a participant who opens it sees *Bli med* with the seminar's title,
//! date and question, types their name once, and one tap later is on the reflection screen.

use crate::i18n::{fill, format_iso_date, t};
use crate::model::{Id, Seminar, Workspace};
use crate::platform;
use crate::route::Route;
use crate::share::link;
use crate::ui::share_import::leave_link_for;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// *Bli med*: the seminar a link holds, the participant's name (remembered on the device),
/// and one button. Joining a seminar already here changes nothing but a newer setup.
#[component]
pub fn JoinScreen(seminar: Seminar) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let id = seminar.id;
    let known = state.participant.get_untracked();
    let name = RwSignal::new(known.as_ref().map(|p| p.name.clone()).unwrap_or_default());
    let error = RwSignal::new(false);
    let already = state
        .workspace
        .with_untracked(|w| w.seminar(&id).is_some_and(|s| s.deleted.is_none()));
    let joined_as = known.filter(|_| already).map(|p| p.name);
    let package = StoredValue::new(Workspace {
        seminars: vec![seminar.clone()],
        ..Workspace::default()
    });
    let join = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if state.set_participant_name(&name.get_untracked()).is_none() {
            error.set(true);
            platform::focus_element("field-participant-name");
            return;
        }
        // Only a change notifies (and saves): joining again is a no-op.
        let _ = state.try_merge(|w| {
            let report = w.import(package.get_value());
            if report.added + report.updated > 0 {
                Ok(())
            } else {
                Err(())
            }
        });
        leave_link_for(&Route::Seminar(id));
    };
    let date = (!seminar.date.is_empty()).then(|| format_iso_date(&seminar.date));
    let title = if seminar.title.is_empty() {
        t.common.untitled.to_owned()
    } else {
        seminar.title.clone()
    };
    view! {
        <h1>{t.join.title}</h1>
        <section class="card join-card" data-testid="join" aria-labelledby="join-seminar-title">
            <p class="hint">{t.join.intro}</p>
            <h2 id="join-seminar-title">{title}</h2>
            {date.map(|d| view! { <p class="item-meta">{fill(t.join.date, &[("date", &d)])}</p> })}
            <p class="question">{fill(t.join.question, &[("question", &seminar.question)])}</p>
            {joined_as.map(|n| view! { <p class="notice ok">{fill(t.join.already, &[("name", &n)])}</p> })}
            <form class="join-form" on:submit=join>
                <div class="field">
                    <label for="field-participant-name">{t.join.participant_name}</label>
                    <input
                        id="field-participant-name"
                        type="text"
                        autocomplete="given-name"
                        enterkeyhint="go"
                        aria-describedby="participant-name-hint participant-name-error"
                        aria-invalid=move || error.get().then_some("true")
                        prop:value=move || name.get()
                        on:input=move |ev| {
                            name.set(event_target_value(&ev));
                            error.set(false);
                        }
                    />
                    <p class="field-hint" id="participant-name-hint">{t.join.participant_name_hint}</p>
                    <p class="field-error" id="participant-name-error" role="alert">
                        {move || error.get().then_some(t.join.participant_name_missing)}
                    </p>
                </div>
                <button type="submit" class="button primary">
                    {if already { t.join.open } else { t.join.button }}
                </button>
            </form>
        </section>
    }
}

/// *Vis QR for deltakerne*: the seminar's join code full screen for the projector, with the
/// app's address underneath.
#[component]
pub fn JoinQrScreen(seminar: Id) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    // The code on the wall leaves the device: edits of the setup just made are stamped first.
    state.stamp_edits();
    let setup = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.seminar(&seminar)
                .filter(|s| s.deleted.is_none())
                .map(|s| (s.title.clone(), w.seminar_package(&seminar)))
        })
    });
    let address = short_address(&platform::app_base_url());
    view! {
        <div class="presentation join-qr" data-testid="join-qr">
            <div class="presentation-bar button-row">
                <a class="button" href=Route::Seminar(seminar).href()>{t.join.qr_close}</a>
            </div>
            {move || match setup.get() {
                None => view! { <p class="notice error" role="alert">{t.workshop.seminar_not_found}</p> }.into_any(),
                Some((title, package)) => {
                    let url = link::share_link(
                        &platform::entry_address(crate::route::Entry::Participant),
                        &package,
                    );
                    let qr = link::qr_svg(&url);
                    view! {
                        <h1 class="join-qr-title">{if title.is_empty() { t.common.untitled.to_owned() } else { title }}</h1>
                        <p class="join-qr-lead">{t.join.qr_title}</p>
                        {match qr {
                            Some(svg) => view! {
                                <div class="qr-code join-qr-code" role="img" aria-label=t.share.qr_label inner_html=svg></div>
                            }.into_any(),
                            None => view! { <p class="notice error">{t.join.qr_too_long}</p> }.into_any(),
                        }}
                        <p class="join-qr-address" data-testid="join-qr-address">{fill(t.join.qr_address, &[("address", &address)])}</p>
                        <p class="join-qr-hint">{t.join.qr_hint}</p>
                    }.into_any()
                }
            }}
        </div>
    }
}

/// The app's address as people read it aloud: without `https://`, `www.`, `index.html` or a
/// trailing slash.
pub fn short_address(base: &str) -> String {
    let rest = base
        .trim()
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("www.");
    let rest = rest.split(['?', '#']).next().unwrap_or(rest);
    rest.trim_end_matches("index.html")
        .trim_end_matches('/')
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::short_address;

    #[test]
    fn the_short_address_drops_what_nobody_types() {
        assert_eq!(
            short_address("https://www.levanger.kommune.no/gevinst/index.html"),
            "levanger.kommune.no/gevinst"
        );
        assert_eq!(short_address("http://127.0.0.1:4173/"), "127.0.0.1:4173");
        assert_eq!(short_address("https://x.no/app/?v=2"), "x.no/app");
    }
}
