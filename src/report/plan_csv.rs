//! An A3 sheet, or a programme's measures and benefits, as CSV for Norwegian Excel and
//! municipal planning tools (issue 22): one row per tiltak and per gevinst, in one column set
//! documented in docs/data-format.md ("CSV for planning tools"). UTF-8 with a byte-order mark,
//! `;` between fields, CRLF line ends; figures with a decimal comma and no grouping, dates as
//! `dd.mm.åååå`, in every language (only the headings and the words in cells are translated).
//!
//! The columns are declared once, in [`COLUMNS`]: a heading and how a row fills it.

use super::{csv_row, excel_fixed, excel_number, group_heading};
use crate::i18n::{format_iso_date_in, Lang, Texts};
use crate::model::a3::benefit::Benefit;
use crate::model::a3::measure::Measure;
use crate::model::a3::A3Sheet;
use crate::model::programme::{GroupKey, Programme};
use crate::model::{Id, Workspace};
use crate::report::csv_field;
use rust_decimal::Decimal;

/// What one row of the file is.
enum Item<'a> {
    Measure(&'a Measure),
    Benefit(&'a Benefit),
}

/// One row: a tiltak or a gevinst, with the sheet and programme it belongs to.
struct Line<'a> {
    sheet: &'a A3Sheet,
    programme: Option<&'a Programme>,
    item: Item<'a>,
}

impl Line<'_> {
    fn measure(&self) -> Option<&Measure> {
        match self.item {
            Item::Measure(m) => Some(m),
            Item::Benefit(_) => None,
        }
    }

    fn benefit(&self) -> Option<&Benefit> {
        match self.item {
            Item::Benefit(b) => Some(b),
            Item::Measure(_) => None,
        }
    }
}

/// What a cell holds: text (escaped for CSV) or a figure (written as Excel reads it).
enum Cell {
    Text(String),
    Figure(String),
}

fn text(s: &str) -> Cell {
    Cell::Text(s.trim().to_owned())
}

fn figure(value: Option<Decimal>, fixed: bool) -> Cell {
    Cell::Figure(value.map_or(String::new(), |v| {
        if fixed {
            excel_fixed(v, 2)
        } else {
            excel_number(v, 4)
        }
    }))
}

/// Dates as `dd.mm.åååå` whatever the language, as planning tools and Norwegian Excel read them.
fn date(iso: &str) -> Cell {
    Cell::Text(format_iso_date_in(Lang::Nb.texts(), iso))
}

struct Column {
    heading: fn(&Texts) -> &'static str,
    cell: fn(&Line, &Texts) -> Cell,
}

/// The column set, in order (docs/data-format.md lists the same).
const COLUMNS: [Column; 20] = [
    Column {
        heading: |_| "Id",
        cell: |l, _| {
            text(&match l.item {
                Item::Measure(m) => m.id.to_string(),
                Item::Benefit(b) => b.id.to_string(),
            })
        },
    },
    Column {
        heading: |t| t.plan_csv().row,
        cell: |l, t| {
            text(match l.item {
                Item::Measure(_) => t.plan_csv().measure,
                Item::Benefit(_) => t.plan_csv().benefit,
            })
        },
    },
    Column {
        heading: |t| t.plan_csv().programme,
        cell: |l, _| text(l.programme.map_or("", |p| p.title.as_str())),
    },
    Column {
        heading: |t| t.plan_csv().focus_area,
        cell: |l, t| text(&focus_area(l, t)),
    },
    Column {
        heading: |t| t.plan_csv().sheet,
        cell: |l, _| text(&l.sheet.title),
    },
    Column {
        heading: |t| t.a3().field_unit,
        cell: |l, _| text(&l.sheet.unit),
    },
    Column {
        heading: |t| t.plan_csv().name,
        cell: |l, _| {
            text(match l.item {
                Item::Measure(m) => &m.name,
                Item::Benefit(b) => &b.description,
            })
        },
    },
    Column {
        heading: |t| t.measures().responsible,
        cell: |l, _| {
            text(match l.item {
                Item::Measure(m) => &m.responsible,
                Item::Benefit(b) => &b.owner,
            })
        },
    },
    Column {
        heading: |t| t.measures().fte,
        cell: |l, _| figure(l.measure().and_then(|m| m.fte), true),
    },
    Column {
        heading: |t| t.plan_csv().amount,
        cell: |l, _| {
            figure(
                match l.item {
                    Item::Measure(m) => m.amount,
                    Item::Benefit(b) => b.amount_per_year,
                },
                true,
            )
        },
    },
    Column {
        heading: |t| t.measures().status,
        cell: |l, t| {
            text(
                l.measure()
                    .map_or("", |m| t.measures().statuses.of(m.status)),
            )
        },
    },
    Column {
        heading: |t| t.measures().status_date,
        cell: |l, _| date(l.measure().map_or("", |m| &m.status_date)),
    },
    Column {
        heading: |t| t.measures().follow_up,
        cell: |l, t| {
            text(
                l.measure()
                    .map_or("", |m| t.measures().follow_ups.of(m.follow_up)),
            )
        },
    },
    Column {
        heading: |t| t.common.benefit_kind,
        cell: |l, t| {
            text(
                l.benefit()
                    .map_or("", |b| t.common.benefit_kinds.of(b.kind)),
            )
        },
    },
    Column {
        heading: |t| t.benefits().indicator,
        cell: |l, _| text(l.benefit().map_or("", |b| &b.indicator)),
    },
    Column {
        heading: |t| t.benefits().baseline,
        cell: |l, _| figure(l.benefit().and_then(|b| b.baseline), false),
    },
    Column {
        heading: |t| t.benefits().baseline_date,
        cell: |l, _| date(l.benefit().map_or("", |b| &b.baseline_date)),
    },
    Column {
        heading: |t| t.benefits().target,
        cell: |l, _| figure(l.benefit().and_then(|b| b.target), false),
    },
    Column {
        heading: |t| t.benefits().target_date,
        cell: |l, _| date(l.benefit().map_or("", |b| &b.target_date)),
    },
    // Last, so a tool that reads the columns by position still finds the others in place.
    Column {
        heading: |t| t.measures().columns.basis,
        cell: |l, _| text(l.measure().map_or("", |m| &m.basis)),
    },
];

/// "Fokusområde II: Redusere bemanningsnorm", or nothing outside a focus area.
fn focus_area(line: &Line, t: &Texts) -> String {
    let (Some(programme), Some(area)) = (
        line.programme,
        line.sheet.programme.as_ref().and_then(|l| l.focus_area),
    ) else {
        return String::new();
    };
    programme
        .focus_area(&area)
        .map(|(number, area)| {
            group_heading(
                &GroupKey::FocusArea {
                    number,
                    name: area.name.clone(),
                    id: area.id,
                },
                t,
            )
        })
        .unwrap_or_default()
}

fn lines<'a>(sheet: &'a A3Sheet, programme: Option<&'a Programme>) -> Vec<Line<'a>> {
    let measures = sheet.measures.iter().map(Item::Measure);
    let benefits = sheet.benefits.iter().map(Item::Benefit);
    measures
        .chain(benefits)
        .map(|item| Line {
            sheet,
            programme,
            item,
        })
        .collect()
}

fn write(lines: &[Line], lang: Lang) -> String {
    let t = lang.texts();
    let mut out = String::from("\u{feff}");
    let headings: Vec<String> = COLUMNS.iter().map(|c| csv_field((c.heading)(t))).collect();
    csv_row(&mut out, &headings);
    for line in lines {
        let cells: Vec<String> = COLUMNS
            .iter()
            .map(|c| match (c.cell)(line, t) {
                Cell::Text(s) => csv_field(&s),
                Cell::Figure(s) => s,
            })
            .collect();
        csv_row(&mut out, &cells);
    }
    out
}

/// One sheet's tiltak and gevinster (with its programme, if it is in one).
pub fn sheet_plan_csv(workspace: &Workspace, sheet: &A3Sheet, lang: Lang) -> String {
    let programme = sheet
        .programme
        .as_ref()
        .and_then(|l| workspace.programme(&l.programme));
    write(&lines(sheet, programme), lang)
}

/// Every tiltak and gevinst of a programme's sheets, sheet by sheet.
pub fn programme_plan_csv(workspace: &Workspace, programme: &Id, lang: Lang) -> String {
    let p = workspace.programme(programme);
    let all: Vec<Line> = workspace
        .programme_sheets(programme)
        .into_iter()
        .flat_map(|sheet| lines(sheet, p))
        .collect();
    write(&all, lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::workspace::example::{example_workspace, programme_id};
    use crate::model::Timestamp;

    fn rows(csv: &str) -> Vec<Vec<String>> {
        let body = csv.strip_prefix('\u{feff}').expect("a byte-order mark");
        assert!(body.ends_with("\r\n") && !body.replace("\r\n", "").contains('\n'));
        body.trim_end()
            .split("\r\n")
            .map(|r| r.split(';').map(str::to_owned).collect())
            .collect()
    }

    #[test]
    fn a_sheet_is_one_row_per_measure_and_benefit_in_the_documented_columns() {
        let w = example_workspace(Timestamp(1_764_000_000_000));
        let sheet = &w.a3_sheets[0];
        let table = rows(&sheet_plan_csv(&w, sheet, Lang::Nb));
        assert_eq!(
            table[0],
            [
                "Id",
                "Rad",
                "Program",
                "Fokusområde",
                "A3-ark",
                "Enhet / ansvar",
                "Tiltak / gevinst",
                "Ansvarlig",
                "Årsverk",
                "Beløp (kr, gevinst: per år)",
                "Status",
                "Dato for status",
                "Oppfølging",
                "Type gevinst",
                "Indikator",
                "Nullpunkt",
                "Dato for nullpunkt",
                "Mål",
                "Måldato",
                "Grunnlag",
            ]
        );
        assert_eq!(table.len(), 1 + 4 + 1);
        assert!(table.iter().all(|r| r.len() == COLUMNS.len()));
        let first = &table[1];
        assert_eq!(first[0], sheet.measures[0].id.to_string());
        assert_eq!(&first[1..3], ["Tiltak", w.programmes[0].title.as_str()]);
        assert!(first[3].starts_with("Fokusområde II"), "{}", first[3]);
        assert_eq!(
            &first[4..6],
            [sheet.title.as_str(), "3412 Stokkbakken omsorgssenter"]
        );
        assert_eq!(first[6], "Reduksjon nattetjeneste");
        assert_eq!(
            &first[8..13],
            [
                "2,00",
                "1400000,00",
                "Iverksatt",
                "06.01.2025",
                "Trenger vedlikehold"
            ]
        );
        assert_eq!(&first[13..19], ["", "", "", "", "", ""]);
        assert_eq!(first[19], sheet.measures[0].basis.trim());
        let benefit = &table[5];
        assert_eq!(&benefit[1..2], ["Gevinst"]);
        assert_eq!(
            &benefit[6..11],
            [
                "Lavere lønnskostnader etter budsjettvedtaket",
                "Enhetsleder",
                "",
                "2500000,00",
                ""
            ]
        );
        assert_eq!(&benefit[13..15], ["Økonomisk", "Kostnad per år"]);
    }

    #[test]
    fn a_measure_s_grunnlag_is_the_last_column_and_empty_for_a_benefit() {
        let mut w = example_workspace(Timestamp(1_764_000_000_000));
        w.a3_sheets[0].measures[0].basis = " Vedtatt i bystyret ".into();
        w.a3_sheets[0].measures[1].basis.clear();
        let table = rows(&sheet_plan_csv(&w, &w.a3_sheets[0], Lang::Nn));
        assert_eq!(table[0].last().map(String::as_str), Some("Grunnlag"));
        assert_eq!(table[1][19], "Vedtatt i bystyret");
        assert_eq!(table[2][19], "");
        assert_eq!(table[5][1], "Gevinst");
        assert_eq!(table[5][19], "");
    }

    #[test]
    fn figures_and_dates_keep_one_format_in_every_language_and_text_is_escaped() {
        let mut w = example_workspace(Timestamp(1_764_000_000_000));
        w.a3_sheets[0].measures[0].name = "Natt; helg \"A\"".into();
        w.a3_sheets[0].measures[1].name = "=SUM(A1)".into();
        let en = sheet_plan_csv(&w, &w.a3_sheets[0], Lang::En);
        assert!(en.contains("\"Natt; helg \"\"A\"\"\""));
        assert!(en.contains("\"'=SUM(A1)\""));
        let table = rows(&en.replace("\"Natt; helg \"\"A\"\"\"", "x"));
        assert_eq!(&table[0][1..3], ["Row", "Programme"]);
        assert_eq!(
            &table[1][8..12],
            ["2,00", "1400000,00", "Implemented", "06.01.2025"]
        );
    }

    #[test]
    fn a_programme_lists_the_rows_of_each_of_its_sheets() {
        let mut w = example_workspace(Timestamp(1_764_000_000_000));
        let mut second = w.a3_sheets[0].clone();
        second.id = Id::new_random();
        second.title = "Hjemmetjenesten Sør".into();
        second.benefits.clear();
        w.a3_sheets.push(second);
        let table = rows(&programme_plan_csv(&w, &programme_id(), Lang::Nb));
        assert_eq!(table.len(), 1 + 5 + 4);
        assert_eq!(table[9][4], "Hjemmetjenesten Sør");
        assert_eq!(
            rows(&programme_plan_csv(&w, &Id::new_random(), Lang::Nb)).len(),
            1
        );
    }
}
