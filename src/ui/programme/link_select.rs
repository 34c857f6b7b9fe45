//! "Program" and "Fokusområde" selects on an A3 sheet or a seminar: where it belongs.

use crate::i18n::t;
use crate::model::a3::ProgrammeLink;
use crate::model::programme::roman;
use crate::model::{Id, Workspace};
use crate::platform;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// What the selects place: an A3 sheet or a seminar.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Placed {
    Sheet(Id),
    Seminar(Id),
}

impl Placed {
    fn link(self, w: &Workspace) -> Option<ProgrammeLink> {
        match self {
            Placed::Sheet(id) => w.a3(&id).and_then(|s| s.programme),
            Placed::Seminar(id) => w.seminar(&id).and_then(|s| s.programme),
        }
    }

    fn set(self, link: Option<ProgrammeLink>) {
        let now = platform::now();
        AppState::get().edit(|w| match self {
            Placed::Sheet(id) => w.set_a3_programme(&id, link, now),
            Placed::Seminar(id) => w.set_seminar_programme(&id, link, now),
        });
    }

    /// The ids of the two selects.
    fn field_ids(self) -> (&'static str, &'static str) {
        match self {
            Placed::Sheet(_) => ("field-sheet-programme", "field-sheet-focus-area"),
            Placed::Seminar(_) => ("field-seminar-programme", "field-seminar-focus-area"),
        }
    }
}

#[component]
pub fn ProgrammeLinkFields(placed: Placed) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let link = Memo::new(move |_| state.workspace.with(|w| placed.link(w)));
    let programmes = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.active_programmes()
                .map(|p| {
                    (
                        p.id,
                        if p.title.is_empty() {
                            t.common.untitled.to_owned()
                        } else {
                            p.title.clone()
                        },
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let areas = Memo::new(move |_| {
        state.workspace.with(|w| {
            link.get()
                .and_then(|l| w.programme(&l.programme))
                .map(|p| {
                    p.focus_areas
                        .iter()
                        .enumerate()
                        .map(|(i, a)| (a.id, format!("{}: {}", roman(i + 1), a.name)))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let (programme_id, area_id) = placed.field_ids();
    let on_programme = move |ev: leptos::ev::Event| {
        let chosen = Id::parse(&event_target_value(&ev));
        placed.set(chosen.map(|programme| ProgrammeLink {
            programme,
            focus_area: None,
        }));
    };
    let on_area = move |ev: leptos::ev::Event| {
        if let Some(current) = link.get_untracked() {
            placed.set(Some(ProgrammeLink {
                focus_area: Id::parse(&event_target_value(&ev)),
                ..current
            }));
        }
    };
    view! {
        <Show when=move || programmes.with(|p| !p.is_empty()) || link.get().is_some()>
            <div class="field">
                <label for=programme_id>{t.programme_link.select_label}</label>
                <select id=programme_id on:change=on_programme>
                    <option value="" prop:selected=move || link.get().is_none()>{t.programme_link.none}</option>
                    <For each=move || programmes.get() key=|p| p.clone() let:p>
                        <option value=p.0.to_string() prop:selected=move || link.get().is_some_and(|l| l.programme == p.0)>{p.1}</option>
                    </For>
                </select>
            </div>
            <Show when=move || areas.with(|a| !a.is_empty())>
                <div class="field">
                    <label for=area_id>{t.programme_link.focus_area_select_label}</label>
                    <select id=area_id on:change=on_area>
                        <option value="" prop:selected=move || link.get().and_then(|l| l.focus_area).is_none()>{t.programme_link.no_focus_area}</option>
                        <For each=move || areas.get() key=|a| a.clone() let:a>
                            <option value=a.0.to_string() prop:selected=move || link.get().and_then(|l| l.focus_area) == Some(a.0)>{a.1}</option>
                        </For>
                    </select>
                </div>
            </Show>
        </Show>
    }
}
