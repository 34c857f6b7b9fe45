//! One column spec for a measure line: a tiltak of an A3 sheet as a programme's tables show it
//! (its sheet, its unit, its figures, its latest comment). The programme page, the status
//! report's text, its CSV and its HTML all iterate [`MEASURE_COLUMNS`]; none of them reads a
//! heading or a cell by position.
//!
//! A column is a [`MeasureColumn`]: its heading (a named field of [`MeasureHeadings`], filled in
//! by each language table), its [`Kind`] (figures are right-aligned and written as Excel reads
//! them), its [`Role`] where the line is read as running text, which [`Output`]s show it, and
//! its cell in each of them ([`MeasureColumn::cell`]). Adding a column is a variant and a
//! heading field here, the heading in the three language tables, and the field it shows; the
//! compiler points at every `match` below that needs an arm. Plain Rust, tested natively.

// The model's types through the parent's imports, so a move of the model's modules changes one
// `use` list, not two.
use super::{excel_fixed, or_dash, MeasureLine, MeasureTotals};
use crate::i18n::{format_iso_date_in, format_nok_in, format_number_in, Lang, Texts};
use rust_decimal::Decimal;

/// Where a measure line is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Output {
    /// The programme page: a card per measure (title, place, facts); its comment log apart.
    Page,
    /// The status report as text: a line per measure, its latest comment under it.
    Text,
    /// The status report as CSV for Excel: a row per measure, every column in spec order.
    Csv,
    /// The status report as HTML: a table per group.
    Html,
}

/// The part a column plays where a measure line is read as a whole: on the programme page, in
/// the text report, and (for the title) as the HTML table's first column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// What the line is: the card's title, the start of the text line, the first cell.
    Title,
    /// Where it belongs, beside the title: "(A3-ark)" in the text, a link on the page.
    Place,
    /// One of the facts that follow, separated by " · ".
    Fact,
    /// A text of its own, on its own line under the line in the text report.
    Note,
}

/// How a cell is laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Text,
    /// Kept on one line in tables.
    Date,
    /// A figure: right-aligned in tables, written as Excel reads it in the CSV.
    Figure,
}

/// The columns of a measure line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MeasureColumn {
    /// The group the line is listed under (a focus area or a unit); only the CSV, which has no
    /// group headings, needs it as a column.
    FocusArea,
    Sheet,
    Unit,
    /// The decision the measure comes from (Grunnlag).
    Basis,
    Name,
    Status,
    /// The date of the status ("Iverksatt").
    StatusDate,
    FollowUp,
    Fte,
    Amount,
    LatestComment,
}

/// The headings of the columns, one named text per column (each language table fills it in).
pub struct MeasureHeadings {
    pub focus_area: &'static str,
    pub sheet: &'static str,
    pub unit: &'static str,
    pub basis: &'static str,
    pub name: &'static str,
    pub status: &'static str,
    pub status_date: &'static str,
    pub follow_up: &'static str,
    pub fte: &'static str,
    pub amount: &'static str,
    pub latest_comment: &'static str,
}

/// Every column, in the order the CSV has them. The other outputs keep this order but put the
/// title first (see [`measure_columns`]).
pub const MEASURE_COLUMNS: [MeasureColumn; 11] = {
    use MeasureColumn::*;
    [
        FocusArea,
        Sheet,
        Unit,
        Basis,
        Name,
        Status,
        StatusDate,
        FollowUp,
        Fte,
        Amount,
        LatestComment,
    ]
};

/// The columns an output shows, in its order: [`MEASURE_COLUMNS`]' order, except that
/// everywhere but in the CSV the title leads (on a phone, the HTML table's first cell is the
/// card's heading).
pub fn measure_columns(out: Output) -> Vec<MeasureColumn> {
    let mut columns = Vec::with_capacity(MEASURE_COLUMNS.len());
    for column in MEASURE_COLUMNS {
        if !column.shown_in(out) {
            continue;
        }
        // There is one title: at the front, it leaves the others in their order.
        if out != Output::Csv && column.role() == Role::Title {
            columns.insert(0, column);
        } else {
            columns.push(column);
        }
    }
    columns
}

impl MeasureColumn {
    pub fn heading(self, t: &Texts) -> &'static str {
        let h = &t.measures().columns;
        match self {
            Self::FocusArea => h.focus_area,
            Self::Sheet => h.sheet,
            Self::Unit => h.unit,
            Self::Basis => h.basis,
            Self::Name => h.name,
            Self::Status => h.status,
            Self::StatusDate => h.status_date,
            Self::FollowUp => h.follow_up,
            Self::Fte => h.fte,
            Self::Amount => h.amount,
            Self::LatestComment => h.latest_comment,
        }
    }

    pub fn kind(self) -> Kind {
        match self {
            Self::StatusDate => Kind::Date,
            Self::Fte | Self::Amount => Kind::Figure,
            _ => Kind::Text,
        }
    }

    /// A figure: right-aligned, and not quoted in the CSV.
    pub fn numeric(self) -> bool {
        self.kind() == Kind::Figure
    }

    pub fn role(self) -> Role {
        match self {
            Self::Name => Role::Title,
            Self::FocusArea | Self::Sheet | Self::Unit => Role::Place,
            Self::LatestComment => Role::Note,
            _ => Role::Fact,
        }
    }

    pub fn shown_in(self, out: Output) -> bool {
        match self {
            // Elsewhere the group's heading says it.
            Self::FocusArea => out == Output::Csv,
            Self::Unit => matches!(out, Output::Csv | Output::Page),
            // The page shows the whole comment log instead.
            Self::LatestComment => out != Output::Page,
            _ => true,
        }
    }

    /// The column's total of a group (or of the programme) in the CSV's sum rows.
    pub fn total(self, totals: MeasureTotals) -> Option<Decimal> {
        match self {
            Self::Fte => Some(totals.fte),
            Self::Amount => Some(totals.amount),
            _ => None,
        }
    }

    /// The line's cell in `out`, as plain text (not escaped for HTML or CSV; an empty string
    /// when there is nothing to show). `group` is the heading of the group the line is listed
    /// under. On the page and in the text report a fact is worded to be read in a sentence
    /// ("Oppfølging: Ok", "2,00 årsverk"); in the tables it is the bare value.
    pub fn cell(self, line: &MeasureLine, group: &str, lang: Lang, out: Output) -> String {
        let t = lang.texts();
        let m = &line.measure;
        let date = |iso: &str| format_iso_date_in(t, iso);
        // A blank name or sheet title: "Uten tittel" on the page, "–" in the report.
        let named = |s: &str| match out {
            Output::Csv => s.trim().to_owned(),
            Output::Page if s.trim().is_empty() => t.common.untitled.to_owned(),
            Output::Page => s.to_owned(),
            Output::Text | Output::Html => or_dash(s).to_owned(),
        };
        let running = matches!(out, Output::Page | Output::Text);
        match self {
            Self::FocusArea => group.to_owned(),
            Self::Sheet => named(&line.sheet_title),
            Self::Unit => line.unit.clone(),
            Self::Basis => match m.basis.trim() {
                "" => String::new(),
                basis if running => format!("{}: {basis}", self.heading(t)),
                basis => basis.to_owned(),
            },
            Self::Name => named(&m.name),
            Self::Status => t.measures().statuses.of(m.status).to_owned(),
            Self::StatusDate => match out {
                _ if running && m.status_date.trim().is_empty() => String::new(),
                Output::Page => format!("{} {}", t.measures().status_date, date(&m.status_date)),
                _ => date(&m.status_date),
            },
            Self::FollowUp => {
                let word = t.measures().follow_ups.of(m.follow_up);
                if running {
                    format!("{}: {word}", t.measures().follow_up)
                } else {
                    word.to_owned()
                }
            }
            Self::Fte => m
                .fte
                .map(|v| match out {
                    Output::Csv => excel_fixed(v, 2),
                    Output::Html => format_number_in(lang, v, 2),
                    Output::Page | Output::Text => format!(
                        "{} {}",
                        format_number_in(lang, v, 2),
                        t.measures().fte.to_lowercase()
                    ),
                })
                .unwrap_or_default(),
            Self::Amount => m
                .amount
                .map(|v| match out {
                    Output::Csv => excel_fixed(v, 2),
                    Output::Html => format_number_in(lang, v, 2),
                    Output::Page | Output::Text => format_nok_in(lang, v),
                })
                .unwrap_or_default(),
            Self::LatestComment => m
                .latest_comment()
                .map(|c| match out {
                    Output::Text => {
                        format!(
                            "{} ({}): {}",
                            t.programme().latest_comment,
                            date(&c.date),
                            c.text
                        )
                    }
                    _ => format!("{}: {}", date(&c.date), c.text),
                })
                .unwrap_or_default(),
        }
    }
}

/// A measure line as running text (the programme page's card, the text report's line): its
/// title, its places, its facts and its notes, each the non-blank cells of the columns `out`
/// shows in that role, in spec order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RunningLine {
    pub title: String,
    pub places: Vec<(MeasureColumn, String)>,
    pub facts: Vec<String>,
    pub notes: Vec<String>,
}

pub fn running_line(line: &MeasureLine, lang: Lang, out: Output) -> RunningLine {
    let mut running = RunningLine::default();
    for column in MEASURE_COLUMNS {
        if !column.shown_in(out) {
            continue;
        }
        let cell = column.cell(line, "", lang, out);
        if cell.trim().is_empty() {
            continue;
        }
        match column.role() {
            Role::Title => running.title = cell,
            Role::Place => running.places.push((column, cell)),
            Role::Fact => running.facts.push(cell),
            Role::Note => running.notes.push(cell),
        }
    }
    running
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_output_leads_with_the_title_but_the_csv_and_only_the_csv_has_the_group() {
        for out in [Output::Page, Output::Text, Output::Html] {
            assert_eq!(measure_columns(out)[0], MeasureColumn::Name, "{out:?}");
            assert!(!measure_columns(out).contains(&MeasureColumn::FocusArea));
        }
        assert_eq!(measure_columns(Output::Csv), MEASURE_COLUMNS);
    }

    #[test]
    fn every_column_has_a_heading_in_every_language() {
        for lang in [Lang::Nb, Lang::Nn, Lang::En] {
            for column in MEASURE_COLUMNS {
                assert!(
                    !column.heading(lang.texts()).trim().is_empty(),
                    "{column:?}"
                );
            }
        }
    }
}
