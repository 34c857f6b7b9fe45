//! Gevinstkart (benefit map): which tiltak deliver which gevinster (many to many), and which
//! goal each gevinst serves: the sheet's ønsket situasjon or an effect goal (effektmål) of its
//! programme. And, within a programme, gevinster that two sheets may both be counting.

use crate::model::a3::benefit::{Benefit, BenefitGoal, BenefitKind};
use crate::model::a3::indicator::{days_from_iso, IndicatorUnit};
use crate::model::a3::measure::Measure;
use crate::model::a3::A3Sheet;
use crate::model::entity::Id;
use crate::model::programme::Programme;

/// A goal on the map, as its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MapGoal {
    pub goal: BenefitGoal,
    pub text: String,
}

/// The map of one sheet: every tiltak and gevinst (unlinked ones too: a tiltak that delivers
/// nothing, or a gevinst no tiltak delivers, is worth seeing), the goals the gevinster serve,
/// and the links as indices into these lists.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BenefitMap<'a> {
    pub measures: Vec<&'a Measure>,
    pub benefits: Vec<&'a Benefit>,
    pub goals: Vec<MapGoal>,
    /// (measure, benefit), in the measures' order.
    pub deliveries: Vec<(usize, usize)>,
    /// (benefit, goal), one at most per benefit.
    pub serves: Vec<(usize, usize)>,
}

impl BenefitMap<'_> {
    /// Whether there is anything to draw: at least one link.
    pub fn has_links(&self) -> bool {
        !self.deliveries.is_empty() || !self.serves.is_empty()
    }
}

impl A3Sheet {
    /// The effect goals a benefit of this sheet may serve: those of `programme`, when the sheet
    /// belongs to it.
    pub fn goal_choices(&self, programme: Option<&Programme>) -> Vec<MapGoal> {
        let mut goals = vec![MapGoal {
            goal: BenefitGoal::DesiredSituation,
            text: self.desired_situation.clone(),
        }];
        let own =
            programme.filter(|p| self.programme.as_ref().is_some_and(|l| l.programme == p.id));
        goals.extend(own.into_iter().flat_map(|p| {
            p.effect_goals.iter().map(|g| MapGoal {
                goal: BenefitGoal::EffectGoal(g.id),
                text: g.text.clone(),
            })
        }));
        goals
    }

    /// The sheet's gevinstkart; `programme` is the programme it belongs to (for its effect
    /// goals). Links to a benefit or goal that is gone are left out.
    pub fn benefit_map<'a>(&'a self, programme: Option<&Programme>) -> BenefitMap<'a> {
        let choices = self.goal_choices(programme);
        let benefits: Vec<&Benefit> = self.benefits.iter().collect();
        let measures: Vec<&Measure> = self.measures.iter().collect();
        let deliveries = measures
            .iter()
            .enumerate()
            .flat_map(|(m, measure)| {
                benefits
                    .iter()
                    .enumerate()
                    .filter(|(_, b)| measure.delivers(&b.id))
                    .map(move |(b, _)| (m, b))
            })
            .collect();
        let mut goals: Vec<MapGoal> = Vec::new();
        let mut serves = Vec::new();
        for (b, benefit) in benefits.iter().enumerate() {
            let Some(goal) = benefit.goal else { continue };
            let Some(choice) = choices.iter().find(|c| c.goal == goal) else {
                continue;
            };
            let at = goals
                .iter()
                .position(|g| g.goal == goal)
                .unwrap_or_else(|| {
                    goals.push(choice.clone());
                    goals.len() - 1
                });
            serves.push((b, at));
        }
        BenefitMap {
            measures,
            benefits,
            goals,
            deliveries,
            serves,
        }
    }
}

/// One gevinst of a sheet in a programme, as a claim that may be counted twice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BenefitClaim {
    pub sheet: Id,
    pub sheet_title: String,
    pub benefit: Id,
    pub description: String,
}

/// Gevinster of two or more sheets that may be the same gain counted twice: the same
/// indicator (by name) in the same unit, over overlapping periods.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DoubleCount {
    /// The indicator's name as the first claim writes it.
    pub indicator: String,
    pub unit: Option<IndicatorUnit>,
    pub claims: Vec<BenefitClaim>,
}

/// What a benefit is measured in: the name and unit of the sheet's indicator it is measured
/// by, or else its own indicator text, in kroner when it is economic.
fn measured_as<'a>(sheet: &'a A3Sheet, b: &'a Benefit) -> (&'a str, Option<IndicatorUnit>) {
    let linked = b
        .measured_by
        .and_then(|id| sheet.indicators.iter().find(|i| i.id == id));
    match linked {
        Some(i) if !i.name.trim().is_empty() => (i.name.as_str(), Some(i.unit)),
        Some(i) => (b.indicator.as_str(), Some(i.unit)),
        None => (
            b.indicator.as_str(),
            (b.kind == BenefitKind::Economic).then_some(IndicatorUnit::Nok),
        ),
    }
}

fn same_name(a: &str) -> String {
    a.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The period a benefit is claimed over, in days: from its nullpunkt to its target date, an
/// end that is not set being open.
fn period(b: &Benefit) -> (i64, i64) {
    (
        days_from_iso(&b.baseline_date).unwrap_or(i64::MIN),
        days_from_iso(&b.target_date).unwrap_or(i64::MAX),
    )
}

/// The possible double counting among `sheets` (a programme's sheets): for each indicator and
/// unit, the gevinster of different sheets whose periods overlap another's. Ulemper are
/// compared only with ulemper, gevinster with gevinster; a gevinst without an indicator is
/// never flagged.
pub fn double_counted(sheets: &[&A3Sheet]) -> Vec<DoubleCount> {
    struct Entry<'a> {
        key: (String, Option<IndicatorUnit>, bool),
        name: &'a str,
        sheet: &'a A3Sheet,
        benefit: &'a Benefit,
    }
    let entries: Vec<Entry> = sheets
        .iter()
        .flat_map(|sheet| {
            sheet.benefits.iter().filter_map(move |b| {
                let (name, unit) = measured_as(sheet, b);
                let key = same_name(name);
                (!key.is_empty()).then_some(Entry {
                    key: (key, unit, b.disbenefit),
                    name,
                    sheet,
                    benefit: b,
                })
            })
        })
        .collect();
    let mut found: Vec<DoubleCount> = Vec::new();
    let mut keys: Vec<&(String, Option<IndicatorUnit>, bool)> = Vec::new();
    for (i, a) in entries.iter().enumerate() {
        let overlaps = |b: &Entry| {
            let ((a0, a1), (b0, b1)) = (period(a.benefit), period(b.benefit));
            b.key == a.key && b.sheet.id != a.sheet.id && a0 <= b1 && b0 <= a1
        };
        if !entries.iter().any(overlaps) {
            continue;
        }
        let claim = BenefitClaim {
            sheet: a.sheet.id,
            sheet_title: a.sheet.title.clone(),
            benefit: a.benefit.id,
            description: a.benefit.description.clone(),
        };
        match keys.iter().position(|k| **k == a.key) {
            Some(at) => found[at].claims.push(claim),
            None => {
                keys.push(&entries[i].key);
                found.push(DoubleCount {
                    indicator: a.name.trim().to_owned(),
                    unit: a.key.1,
                    claims: vec![claim],
                });
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::a3::indicator::Indicator;
    use crate::model::a3::ProgrammeLink;
    use crate::model::entity::Timestamp;
    use crate::model::programme::EffectGoal;

    fn sheet(title: &str) -> A3Sheet {
        A3Sheet::new(Id::new_random(), title, Timestamp(1))
    }

    fn benefit(indicator: &str, from: &str, to: &str) -> Benefit {
        let mut b = Benefit::new(Id::new_random());
        b.kind = BenefitKind::Quality;
        b.description = format!("Færre {indicator}");
        b.indicator = indicator.into();
        b.baseline_date = from.into();
        b.target_date = to.into();
        b
    }

    #[test]
    fn the_map_links_measures_to_benefits_and_benefits_to_goals() {
        let mut programme = Programme::new(Id::new_random(), "Omstilling", Timestamp(1));
        let effect = EffectGoal {
            id: Id::new_random(),
            text: "Flere bor hjemme lenger".into(),
            ..EffectGoal::default()
        };
        programme.effect_goals.push(effect.clone());
        let mut s = sheet("Stokkbakken");
        s.desired_situation = "Riktig bemanning".into();
        s.programme = Some(ProgrammeLink {
            programme: programme.id,
            focus_area: None,
        });
        let (mut b1, mut b2, b3) = (
            benefit("Overtid", "", ""),
            benefit("Sykefravær", "", ""),
            benefit("", "", ""),
        );
        b1.goal = Some(BenefitGoal::DesiredSituation);
        b2.goal = Some(BenefitGoal::EffectGoal(effect.id));
        let mut m1 = Measure::new(Id::new_random());
        let mut m2 = Measure::new(Id::new_random());
        let m3 = Measure::new(Id::new_random());
        // Many to many: m1 delivers b1 and b2, m2 delivers b2; m3 and b3 are unlinked.
        assert!(m1.link_benefit(b1.id));
        assert!(m1.link_benefit(b2.id));
        assert!(!m1.link_benefit(b2.id), "already linked");
        assert!(m2.link_benefit(b2.id));
        // A link to a benefit that is gone is left out.
        assert!(m2.link_benefit(Id::new_random()));
        s.benefits = vec![b1.clone(), b2.clone(), b3];
        s.measures = vec![m1, m2, m3];
        let map = s.benefit_map(Some(&programme));
        assert_eq!(map.measures.len(), 3);
        assert_eq!(map.benefits.len(), 3);
        assert_eq!(map.deliveries, vec![(0, 0), (0, 1), (1, 1)]);
        assert_eq!(
            map.goals
                .iter()
                .map(|g| g.text.as_str())
                .collect::<Vec<_>>(),
            ["Riktig bemanning", "Flere bor hjemme lenger"]
        );
        assert_eq!(map.serves, vec![(0, 0), (1, 1)]);
        assert!(map.has_links());
        // Without its programme the effect goal is not on the map (nor a choice).
        let alone = s.benefit_map(None);
        assert_eq!(alone.serves, vec![(0, 0)]);
        assert_eq!(s.goal_choices(None).len(), 1);
        assert_eq!(s.goal_choices(Some(&programme)).len(), 2);
        // A programme the sheet is not in gives no effect goals.
        let other = Programme::new(Id::new_random(), "Omstilling", Timestamp(1));
        assert_eq!(s.goal_choices(Some(&other)).len(), 1);
        // Unlinking removes the link.
        let mut m = s.measures[0].clone();
        assert!(m.unlink_benefit(&b1.id));
        assert!(!m.unlink_benefit(&b1.id), "already gone");
        assert!(!m.delivers(&b1.id));
        assert!(m.delivers(&b2.id));
        assert!(!sheet("tom").benefit_map(None).has_links());
    }

    #[test]
    fn double_counting_is_the_same_indicator_and_unit_over_overlapping_periods() {
        let cases: &[(&str, Benefit, Benefit, bool)] = &[
            (
                "same, overlapping",
                benefit("Overtid", "2025-01-01", "2025-12-31"),
                benefit("overtid ", "2025-06-01", "2026-06-01"),
                true,
            ),
            (
                "touching on one day",
                benefit("Overtid", "2025-01-01", "2025-06-01"),
                benefit("Overtid", "2025-06-01", "2025-12-31"),
                true,
            ),
            (
                "after each other",
                benefit("Overtid", "2025-01-01", "2025-05-31"),
                benefit("Overtid", "2025-06-01", "2025-12-31"),
                false,
            ),
            (
                "open ends overlap",
                benefit("Overtid", "", ""),
                benefit("Overtid", "2030-01-01", "2031-01-01"),
                true,
            ),
            (
                "another indicator",
                benefit("Overtid", "", ""),
                benefit("Sykefravær", "", ""),
                false,
            ),
            (
                "no indicator",
                benefit("", "", ""),
                benefit("", "", ""),
                false,
            ),
        ];
        for (what, a, b, flagged) in cases {
            let (mut s1, mut s2) = (sheet("Sør"), sheet("Nord"));
            s1.benefits.push(a.clone());
            s2.benefits.push(b.clone());
            let found = double_counted(&[&s1, &s2]);
            assert_eq!(!found.is_empty(), *flagged, "{what}");
            if *flagged {
                assert_eq!(found.len(), 1);
                let claims: Vec<_> = found[0]
                    .claims
                    .iter()
                    .map(|c| (c.sheet, c.benefit))
                    .collect();
                assert_eq!(claims, vec![(s1.id, a.id), (s2.id, b.id)], "{what}");
            }
        }
        // The same sheet twice is not double counting across sheets.
        let mut s = sheet("Sør");
        s.benefits = vec![benefit("Overtid", "", ""), benefit("Overtid", "", "")];
        assert!(double_counted(&[&s]).is_empty());
        // Another unit: the linked indicator's unit decides.
        let (mut s1, mut s2) = (sheet("Sør"), sheet("Nord"));
        for (s, unit) in [
            (&mut s1, IndicatorUnit::Percent),
            (&mut s2, IndicatorUnit::Count),
        ] {
            let mut i = Indicator::new(Id::new_random());
            i.name = "Sykefravær".into();
            i.unit = unit;
            let mut b = benefit("", "", "");
            b.measured_by = Some(i.id);
            s.indicators.push(i);
            s.benefits.push(b);
        }
        assert!(
            double_counted(&[&s1, &s2]).is_empty(),
            "percent and count differ"
        );
        s2.indicators[0].unit = IndicatorUnit::Percent;
        let found = double_counted(&[&s1, &s2]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].indicator, "Sykefravær");
        assert_eq!(found[0].unit, Some(IndicatorUnit::Percent));
        // An ulempe is not the same claim as a gevinst.
        s2.benefits[0].disbenefit = true;
        assert!(double_counted(&[&s1, &s2]).is_empty());
        // Economic benefits without an indicator of their own are in kroner.
        let (mut s1, mut s2) = (sheet("Sør"), sheet("Nord"));
        let mut a = benefit("Lønnskostnad", "", "");
        a.kind = BenefitKind::Economic;
        let b = benefit("Lønnskostnad", "", "");
        s1.benefits.push(a.clone());
        s2.benefits.push(b);
        assert!(
            double_counted(&[&s1, &s2]).is_empty(),
            "kroner and no unit differ"
        );
        s2.benefits[0].kind = BenefitKind::Economic;
        let three = {
            let mut s3 = sheet("Vest");
            s3.benefits.push(a);
            s3
        };
        let found = double_counted(&[&s1, &s2, &three]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].claims.len(), 3, "all three sheets");
    }
}
