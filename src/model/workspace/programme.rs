//! Programmes on the whole document: which sheets belong to a programme, its measures grouped,
//! and its status report. The programme's own data and rules are in [`crate::model::programme`].

use crate::model::a3::benefit::{benefit_totals, BenefitTotals};
use crate::model::a3::indicator::days_from_iso;
use crate::model::a3::measure::{measure_totals, Measure};
use crate::model::a3::{A3Sheet, ProgrammeLink};
use crate::model::entity::{Id, Timestamp};
use crate::model::programme::benefit_map::{double_counted, DoubleCount};
use crate::model::programme::*;
use crate::model::workspace::Workspace;

impl Workspace {
    pub fn programme(&self, id: &Id) -> Option<&Programme> {
        self.programmes.iter().find(|p| &p.id == id)
    }

    /// Programmes that are not deleted.
    pub fn active_programmes(&self) -> impl Iterator<Item = &Programme> {
        self.programmes.iter().filter(|p| p.deleted.is_none())
    }

    /// The economic gevinster and ulemper per year over the programme's sheets.
    pub fn programme_benefit_totals(&self, programme: &Id) -> BenefitTotals {
        benefit_totals(
            self.programme_sheets(programme)
                .into_iter()
                .map(|s| s.benefits.as_slice()),
        )
    }

    /// Gevinster of the programme's sheets that two or more sheets may be counting (the same
    /// indicator and unit over overlapping periods), for the programme page and its report.
    pub fn programme_double_counts(&self, programme: &Id) -> Vec<DoubleCount> {
        double_counted(&self.programme_sheets(programme))
    }

    /// The active A3 sheets that belong to the programme, in workspace order.
    pub fn programme_sheets(&self, programme: &Id) -> Vec<&A3Sheet> {
        self.active_a3()
            .filter(|s| s.programme.is_some_and(|l| &l.programme == programme))
            .collect()
    }

    /// Puts an A3 sheet in a programme and focus area, or takes it out (`None`); `false` if
    /// there is no such sheet.
    pub fn set_a3_programme(
        &mut self,
        sheet: &Id,
        link: Option<ProgrammeLink>,
        now: Timestamp,
    ) -> bool {
        self.edit_a3(sheet, now, |s| s.programme = link)
    }

    /// Puts a seminar in a programme and focus area, or takes it out (`None`).
    pub fn set_seminar_programme(
        &mut self,
        seminar: &Id,
        link: Option<ProgrammeLink>,
        now: Timestamp,
    ) -> bool {
        self.edit_seminar(seminar, now, |s| s.programme = link)
    }

    /// Every measure of every active sheet in the programme, grouped. By focus area: the
    /// programme's areas in their order (each listed even when empty), then sheets without an
    /// area. By unit: units in alphabetical order, then sheets without a unit.
    pub fn programme_measures(&self, programme: &Id, grouping: Grouping) -> Vec<MeasureGroup> {
        let Some(p) = self.programme(programme) else {
            return Vec::new();
        };
        let sheets = self.programme_sheets(programme);
        let key_of = |sheet: &A3Sheet| -> GroupKey {
            match grouping {
                Grouping::FocusArea => sheet
                    .programme
                    .and_then(|l| l.focus_area)
                    .and_then(|area| p.focus_area(&area))
                    .map(|(number, area)| GroupKey::FocusArea {
                        number,
                        id: area.id,
                        name: area.name.clone(),
                    })
                    .unwrap_or(GroupKey::NoFocusArea),
                Grouping::Unit => match sheet.unit.trim() {
                    "" => GroupKey::NoUnit,
                    unit => GroupKey::Unit(unit.to_owned()),
                },
            }
        };
        let mut keys: Vec<GroupKey> = match grouping {
            Grouping::FocusArea => p
                .focus_areas
                .iter()
                .enumerate()
                .map(|(i, area)| GroupKey::FocusArea {
                    number: i + 1,
                    id: area.id,
                    name: area.name.clone(),
                })
                .collect(),
            Grouping::Unit => {
                let mut units: Vec<String> = sheets
                    .iter()
                    .map(|s| s.unit.trim().to_owned())
                    .filter(|u| !u.is_empty())
                    .collect();
                units.sort_by_key(|u| u.to_lowercase());
                units.dedup();
                units.into_iter().map(GroupKey::Unit).collect()
            }
        };
        let rest = match grouping {
            Grouping::FocusArea => GroupKey::NoFocusArea,
            Grouping::Unit => GroupKey::NoUnit,
        };
        if sheets.iter().any(|s| key_of(s) == rest) {
            keys.push(rest);
        }
        keys.into_iter()
            .map(|key| {
                let members: Vec<&A3Sheet> = sheets
                    .iter()
                    .copied()
                    .filter(|s| key_of(s) == key)
                    .collect();
                let lines: Vec<MeasureLine> = members
                    .iter()
                    .flat_map(|s| {
                        s.measures.iter().map(|m| MeasureLine {
                            sheet: s.id,
                            sheet_title: s.title.clone(),
                            unit: s.unit.clone(),
                            measure: m.clone(),
                        })
                    })
                    .collect();
                let measures: Vec<Measure> = lines.iter().map(|l| l.measure.clone()).collect();
                MeasureGroup {
                    key,
                    sheets: members.iter().map(|s| s.id).collect(),
                    totals: measure_totals(&measures),
                    lines,
                }
            })
            .collect()
    }
}

impl StatusReport {
    /// The report of `programme` as of `date`; `None` if there is no such programme.
    /// Measurements dated after `date` are not counted as the latest.
    pub fn build(workspace: &Workspace, programme: &Id, date: &str) -> Option<StatusReport> {
        let p = workspace.programme(programme)?.clone();
        let groups = workspace.programme_measures(programme, Grouping::FocusArea);
        let as_of = days_from_iso(date);
        let sheets = workspace.programme_sheets(programme);
        let indicators = sheets
            .iter()
            .flat_map(|sheet| {
                sheet.indicators.iter().map(move |indicator| {
                    let latest = latest_measurement(indicator, as_of);
                    let reached = latest
                        .as_ref()
                        .zip(indicator.target)
                        .map(|((_, v), target)| match indicator.direction {
                            crate::model::a3::indicator::Direction::LowerIsBetter => *v <= target,
                            crate::model::a3::indicator::Direction::HigherIsBetter => *v >= target,
                        });
                    IndicatorStatus {
                        sheet_title: sheet.title.clone(),
                        indicator: indicator.clone(),
                        latest,
                        reached,
                    }
                })
            })
            .collect();
        Some(StatusReport {
            benefit_plans: benefit_plan_lines(&sheets, date),
            double_counts: double_counted(&sheets),
            benefits: workspace.programme_benefit_totals(programme),
            totals: overall_totals(&groups),
            milestones: p
                .milestones
                .iter()
                .map(|m| (m.clone(), m.is_overdue(date)))
                .collect(),
            risks: risks_by_score(&p.risks).into_iter().cloned().collect(),
            date: date.to_owned(),
            groups,
            indicators,
            programme: p,
        })
    }
}
