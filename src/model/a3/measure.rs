//! Tiltak (measures) with årsverk and NOK, and the budget lines of the Økonomi table.

use crate::model::a3::indicator::days_from_iso;
use crate::model::entity::{ordered_choices, Id};
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
        schemars(with = "Option<crate::model::money::DecimalString>")
    )]
    pub fte: Option<Decimal>,
    /// Kostnad / beløp in NOK.
    #[serde(default)]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::model::money::DecimalString>")
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
    pub comments: Vec<crate::model::a3::measure::MeasureComment>,
    /// The gevinster this measure delivers (gevinstkart), one row per link.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub benefits: Vec<crate::model::a3::measure::BenefitLink>,
    #[serde(flatten, deserialize_with = "crate::model::merge::checked_extra")]
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
        schemars(with = "Option<crate::model::money::DecimalString>")
    )]
    pub budget: Option<Decimal>,
    #[serde(default)]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::model::money::DecimalString>")
    )]
    pub actual: Option<Decimal>,
    #[serde(flatten, deserialize_with = "crate::model::merge::checked_extra")]
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

/// One link from a tiltak to a gevinst it delivers: a row of the measure whose id is the
/// benefit's, so links added on two devices are both kept (the same link made on both is one
/// row), and one removed stays removed, by the usual row merge. No id of its own: a share
/// link or printed code carries nothing it does not need.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct BenefitLink {
    /// The benefit delivered.
    pub id: Id,
    #[serde(flatten, deserialize_with = "crate::model::merge::checked_extra")]
    pub extra: Map<String, Value>,
}

impl Measure {
    /// Whether the measure is linked to the benefit.
    pub fn delivers(&self, benefit: &Id) -> bool {
        self.benefits.iter().any(|l| &l.id == benefit)
    }

    /// Links the measure to a benefit; nothing if already linked.
    pub fn link_benefit(&mut self, benefit: Id) -> bool {
        if self.delivers(&benefit) {
            return false;
        }
        self.benefits.push(BenefitLink {
            id: benefit,
            extra: Map::new(),
        });
        true
    }

    /// Removes the link to the benefit.
    pub fn unlink_benefit(&mut self, benefit: &Id) -> bool {
        let before = self.benefits.len();
        self.benefits.retain(|l| &l.id != benefit);
        self.benefits.len() != before
    }
}

/// One dated entry of a measure's comment log ("2023: Det er utfordrende å …"). Entries are
/// added, never rewritten.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MeasureComment {
    pub id: Id,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub text: String,
    #[serde(flatten, deserialize_with = "crate::model::merge::checked_extra")]
    pub extra: Map<String, Value>,
}

impl Measure {
    /// Adds an entry to the comment log; a blank text adds nothing. Returns whether it was added.
    pub fn add_comment(&mut self, id: Id, date: &str, text: &str) -> bool {
        let text = text.trim();
        if text.is_empty() {
            return false;
        }
        self.comments.push(MeasureComment {
            id,
            date: date.trim().to_owned(),
            text: text.to_owned(),
            extra: Map::new(),
        });
        true
    }

    /// The comment log, newest first: by date, and among entries of one date the one added
    /// last first. Entries without a readable date come last.
    pub fn comments_newest_first(&self) -> Vec<&MeasureComment> {
        let mut log: Vec<&MeasureComment> = self.comments.iter().rev().collect();
        log.sort_by_key(|c| std::cmp::Reverse(days_from_iso(&c.date)));
        log
    }

    pub fn latest_comment(&self) -> Option<&MeasureComment> {
        self.comments_newest_first().into_iter().next()
    }
}

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
