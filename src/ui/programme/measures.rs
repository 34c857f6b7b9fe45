//! Every measure (tiltak) of every A3 sheet in the programme, grouped by focus area or by unit,
//! with exact totals per group and overall, and each measure's dated comment log.

use crate::i18n::{fill, format_iso_date, t};
use crate::model::a3::measure::Measure;
use crate::model::programme::{overall_totals, Grouping, MeasureLine};
use crate::model::Id;
use crate::platform;
use crate::report::{
    benefit_totals_text, group_heading, running_line, totals_text, MeasureColumn, Output,
};
use crate::route::Route;
use crate::ui::common::choice::ChoiceSelect;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// What a group of measures shows: heading, (sheet, measure) ids, and its total.
type GroupView = (String, Vec<(Id, Id)>, String);

#[component]
pub fn ProgrammeMeasuresSection(programme: Id) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let lang = crate::i18n::lang();
    let grouping = RwSignal::new(Grouping::FocusArea);
    // Only the structure and the totals: a new comment changes neither, so the open comment
    // log and its form stay as they are.
    let groups = Memo::new(move |_| {
        let groups = state
            .workspace
            .with(|w| w.programme_measures(&programme, grouping.get()));
        let total = totals_text(overall_totals(&groups), lang);
        let views: Vec<GroupView> = groups
            .iter()
            .map(|g| {
                (
                    group_heading(&g.key, t),
                    g.lines.iter().map(|l| (l.sheet, l.measure.id)).collect(),
                    totals_text(g.totals, lang),
                )
            })
            .collect();
        (views, total)
    });
    // The sheets' gevinster and, apart, ulemper per year.
    let benefits = move || {
        let totals = state
            .workspace
            .with(|w| w.programme_benefit_totals(&programme));
        benefit_totals_text(totals, lang)
    };
    view! {
        <section class="card" aria-labelledby="programme-measures-title">
            <h2 id="programme-measures-title">{t.programme().measures_title}</h2>
            <ChoiceSelect
                label=t.programme().grouping_label
                name="grouping"
                options=t.programme().groupings.all()
                selected=Signal::derive(move || grouping.get().index())
                on_change=move |i| grouping.set(Grouping::from_index(i).unwrap_or_default())
            />
            <Show when=move || groups.with(|(g, _)| g.iter().any(|g| !g.1.is_empty()))
                fallback=move || view! { <p class="empty">{t.programme().measures_empty}</p> }>
                <For each=move || groups.get().0 key=|g| g.clone() let:group>
                    <div class="measure-group" data-testid="measure-group">
                        <h3>{group.0.clone()}</h3>
                        <ul class="rows">
                            <For each=move || group.1.clone() key=|ids| *ids let:ids>
                                <ProgrammeMeasure sheet=ids.0 measure=ids.1 />
                            </For>
                        </ul>
                        <p class="total" data-testid="group-total">{t.programme().group_total} ": " <strong>{group.2.clone()}</strong></p>
                    </div>
                </For>
                <p class="total grand-total" data-testid="programme-total">
                    {t.programme().total} ": " <strong>{move || groups.with(|g| g.1.clone())}</strong>
                </p>
                {move || benefits().map(|line| view! { <p class="total" data-testid="programme-benefits">{line}</p> })}
            </Show>
        </section>
    }
}

/// One measure as the programme shows it: what, where, its facts (the columns of the one
/// measure line spec, `report::MeasureColumn`), and its comments.
#[component]
fn ProgrammeMeasure(sheet: Id, measure: Id) -> impl IntoView {
    let state = AppState::get();
    let lang = crate::i18n::lang();
    // Title, sheet (a link to it), the other places, the facts.
    let facts = Memo::new(move |_| {
        state.workspace.with(|w| {
            let s = w.a3(&sheet)?;
            let m = s.measures.iter().find(|m| m.id == measure)?;
            let line = MeasureLine {
                sheet: s.id,
                sheet_title: s.title.clone(),
                unit: s.unit.clone(),
                measure: m.clone(),
            };
            let running = running_line(&line, lang, Output::Page);
            let mut sheet_title = String::new();
            let mut other_places = String::new();
            for (column, place) in running.places {
                if column == MeasureColumn::Sheet {
                    sheet_title = place;
                } else {
                    other_places.push_str(" · ");
                    other_places.push_str(&place);
                }
            }
            Some((
                running.title,
                sheet_title,
                other_places,
                running.facts.join(" · "),
            ))
        })
    });
    let part = move |i: usize| {
        move || {
            facts.with(|f| {
                f.as_ref()
                    .map(|(a, b, c, d)| [a, b, c, d][i].clone())
                    .unwrap_or_default()
            })
        }
    };
    view! {
        <li class="row-card programme-measure" data-testid="programme-measure">
            <p class="item-title">{part(0)}</p>
            <p class="item-meta"><a href=Route::A3Sheet(sheet).href()>{part(1)}</a>{part(2)}</p>
            <p class="item-meta">{part(3)}</p>
            <CommentLog sheet=sheet measure=measure />
        </li>
    }
}

/// The measure's dated comments, newest first, and a form to add one. Entries are never
/// edited: a new situation gets a new entry.
#[component]
pub fn CommentLog(sheet: Id, measure: Id) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let entries = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.a3(&sheet)
                .and_then(|s| s.measures.iter().find(|m| m.id == measure))
                .map(|m| {
                    m.comments_newest_first()
                        .into_iter()
                        .map(|c| (c.id, c.date.clone(), c.text.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let date = RwSignal::new(platform::today_iso());
    let text = RwSignal::new(String::new());
    let blank = RwSignal::new(false);
    let date_id = format!("field-comment-date-{measure}");
    let text_id = format!("field-comment-text-{measure}");
    let error_id = format!("comment-error-{measure}");
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (d, x) = (date.get_untracked(), text.get_untracked());
        let added = state.edit_if(|w| {
            w.change_row::<Measure>(&sheet, &measure, platform::now(), |m| {
                m.add_comment(Id::new_random(), &d, &x)
            })
        });
        blank.set(!added);
        if added {
            text.set(String::new());
        }
    };
    let summary: &'static str = t.programme().comments_title;
    view! {
        <details class="comment-log">
            <summary>{move || fill(summary, &[("n", &entries.with(Vec::len))])}</summary>
            <p class="help no-print">{t.programme().comments_help}</p>
            <ol class="comments" data-testid="comments">
                <For each=move || entries.get() key=|e| e.0 let:entry>
                    <li class="comment">
                        <time datetime=entry.1.clone()>{format_iso_date(&entry.1)}</time>
                        ": " {entry.2}
                    </li>
                </For>
            </ol>
            <form class="comment-form no-print" on:submit=add>
                <div class="field">
                    <label for=date_id.clone()>{t.programme().comment_date}</label>
                    <input id=date_id type="date" name="comment-date" prop:value=move || date.get() on:input=move |ev| date.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for=text_id.clone()>{t.programme().comment_text}</label>
                    <textarea
                        id=text_id
                        name="comment-text"
                        rows="2"
                        aria-invalid=move || blank.get().then_some("true")
                        aria-describedby=move || blank.get().then(|| error_id.clone())
                        prop:value=move || text.get()
                        on:input=move |ev| { blank.set(false); text.set(event_target_value(&ev)); }
                    ></textarea>
                </div>
                <Show when=move || blank.get()>
                    <p class="field-error" id=format!("comment-error-{measure}") role="alert">{t.programme().comment_blank}</p>
                </Show>
                <button type="submit" class="button small">{t.programme().add_comment}</button>
            </form>
        </details>
    }
}
