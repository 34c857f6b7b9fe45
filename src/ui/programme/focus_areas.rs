//! Fokusområder: the programme's numbered focus areas, each with the A3 sheets and seminars
//! placed under it, and the way to move existing ones in (or out).

use crate::i18n::{fill, t};
use crate::model::a3::ProgrammeLink;
use crate::model::programme::{roman, FocusArea};
use crate::model::{Id, Workspace};
use crate::platform;
use crate::route::Route;
use crate::ui::common::rows::{row_adder, row_ids, row_remover, row_text};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// A sheet or a seminar, as the focus area lists it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Member {
    Sheet,
    Seminar,
}

/// Whether `link` puts something under `area` of `programme` (`None`: in the programme, with no
/// focus area that still exists).
fn placed(w: &Workspace, link: Option<ProgrammeLink>, programme: &Id, area: Option<Id>) -> bool {
    let Some(link) = link.filter(|l| &l.programme == programme) else {
        return false;
    };
    let existing = link.focus_area.filter(|a| {
        w.programme(programme)
            .is_some_and(|p| p.focus_area(a).is_some())
    });
    existing == area
}

/// The (id, title) of sheets or seminars under the area, or of those that could be moved in.
fn members(
    w: &Workspace,
    kind: Member,
    programme: &Id,
    area: Option<Id>,
    inside: bool,
) -> Vec<(Id, String)> {
    let t = t();
    let title = |s: &str| {
        if s.trim().is_empty() {
            t.common.untitled.to_owned()
        } else {
            s.to_owned()
        }
    };
    match kind {
        Member::Sheet => w
            .active_a3()
            .filter(|s| placed(w, s.programme, programme, area) == inside)
            .map(|s| (s.id, title(&s.title)))
            .collect(),
        Member::Seminar => w
            .active_seminars()
            .filter(|s| placed(w, s.programme, programme, area) == inside)
            .map(|s| (s.id, title(&s.title)))
            .collect(),
    }
}

/// Whether any sheet or seminar is under `area` of `programme` (see [`placed`]).
fn has_members(w: &Workspace, programme: &Id, area: Option<Id>) -> bool {
    w.active_a3()
        .any(|s| placed(w, s.programme, programme, area))
        || w.active_seminars()
            .any(|s| placed(w, s.programme, programme, area))
}

fn set_link(kind: Member, id: Id, link: Option<ProgrammeLink>) {
    let state = AppState::get();
    let now = platform::now();
    state.edit(|w| match kind {
        Member::Sheet => w.set_a3_programme(&id, link, now),
        Member::Seminar => w.set_seminar_programme(&id, link, now),
    });
}

#[component]
pub fn FocusAreasSection(programme: Id) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let unplaced = move || state.workspace.with(|w| has_members(w, &programme, None));
    view! {
        <section class="card" aria-labelledby="focus-areas-title">
            <h2 id="focus-areas-title">{t.programme().focus_areas_title}</h2>
            <p class="help">{t.programme().focus_areas_help}</p>
            <ol class="focus-areas">
                <For each={row_ids::<FocusArea>(programme)} key=|id| *id let:area>
                    <FocusAreaCard programme=programme area=area />
                </For>
            </ol>
            <button type="button" class="button small" on:click={row_adder::<FocusArea>(programme, FocusArea::new, Some("focus-area"))}>
                {t.programme().add_focus_area}
            </button>
            <Show when=unplaced>
                <div class="focus-area no-area">
                    <h3>{t.programme_link.no_focus_area}</h3>
                    <AreaMembers programme=programme area=None />
                </div>
            </Show>
        </section>
    }
}

#[component]
fn FocusAreaCard(programme: Id, area: Id) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    // The label carries the area's number, which changes when an area above is removed.
    let number = move || {
        state.workspace.with(|w| {
            w.programme(&programme)
                .and_then(|p| p.focus_area(&area))
                .map(|(n, _)| roman(n))
                .unwrap_or_default()
        })
    };
    let label: &'static str = t.programme().focus_area_label;
    view! {
        <li class="focus-area" data-testid="focus-area">
            <h3>{move || fill(label, &[("n", &number())])}</h3>
            {row_text::<FocusArea>((programme, area), t.a3().field_title, "focus-area", |a| a.name.clone(), |a, v| a.name = v, None)}
            <Show when=move || !state.workspace.with(|w| has_members(w, &programme, Some(area)))>
                <p class="empty">{t.programme().focus_area_empty}</p>
            </Show>
            <AreaMembers programme=programme area=Some(area) />
            <button type="button" class="button small danger" aria-label=move || format!("{} {}", t.programme().remove_focus_area, number())
                on:click={row_remover::<FocusArea>(programme, area)}>
                {t.programme().remove_focus_area}
            </button>
        </li>
    }
}

/// The sheets and seminars under one area (or under none), and the selects that move others in.
#[component]
fn AreaMembers(programme: Id, area: Option<Id>) -> impl IntoView {
    let t = t();
    let key = area
        .map(|a| a.to_string())
        .unwrap_or_else(|| "none".to_owned());
    view! {
        <MemberList programme=programme area=area kind=Member::Sheet title=t.programme().sheets_title />
        <MemberList programme=programme area=area kind=Member::Seminar title=t.programme().seminars_title />
        <MoveIn programme=programme area=area kind=Member::Sheet label=t.programme().move_sheet_here name=format!("move-sheet-{key}") />
        <MoveIn programme=programme area=area kind=Member::Seminar label=t.programme().move_seminar_here name=format!("move-seminar-{key}") />
    }
}

#[component]
fn MemberList(programme: Id, area: Option<Id>, kind: Member, title: &'static str) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let list = Memo::new(move |_| {
        state
            .workspace
            .with(|w| members(w, kind, &programme, area, true))
    });
    view! {
        <Show when=move || list.with(|l| !l.is_empty())>
            <h4 class="member-kind">{title}</h4>
            <ul class="member-list">
                <For each=move || list.get() key=|m| m.clone() let:member>
                    <li class="member">
                        <a href=match kind {
                            Member::Sheet => Route::A3Sheet(member.0).href(),
                            Member::Seminar => Route::Seminar(member.0).href(),
                        }>{member.1.clone()}</a>
                        <button
                            type="button"
                            class="button small"
                            aria-label=format!("{} – {}", t.programme().take_out_of_programme, member.1)
                            on:click=move |_| set_link(kind, member.0, None)
                        >
                            {t.programme().take_out_of_programme}
                        </button>
                    </li>
                </For>
            </ul>
        </Show>
    }
}

/// A select of the sheets (or seminars) not under this area, and a button that moves the
/// chosen one here (from another area, another programme, or from none).
#[component]
fn MoveIn(
    programme: Id,
    area: Option<Id>,
    kind: Member,
    label: &'static str,
    name: String,
) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let candidates = Memo::new(move |_| {
        state
            .workspace
            .with(|w| members(w, kind, &programme, area, false))
    });
    let chosen = RwSignal::new(String::new());
    let id = format!("field-{name}");
    let move_in = move |_| {
        if let Some(member) = Id::parse(&chosen.get_untracked()) {
            set_link(
                kind,
                member,
                Some(ProgrammeLink {
                    programme,
                    focus_area: area,
                }),
            );
            chosen.set(String::new());
        }
    };
    view! {
        <Show when=move || candidates.with(|c| !c.is_empty())>
            <div class="move-in">
                <div class="field">
                    <label for=id.clone()>{label}</label>
                    <select id=id.clone() name=name.clone() on:change=move |ev| chosen.set(event_target_value(&ev))>
                        <option value="" prop:selected=move || chosen.with(String::is_empty)>{t.programme().choose_one}</option>
                        <For each=move || candidates.get() key=|c| c.clone() let:candidate>
                            <option value=candidate.0.to_string()>{candidate.1}</option>
                        </For>
                    </select>
                </div>
                <button type="button" class="button small" on:click=move_in>{t.programme().move_button}</button>
            </div>
        </Show>
    }
}
