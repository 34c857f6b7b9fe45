//! Gevinster: "en effekt (målbar forbedring) som oppfattes som positiv av minst en interessent".

use super::entity::{ordered_choices, Id};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The three kinds of benefit in Helhetsmodellen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum BenefitKind {
    #[default]
    Economic,
    Quality,
    Societal,
}

/// One benefit with its owner, indicator, baseline (nullpunkt) and target.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Benefit {
    pub id: Id,
    #[serde(default)]
    pub kind: BenefitKind,
    #[serde(default)]
    pub description: String,
    /// Gevinstansvarlig.
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub indicator: String,
    #[serde(default)]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<super::envelope::DecimalString>")
    )]
    pub baseline: Option<Decimal>,
    /// `YYYY-MM-DD`, empty if not set.
    #[serde(default)]
    pub baseline_date: String,
    #[serde(default)]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<super::envelope::DecimalString>")
    )]
    pub target: Option<Decimal>,
    #[serde(default)]
    pub target_date: String,
    /// NOK per year; counted only for economic benefits.
    #[serde(default)]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<super::envelope::DecimalString>")
    )]
    pub amount_per_year: Option<Decimal>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Benefit {
    pub fn new(id: Id) -> Self {
        Benefit {
            id,
            ..Benefit::default()
        }
    }
}

/// Sum of NOK per year over the economic benefits (others are not money, whatever they hold).
pub fn economic_total(benefits: &[Benefit]) -> Decimal {
    benefits
        .iter()
        .filter(|b| b.kind == BenefitKind::Economic)
        .filter_map(|b| b.amount_per_year)
        .sum()
}

ordered_choices!(BenefitKind {
    Economic,
    Quality,
    Societal
});

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn only_economic_benefits_count_towards_the_sum() {
        let mut a = Benefit::new(Id::new_random());
        a.amount_per_year = Some(d("1400000.00"));
        let mut b = Benefit::new(Id::new_random());
        b.amount_per_year = Some(d("700000.10"));
        let mut c = Benefit::new(Id::new_random());
        c.kind = BenefitKind::Quality;
        c.amount_per_year = Some(d("999"));
        let e = Benefit::new(Id::new_random()); // no amount yet
        assert_eq!(economic_total(&[a, b, c, e]), d("2100000.10"));
        assert_eq!(economic_total(&[]), Decimal::ZERO);
    }
}
