//! A programme (omstillingsprosess / prosjekt) and its status report: the goals, the numbered
//! focus areas that A3 sheets and seminars belong to, milestones, risks, and every measure of
//! every sheet in it, with exact totals.
//!
//! The shape follows the seeds: seed 001's *Statusrapport omstillingsprosess* (an overall goal,
//! "Delprosess/fokusområde I–V", each with Tiltak | Iverksatt | Kommentar and a comment that grows
//! year by year) and seed 003's project mandate (Hovudmål, Resultatmål with ticked items,
//! Effektmål, a milestone plan, Risiko og usikkerheit).

pub mod benefit_map;

use crate::model::a3::benefit::BenefitTotals;
use crate::model::a3::benefit_plan::PlanStatus;
use crate::model::a3::indicator::{days_from_iso, Indicator, IndicatorUnit};
use crate::model::a3::measure::{Measure, MeasureTotals};
use crate::model::a3::A3Sheet;
use crate::model::entity::{impl_entity, ordered_choices, Id, Timestamp};
use crate::model::programme::benefit_map::DoubleCount;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The scale of a risk's likelihood and consequence: 1 (low) to 5 (high).
pub const RISK_LEVELS: std::ops::RangeInclusive<u8> = 1..=5;

/// A programme of change, e.g. "Omstillingsprosess helse og velferd".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Programme {
    pub id: Id,
    pub updated: Timestamp,
    pub created: Timestamp,
    #[serde(default)]
    pub title: String,
    /// Overordnet målsetting / hovudmål.
    #[serde(default)]
    pub overall_goal: String,
    /// Resultatmål: what the programme delivers, ticked off when done.
    #[serde(default)]
    pub result_goals: Vec<ResultGoal>,
    /// Effektmål: the changes the results should lead to.
    #[serde(default)]
    pub effect_goals: Vec<EffectGoal>,
    /// Fokusområder / delprosesser, numbered I, II, III … in this order.
    #[serde(default)]
    pub focus_areas: Vec<FocusArea>,
    #[serde(default)]
    pub milestones: Vec<Milestone>,
    #[serde(default)]
    pub risks: Vec<Risk>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<Timestamp>,
    #[serde(flatten, deserialize_with = "crate::model::merge::checked_extra")]
    pub extra: Map<String, Value>,
}

impl_entity!(Programme);

/// One result goal (resultatmål), a line of a checklist.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ResultGoal {
    pub id: Id,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub done: bool,
    #[serde(flatten, deserialize_with = "crate::model::merge::checked_extra")]
    pub extra: Map<String, Value>,
}

/// One effect goal (effektmål).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct EffectGoal {
    pub id: Id,
    #[serde(default)]
    pub text: String,
    #[serde(flatten, deserialize_with = "crate::model::merge::checked_extra")]
    pub extra: Map<String, Value>,
}

/// One focus area (fokusområde / delprosess); its number is its place in the list.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FocusArea {
    pub id: Id,
    #[serde(default)]
    pub name: String,
    #[serde(flatten, deserialize_with = "crate::model::merge::checked_extra")]
    pub extra: Map<String, Value>,
}

/// One line of the milestone plan (seed 003: År | Milepæler | Tema | Oppdrag | Frist/godkjent).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Milestone {
    pub id: Id,
    /// The year the line belongs to, as written ("2022").
    #[serde(default)]
    pub year: String,
    #[serde(default)]
    pub milestone: String,
    #[serde(default)]
    pub theme: String,
    #[serde(default)]
    pub assignment: String,
    /// Frist, `YYYY-MM-DD`, empty if none.
    #[serde(default)]
    pub deadline: String,
    /// When it was approved (godkjent), `YYYY-MM-DD`, empty while it is not.
    #[serde(default)]
    pub approved: String,
    #[serde(flatten, deserialize_with = "crate::model::merge::checked_extra")]
    pub extra: Map<String, Value>,
}

impl Milestone {
    /// Past its deadline on `today` (`YYYY-MM-DD`) and not approved. A milestone without a
    /// readable deadline is never overdue.
    pub fn is_overdue(&self, today: &str) -> bool {
        self.approved.trim().is_empty()
            && matches!(
                (days_from_iso(&self.deadline), days_from_iso(today)),
                (Some(deadline), Some(today)) if deadline < today
            )
    }
}

/// One risk (Risiko og usikkerheit), scored likelihood × consequence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Risk {
    pub id: Id,
    #[serde(default)]
    pub description: String,
    /// Sannsynlighet, 1–5.
    #[serde(default = "middle_level")]
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 5)))]
    pub likelihood: u8,
    /// Konsekvens, 1–5.
    #[serde(default = "middle_level")]
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 5)))]
    pub consequence: u8,
    #[serde(default)]
    pub owner: String,
    /// Tiltak against the risk.
    #[serde(default)]
    pub mitigation: String,
    #[serde(flatten, deserialize_with = "crate::model::merge::checked_extra")]
    pub extra: Map<String, Value>,
}

fn middle_level() -> u8 {
    3
}

/// How serious a risk is, from its score.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RiskLevel {
    /// Score 1–4.
    Low,
    /// Score 5–9.
    Medium,
    /// Score 10–25.
    High,
}

ordered_choices!(RiskLevel { Low, Medium, High });

/// The level of a likelihood × consequence score.
pub fn risk_level(score: u8) -> RiskLevel {
    match score {
        0..=4 => RiskLevel::Low,
        5..=9 => RiskLevel::Medium,
        _ => RiskLevel::High,
    }
}

impl Risk {
    pub fn new(id: Id) -> Self {
        Risk {
            id,
            description: String::new(),
            likelihood: middle_level(),
            consequence: middle_level(),
            owner: String::new(),
            mitigation: String::new(),
            extra: Map::new(),
        }
    }

    pub fn score(&self) -> u8 {
        self.likelihood.saturating_mul(self.consequence)
    }

    pub fn level(&self) -> RiskLevel {
        risk_level(self.score())
    }
}

/// How many risks sit in each cell of the 5×5 matrix: `[likelihood - 1][consequence - 1]`.
/// Values outside 1–5 (which a decoded document never holds) are left out.
pub fn risk_matrix(risks: &[Risk]) -> [[usize; 5]; 5] {
    let mut cells = [[0; 5]; 5];
    for risk in risks {
        if RISK_LEVELS.contains(&risk.likelihood) && RISK_LEVELS.contains(&risk.consequence) {
            cells[usize::from(risk.likelihood - 1)][usize::from(risk.consequence - 1)] += 1;
        }
    }
    cells
}

/// The risks, most serious first (score, then consequence); equal ones keep their order.
pub fn risks_by_score(risks: &[Risk]) -> Vec<&Risk> {
    let mut sorted: Vec<&Risk> = risks.iter().collect();
    sorted.sort_by_key(|r| std::cmp::Reverse((r.score(), r.consequence)));
    sorted
}

impl Programme {
    pub fn new(id: Id, title: &str, now: Timestamp) -> Self {
        Programme {
            id,
            updated: now,
            created: now,
            title: title.trim().to_owned(),
            overall_goal: String::new(),
            result_goals: Vec::new(),
            effect_goals: Vec::new(),
            focus_areas: Vec::new(),
            milestones: Vec::new(),
            risks: Vec::new(),
            deleted: None,
            extra: Map::new(),
        }
    }

    /// The focus area's number (1-based) and name, if it is in this programme.
    pub fn focus_area(&self, id: &Id) -> Option<(usize, &FocusArea)> {
        self.focus_areas
            .iter()
            .enumerate()
            .find(|(_, area)| &area.id == id)
            .map(|(index, area)| (index + 1, area))
    }

    /// Milestones past their deadline on `today` and not approved.
    pub fn overdue_milestones(&self, today: &str) -> Vec<&Milestone> {
        self.milestones
            .iter()
            .filter(|m| m.is_overdue(today))
            .collect()
    }
}

/// A focus area's number as the seeds write it: I, II, III, IV, V … (up to 3999; beyond that,
/// the plain number).
pub fn roman(n: usize) -> String {
    if n == 0 || n >= 4000 {
        return n.to_string();
    }
    const DIGITS: [(usize, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut rest = n;
    let mut out = String::new();
    for (value, digits) in DIGITS {
        while rest >= value {
            out.push_str(digits);
            rest -= value;
        }
    }
    out
}

/// How the programme's measures are grouped.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Grouping {
    #[default]
    FocusArea,
    Unit,
}

ordered_choices!(Grouping { FocusArea, Unit });

/// The heading of a group of measures.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum GroupKey {
    /// A focus area: its number (1-based), id and name.
    FocusArea { number: usize, id: Id, name: String },
    /// Sheets in the programme without a (still existing) focus area.
    NoFocusArea,
    /// A unit, as written on the sheets.
    Unit(String),
    /// Sheets without a unit.
    NoUnit,
}

/// One measure in the programme, with the sheet it is on.
#[derive(Clone, Debug, PartialEq)]
pub struct MeasureLine {
    pub sheet: Id,
    pub sheet_title: String,
    pub unit: String,
    pub measure: Measure,
}

/// A group of measures and its totals.
#[derive(Clone, Debug, PartialEq)]
pub struct MeasureGroup {
    pub key: GroupKey,
    /// The sheets in this group, in workspace order (also those without measures).
    pub sheets: Vec<Id>,
    pub lines: Vec<MeasureLine>,
    pub totals: MeasureTotals,
}

/// The sum of the groups' totals (every measure once, since each sheet is in one group).
pub fn overall_totals(groups: &[MeasureGroup]) -> MeasureTotals {
    groups
        .iter()
        .fold(MeasureTotals::default(), |sum, g| MeasureTotals {
            fte: sum.fte + g.totals.fte,
            amount: sum.amount + g.totals.amount,
        })
}

/// An indicator of a sheet in the programme: its latest measurement against baseline and target.
#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorStatus {
    pub sheet_title: String,
    pub indicator: Indicator,
    /// The latest measurement on or before the report date: (`YYYY-MM-DD`, value).
    pub latest: Option<(String, Decimal)>,
    pub reached: Option<bool>,
}

/// A gevinst of a sheet in the programme that has a realisation plan, against that plan on the
/// report date.
#[derive(Clone, Debug, PartialEq)]
pub struct BenefitPlanLine {
    pub sheet: Id,
    pub sheet_title: String,
    pub benefit: Id,
    pub description: String,
    /// Gevinstansvarlig.
    pub owner: String,
    /// An ulempe rather than a gevinst.
    pub disbenefit: bool,
    pub status: PlanStatus,
    /// The plan the status speaks of: on the date of `latest`, the value it is held against;
    /// when *ikke målt*, the value due on the report date. Rounded to the decimals the plan is
    /// written with; `None` before the plan starts.
    pub planned: Option<Decimal>,
    /// The latest measurement of the indicator it is measured by, on or before the report
    /// date: (`YYYY-MM-DD`, value).
    pub latest: Option<(String, Decimal)>,
    /// The unit of that indicator, when the benefit is linked to one that is there.
    pub unit: Option<IndicatorUnit>,
}

/// The latest measurement of `indicator` on or before `as_of` (any, without a date).
pub(crate) fn latest_measurement(
    indicator: &Indicator,
    as_of: Option<i64>,
) -> Option<(String, Decimal)> {
    indicator
        .measurements
        .iter()
        .filter_map(|m| Some((days_from_iso(&m.date)?, m.date.clone(), m.value?)))
        .filter(|(day, _, _)| as_of.is_none_or(|as_of| *day <= as_of))
        .max_by_key(|(day, _, _)| *day)
        .map(|(_, date, value)| (date, value))
}

/// The benefits of `sheets` that have a plan, each against it on `date`, in the sheets' and
/// their benefits' order.
pub(crate) fn benefit_plan_lines(sheets: &[&A3Sheet], date: &str) -> Vec<BenefitPlanLine> {
    let day = days_from_iso(date);
    sheets
        .iter()
        .flat_map(|sheet| {
            sheet.benefits.iter().filter_map(move |b| {
                let indicator = b
                    .measured_by
                    .and_then(|id| sheet.indicators.iter().find(|i| i.id == id));
                let status = b.plan_status(indicator, date)?;
                let decimals = b.plan_curve().iter().map(|p| p.1.scale()).max();
                let latest = indicator.and_then(|i| latest_measurement(i, day));
                let planned_on = match status {
                    PlanStatus::NotMeasured => day,
                    _ => latest.as_ref().and_then(|(date, _)| days_from_iso(date)),
                };
                let planned = planned_on
                    .and_then(|day| b.planned_value_at(day))
                    .map(|v| v.round_dp(decimals.unwrap_or(0)));
                Some(BenefitPlanLine {
                    sheet: sheet.id,
                    sheet_title: sheet.title.clone(),
                    benefit: b.id,
                    description: b.description.clone(),
                    owner: b.owner.clone(),
                    disbenefit: b.disbenefit,
                    status,
                    planned,
                    latest,
                    unit: indicator.map(|i| i.unit),
                })
            })
        })
        .collect()
}

/// Everything the status report shows, computed for one date. Rendering (text, CSV, the
/// screen) is done elsewhere, in the language in use.
#[derive(Clone, Debug, PartialEq)]
pub struct StatusReport {
    pub programme: Programme,
    /// The report is "pr." this date, `YYYY-MM-DD`.
    pub date: String,
    pub groups: Vec<MeasureGroup>,
    pub totals: MeasureTotals,
    /// The milestones in plan order, each with whether it is overdue on the report date.
    pub milestones: Vec<(Milestone, bool)>,
    /// Most serious first.
    pub risks: Vec<Risk>,
    pub indicators: Vec<IndicatorStatus>,
    /// The economic gevinster and, apart, ulemper of the programme's sheets, per year.
    pub benefits: BenefitTotals,
    /// Gevinstrealisering: every benefit with a plan, against it on the report date.
    pub benefit_plans: Vec<BenefitPlanLine>,
    /// Gevinster that two or more sheets may be counting.
    pub double_counts: Vec<DoubleCount>,
}

impl ResultGoal {
    pub fn new(id: Id) -> Self {
        ResultGoal {
            id,
            ..ResultGoal::default()
        }
    }
}

impl EffectGoal {
    pub fn new(id: Id) -> Self {
        EffectGoal {
            id,
            ..EffectGoal::default()
        }
    }
}

impl FocusArea {
    pub fn new(id: Id) -> Self {
        FocusArea {
            id,
            ..FocusArea::default()
        }
    }
}

impl Milestone {
    pub fn new(id: Id) -> Self {
        Milestone {
            id,
            ..Milestone::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roman_numbers_as_in_the_seed() {
        let got: Vec<String> = (1..=5).map(roman).collect();
        assert_eq!(got, ["I", "II", "III", "IV", "V"]);
        assert_eq!(roman(9), "IX");
        assert_eq!(roman(14), "XIV");
        assert_eq!(roman(1994), "MCMXCIV");
        assert_eq!(roman(0), "0");
        assert_eq!(roman(4000), "4000");
    }

    #[test]
    fn risk_levels_and_the_matrix() {
        let risk = |l, c| Risk {
            likelihood: l,
            consequence: c,
            ..Risk::new(Id::new_random())
        };
        assert_eq!(risk(1, 4).level(), RiskLevel::Low);
        assert_eq!(risk(1, 5).level(), RiskLevel::Medium);
        assert_eq!(risk(3, 3).level(), RiskLevel::Medium);
        assert_eq!(risk(2, 5).level(), RiskLevel::High);
        let risks = [risk(4, 5), risk(4, 5), risk(1, 1), risk(9, 1)];
        let m = risk_matrix(&risks);
        assert_eq!(m[3][4], 2);
        assert_eq!(m[0][0], 1);
        assert_eq!(
            m.iter().flatten().sum::<usize>(),
            3,
            "out of range left out"
        );
        let order: Vec<u8> = risks_by_score(&[risk(1, 1), risk(5, 2), risk(2, 5), risk(3, 3)])
            .iter()
            .map(|r| r.consequence)
            .collect();
        assert_eq!(order, [5, 2, 3, 1], "10 (c5) before 10 (c2) before 9");
    }
}
