//! Tiltak (measures) with årsverk and NOK, and the budget lines of the Økonomi table.

use super::entity::{ordered_choices, Id};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Where a measure stands (seed 002: "Iverksatt 06.01.25").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum MeasureStatus {
    #[default]
    Planned,
    Implemented,
    Closed,
}

/// Follow-up of a measure (seed 002: "Ok" / "Trenger vedlikehold").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum FollowUp {
    #[default]
    NotAssessed,
    Ok,
    NeedsMaintenance,
}

/// One row of the tiltak table.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Measure {
    pub id: Id,
    #[serde(default)]
    pub name: String,
    /// Årsverk (FTE).
    #[serde(default)]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<super::envelope::DecimalString>")
    )]
    pub fte: Option<Decimal>,
    /// Kostnad / beløp in NOK.
    #[serde(default)]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<super::envelope::DecimalString>")
    )]
    pub amount: Option<Decimal>,
    #[serde(default)]
    pub status: MeasureStatus,
    /// Date of the status (`YYYY-MM-DD`), e.g. when it was implemented.
    #[serde(default)]
    pub status_date: String,
    #[serde(default)]
    pub follow_up: FollowUp,
    #[serde(default)]
    pub responsible: String,
    /// Grunnlag: the decision the measure comes from ("Vedtatt", "Bedre resultat enn 2024";
    /// seed 002's first column). Left out when empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub basis: String,
    /// The dated comment log (Kommentar), in the order entries were added; see
    /// [`Measure::comments_newest_first`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<super::programme::MeasureComment>,
    /// The gevinster this measure delivers (gevinstkart), one row per link.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub benefits: Vec<super::benefit_map::BenefitLink>,
    #[serde(flatten, deserialize_with = "super::merge::checked_extra")]
    pub extra: Map<String, Value>,
}

impl Measure {
    pub fn new(id: Id) -> Self {
        Measure {
            id,
            ..Measure::default()
        }
    }
}

/// Totals of the tiltak table, exact.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MeasureTotals {
    pub fte: Decimal,
    pub amount: Decimal,
}

pub fn measure_totals(measures: &[Measure]) -> MeasureTotals {
    MeasureTotals {
        fte: measures.iter().filter_map(|m| m.fte).sum(),
        amount: measures.iter().filter_map(|m| m.amount).sum(),
    }
}

/// One line of the Økonomi table: budget and actuals; the result is computed, never typed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct BudgetLine {
    pub id: Id,
    #[serde(default)]
    pub label: String,
    #[serde(default)]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<super::envelope::DecimalString>")
    )]
    pub budget: Option<Decimal>,
    #[serde(default)]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<super::envelope::DecimalString>")
    )]
    pub actual: Option<Decimal>,
    #[serde(flatten, deserialize_with = "super::merge::checked_extra")]
    pub extra: Map<String, Value>,
}

impl BudgetLine {
    pub fn new(id: Id) -> Self {
        BudgetLine {
            id,
            ..BudgetLine::default()
        }
    }

    /// Resultat = budsjett − regnskap; only when both are known.
    pub fn result(&self) -> Option<Decimal> {
        Some(self.budget? - self.actual?)
    }
}

ordered_choices!(MeasureStatus {
    Planned,
    Implemented,
    Closed
});
ordered_choices!(FollowUp {
    NotAssessed,
    Ok,
    NeedsMaintenance
});

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn totals_of_the_seed_table_are_exact() {
        let rows = [
            ("2.00", "1400000.00"),
            ("1.00", "700000.00"),
            ("0.60", "0.10"),
        ]
        .map(|(fte, amount)| Measure {
            fte: Some(d(fte)),
            amount: Some(d(amount)),
            ..Measure::new(Id::new_random())
        });
        let mut rows = rows.to_vec();
        rows.push(Measure::new(Id::new_random())); // empty row counts as nothing
        let totals = measure_totals(&rows);
        assert_eq!(totals.fte, d("3.60"));
        assert_eq!(totals.amount, d("2100000.10"));
    }

    #[test]
    fn result_is_budget_minus_actuals_from_the_seed() {
        let line = BudgetLine {
            label: "Budsjett 2024".into(),
            budget: Some(d("258427430")),
            actual: Some(d("276852904")),
            ..BudgetLine::new(Id::new_random())
        };
        assert_eq!(line.result(), Some(d("-18425474")));
        let partial = BudgetLine {
            budget: Some(d("1")),
            ..BudgetLine::new(Id::new_random())
        };
        assert_eq!(partial.result(), None);
    }
}
