//! Gevinstkart on the sheet: on each tiltak the gevinster it delivers (check boxes), and the
//! map itself, drawn by [`crate::report::benefit_map_svg`] (the print draws the same), with its
//! text alternative.

use crate::i18n::{fill, t};
use crate::model::a3::measure::Measure;
use crate::model::Id;
use crate::platform;
use crate::report::{benefit_map_lines, benefit_map_svg};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// "Gevinster tiltaket gir": one check box per benefit of the sheet.
#[component]
pub fn BenefitLinks(sheet: Id, measure: Id) -> impl IntoView {
    let t = t();
    let state = AppState::get();
    let benefits = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.a3(&sheet)
                .map(|s| {
                    s.benefits
                        .iter()
                        .enumerate()
                        .map(|(i, b)| {
                            let name = match b.description.trim() {
                                "" => fill(t.benefits().unnamed, &[("n", &(i + 1))]),
                                d => d.to_owned(),
                            };
                            (b.id, name)
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let linked = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.a3(&sheet)
                .and_then(|s| s.measures.iter().find(|m| m.id == measure))
                .map(|m| m.benefits.iter().map(|l| l.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let toggle = move |benefit: Id, on: bool| {
        state.edit(|w| {
            w.edit_row::<Measure>(&sheet, &measure, platform::now(), |m| {
                if on {
                    m.link_benefit(benefit);
                } else {
                    m.unlink_benefit(&benefit);
                }
            })
        });
    };
    view! {
        <fieldset class="benefit-links">
            <legend>{t.benefit_map().measure_delivers}</legend>
            <Show
                when=move || benefits.with(|b| !b.is_empty())
                fallback=move || view! { <p class="help">{t.benefit_map().measure_delivers_none}</p> }
            >
                <For each=move || benefits.get() key=|b| b.clone() let:choice>
                    {
                        let (benefit, name) = choice;
                        view! {
                            <label class="check-field">
                                <input
                                    type="checkbox"
                                    name=format!("measure-benefit-{measure}-{benefit}")
                                    prop:checked=move || linked.with(|l| l.contains(&benefit))
                                    on:change=move |ev| toggle(benefit, event_target_checked(&ev))
                                />
                                {name}
                            </label>
                        }
                    }
                </For>
            </Show>
        </fieldset>
    }
}

/// The sheet's gevinstkart: tiltak → gevinster → mål.
#[component]
pub fn BenefitMapSection(sheet: Id) -> impl IntoView {
    let t = t();
    let state = AppState::get();
    let drawn = Memo::new(move |_| {
        let lang = crate::i18n::lang();
        state.workspace.with(|w| {
            let s = w.a3(&sheet)?;
            let programme = s.programme.and_then(|l| w.programme(&l.programme));
            let map = s.benefit_map(programme);
            if !map.has_links() {
                return None;
            }
            Some((benefit_map_svg(&map, lang)?, benefit_map_lines(&map, lang)))
        })
    });
    view! {
        <section class="card a3-section benefit-map" aria-labelledby="benefit-map-title" data-testid="benefit-map">
            <h2 id="benefit-map-title">{t.benefit_map().title}</h2>
            <p class="help">{t.benefit_map().help}</p>
            {move || match drawn.get() {
                None => view! { <p class="notice" data-testid="benefit-map-empty">{t.benefit_map().empty}</p> }.into_any(),
                Some((svg, lines)) => view! {
                    // Scrolls sideways on a phone, where the map keeps a readable size.
                    <div class="benefit-map-figure" tabindex="0" role="region" aria-label=t.benefit_map().title inner_html=svg></div>
                    <p class="help benefit-map-scroll-hint">{t.benefit_map().scroll_hint}</p>
                    <details data-testid="benefit-map-text">
                        <summary>{t.benefit_map().text_title}</summary>
                        <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                    </details>
                }
                .into_any(),
            }}
        </section>
    }
}
