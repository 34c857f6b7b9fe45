//! One A3 sheet: header and fields 1–6, saved as you type.

use crate::i18n::t;
use crate::model::a3::A3Field;
use crate::model::{Id, Phase};
use crate::platform;
use crate::route::Route;
use crate::ui::common::banners::SaveStatusLine;
use crate::ui::common::text_field::TextField;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn A3SheetScreen(id: Id) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let exists = {
        let id = id.clone();
        move || state.workspace.with(|w| w.a3(&id).is_some())
    };
    let fallback = move || {
        view! {
            <h1>{t.a3_list_title}</h1>
            <p class="notice error" role="alert">{t.a3_not_found}</p>
            <p><a href=Route::A3List.href()>{t.back_to_a3_list}</a></p>
        }
    };
    view! {
        <Show when=exists fallback=fallback>
            <A3SheetEditor id=id.clone() />
        </Show>
    }
}

/// The editor for a sheet known to exist.
#[component]
fn A3SheetEditor(id: Id) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let field = {
        let id = id.clone();
        move |field: A3Field,
              label: &'static str,
              placeholder: &'static str,
              name: &'static str,
              multiline: bool| {
            let read_id = id.clone();
            let write_id = id.clone();
            let value = Signal::derive(move || {
                state.workspace.with(|w| {
                    w.a3(&read_id)
                        .map(|s| field.get(s).to_owned())
                        .unwrap_or_default()
                })
            });
            let on_input = move |text: String| {
                state.edit(|w| {
                    if let Some(sheet) = w.a3_mut(&write_id) {
                        field.set(sheet, &text, platform::now());
                    }
                });
            };
            view! {
                <TextField
                    label=label
                    name=name
                    value=value
                    placeholder=placeholder
                    multiline=multiline
                    on_input=on_input
                />
            }
        }
    };
    let title = {
        let id = id.clone();
        move || {
            state
                .workspace
                .with(|w| w.a3(&id).map(|s| s.title.clone()).unwrap_or_default())
        }
    };
    let phase = {
        let id = id.clone();
        Memo::new(move |_| {
            state
                .workspace
                .with(|w| w.a3(&id).map(|s| s.phase).unwrap_or_default())
        })
    };
    let set_phase = {
        let id = id.clone();
        move |index: usize| {
            let Some(new_phase) = Phase::from_index(index) else {
                return;
            };
            state.edit(|w| {
                if let Some(sheet) = w.a3_mut(&id) {
                    if sheet.phase != new_phase {
                        sheet.phase = new_phase;
                        sheet.updated = platform::now();
                    }
                }
            });
        }
    };
    let numbered = A3Field::NUMBERED
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let name = ["rationale", "current", "desired", "investigation", "change", "measurement"][i];
            view! { <div class="a3-box">{field(*f, t.a3_fields[i], t.a3_guides[i], name, true)}</div> }
        })
        .collect_view();
    view! {
        <p class="breadcrumb"><a href=Route::A3List.href()>{t.back_to_a3_list}</a></p>
        <h1 class="sheet-title">
            {move || { let s = title(); if s.is_empty() { t.untitled.to_owned() } else { s } }}
        </h1>
        <SaveStatusLine />
        <section class="card a3-header" aria-label=t.a3_header_label>
            {field(A3Field::Title, t.field_title, "", "title", false)}
            {field(A3Field::Unit, t.field_unit, t.field_unit_hint, "unit", false)}
            {field(A3Field::Owner, t.field_owner, "", "owner", false)}
            <div class="field">
                <label for="field-phase">{t.field_phase}</label>
                <select
                    id="field-phase"
                    name="phase"
                    on:change=move |ev| {
                        if let Ok(index) = event_target_value(&ev).parse::<usize>() {
                            set_phase(index);
                        }
                    }
                >
                    {Phase::ALL
                        .iter()
                        .map(|p| {
                            let p = *p;
                            view! {
                                <option value=p.index().to_string() prop:selected=move || phase.get() == p>
                                    {t.phases[p.index()]}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
        </section>
        <div class="a3-grid">{numbered}</div>
    }
}
