//! The round: each member in turn gets the same few minutes to go through their notes; the
//! timekeeper starts each turn with "Neste".

use super::group_value;
use crate::i18n::{fill, t};
use crate::model::seminar::exercise::{Countdown, RoundState};
use crate::model::Id;
use crate::platform;
use crate::ui::state::AppState;
use crate::ui::workshop::timer::{follow_setting, CountdownTimer};
use leptos::prelude::*;

#[component]
pub fn RoundSection(group: Id) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let order = Memo::new(move |_| {
        group_value(state, group, |g, s| {
            g.turn_order(s.reference_date)
                .into_iter()
                .filter_map(|id| g.member(&id).map(|m| (id, m.name.clone())))
                .collect::<Vec<_>>()
        })()
    });
    let minutes = group_value(state, group, |_, s| s.turn_minutes);
    // Whose turn and its countdown, saved on this device as they change, so a reload or a
    // phone that slept continues the round where it was.
    let key = format!("round.{group}");
    let saved = crate::store::timer::<RoundState>(&key);
    let timer = RwSignal::new(saved.map_or_else(
        || Countdown::minutes(minutes()),
        |s| s.countdown.restored(platform::now()),
    ));
    follow_setting(timer, minutes);
    // Index into `order`; `order.len()` means the round is over.
    let turn = RwSignal::new(saved.map_or(0, |s| s.turn));
    Effect::new(move |_| {
        let state = RoundState {
            turn: turn.get(),
            countdown: timer.get(),
        };
        crate::store::save_timer(&key, &state);
    });
    let speaker = move || order.with(|o| o.get(turn.get()).cloned());
    let speaker_notes = move || {
        let Some((member, _)) = speaker() else {
            return Vec::new();
        };
        state.workspace.with(|w| {
            w.group_notes(&group)
                .into_iter()
                .filter(|n| n.member == Some(member) && !n.potential.trim().is_empty())
                .map(|n| n.potential.clone())
                .collect::<Vec<_>>()
        })
    };
    let next = move |_| {
        let len = order.with_untracked(Vec::len);
        let following = (turn.get_untracked() + 1).min(len);
        turn.set(following);
        timer.update(|c| c.reset());
        if following < len {
            timer.update(|c| c.start(platform::now()));
            platform::keep_screen_awake(true);
        }
    };
    let restart = move |_| {
        turn.set(0);
        timer.update(|c| c.reset());
    };
    view! {
        <section class="step" aria-labelledby="step-round">
            <h2 id="step-round">{t.group.step_round}</h2>
            <Show when=move || order.with(|o| !o.is_empty()) fallback=move || view! { <p class="empty">{t.group.members_first}</p> }>
                <Show
                    when=move || speaker().is_some()
                    fallback=move || view! {
                        <p class="notice ok" role="status">{t.group.round_done}</p>
                        <button type="button" class="button" on:click=restart>{t.group.round_restart}</button>
                    }
                >
                    <p class="speaker" aria-live="polite" data-testid="speaker">
                        {move || speaker().map(|(_, name)| fill(t.group.turn_of, &[
                            ("name", &name),
                            ("n", &(turn.get() + 1)),
                            ("total", &order.with(Vec::len)),
                        ]))}
                    </p>
                    <p class="hint">{t.group.keep_it_short}</p>
                    <CountdownTimer label=t.group.turn_timer name="turn" timer=timer />
                    <ul class="speaker-notes" aria-label=t.group.speaker_notes>
                        {move || speaker_notes().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                    </ul>
                    <button type="button" class="button primary next-turn" on:click=next>{t.group.next_turn}</button>
                </Show>
            </Show>
        </section>
    }
}
