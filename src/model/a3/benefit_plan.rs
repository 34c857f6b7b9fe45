//! Gevinstrealiseringsplan: per gevinst, how it is measured (method, frequency, responsible,
//! cost of measuring) and the planned values by date (the realisation curve), and where a
//! benefit stands against that plan on a date: *i rute*, *bak plan* or *ikke målt*.
//!
//! The measured values are those of the sheet's indicator (Måling) the benefit is measured by
//! ([`Benefit::measured_by`]); its direction says whether a higher or a lower
//! value is ahead of the plan.

use crate::model::a3::benefit::{Benefit, PlanPoint};
use crate::model::a3::indicator::{days_from_iso, Direction, Indicator};
use crate::model::entity::Id;
use rust_decimal::Decimal;

/// Where a benefit stands against its plan on a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlanStatus {
    /// The latest measurement is at or ahead of the plan at its date.
    OnTrack,
    /// The latest measurement is short of the plan at its date.
    Behind,
    /// Nothing measured yet, or a planned point has passed since the latest measurement.
    NotMeasured,
}

impl PlanStatus {
    pub const ALL: [PlanStatus; 3] = [
        PlanStatus::OnTrack,
        PlanStatus::Behind,
        PlanStatus::NotMeasured,
    ];

    /// Position in [`Self::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The class that colours it on screen and in the report.
    pub fn css_class(self) -> &'static str {
        ["on-track", "behind", "not-measured"][self.index()]
    }
}

impl Benefit {
    /// The realisation curve as days and values, oldest first: the plan's points that have a
    /// date and a value, starting from the nullpunkt (baseline at its date) when that comes
    /// before them. Empty when no point is planned.
    pub fn plan_curve(&self) -> Vec<(i64, Decimal)> {
        let mut curve: Vec<_> = self
            .plan
            .iter()
            .filter_map(|p| Some((days_from_iso(&p.date)?, p.value?)))
            .collect();
        curve.sort_by_key(|p| p.0);
        let start = days_from_iso(&self.baseline_date).zip(self.baseline);
        if let (Some(start), Some(first)) = (start, curve.first()) {
            if start.0 < first.0 {
                curve.insert(0, start);
            }
        }
        curve
    }

    /// The value planned on `day`: linear between the curve's points, its last value after
    /// it, `None` before it starts or without a plan.
    pub fn planned_value_at(&self, day: i64) -> Option<Decimal> {
        planned_at(&self.plan_curve(), day)
    }

    /// Where the benefit stands against its plan on `date` (`YYYY-MM-DD`), measured by
    /// `indicator` (the sheet's indicator it is measured by, if any). `None` without a plan or
    /// a valid date.
    ///
    /// - *ikke målt* ([`PlanStatus::NotMeasured`]): no measurement on or before the date, or a
    ///   planned point on or before the date comes after the latest measurement (that step is
    ///   not measured yet);
    /// - else the latest measurement against the plan on its own date, in the indicator's
    ///   direction: at or ahead of it *i rute*, short of it *bak plan*.
    pub fn plan_status(&self, indicator: Option<&Indicator>, date: &str) -> Option<PlanStatus> {
        let curve = self.plan_curve();
        let day = days_from_iso(date)?;
        if self
            .plan
            .iter()
            .all(|p| days_from_iso(&p.date).zip(p.value).is_none())
        {
            return None;
        }
        let Some(indicator) = indicator else {
            return Some(PlanStatus::NotMeasured);
        };
        let Some((measured_day, value)) = indicator.series().into_iter().rfind(|(d, _)| *d <= day)
        else {
            return Some(PlanStatus::NotMeasured);
        };
        let planned_since = self
            .plan
            .iter()
            .filter_map(|p| days_from_iso(&p.date).zip(p.value))
            .any(|(d, _)| d > measured_day && d <= day);
        if planned_since {
            return Some(PlanStatus::NotMeasured);
        }
        let Some(planned) = planned_at(&curve, measured_day) else {
            // Measured before the plan starts: nothing was expected yet.
            return Some(PlanStatus::OnTrack);
        };
        let ahead = match indicator.direction {
            Direction::LowerIsBetter => value <= planned,
            Direction::HigherIsBetter => value >= planned,
        };
        Some(if ahead {
            PlanStatus::OnTrack
        } else {
            PlanStatus::Behind
        })
    }

    /// Adds an empty point to the plan.
    pub fn add_plan_point(&mut self, id: Id) {
        self.plan.push(PlanPoint::new(id));
    }

    /// Changes one point of the plan; `false` if it is gone.
    pub fn edit_plan_point(&mut self, point: &Id, change: impl FnOnce(&mut PlanPoint)) -> bool {
        match self.plan.iter_mut().find(|p| &p.id == point) {
            Some(p) => {
                change(p);
                true
            }
            None => false,
        }
    }

    /// Removes one point of the plan; `false` if it was not there.
    pub fn remove_plan_point(&mut self, point: &Id) -> bool {
        let before = self.plan.len();
        self.plan.retain(|p| &p.id != point);
        self.plan.len() != before
    }
}

impl crate::model::a3::A3Sheet {
    /// The realisation curves of the benefits measured by `indicator`, for its chart.
    pub fn plans_measured_by(&self, indicator: &Id) -> Vec<crate::model::a3::indicator::Curve> {
        self.benefits
            .iter()
            .filter(|b| b.measured_by.as_ref() == Some(indicator))
            .map(Benefit::plan_curve)
            .filter(|c| !c.is_empty())
            .collect()
    }

    /// The sheet's indicator that measures `benefit`, if it is linked to one that is there.
    pub fn indicator_of(&self, benefit: &Benefit) -> Option<&Indicator> {
        let id = benefit.measured_by?;
        self.indicators.iter().find(|i| i.id == id)
    }
}

/// Linear interpolation along `curve` (sorted by day).
fn planned_at(curve: &[(i64, Decimal)], day: i64) -> Option<Decimal> {
    let after = curve.iter().position(|(d, _)| *d > day);
    match after {
        Some(0) => None,
        None => curve.last().map(|p| p.1),
        Some(i) => {
            let ((d0, v0), (d1, v1)) = (curve[i - 1], curve[i]);
            if d0 == day {
                return Some(v0);
            }
            let share = Decimal::from(day - d0) / Decimal::from(d1 - d0);
            Some(v0 + (v1 - v0) * share)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::a3::indicator::Measurement;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    /// Overliggere: 290 liggedøgn on 2025-01-01, planned 200 by mid-year and 100 by the end.
    fn benefit() -> Benefit {
        let mut b = Benefit::new(Id::new_random());
        b.baseline = Some(d("290"));
        b.baseline_date = "2025-01-01".into();
        for (date, value) in [("2025-07-01", "200"), ("2025-12-31", "100")] {
            let mut p = PlanPoint::new(Id::new_random());
            p.date = date.into();
            p.value = Some(d(value));
            b.plan.push(p);
        }
        b
    }

    fn indicator(direction: Direction, points: &[(&str, &str)]) -> Indicator {
        let mut i = Indicator::new(Id::new_random());
        i.direction = direction;
        i.measurements = points
            .iter()
            .map(|(date, value)| Measurement {
                id: Id::new_random(),
                date: (*date).into(),
                value: Some(d(value)),
                ..Measurement::default()
            })
            .collect();
        i
    }

    #[test]
    fn the_curve_starts_at_the_nullpunkt_and_interpolates_between_points() {
        let b = benefit();
        let day = |s| days_from_iso(s).unwrap();
        assert_eq!(
            b.planned_value_at(day("2024-12-31")),
            None,
            "before it starts"
        );
        assert_eq!(b.planned_value_at(day("2025-01-01")), Some(d("290")));
        assert_eq!(b.planned_value_at(day("2025-07-01")), Some(d("200")));
        // 2025-07-01 → 2025-12-31 is 183 days; 2025-10-01 is 92 days in.
        let mid = b.planned_value_at(day("2025-10-01")).unwrap();
        assert_eq!(
            mid.round_dp(4),
            (d("200") - d("100") * d("92") / d("183")).round_dp(4)
        );
        assert_eq!(
            b.planned_value_at(day("2026-06-01")),
            Some(d("100")),
            "after: the last value"
        );
        // Without a plan there is no curve, even with a nullpunkt.
        let mut none = b.clone();
        none.plan.clear();
        assert!(none.plan_curve().is_empty());
        assert_eq!(none.plan_status(None, "2025-06-01"), None);
        // Points without a date or a value are not part of it.
        let mut partial = none.clone();
        partial.add_plan_point(Id::new_random());
        assert_eq!(partial.plan_status(None, "2025-06-01"), None);
    }

    #[test]
    fn status_against_the_plan_on_dates_at_the_edges() {
        use PlanStatus::*;
        let b = benefit();
        let lower = |points: &[(&str, &str)]| indicator(Direction::LowerIsBetter, points);
        let cases: &[(&str, Option<&Indicator>, &str, PlanStatus)] = &[
            ("no indicator", None, "2025-08-01", NotMeasured),
            (
                "nothing measured",
                Some(&lower(&[])),
                "2025-08-01",
                NotMeasured,
            ),
            // Measured on the plan's own date, exactly the plan: i rute.
            (
                "on the point",
                Some(&lower(&[("2025-07-01", "200")])),
                "2025-07-01",
                OnTrack,
            ),
            (
                "one short on the point",
                Some(&lower(&[("2025-07-01", "201")])),
                "2025-07-01",
                Behind,
            ),
            // A measurement after the report date does not count.
            (
                "measured the day after",
                Some(&lower(&[("2025-07-02", "150")])),
                "2025-07-01",
                NotMeasured,
            ),
            // The plan point of 2025-12-31 has passed since the last measurement.
            (
                "a step not measured",
                Some(&lower(&[("2025-07-01", "150")])),
                "2025-12-31",
                NotMeasured,
            ),
            (
                "a step not measured, yet",
                Some(&lower(&[("2025-07-01", "150")])),
                "2025-12-30",
                OnTrack,
            ),
            // Between points, against the interpolated plan (2025-10-01: about 149.7).
            (
                "between, ahead",
                Some(&lower(&[("2025-10-01", "149")])),
                "2025-11-01",
                OnTrack,
            ),
            (
                "between, behind",
                Some(&lower(&[("2025-10-01", "150")])),
                "2025-11-01",
                Behind,
            ),
            // Measured before the plan's first point, starting at the nullpunkt.
            (
                "at the nullpunkt",
                Some(&lower(&[("2025-01-01", "290")])),
                "2025-03-01",
                OnTrack,
            ),
            (
                "before the curve",
                Some(&lower(&[("2024-12-01", "300")])),
                "2025-03-01",
                OnTrack,
            ),
        ];
        for (what, indicator, date, want) in cases {
            assert_eq!(b.plan_status(*indicator, date), Some(*want), "{what}");
        }
        // Higher is better turns it round.
        let higher = indicator(Direction::HigherIsBetter, &[("2025-07-01", "201")]);
        assert_eq!(b.plan_status(Some(&higher), "2025-07-01"), Some(OnTrack));
        let higher = indicator(Direction::HigherIsBetter, &[("2025-07-01", "199")]);
        assert_eq!(b.plan_status(Some(&higher), "2025-07-01"), Some(Behind));
        assert_eq!(b.plan_status(Some(&higher), "not a date"), None);
    }

    #[test]
    fn plan_points_are_added_changed_and_removed_by_id() {
        let mut b = Benefit::new(Id::new_random());
        let (one, two) = (Id::new_random(), Id::new_random());
        b.add_plan_point(one);
        b.add_plan_point(two);
        assert!(b.edit_plan_point(&two, |p| p.date = "2026-01-01".into()));
        assert_eq!(b.plan[1].date, "2026-01-01");
        assert!(b.remove_plan_point(&one));
        assert!(!b.remove_plan_point(&one), "already gone");
        assert!(!b.edit_plan_point(&one, |p| p.date = "x".into()));
        assert_eq!(b.plan.iter().map(|p| p.id).collect::<Vec<_>>(), vec![two]);
    }
}
