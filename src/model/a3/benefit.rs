//! Gevinster: "en effekt (målbar forbedring) som oppfattes som positiv av minst en interessent",
//! and ulemper (dis-benefits): effects of the same change that someone sees as negative, kept on
//! the same list and summed apart.

use crate::model::entity::{ordered_choices, Id};
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
        schemars(with = "Option<crate::model::money::DecimalString>")
    )]
    pub baseline: Option<Decimal>,
    /// `YYYY-MM-DD`, empty if not set.
    #[serde(default)]
    pub baseline_date: String,
    #[serde(default)]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::model::money::DecimalString>")
    )]
    pub target: Option<Decimal>,
    #[serde(default)]
    pub target_date: String,
    /// NOK per year; counted only for economic benefits.
    #[serde(default)]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::model::money::DecimalString>")
    )]
    pub amount_per_year: Option<Decimal>,
    /// An ulempe (dis-benefit): a negative effect of the change. Written only when set, so a
    /// benefit's JSON is as before; an older build keeps the field as an unknown one.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub disbenefit: bool,
    /// The goal it serves (gevinstkart): the sheet's ønsket situasjon or an effect goal of its
    /// programme. The fields below are written only when set, as `disbenefit` is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<crate::model::a3::benefit::BenefitGoal>,
    /// The sheet's indicator (Måling) whose measurements are this benefit's measured values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measured_by: Option<Id>,
    /// Gevinstrealiseringsplan: how the benefit is measured ("Uttrekk fra Gat, turnus").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub measuring_method: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measuring_frequency: Option<crate::model::a3::benefit::Frequency>,
    /// Who measures it (may be another than the gevinstansvarlig).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub measuring_responsible: String,
    /// What measuring costs, NOK per year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::model::money::DecimalString>")
    )]
    pub measuring_cost: Option<Decimal>,
    /// The planned values by date (the realisation curve), in the order entered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub plan: Vec<crate::model::a3::benefit::PlanPoint>,
    #[serde(flatten, deserialize_with = "crate::model::merge::checked_extra")]
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

/// Sum of NOK per year over the economic benefits (others are not money, whatever they hold);
/// ulemper are summed apart ([`economic_disbenefit_total`]).
pub fn economic_total(benefits: &[Benefit]) -> Decimal {
    economic_sum(benefits, false)
}

/// Sum of NOK per year over the economic ulemper (dis-benefits), as a positive amount.
pub fn economic_disbenefit_total(benefits: &[Benefit]) -> Decimal {
    economic_sum(benefits, true)
}

/// NOK per year of the economic gevinster and, apart, of the economic ulemper.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BenefitTotals {
    pub benefits: Decimal,
    pub disbenefits: Decimal,
}

/// The [`BenefitTotals`] of several sheets' benefits.
pub fn benefit_totals<'a>(lists: impl IntoIterator<Item = &'a [Benefit]>) -> BenefitTotals {
    lists
        .into_iter()
        .fold(BenefitTotals::default(), |sum, list| BenefitTotals {
            benefits: sum.benefits + economic_total(list),
            disbenefits: sum.disbenefits + economic_disbenefit_total(list),
        })
}

fn economic_sum(benefits: &[Benefit], disbenefits: bool) -> Decimal {
    benefits
        .iter()
        .filter(|b| b.kind == BenefitKind::Economic && b.disbenefit == disbenefits)
        .filter_map(|b| b.amount_per_year)
        .sum()
}

ordered_choices!(BenefitKind {
    Economic,
    Quality,
    Societal
});

/// How often a benefit is measured.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Frequency {
    #[default]
    Monthly,
    Quarterly,
    HalfYearly,
    Yearly,
}

ordered_choices!(Frequency {
    Monthly,
    Quarterly,
    HalfYearly,
    Yearly
});

/// One point of the realisation curve: the value planned by a date.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PlanPoint {
    pub id: Id,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::model::money::DecimalString>")
    )]
    pub value: Option<Decimal>,
    #[serde(flatten, deserialize_with = "crate::model::merge::checked_extra")]
    pub extra: Map<String, Value>,
}

impl PlanPoint {
    pub fn new(id: Id) -> Self {
        PlanPoint {
            id,
            ..PlanPoint::default()
        }
    }
}

/// The goal a benefit serves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum BenefitGoal {
    /// Field 3 of the sheet: Ønsket situasjon.
    DesiredSituation,
    /// An effect goal of the programme the sheet belongs to, by id.
    EffectGoal(Id),
}

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

    #[test]
    fn ulemper_are_summed_apart_and_written_only_when_set() {
        let mut gain = Benefit::new(Id::new_random());
        gain.amount_per_year = Some(d("1400000"));
        let mut loss = Benefit::new(Id::new_random());
        loss.amount_per_year = Some(d("250000.50"));
        loss.disbenefit = true;
        let mut quality_loss = loss.clone();
        quality_loss.kind = BenefitKind::Quality;
        let all = [gain.clone(), loss.clone(), quality_loss];
        assert_eq!(economic_total(&all), d("1400000"));
        assert_eq!(economic_disbenefit_total(&all), d("250000.50"));
        assert_eq!(economic_disbenefit_total(&[gain.clone()]), Decimal::ZERO);
        // A benefit's JSON is as before; an ulempe says so, and reads back.
        let json = serde_json::to_value(&gain).unwrap();
        assert!(json.get("disbenefit").is_none());
        let json = serde_json::to_value(&loss).unwrap();
        assert_eq!(json["disbenefit"], serde_json::json!(true));
        assert_eq!(serde_json::from_value::<Benefit>(json).unwrap(), loss);
    }
}
