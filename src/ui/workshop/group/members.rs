//! The group's members (names, birthdays as day and month only) and who keeps time.

use super::{edit_group, group_value};
use crate::i18n::{fill, t};
use crate::model::seminar::exercise::{choose_timekeeper, Member, TimekeeperChoice};
use crate::model::seminar::workshop::DayMonth;
use crate::model::Id;
use crate::ui::state::AppState;
use crate::ui::workshop::setup::DayMonthSelects;
use leptos::prelude::*;

/// "18. mars".
fn day_month_text(date: DayMonth) -> String {
    let t = t();
    format!("{}. {}", date.day, t.common.months.of(date.month))
}

#[component]
pub fn MembersSection(group: Id) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let members = Memo::new(move |_| group_value(state, group, |g, _| g.members.clone())());
    let name = RwSignal::new(String::new());
    let day = RwSignal::new(None::<u8>);
    let month = RwSignal::new(None::<u8>);
    let error = RwSignal::new(None::<&'static str>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let trimmed = name.get_untracked().trim().to_owned();
        if trimmed.is_empty() {
            error.set(Some(t.group.member_name_missing));
            return;
        }
        let birthday = match (day.get_untracked(), month.get_untracked()) {
            (None, None) => None,
            (Some(d), Some(m)) => match DayMonth::new(d, m) {
                Some(date) => Some(date),
                None => {
                    error.set(Some(t.group.birthday_invalid));
                    return;
                }
            },
            _ => {
                error.set(Some(t.group.birthday_incomplete));
                return;
            }
        };
        edit_group(state, group, |g| {
            g.members.push(Member {
                extra: Default::default(),
                id: Id::new_random(),
                name: trimmed,
                birthday,
            })
        });
        name.set(String::new());
        day.set(None);
        month.set(None);
        error.set(None);
        crate::platform::focus_element("field-member-name");
    };
    let on_birthday = Callback::new(move |(d, m): (Option<u8>, Option<u8>)| {
        if let Some(d) = d {
            day.set((d > 0).then_some(d));
        }
        if let Some(m) = m {
            month.set((m > 0).then_some(m));
        }
    });
    let remove = move |member: Id| edit_group(state, group, |g| g.remove_member(&member));
    view! {
        <section class="step" aria-labelledby="step-members">
            <h2 id="step-members">{t.group.step_members}</h2>
            <ul class="member-list" aria-label=t.group.members_label>
                <For
                    each=move || members.get()
                    key=|m| (m.id, m.name.clone(), m.birthday)
                    children=move |m| {
                        let id = m.id;
                        view! {
                            <li class="member">
                                <span class="member-name">{m.name.clone()}</span>
                                <span class="item-meta">
                                    {m.birthday.map_or_else(|| t.group.no_birthday.to_owned(), day_month_text)}
                                </span>
                                <button
                                    type="button"
                                    class="button small"
                                    aria-label=fill(t.group.remove_member_named, &[("name", &m.name)])
                                    on:click=move |_| remove(id)
                                >
                                    {t.group.remove_button}
                                </button>
                            </li>
                        }
                    }
                />
            </ul>
            <form class="member-form" on:submit=add>
                <div class="field">
                    <label for="field-member-name">{t.group.member_name}</label>
                    <input
                        id="field-member-name"
                        type="text"
                        autocomplete="off"
                        prop:value=move || name.get()
                        on:input=move |ev| name.set(event_target_value(&ev))
                    />
                </div>
                <fieldset class="day-month">
                    <legend>{t.group.birthday}</legend>
                    <DayMonthSelects name="member-birthday" day=day month=month allow_none=true on_change=on_birthday />
                    <p class="field-hint">{t.group.birthday_hint}</p>
                </fieldset>
                <p role="alert" class="field-error">{move || error.get()}</p>
                <button type="submit" class="button primary">{t.group.add_member}</button>
            </form>
            <Timekeeper group=group />
        </section>
    }
}

/// Who keeps time: the birthday rule's choice, or the group's own pick.
#[component]
fn Timekeeper(group: Id) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let info = Memo::new(move |_| {
        group_value(state, group, |g, s| {
            let name = |id: &Id| g.member(id).map(|m| m.name.clone()).unwrap_or_default();
            let reference = day_month_text(s.reference_date);
            let rule = match choose_timekeeper(&g.members, s.reference_date) {
                TimekeeperChoice::Nobody => t.group.timekeeper_nobody.to_owned(),
                TimekeeperChoice::One(id) => fill(
                    t.group.timekeeper_rule,
                    &[("name", &name(&id)), ("date", &reference)],
                ),
                TimekeeperChoice::Tie(ids) => fill(
                    t.group.timekeeper_tie,
                    &[
                        (
                            "names",
                            &ids.iter().map(name).collect::<Vec<_>>().join(", "),
                        ),
                        ("date", &reference),
                    ],
                ),
            };
            let chosen = g.effective_timekeeper(s.reference_date).map(|id| name(&id));
            let by_hand = g.timekeeper.filter(|id| g.member(id).is_some());
            (rule, chosen, by_hand, g.members.is_empty())
        })()
    });
    let members = move || group_value(state, group, |g, _| g.members.clone())();
    let pick = move |value: String| {
        let id = Id::parse(&value);
        edit_group(state, group, |g| g.timekeeper = id);
    };
    view! {
        <div class="timekeeper" hidden=move || info.with(|i| i.3)>
            <h3>{t.group.timekeeper_title}</h3>
            <p class="timekeeper-name" data-testid="timekeeper">
                {move || info.with(|i| i.1.clone().map_or_else(|| t.group.timekeeper_none_yet.to_owned(), |n| fill(t.group.timekeeper_is, &[("name", &n)])))}
            </p>
            <p class="hint">{move || info.with(|i| i.0.clone())}</p>
            <div class="field">
                <label for="field-timekeeper">{t.group.timekeeper_pick}</label>
                <select id="field-timekeeper" on:change=move |ev| pick(event_target_value(&ev))>
                    <option value="" prop:selected=move || info.with(|i| i.2.is_none())>{t.group.timekeeper_by_birthday}</option>
                    {move || members().into_iter().map(|m| {
                        let id = m.id;
                        view! {
                            <option value=id.to_string() prop:selected=move || info.with(|i| i.2 == Some(id))>{m.name}</option>
                        }
                    }).collect_view()}
                </select>
            </div>
        </div>
    }
}
