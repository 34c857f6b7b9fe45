//! The seminar's setup: title, date, framing, the two questions, timers, dots, the date that
//! picks the timekeeper, and sharing it to participants' phones.

use super::seminar::seminar_value;
use crate::i18n::t;
use crate::model::seminar::workshop::{DayMonth, Framing, DOTS_RANGE, MINUTES_RANGE};
use crate::model::{encode_workspace, Id, Seminar};
use crate::platform;
use crate::share::slug_filename;
use crate::ui::common::choice::ChoiceSelect;
use crate::ui::common::number_field::NumberField;
use crate::ui::common::share_panel::SharePanel;
use crate::ui::common::text_field::TextField;
use crate::ui::programme::link_select::{Placed, ProgrammeLinkFields};
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn SeminarSetup(id: Id) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let edit = move |change: Box<dyn FnOnce(&mut Seminar)>| {
        state.edit(|w| w.edit_seminar(&id, platform::now(), change));
    };
    // Typed text re-runs the seminar's readers only (see `AppState::type_into`).
    let text = move |get: fn(&Seminar) -> &String, set: fn(&mut Seminar, String)| {
        (
            Signal::derive(seminar_value(state, id, move |s| get(s).clone())),
            Callback::new(move |value: String| {
                state.type_into(id, |w| {
                    w.edit_seminar(&id, platform::now(), |s| set(s, value))
                });
            }),
        )
    };
    let number = move |get: fn(&Seminar) -> u32, set: fn(&mut Seminar, u32)| {
        (
            Signal::derive(seminar_value(state, id, get)),
            Callback::new(move |value: u32| edit(Box::new(move |s| set(s, value)))),
        )
    };
    let (title, set_title) = text(|s| &s.title, |s, v| s.title = v);
    let (date, set_date) = text(|s| &s.date, |s, v| s.date = v);
    let (question, set_question) = text(|s| &s.question, |s, v| s.question = v);
    let (group_question, set_group_question) =
        text(|s| &s.group_question, |s, v| s.group_question = v);
    let (reflection, set_reflection) =
        number(|s| s.reflection_minutes, |s, v| s.reflection_minutes = v);
    let (turn, set_turn) = number(|s| s.turn_minutes, |s, v| s.turn_minutes = v);
    let (dots, set_dots) = number(|s| s.dots_per_member, |s, v| s.dots_per_member = v);
    let framing = Signal::derive(seminar_value(state, id, |s| s.framing.index()));
    let set_framing = move |index: usize| {
        if let Some(framing) = Framing::from_index(index) {
            edit(Box::new(move |s| s.set_framing(framing)));
        }
    };
    let reference = seminar_value(state, id, |s| s.reference_date);
    let set_reference = move |day: Option<u8>, month: Option<u8>| {
        let current = reference();
        let month = month.unwrap_or(current.month);
        // Keep the day valid when the month gets shorter (31 → 30 April).
        let day = day
            .unwrap_or(current.day)
            .min(DayMonth::days_in_month(month));
        if let Some(date) = DayMonth::new(day, month) {
            edit(Box::new(move |s| s.reference_date = date));
        }
    };
    let share = move |_| {
        let (json, title) = state.with_stamped(|w| {
            (
                encode_workspace(&w.seminar_package(&id)),
                w.seminar(&id).map(|s| s.title.clone()).unwrap_or_default(),
            )
        });
        let _ = platform::download_text(
            &slug_filename(t.setup.file_prefix, &title, platform::today()),
            "application/json",
            &json,
        );
    };
    view! {
        <div class="setup-fields">
            <TextField label=t.setup.seminar_title name="seminar-title" value=title on_input=set_title />
            <TextField label=t.setup.seminar_date name="seminar-date" input_type="date" value=date on_input=set_date />
            <ProgrammeLinkFields placed=Placed::Seminar(id) />
            <ChoiceSelect label=t.setup.framing name="seminar-framing" options=t.setup.framings.all() selected=framing on_change=set_framing />
            <p class="field-hint">{move || Framing::from_index(framing.get()).map(|f| t.setup.framing_hints.of(f))}</p>
            <TextField label=t.setup.reflection_question name="seminar-question" multiline=true value=question on_input=set_question />
            <TextField label=t.setup.group_question name="seminar-group-question" multiline=true value=group_question on_input=set_group_question />
            <div class="field-row">
                <NumberField label=t.setup.reflection_minutes name="seminar-reflection-minutes" range=MINUTES_RANGE value=reflection on_change=set_reflection />
                <NumberField label=t.setup.turn_minutes name="seminar-turn-minutes" range=MINUTES_RANGE value=turn on_change=set_turn />
                <NumberField label=t.setup.dots_per_member name="seminar-dots" range=DOTS_RANGE value=dots on_change=set_dots />
            </div>
            <fieldset class="day-month">
                <legend>{t.setup.reference_date}</legend>
                <DayMonthSelects
                    name="reference"
                    day=Signal::derive(move || Some(reference().day))
                    month=Signal::derive(move || Some(reference().month))
                    allow_none=false
                    on_change=Callback::new(move |(day, month): (Option<u8>, Option<u8>)| set_reference(day, month))
                />
                <p class="field-hint">{t.setup.reference_date_hint}</p>
            </fieldset>
            <div class="share-row">
                <h3>{t.setup.share_title}</h3>
                <p class="hint">{t.setup.share_hint}</p>
                <div class="button-row">
                    <button type="button" class="button" on:click=share>{t.setup.share_button}</button>
                    <SharePanel
                        opens=crate::route::Entry::Participant
                        name="seminar"
                button=t.setup.share_setup_button
                        package=Callback::new(move |()| state.workspace.with_untracked(|w| w.seminar_package(&id)))
                        filename=Callback::new(move |()| slug_filename(t.setup.file_prefix, &state.workspace.with_untracked(|w| w.seminar(&id).map(|s| s.title.clone()).unwrap_or_default()), platform::today()))
                    />
                </div>
            </div>
        </div>
    }
}

/// Day and month selects (never a year). `on_change` gets the new day or month, whichever
/// changed (the other `None`); with `allow_none`, "–" is offered and gives `Some(0)`.
#[component]
pub fn DayMonthSelects(
    name: &'static str,
    #[prop(into)] day: Signal<Option<u8>>,
    #[prop(into)] month: Signal<Option<u8>>,
    allow_none: bool,
    on_change: Callback<(Option<u8>, Option<u8>)>,
) -> impl IntoView {
    let t = t();
    let day_id = format!("field-{name}-day");
    let month_id = format!("field-{name}-month");
    let none = move || {
        allow_none.then(
            || view! { <option value="0" prop:selected=move || day.get().is_none()>"–"</option> },
        )
    };
    let none_month = move || {
        allow_none.then(
            || view! { <option value="0" prop:selected=move || month.get().is_none()>"–"</option> },
        )
    };
    view! {
        <div class="field-row">
            <div class="field">
                <label for=day_id.clone()>{t.common.day}</label>
                <select
                    id=day_id
                    on:change=move |ev| on_change.run((Some(event_target_value(&ev).parse().unwrap_or(0)), None))
                >
                    {none()}
                    {(1..=31u8)
                        .map(|d| view! {
                            <option value=d.to_string() prop:selected=move || day.get() == Some(d)>{d}</option>
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="field">
                <label for=month_id.clone()>{t.common.month}</label>
                <select
                    id=month_id
                    on:change=move |ev| on_change.run((None, Some(event_target_value(&ev).parse().unwrap_or(0))))
                >
                    {none_month()}
                    {(1..=12u8)
                        .map(|m| {
                            view! {
                                <option value=m.to_string() prop:selected=move || month.get() == Some(m)>{t.common.months.of(m)}</option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
        </div>
    }
}
