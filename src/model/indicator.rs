//! Måling: indicators with a baseline, a target and measurements over time, and the scaling of
//! the small chart that shows them.

use super::entity::{ordered_choices, Id};
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
        schemars(with = "Option<super::envelope::DecimalString>")
    )]
    pub value: Option<Decimal>,
    #[serde(flatten)]
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
        schemars(with = "Option<super::envelope::DecimalString>")
    )]
    pub baseline: Option<Decimal>,
    #[serde(default)]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<super::envelope::DecimalString>")
    )]
    pub target: Option<Decimal>,
    #[serde(default)]
    pub measurements: Vec<Measurement>,
    #[serde(flatten)]
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
    pub baseline_y: Option<f64>,
    pub target_y: Option<f64>,
    /// The value range drawn, bottom to top.
    pub min: Decimal,
    pub max: Decimal,
}

/// Scales measurements, baseline and target into the chart; `None` when there is nothing to draw.
pub fn chart_layout(indicator: &Indicator) -> Option<ChartLayout> {
    let series = indicator.series();
    let values = series
        .iter()
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
    let (first, last) = (series.first().map(|p| p.0), series.last().map(|p| p.0));
    let days = match (first, last) {
        (Some(a), Some(b)) => (b - a) as f64,
        _ => 0.0,
    };
    let points = series
        .iter()
        .map(|(day, value)| {
            let x = if days == 0.0 {
                CHART_WIDTH / 2.0
            } else {
                PAD + (CHART_WIDTH - 2.0 * PAD) * ((day - first.unwrap_or(0)) as f64 / days)
            };
            (x, y(*value))
        })
        .collect();
    Some(ChartLayout {
        points,
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
        let layout = chart_layout(&ind).unwrap();
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
        assert_eq!(chart_layout(&ind), None, "nothing to draw");
        ind.baseline = Some(d("12.6"));
        let flat = chart_layout(&ind).unwrap();
        assert_eq!(flat.baseline_y, Some(CHART_HEIGHT / 2.0));
        ind.target = Some(d("12.0"));
        ind.measurements = vec![measurement("2025-01-31", "12.3"), measurement("", "99")];
        let layout = chart_layout(&ind).unwrap();
        assert_eq!(
            layout.points,
            vec![(CHART_WIDTH / 2.0, PAD + (CHART_HEIGHT - 2.0 * PAD) * 0.5)]
        );
        assert_eq!(ind.target_reached(), Some(false));
        ind.direction = Direction::HigherIsBetter;
        assert_eq!(ind.target_reached(), Some(true));
    }
}
