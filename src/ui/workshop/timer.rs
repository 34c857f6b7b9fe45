//! The big countdown for reflection and for each member's turn: readable across the table,
//! right after the phone slept (computed from the clock), saved on the device as it changes so
//! a reload or a discarded tab continues where it was, with a visual, spoken and vibrating end,
//! and a compact bar that stays in view while it runs wherever the participant has scrolled.

use crate::i18n::{fill, t};
use crate::model::seminar::exercise::{format_clock, Countdown};
use crate::platform;
use crate::store;
use leptos::prelude::*;
use std::time::Duration;

/// How often a running countdown is saved with the time that ran ([`Countdown::checkpoint`]).
const CHECKPOINT_MS: i64 = 5_000;

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
                if let Some(countdown) = timer.try_get_untracked().filter(|c| c.is_running()) {
                    let at = platform::now();
                    now.set(at);
                    // Saved every few seconds with the time that ran, so a reload after the
                    // clock was set back loses at most those seconds (and never freezes).
                    if countdown.needs_checkpoint(at, CHECKPOINT_MS) {
                        timer.update(|c| c.checkpoint(at));
                    }
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
    // A timer restored running (after a reload) keeps the screen on as a started one does.
    if timer.get_untracked().is_running() {
        platform::keep_screen_awake(true);
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
    let dismissed = RwSignal::new(false);
    let reset = move |_| {
        timer.update(Countdown::reset);
        now.set(platform::now());
        dismissed.set(false);
        platform::keep_screen_awake(false);
    };
    let clock: NodeRef<leptos::html::Div> = NodeRef::new();
    let out_of_view = out_of_view_signal(clock);
    let show_bar =
        move || out_of_view.get() && (timer.get().is_running() || (finished() && !dismissed.get()));
    let bar_id = format!("timer-{name}");
    view! {
        <div node_ref=clock id=bar_id.clone() class="countdown" class:running=move || timer.get().is_running() class:finished=finished>
            <p class="countdown-label" id=format!("timer-{name}-label")>{label}</p>
            <p
                class="countdown-clock"
                role="timer"
                aria-labelledby=format!("timer-{name}-label")
                data-testid=format!("timer-{name}")
            >
                {move || format_clock(remaining())}
            </p>
            <p class="countdown-done" aria-hidden="true">{move || finished().then_some(t.workshop.timer_done)}</p>
            <div class="button-row">
                <button type="button" class="button primary" on:click=toggle disabled=finished>
                    {move || if timer.get().is_running() { t.workshop.timer_pause } else if timer.get().has_started() { t.workshop.timer_resume } else { t.workshop.timer_start }}
                </button>
                <button type="button" class="button" on:click=reset>{t.workshop.timer_reset}</button>
            </div>
            // Announced once when the time is up; polite, so it never cuts the user off.
            <p class="visually-hidden" role="status" aria-live="polite">
                {move || finished_announced.get().then(|| format!("{label}: {}", t.workshop.timer_done))}
            </p>
        </div>
        // The same countdown, small, at the top of the screen while the big one is scrolled away.
        <div class="countdown-bar" class:finished=finished hidden=move || !show_bar() data-testid=format!("timer-bar-{name}")>
            <a class="countdown-bar-clock" href=format!("#{bar_id}") on:click=move |ev| {
                ev.prevent_default();
                if let Some(el) = clock.get_untracked() {
                    el.scroll_into_view();
                }
            }>
                {label} " " <strong>{move || if finished() { t.workshop.timer_done.to_owned() } else { format_clock(remaining()) }}</strong>
            </a>
            <Show when=finished>
                <button type="button" class="button small" on:click=move |_| dismissed.set(true)>
                    {fill(t.workshop.timer_bar_close, &[("label", &label)])}
                </button>
            </Show>
        </div>
    }
}

/// Whether the element is scrolled out of the viewport, kept up to date on scroll and resize.
fn out_of_view_signal(element: NodeRef<leptos::html::Div>) -> ReadSignal<bool> {
    let (out, set_out) = signal(false);
    let check = move || {
        let Some(el) = element.get_untracked() else {
            return;
        };
        let rect = el.get_bounding_client_rect();
        let height = window()
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
        // Out of view once less than the clock's first third shows.
        let _ = set_out.try_set(rect.bottom() < rect.height() * 0.66 || rect.top() > height);
    };
    let scroll = window_event_listener(leptos::ev::scroll, move |_| check());
    let resize = window_event_listener(leptos::ev::resize, move |_| check());
    on_cleanup(move || {
        scroll.remove();
        resize.remove();
    });
    out
}

/// The countdown saved under `key` on this device (`reflection.<seminar>`), read back at
/// `now`; a fresh, stopped one of `minutes` if none was saved. Every change is saved again.
pub fn saved_countdown(key: String, minutes: u32) -> RwSignal<Countdown> {
    let restored = store::timer::<Countdown>(&key)
        .map(|c| c.restored(platform::now()))
        .unwrap_or_else(|| Countdown::minutes(minutes));
    let timer = RwSignal::new(restored);
    Effect::new(move |_| store::save_timer(&key, &timer.get()));
    timer
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
