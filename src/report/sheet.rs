//! An A3 sheet as a printed document (issue 22): rendered from the sheet's data, not from its
//! form, so every value prints in full (wrapping, never clipped inside an input), dates and
//! numbers are written in the chosen language whatever the browser's, and nothing empty is
//! printed but the six numbered boxes of the KS template (space to write in by hand).
//!
//! Layout as the KS template: the header (title, unit, owner, metodeveileder, next review,
//! phase, created, printed) across the top, fields 1–2 on the left and 3–6 on the right, the
//! tables and charts below, the share code in the bottom right corner (beside Økonomi and
//! Måling, where the page has room: in the header it would push the fields down by its
//! height). Like the status report ([`super::status_html`]) it is one HTML string; every text
//! from the user goes through
//! [`escape`]. Its title is a heading by role, not an `<h1>`: the document sits, hidden, on the
//! sheet's screen, whose `<h1>` is the form's.

use super::benefit_map::benefit_map_svg;
use super::{escape, totals_text};
use crate::i18n::{
    fill, format_day_in, format_iso_date_in, format_nok_in, format_number_in, format_plain_in,
    Lang, Texts,
};
use crate::model::a3::benefit::Benefit;
use crate::model::a3::benefit::{economic_disbenefit_total, economic_total, BenefitKind};
use crate::model::a3::indicator::{chart_layout, Curve, Indicator, CHART_HEIGHT, CHART_WIDTH};
use crate::model::a3::measure::measure_totals;
use crate::model::a3::A3Sheet;
use crate::model::programme::Programme;
use rust_decimal::Decimal;
use std::fmt::Write;

/// What the printed sheet shows besides the sheet: dates as `(year, month, day)` and the
/// share code.
pub struct PrintContext<'a> {
    pub lang: Lang,
    /// The local day the sheet was created.
    pub created: (u32, u32, u32),
    /// Today.
    pub printed: (u32, u32, u32),
    /// The sheet's share link as one QR code (SVG), or `None` when the sheet is too large for
    /// one printable code.
    pub qr_svg: Option<&'a str>,
    /// The programme the sheet belongs to (its effect goals are on the gevinstkart).
    pub programme: Option<&'a Programme>,
    /// Today as `YYYY-MM-DD`: where each benefit stands against its plan.
    pub today: &'a str,
}

/// The chart's text alternative: "Overliggere: nullpunkt 290 liggedøgn, mål 15 liggedøgn.
/// Målinger: 290 liggedøgn, 15 liggedøgn." (the screen's chart says the same).
pub fn chart_summary(indicator: &Indicator, plans: &[Curve], lang: Lang) -> String {
    let t = lang.texts();
    let unit = t.indicators().units.of(indicator.unit);
    let plan: String = plans
        .iter()
        .map(|curve| {
            format!(
                " {}",
                fill(
                    t.print().chart_plan,
                    &[(
                        "points",
                        &plan_points_text(curve, Some(unit), lang).join(", ")
                    )]
                )
            )
        })
        .collect();
    let show = |v: Decimal| format!("{} {unit}", format_plain_in(lang, v));
    let points: Vec<String> = indicator.series().iter().map(|(_, v)| show(*v)).collect();
    fill(
        t.print().chart_summary,
        &[
            ("name", &indicator.name),
            ("baseline", &indicator.baseline.map_or("–".into(), show)),
            ("target", &indicator.target.map_or("–".into(), show)),
            (
                "points",
                &if points.is_empty() {
                    t.print().chart_none.to_owned()
                } else {
                    points.join(", ")
                },
            ),
        ],
    ) + &plan
}

/// "Målet er nådd" / "Målet er ikke nådd ennå", once there are measurements and a target.
pub fn target_text(indicator: &Indicator, t: &Texts) -> Option<&'static str> {
    indicator.target_reached().map(|reached| {
        if reached {
            t.print().target_reached
        } else {
            t.print().target_not_reached
        }
    })
}

/// The printed sheet.
pub fn sheet_html(sheet: &A3Sheet, cx: &PrintContext) -> String {
    let (lang, t) = (cx.lang, cx.lang.texts());
    let mut out = String::with_capacity(8 * 1024);
    let title = match sheet.title.trim() {
        "" => t.common.untitled,
        title => title,
    };
    let _ = write!(
        out,
        r#"<header class="doc-header"><p class="doc-title" role="heading" aria-level="1">{}</p><dl class="doc-meta">"#,
        escape(title)
    );
    let day = |(y, m, d): (u32, u32, u32)| format_day_in(t, d, m, y as i32);
    let meta = [
        (t.a3().field_unit, sheet.unit.trim().to_owned()),
        (t.a3().field_owner, sheet.owner.trim().to_owned()),
        (
            t.a3().field_method_coach,
            sheet.method_coach.trim().to_owned(),
        ),
        (
            t.a3().field_next_review,
            format_iso_date_in(t, &sheet.next_review),
        ),
        (t.a3().field_phase, t.a3().phases.of(sheet.phase).to_owned()),
        (t.a3().field_created, day(cx.created)),
        (t.print().printed, day(cx.printed)),
    ];
    for (label, value) in meta.iter().filter(|(_, v)| !v.trim().is_empty()) {
        let _ = write!(
            out,
            "<div><dt>{}</dt><dd>{}</dd></div>",
            escape(label),
            escape(value)
        );
    }
    out.push_str("</dl></header>");

    let causes: Vec<_> = sheet
        .causes
        .iter()
        .filter(|c| !c.text.trim().is_empty())
        .collect();
    let mut causes_html = String::new();
    if !causes.is_empty() {
        let _ = write!(
            causes_html,
            r#"<h3>{}</h3><ul class="doc-causes">"#,
            escape(t.causes().title)
        );
        for cause in causes {
            let _ = write!(
                causes_html,
                r#"<li>{} <span class="doc-kind">({})</span></li>"#,
                escape(cause.text.trim()),
                escape(t.causes().kinds.of(cause.kind))
            );
        }
        causes_html.push_str("</ul>");
    }
    let labels = &t.a3().field_labels;
    let numbered = |out: &mut String, label: &str, text: &str, more: &str| {
        let _ = write!(
            out,
            r#"<section class="doc-box"><h2>{}</h2><p class="doc-text">{}</p>{more}</section>"#,
            escape(label),
            escape(text.trim())
        );
    };
    out.push_str(r#"<div class="doc-columns"><div class="doc-column">"#);
    numbered(&mut out, labels.rationale, &sheet.rationale, "");
    numbered(
        &mut out,
        labels.current_situation,
        &sheet.current_situation,
        &causes_html,
    );
    out.push_str(r#"</div><div class="doc-column">"#);
    numbered(
        &mut out,
        labels.desired_situation,
        &sheet.desired_situation,
        "",
    );
    numbered(&mut out, labels.investigation, &sheet.investigation, "");
    numbered(&mut out, labels.change_measures, &sheet.change_measures, "");
    numbered(&mut out, labels.measurement, &sheet.measurement, "");
    out.push_str("</div></div>");

    let money = |v: Option<Decimal>| v.map_or(String::new(), |v| format_nok_in(lang, v));
    let plain = |v: Option<Decimal>| v.map_or(String::new(), |v| format_plain_in(lang, v));
    let date = |iso: &str| format_iso_date_in(t, iso);
    out.push_str(r#"<div class="doc-tables">"#);

    // Gevinster, then ulemper (dis-benefits) in a table of their own, each with its sum.
    for (disbenefits, class, title, total_label, total) in [
        (
            false,
            "doc-benefits",
            t.benefits().title,
            t.benefits().total,
            economic_total(&sheet.benefits),
        ),
        (
            true,
            "doc-disbenefits",
            t.benefits().disbenefits_title,
            t.benefits().disbenefits_total,
            economic_disbenefit_total(&sheet.benefits),
        ),
    ] {
        let rows: Vec<Vec<String>> = sheet
            .benefits
            .iter()
            .filter(|b| b.disbenefit == disbenefits)
            .map(|b| {
                vec![
                    b.description.trim().to_owned(),
                    t.common.benefit_kinds.of(b.kind).to_owned(),
                    b.owner.trim().to_owned(),
                    b.indicator.trim().to_owned(),
                    plain(b.baseline),
                    date(&b.baseline_date),
                    plain(b.target),
                    date(&b.target_date),
                    if b.kind == BenefitKind::Economic {
                        money(b.amount_per_year)
                    } else {
                        String::new()
                    },
                ]
            })
            .collect();
        let total =
            (!total.is_zero()).then(|| format!("{total_label}: {}", format_nok_in(lang, total)));
        doc_table(
            &mut out,
            (class, 2, title),
            &[
                (t.benefits().description, Col::Text),
                (t.common.benefit_kind, Col::Short),
                (t.benefits().owner, Col::Text),
                (t.benefits().indicator, Col::Text),
                (t.benefits().baseline, Col::Number),
                (t.benefits().baseline_date, Col::Short),
                (t.benefits().target, Col::Number),
                (t.benefits().target_date, Col::Short),
                (t.benefits().amount, Col::Number),
            ],
            &rows,
            total.as_deref(),
        );
    }

    let measures: Vec<Vec<String>> = sheet
        .measures
        .iter()
        .map(|m| {
            let comments: Vec<String> = m
                .comments
                .iter()
                .filter(|c| !c.text.trim().is_empty())
                .map(|c| match c.date.trim() {
                    "" => c.text.trim().to_owned(),
                    d => format!("{}: {}", date(d), c.text.trim()),
                })
                .collect();
            vec![
                m.basis.trim().to_owned(),
                m.name.trim().to_owned(),
                m.fte
                    .map_or(String::new(), |v| format_number_in(lang, v, 2)),
                money(m.amount),
                t.measures().statuses.of(m.status).to_owned(),
                date(&m.status_date),
                t.measures().follow_ups.of(m.follow_up).to_owned(),
                m.responsible.trim().to_owned(),
                comments.join("\n"),
            ]
        })
        .collect();
    let totals = measure_totals(&sheet.measures);
    let measures_total = (!sheet.measures.is_empty())
        .then(|| format!("{}: {}", t.measures().total, totals_text(totals, lang)));
    doc_table(
        &mut out,
        ("doc-measures", 2, t.measures().title),
        &[
            (t.measures().columns.basis, Col::Text),
            (t.measures().name, Col::Text),
            (t.measures().fte, Col::Number),
            (t.measures().amount, Col::Number),
            (t.measures().status, Col::Short),
            (t.measures().status_date, Col::Short),
            (t.measures().follow_up, Col::Short),
            (t.measures().responsible, Col::Text),
            (t.print().comments, Col::Text),
        ],
        &measures,
        measures_total.as_deref(),
    );

    realisation_plan_html(&mut out, sheet, cx);

    // Økonomi with the gevinstkart under it, beside Måling and the share code: the map takes
    // the room they leave there, so a sheet with a map still prints on one page.
    out.push_str(r#"<div class="doc-stack">"#);
    let budget: Vec<Vec<String>> = sheet
        .budget_lines
        .iter()
        .map(|b| {
            vec![
                b.label.trim().to_owned(),
                plain(b.budget),
                plain(b.actual),
                plain(b.result()),
            ]
        })
        .collect();
    doc_table(
        &mut out,
        ("doc-budget", 2, t.measures().budget_title),
        &[
            (t.measures().budget_label, Col::Text),
            (t.measures().budget_budget, Col::Number),
            (t.measures().budget_actual, Col::Number),
            (t.measures().budget_result, Col::Number),
        ],
        &budget,
        None,
    );
    let map = sheet.benefit_map(cx.programme);
    if let Some(svg) = map
        .has_links()
        .then(|| benefit_map_svg(&map, lang))
        .flatten()
    {
        let _ = write!(
            out,
            r#"<section class="doc-map"><h2>{}</h2>{svg}</section>"#,
            escape(t.benefit_map().title)
        );
    }
    out.push_str("</div>");

    let indicators: Vec<&Indicator> = sheet
        .indicators
        .iter()
        .filter(|i| !i.name.trim().is_empty() || !i.measurements.is_empty())
        .collect();
    if !indicators.is_empty() {
        let _ = write!(
            out,
            r#"<section class="doc-section doc-indicators"><h2>{}</h2>"#,
            escape(t.indicators().title)
        );
        for indicator in indicators {
            indicator_html(
                &mut out,
                indicator,
                &sheet.plans_measured_by(&indicator.id),
                lang,
            );
        }
        out.push_str("</section>");
    }
    // The share code, in the bottom right corner: its `<svg>` element, without the XML
    // declaration a file of it starts with.
    match cx
        .qr_svg
        .map(|svg| svg.find("<svg").map_or(svg, |at| &svg[at..]))
    {
        Some(svg) => {
            let _ = write!(
                out,
                r#"<figure class="doc-qr" data-testid="print-qr">{svg}<figcaption>{}</figcaption></figure>"#,
                escape(t.print().qr_caption)
            );
        }
        None => {
            let _ = write!(
                out,
                r#"<p class="doc-qr-note" data-testid="print-qr-note">{}</p>"#,
                escape(t.print().qr_too_large)
            );
        }
    }
    out.push_str("</div>");
    out
}

/// What a column holds: text that wraps, a short value or date kept on one line, a figure
/// (one line, to the right).
#[derive(Clone, Copy)]
enum Col {
    Text,
    Short,
    Number,
}

/// A table of the rows that hold anything, with only the columns some row fills, in a section
/// of `class` headed by `title` at `level`; nothing at all when no row holds anything.
/// `head`: the headings and what their columns hold.
fn doc_table(
    out: &mut String,
    (class, level, title): (&str, u8, &str),
    head: &[(&str, Col)],
    rows: &[Vec<String>],
    total: Option<&str>,
) {
    let rows: Vec<&Vec<String>> = rows
        .iter()
        .filter(|r| r.iter().any(|c| !c.trim().is_empty()))
        .collect();
    if rows.is_empty() {
        return;
    }
    let shown: Vec<usize> = (0..head.len())
        .filter(|&i| rows.iter().any(|r| r.get(i).is_some_and(|c| !c.is_empty())))
        .collect();
    let _ = write!(
        out,
        r#"<section class="doc-section {class}"><h{level}>{}</h{level}><table class="doc-table"><thead><tr>"#,
        escape(title)
    );
    let class = |i: usize| match head[i].1 {
        Col::Text => "",
        Col::Short => r#" class="short""#,
        Col::Number => r#" class="number""#,
    };
    for &i in &shown {
        let _ = write!(
            out,
            r#"<th scope="col"{}>{}</th>"#,
            class(i),
            escape(head[i].0)
        );
    }
    out.push_str("</tr></thead><tbody>");
    for row in rows {
        out.push_str("<tr>");
        for &i in &shown {
            let cell = row.get(i).map_or("", String::as_str);
            let _ = write!(out, "<td{}>{}</td>", class(i), escape(cell));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
    if let Some(total) = total {
        let _ = write!(out, r#"<p class="doc-total">{}</p>"#, escape(total));
    }
    out.push_str("</section>");
}

/// One indicator: its baseline, target and direction, its measurements and its chart.
/// A benefit's name on paper: its description, or "Gevinst 2".
fn benefit_name(b: &Benefit, index: usize, t: &Texts) -> String {
    match b.description.trim() {
        "" => fill(t.benefits().unnamed, &[("n", &(index + 1))]),
        d => d.to_owned(),
    }
}

/// The plan's points in words: "200 liggedøgn innen 01.07.2025".
pub fn plan_points_text(curve: &[(i64, Decimal)], unit: Option<&str>, lang: Lang) -> Vec<String> {
    let t = lang.texts();
    curve
        .iter()
        .map(|(day, value)| {
            let value = match unit {
                Some(unit) => format!("{} {unit}", format_plain_in(lang, *value)),
                None => format_plain_in(lang, *value),
            };
            let date = crate::model::a3::indicator::iso_from_days(*day);
            fill(
                t.print().chart_plan_point,
                &[("value", &value), ("date", &format_iso_date_in(t, &date))],
            )
        })
        .collect()
}

/// The gevinstrealiseringsplan: per benefit that has one, how it is measured, its planned
/// values and where it stands today.
fn realisation_plan_html(out: &mut String, sheet: &A3Sheet, cx: &PrintContext) {
    let (lang, t) = (cx.lang, cx.lang.texts());
    let rows: Vec<Vec<String>> = sheet
        .benefits
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let indicator = sheet.indicator_of(b);
            let unit = indicator.map(|i| t.indicators().units.of(i.unit));
            let planned: Vec<(i64, Decimal)> = b
                .plan
                .iter()
                .filter_map(|p| {
                    Some((
                        crate::model::a3::indicator::days_from_iso(&p.date)?,
                        p.value?,
                    ))
                })
                .collect();
            let has_plan = !b.measuring_method.trim().is_empty()
                || b.measuring_frequency.is_some()
                || !b.measuring_responsible.trim().is_empty()
                || b.measuring_cost.is_some()
                || !planned.is_empty();
            if !has_plan {
                return Vec::new();
            }
            let mut sorted = planned;
            sorted.sort_by_key(|p| p.0);
            vec![
                benefit_name(b, i, t),
                indicator.map_or(String::new(), |i| i.name.trim().to_owned()),
                b.measuring_method.trim().to_owned(),
                b.measuring_frequency.map_or(String::new(), |f| {
                    t.realisation().frequencies.of(f).to_owned()
                }),
                b.measuring_responsible.trim().to_owned(),
                b.measuring_cost
                    .map_or(String::new(), |v| format_nok_in(lang, v)),
                plan_points_text(&sorted, unit, lang).join("\n"),
                b.plan_status(indicator, cx.today)
                    .map_or(String::new(), |s| {
                        t.realisation().plan_statuses.of(s).to_owned()
                    }),
            ]
        })
        .filter(|r| !r.is_empty())
        .collect();
    doc_table(
        out,
        ("doc-realisation", 2, t.realisation().plan_title),
        &[
            (t.group_report.benefit, Col::Text),
            (t.benefits().measured_by, Col::Text),
            (t.realisation().method, Col::Text),
            (t.realisation().frequency, Col::Short),
            (t.realisation().responsible, Col::Text),
            (t.realisation().cost, Col::Number),
            (t.realisation().points_title, Col::Short),
            (t.realisation().status_today, Col::Short),
        ],
        &rows,
        None,
    );
}

fn indicator_html(out: &mut String, indicator: &Indicator, plans: &[Curve], lang: Lang) {
    let t = lang.texts();
    let unit = t.indicators().units.of(indicator.unit);
    let value = |v: Decimal| format!("{} {unit}", format_plain_in(lang, v));
    let _ = write!(
        out,
        r#"<div class="doc-indicator"><h3>{}</h3><p>{}</p>"#,
        escape(indicator.name.trim()),
        escape(
            &[
                indicator
                    .baseline
                    .map(|v| format!("{}: {}", t.indicators().baseline, value(v))),
                indicator
                    .target
                    .map(|v| format!("{}: {}", t.indicators().target, value(v))),
                Some(t.indicators().directions.of(indicator.direction).to_owned()),
                target_text(indicator, t).map(str::to_owned),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ")
        )
    );
    out.push_str(r#"<div class="doc-indicator-body">"#);
    let measurements: Vec<Vec<String>> = indicator
        .measurements
        .iter()
        .map(|m| {
            vec![
                format_iso_date_in(t, &m.date),
                m.value.map_or(String::new(), value),
            ]
        })
        .collect();
    doc_table(
        out,
        ("doc-measurements", 4, t.indicators().measurements_title),
        &[
            (t.indicators().measurement_date, Col::Short),
            (t.indicators().measurement_value, Col::Number),
        ],
        &measurements,
        None,
    );
    if let Some(layout) = chart_layout(indicator, plans) {
        let _ = write!(
            out,
            r#"<svg class="doc-chart" viewBox="0 0 {CHART_WIDTH} {CHART_HEIGHT}" role="img" aria-label="{}">"#,
            escape(&chart_summary(indicator, plans, lang))
        );
        for (y, class) in [(layout.baseline_y, "baseline"), (layout.target_y, "target")] {
            if let Some(y) = y {
                let _ = write!(
                    out,
                    r#"<line class="{class}" x1="0" x2="{CHART_WIDTH}" y1="{y:.1}" y2="{y:.1}"/>"#
                );
            }
        }
        let points: Vec<String> = layout
            .points
            .iter()
            .map(|(x, y)| format!("{x:.1},{y:.1}"))
            .collect();
        let _ = write!(
            out,
            r#"<polyline class="series" points="{}"/>"#,
            points.join(" ")
        );
        for (x, y) in &layout.points {
            let _ = write!(out, r#"<circle cx="{x:.1}" cy="{y:.1}" r="4"/>"#);
        }
        for plan in &layout.plans {
            let points: Vec<String> = plan.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect();
            let _ = write!(
                out,
                r#"<polyline class="plan" points="{}"/>"#,
                points.join(" ")
            );
        }
        out.push_str("</svg>");
    }
    out.push_str("</div></div>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::workspace::example::example_workspace;
    use crate::model::{Id, Timestamp};

    fn example() -> A3Sheet {
        example_workspace(Timestamp(1_764_000_000_000)).a3_sheets[0].clone()
    }

    fn print(sheet: &A3Sheet, lang: Lang, qr: Option<&str>) -> String {
        sheet_html(
            sheet,
            &PrintContext {
                lang,
                created: (2025, 1, 6),
                printed: (2026, 12, 4),
                qr_svg: qr,
                programme: None,
                today: "2026-12-04",
            },
        )
    }

    #[test]
    fn every_value_prints_in_full_with_dates_in_the_chosen_language() {
        let mut sheet = example();
        sheet.next_review = "2026-03-20".into();
        let nb = print(&sheet, Lang::Nb, Some("<svg>code</svg>"));
        for text in [
            "Færre overliggere og tilpasset bemanning",
            "3412 Stokkbakken omsorgssenter",
            "Bemanningstilpasning dag- og aftenskift",
            "Nedskalering HMS-aktivitet og fagdager",
            "Turnusen er bygd rundt at all hygiene gis først på dagen",
            "<dt>Neste gjennomgang</dt><dd>20.03.2026</dd>",
            "<dt>Opprettet</dt><dd>06.01.2025</dd>",
            "<dt>Skrevet ut</dt><dd>04.12.2026</dd>",
            "<dt>Fase</dt><dd>Følge opp</dd>",
            r#"<td class="short">06.01.2025</td>"#,
            "06.01.2025: Iverksatt fra årsskiftet",
            "1\u{a0}400\u{a0}000,00\u{a0}kr",
            "Sum tiltak: 3,00 årsverk · 2\u{a0}500\u{a0}000,00\u{a0}kr",
            "<svg>code</svg><figcaption>Skann for å åpne arket",
            r#"aria-label="Liggedøgn for overliggere på sykehuset, januar og februar: nullpunkt 290 liggedøgn, mål 20 liggedøgn. Målinger: 15 liggedøgn.""#,
        ] {
            assert!(nb.contains(text), "{text} in\n{nb}");
        }
        let en = print(&sheet, Lang::En, None);
        for text in [
            "<dd>20/03/2026</dd>",
            r#"<td class="short">06/01/2025</td>"#,
            "1\u{a0}400\u{a0}000.00\u{a0}kr",
            "too large for one QR code",
        ] {
            assert!(en.contains(text), "{text} in\n{en}");
        }
        assert!(!en.contains("<figure class=\"doc-qr\""));
        assert!(print(&sheet, Lang::Nn, None).contains("<dt>Skrive ut</dt>"));
    }

    #[test]
    fn nothing_empty_is_printed_but_the_six_numbered_boxes() {
        let mut sheet = A3Sheet::new(Id::new_random(), "", Timestamp(1_764_000_000_000));
        sheet
            .measures
            .push(crate::model::a3::measure::Measure::new(Id::new_random()));
        let mut measure = crate::model::a3::measure::Measure::new(Id::new_random());
        measure.name = "Nattevakt".into();
        sheet.measures.push(measure);
        let out = print(&sheet, Lang::Nb, None);
        for absent in [
            "Metodeveileder",
            "Enhet / ansvar",
            "Neste gjennomgang",
            "Gevinster",
            "Økonomi",
            "<h2>Måling</h2>",
            "Årsaker",
            "Kommentarer",
            "Dato for status",
            "Årsverk</th>",
            "Grunnlag",
        ] {
            assert!(!out.contains(absent), "{absent} in\n{out}");
        }
        assert!(out.contains(r#"aria-level="1">Uten tittel</p>"#));
        assert_eq!(out.matches(r#"<section class="doc-box">"#).count(), 6);
        // The measure without a name holds its default status and follow-up: it is a row.
        assert_eq!(out.matches("<tr>").count(), 3, "heading and two measures");
        assert!(out.contains("<td>Nattevakt</td>"));
    }

    #[test]
    fn a_measure_s_grunnlag_prints_as_the_first_column_of_the_tiltak() {
        let mut sheet = example();
        sheet.measures[1].basis = " Vedtatt i bystyret ".into();
        let out = print(&sheet, Lang::Nb, None);
        let (_, measures) = out
            .split_once(r#"<section class="doc-section doc-measures">"#)
            .unwrap();
        assert!(
            measures
                .contains(r#"<thead><tr><th scope="col">Grunnlag</th><th scope="col">Tiltak</th>"#),
            "{measures}"
        );
        assert!(measures.contains("<td>Vedtatt i bystyret</td>"));
        // A measure without one has an empty cell, so the columns stay in line.
        assert!(measures.contains("<tr><td></td><td>"));
    }

    #[test]
    fn ulemper_print_in_a_table_of_their_own_with_their_own_sum() {
        let mut sheet = example();
        let mut loss = crate::model::a3::benefit::Benefit::new(Id::new_random());
        loss.description = "Mer ubekvem arbeidstid for nattevaktene".into();
        loss.amount_per_year = Some(rust_decimal::Decimal::new(150_000, 0));
        loss.disbenefit = true;
        sheet.benefits.push(loss);
        let out = print(&sheet, Lang::Nb, None);
        let (gains, losses) = out
            .split_once(r#"<section class="doc-section doc-disbenefits">"#)
            .unwrap();
        assert!(gains.contains("Økonomiske gevinster per år: 2\u{a0}500\u{a0}000,00\u{a0}kr"));
        assert!(!gains.contains("Mer ubekvem arbeidstid"));
        assert!(losses.starts_with("<h2>Ulemper</h2>"));
        assert!(losses.contains("<td>Mer ubekvem arbeidstid for nattevaktene</td>"));
        assert!(losses.contains("Økonomiske ulemper per år: 150\u{a0}000,00\u{a0}kr"));
        assert!(!print(&example(), Lang::Nb, None).contains("Ulemper"));
    }

    #[test]
    fn text_from_the_user_is_escaped() {
        let mut sheet = example();
        sheet.title = "<script>x</script> & \"co\"".into();
        sheet.measures[0].name = "<b>".into();
        let out = print(&sheet, Lang::Nb, None);
        assert!(out
            .contains(r#"aria-level="1">&lt;script&gt;x&lt;/script&gt; &amp; &quot;co&quot;</p>"#));
        assert!(out.contains("<td>&lt;b&gt;</td>") && !out.contains("<b>"));
    }

    #[test]
    fn the_map_the_realisation_plan_and_its_curve_print_only_when_made() {
        use crate::model::a3::benefit::BenefitGoal;
        use crate::model::a3::benefit::{Frequency, PlanPoint};
        let mut sheet = example();
        let plain = print(&sheet, Lang::Nb, None);
        for absent in ["doc-map", "doc-realisation", "class=\"plan\""] {
            assert!(
                !plain.contains(absent),
                "{absent} before anything is linked or planned"
            );
        }
        let indicator = sheet.indicators[0].id;
        let benefit = sheet.benefits[0].id;
        sheet.measures[0].link_benefit(benefit);
        let b = &mut sheet.benefits[0];
        b.goal = Some(BenefitGoal::DesiredSituation);
        b.measured_by = Some(indicator);
        b.measuring_method = "Uttrekk fra Gat".into();
        b.measuring_frequency = Some(Frequency::Quarterly);
        b.plan = vec![PlanPoint {
            id: Id::new_random(),
            date: "2025-02-28".into(),
            value: Some(10.into()),
            ..PlanPoint::default()
        }];
        let out = print(&sheet, Lang::Nb, None);
        let description = sheet.benefits[0].description.trim();
        for text in [
            r#"<section class="doc-map"><h2>Gevinstkart</h2><svg class="benefit-map-svg""#,
            "Bemanningstilpasning dag- og",
            "<h2>Gevinstrealiseringsplan</h2>",
            "Uttrekk fra Gat",
            "Kvartalsvis",
            "10 liggedøgn innen 28.02.2025",
            // Measured 15 against a plan of 10, lower is better: behind.
            "bak plan",
            r#"<polyline class="plan""#,
            "Plan: ",
        ] {
            assert!(out.contains(text), "{text} in\n{out}");
        }
        assert!(out.contains(&escape(description)), "the benefit by name");
        let en = print(&sheet, Lang::En, None);
        assert!(
            en.contains("behind plan") && en.contains("10 bed-days by 28/02/2025"),
            "{en}"
        );
    }
}
