//! The big countdown for reflection and for each member's turn: readable across the table,
//! right after the phone slept (computed from the clock), with a visual, spoken and
//! vibrating end.

use crate::i18n::t;
use crate::model::exercise::{format_clock, Countdown};
use crate::platform;
use leptos::prelude::*;
use std::time::Duration;

/// A countdown whose state the parent owns (so "Neste" can restart it). `label` names it
/// for screen readers ("Refleksjonstid"), `name` makes its test ids unique on the page.
#[component]
pub fn CountdownTimer(
    label: &'static str,
    name: &'static str,
    timer: RwSignal<Countdown>,
) -> impl IntoView {
    let t = t();
    let now = RwSignal::new(platform::now());
    let finished_announced = RwSignal::new(false);
    // Redraw four times a second; each redraw reads the clock, so missed ticks (sleep,
    // throttled background tab) cost nothing.
    if let Ok(handle) =
        // Only while running: a stopped timer costs nothing (battery, and no work between keys).
        set_interval_with_handle(
            move || {
                if timer.try_get_untracked().is_some_and(|c| c.is_running()) {
                    now.set(platform::now());
                }
            },
            Duration::from_millis(250),
        )
    {
        on_cleanup(move || {
            handle.clear();
            platform::keep_screen_awake(false);
        });
    }
    Effect::new(move |_| {
        let at = now.get();
        let countdown = timer.get();
        if countdown.is_running() && countdown.is_finished(at) {
            timer.update(|c| c.pause(at));
            platform::keep_screen_awake(false);
            platform::vibrate();
            finished_announced.set(true);
        } else if !countdown.is_finished(at) {
            finished_announced.set(false);
        }
    });
    let remaining = move || timer.get().remaining_ms(now.get());
    let finished = move || timer.get().has_started() && remaining() == 0;
    let toggle = move |_| {
        let at = platform::now();
        now.set(at);
        if timer.get_untracked().is_running() {
            timer.update(|c| c.pause(at));
            platform::keep_screen_awake(false);
        } else {
            timer.update(|c| c.start(at));
            platform::keep_screen_awake(true);
        }
    };
    let reset = move |_| {
        timer.update(Countdown::reset);
        now.set(platform::now());
        platform::keep_screen_awake(false);
    };
    view! {
        <div class="countdown" class:running=move || timer.get().is_running() class:finished=finished>
            <p class="countdown-label" id=format!("timer-{name}-label")>{label}</p>
            <p
                class="countdown-clock"
                role="timer"
                aria-labelledby=format!("timer-{name}-label")
                data-testid=format!("timer-{name}")
            >
                {move || format_clock(remaining())}
            </p>
            <p class="countdown-done" aria-hidden="true">{move || finished().then_some(t.timer_done)}</p>
            <div class="button-row">
                <button type="button" class="button primary" on:click=toggle disabled=finished>
                    {move || if timer.get().is_running() { t.timer_pause } else if timer.get().has_started() { t.timer_resume } else { t.timer_start }}
                </button>
                <button type="button" class="button" on:click=reset>{t.timer_reset}</button>
            </div>
            // Announced once when the time is up; polite, so it never cuts the user off.
            <p class="visually-hidden" role="status" aria-live="polite">
                {move || finished_announced.get().then(|| format!("{label}: {}", t.timer_done))}
            </p>
        </div>
    }
}

/// A fresh, stopped countdown of `minutes`.
pub fn countdown_signal(minutes: u32) -> RwSignal<Countdown> {
    RwSignal::new(Countdown::minutes(minutes))
}

/// Keeps a stopped, unstarted timer at the seminar's current setting when that changes.
pub fn follow_setting(timer: RwSignal<Countdown>, minutes: impl Fn() -> u32 + 'static) {
    Effect::new(move |_| {
        let minutes = minutes();
        let current = timer.get_untracked();
        if !current.has_started() && current.total_ms != i64::from(minutes) * 60_000 {
            timer.set(Countdown::minutes(minutes));
        }
    });
}
