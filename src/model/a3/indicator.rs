//! Måling: indicators with a baseline, a target and measurements over time, and the scaling of
//! the small chart that shows them.

use crate::model::entity::{ordered_choices, Id};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Units seen in the seeds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum IndicatorUnit {
    #[default]
    Percent,
    BedDays,
    Nok,
    Count,
}

/// Whether a rising or a falling value is the improvement.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    #[default]
    LowerIsBetter,
    HigherIsBetter,
}

/// One measured value.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Measurement {
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

/// One indicator, e.g. "overliggere på sykehus" in liggedøgn, 290 → 15.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Indicator {
    pub id: Id,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub unit: IndicatorUnit,
    #[serde(default)]
    pub direction: Direction,
    #[serde(default)]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::model::money::DecimalString>")
    )]
    pub baseline: Option<Decimal>,
    #[serde(default)]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::model::money::DecimalString>")
    )]
    pub target: Option<Decimal>,
    #[serde(default)]
    pub measurements: Vec<Measurement>,
    #[serde(flatten, deserialize_with = "crate::model::merge::checked_extra")]
    pub extra: Map<String, Value>,
}

impl Indicator {
    pub fn new(id: Id) -> Self {
        Indicator {
            id,
            ..Indicator::default()
        }
    }

    /// Measurements with a date and a value, oldest first.
    pub fn series(&self) -> Vec<(i64, Decimal)> {
        let mut points: Vec<_> = self
            .measurements
            .iter()
            .filter_map(|m| Some((days_from_iso(&m.date)?, m.value?)))
            .collect();
        points.sort_by_key(|p| p.0);
        points
    }

    /// Whether the latest measurement has reached the target, in the indicator's direction.
    pub fn target_reached(&self) -> Option<bool> {
        let latest = self.series().last()?.1;
        let target = self.target?;
        Some(match self.direction {
            Direction::LowerIsBetter => latest <= target,
            Direction::HigherIsBetter => latest >= target,
        })
    }
}

/// The ISO date `YYYY-MM-DD` of a day counted as [`days_from_iso`] counts it.
pub fn iso_from_days(days: i64) -> String {
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Days since 1970-01-01 for an ISO date `YYYY-MM-DD` (proleptic Gregorian), or `None`.
pub fn days_from_iso(date: &str) -> Option<i64> {
    let mut parts = date.trim().splitn(3, '-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: i64 = parts.next()?.parse().ok()?;
    let d: i64 = parts.next()?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || !(1000..=9999).contains(&y) {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// Size of the chart's SVG `viewBox`, in its own units.
pub const CHART_WIDTH: f64 = 320.0;
pub const CHART_HEIGHT: f64 = 120.0;
const PAD: f64 = 12.0;

/// Where things go in the chart. Only drawing uses floats; the figures stay decimals.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartLayout {
    /// (x, y) per measurement, oldest first.
    pub points: Vec<(f64, f64)>,
    /// (x, y) per point of each realisation curve drawn (gevinstrealiseringsplan).
    pub plans: Vec<Vec<(f64, f64)>>,
    pub baseline_y: Option<f64>,
    pub target_y: Option<f64>,
    /// The value range drawn, bottom to top.
    pub min: Decimal,
    pub max: Decimal,
}

/// A realisation curve as days and values, oldest first (`Benefit::plan_curve`).
pub type Curve = Vec<(i64, Decimal)>;

/// Scales measurements, baseline, target and the plans of the benefits measured by the
/// indicator into the chart, on one time axis; `None` when there is nothing to draw.
pub fn chart_layout(indicator: &Indicator, plans: &[Curve]) -> Option<ChartLayout> {
    let series = indicator.series();
    let planned = plans.iter().flatten();
    let values = series
        .iter()
        .chain(planned.clone())
        .map(|p| p.1)
        .chain(indicator.baseline)
        .chain(indicator.target);
    let (min, max) = values.fold(None, |acc: Option<(Decimal, Decimal)>, v| {
        Some(acc.map_or((v, v), |(lo, hi)| (lo.min(v), hi.max(v))))
    })?;
    let span = (max - min).to_f64().unwrap_or(0.0);
    let y = |v: Decimal| {
        let inner = CHART_HEIGHT - 2.0 * PAD;
        if span == 0.0 {
            CHART_HEIGHT / 2.0
        } else {
            PAD + inner * (1.0 - (v - min).to_f64().unwrap_or(0.0) / span)
        }
    };
    let days = series.iter().chain(planned).map(|p| p.0);
    let (first, last) = (days.clone().min(), days.max());
    let span_days = match (first, last) {
        (Some(a), Some(b)) => (b - a) as f64,
        _ => 0.0,
    };
    let place = |points: &[(i64, Decimal)]| -> Vec<(f64, f64)> {
        points
            .iter()
            .map(|(day, value)| {
                let x = if span_days == 0.0 {
                    CHART_WIDTH / 2.0
                } else {
                    PAD + (CHART_WIDTH - 2.0 * PAD)
                        * ((day - first.unwrap_or(0)) as f64 / span_days)
                };
                (x, y(*value))
            })
            .collect()
    };
    Some(ChartLayout {
        points: place(&series),
        plans: plans
            .iter()
            .filter(|c| !c.is_empty())
            .map(|c| place(c))
            .collect(),
        baseline_y: indicator.baseline.map(y),
        target_y: indicator.target.map(y),
        min,
        max,
    })
}

ordered_choices!(IndicatorUnit {
    Percent,
    BedDays,
    Nok,
    Count
});
ordered_choices!(Direction {
    LowerIsBetter,
    HigherIsBetter
});

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn measurement(date: &str, value: &str) -> Measurement {
        Measurement {
            id: Id::new_random(),
            date: date.into(),
            value: Some(d(value)),
            ..Measurement::default()
        }
    }

    #[test]
    fn iso_dates_count_days_from_the_epoch() {
        assert_eq!(days_from_iso("1970-01-01"), Some(0));
        assert_eq!(days_from_iso("2024-03-01"), Some(19_783));
        assert_eq!(
            days_from_iso("2025-01-06").unwrap() - days_from_iso("2024-01-06").unwrap(),
            366
        );
        for iso in [
            "1970-01-01",
            "2024-02-29",
            "2025-12-31",
            "2000-03-01",
            "1999-12-31",
        ] {
            assert_eq!(iso_from_days(days_from_iso(iso).unwrap()), iso);
        }
        for bad in [
            "",
            "2024",
            "2024-13-01",
            "2024-00-10",
            "24-01-01",
            "2024-01-32",
            "x-y-z",
        ] {
            assert_eq!(days_from_iso(bad), None, "{bad}");
        }
    }

    #[test]
    fn overliggere_from_290_to_15_scale_into_the_chart() {
        let mut ind = Indicator::new(Id::new_random());
        ind.baseline = Some(d("290"));
        ind.target = Some(d("15"));
        // Out of order on purpose: the chart sorts by date.
        ind.measurements = vec![
            measurement("2025-02-28", "15"),
            measurement("2024-02-29", "290"),
        ];
        let layout = chart_layout(&ind, &[]).unwrap();
        assert_eq!((layout.min, layout.max), (d("15"), d("290")));
        assert_eq!(layout.points.len(), 2);
        let (first, last) = (layout.points[0], layout.points[1]);
        assert_eq!(first, (PAD, PAD), "oldest and highest: left, top");
        assert_eq!(
            last,
            (CHART_WIDTH - PAD, CHART_HEIGHT - PAD),
            "newest and lowest: right, bottom"
        );
        assert_eq!(layout.baseline_y, Some(PAD));
        assert_eq!(layout.target_y, Some(CHART_HEIGHT - PAD));
        assert_eq!(ind.target_reached(), Some(true));
    }

    #[test]
    fn sick_leave_direction_and_flat_or_empty_series() {
        let mut ind = Indicator::new(Id::new_random());
        assert_eq!(chart_layout(&ind, &[]), None, "nothing to draw");
        ind.baseline = Some(d("12.6"));
        let flat = chart_layout(&ind, &[]).unwrap();
        assert_eq!(flat.baseline_y, Some(CHART_HEIGHT / 2.0));
        ind.target = Some(d("12.0"));
        ind.measurements = vec![measurement("2025-01-31", "12.3"), measurement("", "99")];
        let layout = chart_layout(&ind, &[]).unwrap();
        assert_eq!(
            layout.points,
            vec![(CHART_WIDTH / 2.0, PAD + (CHART_HEIGHT - 2.0 * PAD) * 0.5)]
        );
        assert_eq!(ind.target_reached(), Some(false));
        ind.direction = Direction::HigherIsBetter;
        assert_eq!(ind.target_reached(), Some(true));
    }

    #[test]
    fn a_plan_shares_the_time_axis_and_the_value_range() {
        let mut ind = Indicator::new(Id::new_random());
        ind.measurements = vec![measurement("2025-01-01", "290")];
        let day = |s| days_from_iso(s).unwrap();
        // Planned down to 100 by the end of the year, past every measurement.
        let plan = vec![(day("2025-01-01"), d("290")), (day("2025-12-31"), d("100"))];
        let layout = chart_layout(&ind, &[plan, Vec::new()]).unwrap();
        assert_eq!((layout.min, layout.max), (d("100"), d("290")));
        assert_eq!(layout.plans.len(), 1, "an empty curve is not drawn");
        assert_eq!(
            layout.points,
            vec![(PAD, PAD)],
            "the measurement is at the left now"
        );
        assert_eq!(
            layout.plans[0],
            vec![(PAD, PAD), (CHART_WIDTH - PAD, CHART_HEIGHT - PAD)]
        );
        // A plan alone is something to draw.
        ind.measurements.clear();
        assert!(chart_layout(&ind, &[vec![(day("2025-06-01"), d("5"))]]).is_some());
    }
}
