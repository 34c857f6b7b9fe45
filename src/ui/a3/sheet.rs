//! One A3 sheet: header, fields 1–6, causes, gevinster, tiltak, økonomi and måling, saved as
//! you type. It prints as a document, not as this form (`super::printed`).

use super::benefits::BenefitsSection;
use super::causes::CausesList;
use super::indicators::IndicatorsSection;
use super::measures::{BudgetSection, MeasuresSection};
use crate::i18n::t;
use crate::model::a3::A3Field;
use crate::model::workspace::{conflicts_in_extra, FieldConflict};
use crate::model::{encode_a3, A3Sheet, Id, Phase};
use crate::platform;
use crate::route::Route;
use crate::ui::common::banners::SaveStatusLine;
use crate::ui::common::choice::ChoiceSelect;
use crate::ui::common::conflict::EntityConflicts;
use crate::ui::common::share_panel::SharePanel;
use crate::ui::common::text_field::TextField;
use crate::ui::programme::link_select::{Placed, ProgrammeLinkFields};
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn A3SheetScreen(id: Id) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let exists = move || {
        state
            .workspace
            .with(|w| w.a3(&id).is_some_and(|s| s.deleted.is_none()))
    };
    let fallback = move || {
        view! {
            <h1>{t.a3_list().title}</h1>
            <p class="notice error" role="alert">{t.a3().not_found}</p>
            <p><a href=Route::A3List.href()>{t.a3().back_to_list}</a></p>
        }
    };
    view! {
        <Show when=exists fallback=fallback>
            <A3SheetEditor id=id />
        </Show>
    }
}

/// The conflicts the sheet shows on their fields: its text fields and its measures' names.
fn shown_on_sheet_field(c: &FieldConflict) -> bool {
    const TEXT: [&str; 11] = [
        "title",
        "unit",
        "owner",
        "method_coach",
        "next_review",
        "rationale",
        "current_situation",
        "desired_situation",
        "investigation",
        "change_measures",
        "measurement",
    ];
    // Row text fields (`row_text`): tiltak and gevinster, each listed beside its inputs, and
    // a gevinst's realisation plan.
    let row_text = |field: &str| {
        super::measures::ROW_TEXT_FIELDS.contains(&field)
            || super::benefits::ROW_TEXT_FIELDS.contains(&field)
            || super::realisation::ROW_TEXT_FIELDS.contains(&field)
    };
    (c.rows.is_empty() && TEXT.contains(&c.field.as_str()))
        || (c.rows.len() == 1 && row_text(c.field.as_str()))
}

/// A header or numbered field of the sheet, bound to the model.
fn sheet_field(
    id: Id,
    field: A3Field,
    label: &'static str,
    placeholder: &'static str,
    name: &'static str,
    multiline: bool,
    input_type: Option<&'static str>,
) -> impl IntoView {
    let state = AppState::get();
    let value = Signal::derive(move || {
        state
            .read(id, |s: &A3Sheet| field.get(s).to_owned())
            .unwrap_or_default()
    });
    let on_input = move |text: String| {
        state.type_into(id, |w| {
            if let Some(sheet) = w.a3_mut(&id) {
                field.set(sheet, &text, platform::now());
            }
        });
    };
    let conflicts = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.a3(&id)
                .map(|s| {
                    let current = serde_json::Value::String(field.get(s).to_owned());
                    conflicts_in_extra(&s.extra, &[], field.key(), &current)
                })
                .unwrap_or_default()
        })
    });
    view! {
        <TextField
            label=label
            name=name
            conflicts=(id, conflicts.into())
            value=value
            placeholder=placeholder
            multiline=multiline
            input_type=input_type.unwrap_or("text")
            on_input=on_input
        />
    }
}

/// The editor for a sheet known to exist.
#[component]
fn A3SheetEditor(id: Id) -> impl IntoView {
    let state = AppState::get();
    let t = t();
    let title = move || {
        state
            .read(id, |s: &A3Sheet| s.title.clone())
            .unwrap_or_default()
    };
    let created = move || state.read(id, |s: &A3Sheet| platform::format_date(s.created));
    let phase = Memo::new(move |_| state.read(id, |s: &A3Sheet| s.phase).unwrap_or_default());
    let set_phase = move |index: usize| {
        let Some(new_phase) = Phase::from_index(index) else {
            return;
        };
        state.edit_if(|w| w.change::<A3Sheet>(&id, platform::now(), |s| s.set_phase(new_phase)));
    };
    // The seminar the sheet was made from (Samle), if it still exists.
    let source = move || {
        state.workspace.with(|w| {
            let seminar = w.a3(&id)?.source.as_ref()?.seminar;
            let title = w
                .seminar(&seminar)
                .filter(|s| s.deleted.is_none())?
                .title
                .clone();
            Some((seminar, title))
        })
    };
    let export = move |_| {
        let Some((text, title)) =
            state.with_stamped(|w| w.a3(&id).map(|s| (encode_a3(s), s.title.clone())))
        else {
            return;
        };
        let (y, m, d) = platform::today();
        let _ = platform::download_text(
            &crate::share::a3_filename(&title, y, m, d),
            "application/json",
            &text,
        );
    };
    let download_plan = move |_| {
        let Some((csv, title)) = state.workspace.with_untracked(|w| {
            w.a3(&id).map(|s| {
                let csv = crate::report::sheet_plan_csv(w, s, crate::i18n::lang());
                (csv, s.title.clone())
            })
        }) else {
            return;
        };
        let name = crate::share::plan_csv_filename(&title, platform::today());
        let _ = platform::download_text(&name, "text/csv;charset=utf-8", &csv);
    };
    let (labels, guides) = (&t.a3().field_labels, &t.a3().field_guides);
    let numbered =
        |field: A3Field, label: &'static str, guide: &'static str, name: &'static str| {
            sheet_field(id, field, label, guide, name, true, None)
        };
    view! {
        <article class="a3-sheet">
            <p class="breadcrumb no-print"><a href=Route::A3List.href()>{t.a3().back_to_list}</a></p>
            <h1 class="sheet-title">
                {move || { let s = title(); if s.is_empty() { t.common.untitled.to_owned() } else { s } }}
                " " <crate::ui::about::ExampleBadge id=id />
            </h1>
            <p class="sheet-meta">{t.a3().field_created} " " {created}</p>
            {move || source().map(|(seminar, title)| view! {
                <p class="sheet-meta" data-testid="sheet-source">
                    {t.a3().source} " "
                    <a href=Route::CollectSeminar(seminar).href()>{title}</a>
                </p>
            })}
            <SaveStatusLine />
            <div class="button-row no-print" role="group" aria-label=t.a3().actions_label>
                <button type="button" class="button" on:click=move |_| { let _ = window().print(); }>
                    {t.a3().print_button}
                </button>
                <button type="button" class="button" on:click=export>{t.a3().export_sheet_button}</button>
                <button type="button" class="button" on:click=download_plan>{t.a3().plan_csv_button}</button>
                <SharePanel
                    opens=crate::route::Entry::Full
                    name="a3"
                button=t.a3().share_sheet_button
                    package=Callback::new(move |()| crate::model::Workspace {
                        a3_sheets: state.workspace.with_untracked(|w| w.a3(&id).cloned()).into_iter().collect(),
                        ..Default::default()
                    })
                    filename=Callback::new(move |()| {
                        let (y, m, d) = platform::today();
                        crate::share::a3_filename(&title(), y, m, d)
                    })
                />
            </div>
            <EntityConflicts entity=id shown_on_field=shown_on_sheet_field />
            <section class="card a3-header" aria-label=t.a3().header_label>
                {sheet_field(id, A3Field::Title, t.a3().field_title, "", "title", false, None)}
                {sheet_field(id, A3Field::Unit, t.a3().field_unit, t.a3().field_unit_hint, "unit", false, None)}
                {sheet_field(id, A3Field::Owner, t.a3().field_owner, "", "owner", false, None)}
                {sheet_field(id, A3Field::MethodCoach, t.a3().field_method_coach, "", "method-coach", false, None)}
                {sheet_field(id, A3Field::NextReview, t.a3().field_next_review, "", "next-review", false, Some("date"))}
                <ChoiceSelect
                    label=t.a3().field_phase
                    name="phase"
                    options=t.a3().phases.all()
                    selected=Signal::derive(move || phase.get().index())
                    on_change=set_phase
                />
                <ProgrammeLinkFields placed=Placed::Sheet(id) />
            </section>
            <div class="a3-columns">
                <div class="a3-left">
                    <div class="a3-box">{numbered(A3Field::Rationale, labels.rationale, guides.rationale, "rationale")}</div>
                    <div class="a3-box">
                        {numbered(A3Field::CurrentSituation, labels.current_situation, guides.current_situation, "current")}
                        <CausesList sheet=id />
                    </div>
                </div>
                <div class="a3-right">
                    <div class="a3-box">{numbered(A3Field::DesiredSituation, labels.desired_situation, guides.desired_situation, "desired")}</div>
                    <div class="a3-box">{numbered(A3Field::Investigation, labels.investigation, guides.investigation, "investigation")}</div>
                    <div class="a3-box">{numbered(A3Field::ChangeMeasures, labels.change_measures, guides.change_measures, "change")}</div>
                    <div class="a3-box">{numbered(A3Field::Measurement, labels.measurement, guides.measurement, "measurement")}</div>
                </div>
            </div>
            <div class="a3-tables">
                <BenefitsSection sheet=id />
                <MeasuresSection sheet=id />
                <super::benefit_map::BenefitMapSection sheet=id />
                <BudgetSection sheet=id />
                <IndicatorsSection sheet=id />
            </div>
            <super::printed::PrintedSheet id=id />
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conflict(rows: usize, field: &str) -> FieldConflict {
        FieldConflict {
            rows: (0..rows).map(|i| format!("row-{i}")).collect(),
            field: field.to_owned(),
            stamp: crate::model::hlc::Stamp::parse("1.0.aaaa").expect("a stamp"),
            value: None,
        }
    }

    #[test]
    fn a_conflict_shown_on_its_field_is_not_listed_again() {
        // The sheet's own text fields, a measure's and a benefit's texts, and a benefit's
        // realisation plan (which showed twice before).
        for (rows, field) in [
            (0, "rationale"),
            (1, "name"),
            (1, "description"),
            (1, "measuring_method"),
            (1, "measuring_responsible"),
        ] {
            assert!(shown_on_sheet_field(&conflict(rows, field)), "{field}");
        }
        // Listed: a field with no text box of its own, and a row's field at the wrong depth.
        for (rows, field) in [(0, "phase"), (1, "kind"), (2, "measuring_method")] {
            assert!(!shown_on_sheet_field(&conflict(rows, field)), "{field}");
        }
    }
}
