//! The programme's status report written out in a language: as readable text (to paste into an
//! e-mail or a Word document) and as CSV for Norwegian Excel. The figures come from
//! [`StatusReport`]; this module only words and formats them. Plain Rust, tested natively.

use crate::i18n::{
    fill, format_iso_date_in, format_nok_in, format_number_in, format_plain_in, Lang, Texts,
};
use crate::model::a3::benefit::BenefitTotals;
use crate::model::a3::indicator::IndicatorUnit;
use crate::model::a3::measure::MeasureTotals;
use crate::model::programme::benefit_map::{BenefitClaim, DoubleCount};
use crate::model::programme::{roman, BenefitPlanLine, GroupKey, MeasureLine, StatusReport};
use rust_decimal::Decimal;
use std::fmt::Write;

mod benefit_map;
mod collect_export;
mod conflict;
mod group_report;
mod html;
mod measure_columns;
mod plan_csv;
mod sheet;
pub use benefit_map::{benefit_map_lines, benefit_map_svg, wrap};
pub use collect_export::{ranking_csv, ranking_text};
pub use conflict::conflict_choice;
pub use group_report::{
    collect_text, parse_report, report_language, report_text, task_review_text,
};
pub use html::{escape, risk_matrix_html, status_html};
pub use measure_columns::{
    measure_columns, running_line, Kind, MeasureColumn, MeasureHeadings, Output, Role, RunningLine,
    MEASURE_COLUMNS,
};
pub use plan_csv::{programme_plan_csv, sheet_plan_csv};
pub use sheet::{chart_summary, sheet_html, target_text, PrintContext};

/// A group's heading: "Fokusområde II: Redusere bemanningsnorm", a unit, or "Uten fokusområde".
pub fn group_heading(key: &GroupKey, texts: &Texts) -> String {
    match key {
        GroupKey::FocusArea { number, name, .. } => {
            let label = fill(
                texts.programme().focus_area_label,
                &[("n", &roman(*number))],
            );
            if name.trim().is_empty() {
                label
            } else {
                format!("{label}: {}", name.trim())
            }
        }
        GroupKey::NoFocusArea => texts.programme_link.no_focus_area.to_owned(),
        GroupKey::Unit(unit) => unit.clone(),
        GroupKey::NoUnit => texts.programme().no_unit.to_owned(),
    }
}

/// The report's heading: "Statusrapport `<title>` pr. 31.12.2023".
pub fn report_title(report: &StatusReport, lang: Lang) -> String {
    let texts = lang.texts();
    fill(
        texts.report().title,
        &[
            ("title", &report.programme.title.trim()),
            ("date", &format_iso_date_in(texts, &report.date)),
        ],
    )
}

/// "1 milepæl over fristen pr. 31.12.2025": the overdue milestones counted against the report
/// date (the programme page counts against today and says so the same way).
pub fn overdue_count_text(report: &StatusReport, lang: Lang) -> String {
    let texts = lang.texts();
    let count = report
        .milestones
        .iter()
        .filter(|(_, overdue)| *overdue)
        .count();
    fill(
        texts.plan().overdue_count,
        &[
            ("n", &count),
            ("date", &format_iso_date_in(texts, &report.date)),
        ],
    )
}

/// The CSV's file name, dated by the report date rather than the day it is downloaded:
/// "statusrapport-omstillingsprosess-helse-og-velferd-2025-12-31.csv".
pub fn status_csv_name(report: &StatusReport, lang: Lang) -> String {
    let mut parts = report
        .date
        .splitn(3, '-')
        .map(|part| part.trim().parse::<u32>().unwrap_or(0));
    let date = (
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
    );
    crate::share::slug_filename(
        lang.texts().report().file_prefix,
        &report.programme.title,
        date,
    )
    .replace(".json", ".csv")
}

/// "3,00 årsverk · 2 500 000,00 kr" in the language.
pub fn totals_text(totals: MeasureTotals, lang: Lang) -> String {
    let texts = lang.texts();
    format!(
        "{} {} · {}",
        format_number_in(lang, totals.fte, 2),
        texts.measures().fte.to_lowercase(),
        format_nok_in(lang, totals.amount)
    )
}

/// "Økonomiske gevinster per år: 2 500 000,00 kr", then " · Økonomiske ulemper per år: …"
/// when there are any; `None` when the sheets hold neither.
pub fn benefit_totals_text(totals: BenefitTotals, lang: Lang) -> Option<String> {
    if totals.benefits.is_zero() && totals.disbenefits.is_zero() {
        return None;
    }
    let t = lang.texts();
    let nok = |v: Decimal| format_nok_in(lang, v);
    let mut text = format!("{}: {}", t.benefits().total, nok(totals.benefits));
    if !totals.disbenefits.is_zero() {
        let _ = write!(
            text,
            " · {}: {}",
            t.benefits().disbenefits_total,
            nok(totals.disbenefits)
        );
    }
    Some(text)
}

/// A measured or planned figure with its unit ("120 liggedøgn"), or alone when the benefit is
/// not linked to an indicator.
pub fn value_with_unit(value: Decimal, unit: Option<IndicatorUnit>, lang: Lang) -> String {
    let figure = format_plain_in(lang, value);
    match unit {
        Some(unit) => format!("{figure} {}", lang.texts().indicators().units.of(unit)),
        None => figure,
    }
}

/// A benefit of the Gevinstrealisering section: its description, and "(ulempe)" after an
/// ulempe's.
pub fn benefit_plan_name(line: &BenefitPlanLine, texts: &Texts) -> String {
    let name = or_dash(&line.description);
    if line.disbenefit {
        format!("{name} ({})", texts.report().benefit_plan_disbenefit)
    } else {
        name.to_owned()
    }
}

/// The latest measurement of a benefit with its date, "180 liggedøgn (28.02.2025)", or "–".
pub fn benefit_plan_latest(line: &BenefitPlanLine, lang: Lang) -> String {
    match &line.latest {
        Some((date, value)) => format!(
            "{} ({})",
            value_with_unit(*value, line.unit, lang),
            format_iso_date_in(lang.texts(), date)
        ),
        None => "–".to_owned(),
    }
}

/// What two or more sheets may be counting twice: "Liggedøgn (liggedøgn)", the indicator and
/// its unit.
pub fn double_count_heading(count: &DoubleCount, texts: &Texts) -> String {
    let name = or_dash(&count.indicator);
    match count.unit {
        Some(unit) => format!("{name} ({})", texts.indicators().units.of(unit)),
        None => name.to_owned(),
    }
}

/// One sheet's claim: "Stokkbakken – Færre overliggere".
pub fn claim_text(claim: &BenefitClaim) -> String {
    format!(
        "{} – {}",
        or_dash(&claim.sheet_title),
        or_dash(&claim.description)
    )
}

fn or_dash(text: &str) -> &str {
    match text.trim() {
        "" => "–",
        text => text,
    }
}

/// One measure's line of the text report: "- Tiltak (A3-ark) · fact · fact", its notes under it.
fn measure_text(line: &MeasureLine, lang: Lang) -> String {
    let running = running_line(line, lang, Output::Text);
    let mut out = format!("- {} (", running.title);
    for (i, (_, place)) in running.places.iter().enumerate() {
        if i > 0 {
            out.push_str(" · ");
        }
        out.push_str(place);
    }
    out.push(')');
    for fact in &running.facts {
        out.push_str(" · ");
        out.push_str(fact);
    }
    for note in &running.notes {
        let _ = write!(out, "\n  {note}");
    }
    out
}

/// The whole report as readable text.
pub fn status_text(report: &StatusReport, lang: Lang) -> String {
    let texts = lang.texts();
    let p = &report.programme;
    let mut out = String::new();
    let section = |out: &mut String, title: &str| {
        let _ = write!(out, "\n{title}\n");
    };
    let _ = writeln!(out, "{}", report_title(report, lang));
    section(&mut out, texts.programme().overall_goal);
    let _ = writeln!(out, "{}", or_dash(&p.overall_goal));
    section(&mut out, texts.programme().result_goals_title);
    let result_goals: Vec<_> = p
        .result_goals
        .iter()
        .filter(|g| !g.text.trim().is_empty())
        .collect();
    if result_goals.is_empty() {
        let _ = writeln!(out, "{}", texts.report().none);
    }
    for goal in result_goals {
        let mark = if goal.done { "[x]" } else { "[ ]" };
        let _ = writeln!(out, "{mark} {}", goal.text.trim());
    }
    section(&mut out, texts.programme().effect_goals_title);
    let effect_goals: Vec<_> = p
        .effect_goals
        .iter()
        .filter(|g| !g.text.trim().is_empty())
        .collect();
    if effect_goals.is_empty() {
        let _ = writeln!(out, "{}", texts.report().none);
    }
    for goal in effect_goals {
        let _ = writeln!(out, "- {}", goal.text.trim());
    }
    if report.groups.is_empty() {
        let _ = write!(
            out,
            "\n{}\n{}\n",
            texts.programme().measures_title,
            texts.report().none
        );
    }
    for group in &report.groups {
        section(&mut out, &group_heading(&group.key, texts));
        if group.lines.is_empty() {
            let _ = writeln!(out, "{}", texts.report().none);
        }
        for line in &group.lines {
            let _ = writeln!(out, "{}", measure_text(line, lang));
        }
        let _ = writeln!(
            out,
            "{}: {}",
            texts.programme().group_total,
            totals_text(group.totals, lang)
        );
    }
    let _ = write!(
        out,
        "\n{}: {}\n",
        texts.programme().total,
        totals_text(report.totals, lang),
    );
    if let Some(benefits) = benefit_totals_text(report.benefits, lang) {
        let _ = writeln!(out, "{benefits}");
    }
    section(&mut out, texts.plan().milestones_title);
    if report.milestones.is_empty() {
        let _ = writeln!(out, "{}", texts.report().none);
    } else {
        let _ = writeln!(out, "{}", overdue_count_text(report, lang));
    }
    let f = &texts.plan().milestone_fields;
    for (m, overdue) in &report.milestones {
        let mut parts: Vec<String> = [&m.year, &m.milestone, &m.theme, &m.assignment]
            .into_iter()
            .filter(|s| !s.trim().is_empty())
            .map(|s| s.trim().to_owned())
            .collect();
        if !m.deadline.trim().is_empty() {
            parts.push(format!(
                "{}: {}",
                f.deadline,
                format_iso_date_in(texts, &m.deadline)
            ));
        }
        if !m.approved.trim().is_empty() {
            parts.push(format!(
                "{}: {}",
                f.approved,
                format_iso_date_in(texts, &m.approved)
            ));
        }
        if *overdue {
            parts.push(texts.plan().overdue.to_uppercase());
        }
        let _ = writeln!(out, "- {}", parts.join(" · "));
    }
    section(&mut out, texts.plan().risks_title);
    if report.risks.is_empty() {
        let _ = writeln!(out, "{}", texts.report().none);
    }
    let c = &texts.report().risk_columns;
    for risk in &report.risks {
        let score = fill(
            texts.plan().risk_score,
            &[
                ("score", &risk.score()),
                ("level", &texts.plan().risk_levels.of(risk.level())),
            ],
        );
        let _ = writeln!(
            out,
            "- {} – {score}: {} {}, {} {} · {}: {} · {}: {}",
            or_dash(&risk.description),
            c.likelihood.to_lowercase(),
            risk.likelihood,
            c.consequence.to_lowercase(),
            risk.consequence,
            c.owner,
            or_dash(&risk.owner),
            c.mitigation,
            or_dash(&risk.mitigation)
        );
    }
    section(&mut out, texts.report().indicators_title);
    if report.indicators.is_empty() {
        let _ = writeln!(out, "{}", texts.report().none);
    }
    let c = &texts.report().indicator_columns;
    for status in &report.indicators {
        let ind = &status.indicator;
        let unit = texts.indicators().units.of(ind.unit);
        let value = |v: Option<Decimal>| match v {
            Some(v) => format!("{} {unit}", format_number_in(lang, v, v.scale().min(4))),
            None => "–".to_owned(),
        };
        let latest = match &status.latest {
            Some((date, v)) => format!("{} ({})", value(Some(*v)), format_iso_date_in(texts, date)),
            None => "–".to_owned(),
        };
        let _ = writeln!(
            out,
            "- {}: {} · {} {} · {} {} · {} {} · {}",
            or_dash(&status.sheet_title),
            or_dash(&ind.name),
            c.baseline,
            value(ind.baseline),
            c.latest.to_lowercase(),
            latest,
            c.target.to_lowercase(),
            value(ind.target),
            target_state(status.reached, texts)
        );
    }
    benefit_plans_text(&mut out, report, lang);
    out
}

/// The Gevinstrealisering and Mulig dobbelttelling sections of the text report; nothing when
/// there is nothing to show.
fn benefit_plans_text(out: &mut String, report: &StatusReport, lang: Lang) {
    let texts = lang.texts();
    let c = &texts.report().benefit_plan_columns;
    if !report.benefit_plans.is_empty() {
        let _ = write!(
            out,
            "\n{}\n{}\n",
            texts.report().benefit_plans_title,
            fill(
                texts.report().benefit_plans_on,
                &[("date", &format_iso_date_in(texts, &report.date))]
            )
        );
    }
    for line in &report.benefit_plans {
        let planned = line
            .planned
            .map(|v| value_with_unit(v, line.unit, lang))
            .unwrap_or_else(|| "–".to_owned());
        let _ = writeln!(
            out,
            "- {} – {}: {} · {} {planned} · {} {} · {}: {}",
            or_dash(&line.sheet_title),
            benefit_plan_name(line, texts),
            texts.realisation().plan_statuses.of(line.status),
            c.plan.to_lowercase(),
            c.latest.to_lowercase(),
            benefit_plan_latest(line, lang),
            c.owner,
            or_dash(&line.owner)
        );
    }
    if !report.double_counts.is_empty() {
        let _ = write!(
            out,
            "\n{}\n{}\n",
            texts.report().double_counting_title,
            texts.report().double_counting_intro
        );
    }
    for count in &report.double_counts {
        let claims: Vec<String> = count.claims.iter().map(claim_text).collect();
        let _ = writeln!(
            out,
            "- {}: {}",
            double_count_heading(count, texts),
            claims.join("; ")
        );
    }
}

/// "Ikke målt", "Nådd" or "Ikke nådd".
pub fn target_state(reached: Option<bool>, texts: &Texts) -> &'static str {
    let states = &texts.report().target_states;
    match reached {
        None => states.not_measured,
        Some(true) => states.reached,
        Some(false) => states.not_reached,
    }
}

/// A number as Norwegian Excel reads it: no grouping, a decimal comma, always (CSV is for
/// Excel, whatever the language of the app).
fn excel_number(value: Decimal, decimals: u32) -> String {
    value
        .round_dp(decimals)
        .to_string()
        .replace('.', ",")
        .to_owned()
}

fn excel_fixed(value: Decimal, decimals: u32) -> String {
    let mut v = value.round_dp(decimals);
    v.rescale(decimals);
    excel_number(v, decimals)
}

/// One CSV field: quoted when it holds a separator, a quote or a line break; a leading
/// formula character is neutralised so Excel shows the text instead of running it.
pub fn csv_field(text: &str) -> String {
    if text.contains([';', '"', '\n', '\r']) || text.starts_with(['=', '+', '-', '@']) {
        // Quoted; a leading formula character is kept as text by a leading apostrophe.
        let text = if text.starts_with(['=', '+', '-', '@']) {
            format!("'{text}")
        } else {
            text.to_owned()
        };
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

fn csv_row(out: &mut String, fields: &[String]) {
    out.push_str(&fields.join(";"));
    out.push_str("\r\n");
}

/// The report as CSV for Norwegian Excel: UTF-8 with a byte-order mark, `;` between fields,
/// decimal comma, CRLF line ends. One block per table (measures with totals, milestones,
/// risks, indicators), each with its own heading row, separated by an empty line.
pub fn status_csv(report: &StatusReport, lang: Lang) -> String {
    let texts = lang.texts();
    let date = |iso: &str| format_iso_date_in(texts, iso);
    let text = |s: &str| csv_field(s.trim());
    let mut out = String::from("\u{feff}");
    csv_row(&mut out, &[text(&report_title(report, lang))]);
    out.push_str("\r\n");
    let columns = measure_columns(Output::Csv);
    let headings: Vec<String> = columns.iter().map(|c| text(c.heading(texts))).collect();
    csv_row(&mut out, &headings);
    // A sum row: its label in the first column, each figure in its own column.
    let sum_row =
        |out: &mut String, label: &str, figure: &dyn Fn(MeasureColumn) -> Option<Decimal>| {
            let row: Vec<String> = columns
                .iter()
                .enumerate()
                .map(|(i, c)| match figure(*c) {
                    _ if i == 0 => text(label),
                    Some(v) => excel_fixed(v, 2),
                    None => String::new(),
                })
                .collect();
            csv_row(out, &row);
        };
    for group in &report.groups {
        let heading = group_heading(&group.key, texts);
        for line in &group.lines {
            let row: Vec<String> = columns
                .iter()
                .map(|c| {
                    let cell = c.cell(line, &heading, lang, Output::Csv);
                    if c.numeric() {
                        cell
                    } else {
                        text(&cell)
                    }
                })
                .collect();
            csv_row(&mut out, &row);
        }
        sum_row(
            &mut out,
            &format!("{} {heading}", texts.programme().group_total),
            &|c| c.total(group.totals),
        );
    }
    sum_row(&mut out, texts.programme().total, &|c| {
        c.total(report.totals)
    });
    let benefits = [
        (texts.benefits().total, report.benefits.benefits),
        (
            texts.benefits().disbenefits_total,
            report.benefits.disbenefits,
        ),
    ];
    for (label, amount) in benefits {
        if !amount.is_zero() {
            sum_row(&mut out, label, &|c| {
                (c == MeasureColumn::Amount).then_some(amount)
            });
        }
    }

    out.push_str("\r\n");
    let mut heading: Vec<String> = texts
        .plan()
        .milestone_fields
        .all()
        .iter()
        .map(|c| text(c))
        .collect();
    heading.push(text(&fill(
        texts.plan().overdue_on,
        &[("date", &date(&report.date))],
    )));
    csv_row(&mut out, &heading);
    for (m, overdue) in &report.milestones {
        csv_row(
            &mut out,
            &[
                text(&m.year),
                text(&m.milestone),
                text(&m.theme),
                text(&m.assignment),
                text(&date(&m.deadline)),
                text(&date(&m.approved)),
                text(if *overdue { texts.plan().overdue } else { "" }),
            ],
        );
    }

    out.push_str("\r\n");
    let mut heading: Vec<String> = texts
        .report()
        .risk_columns
        .all()
        .iter()
        .map(|c| text(c))
        .collect();
    heading.push(text(texts.report().risk_product));
    heading.push(text(texts.report().risk_level_column));
    csv_row(&mut out, &heading);
    for risk in &report.risks {
        csv_row(
            &mut out,
            &[
                text(&risk.description),
                risk.likelihood.to_string(),
                risk.consequence.to_string(),
                text(&risk.owner),
                text(&risk.mitigation),
                risk.score().to_string(),
                text(texts.plan().risk_levels.of(risk.level())),
            ],
        );
    }

    out.push_str("\r\n");
    csv_row(
        &mut out,
        &texts
            .report()
            .indicator_columns
            .all()
            .iter()
            .map(|c| text(c))
            .collect::<Vec<_>>(),
    );
    for status in &report.indicators {
        let ind = &status.indicator;
        let number = |v: Option<Decimal>| v.map(|v| excel_number(v, 4)).unwrap_or_default();
        csv_row(
            &mut out,
            &[
                text(&status.sheet_title),
                text(&ind.name),
                number(ind.baseline),
                number(status.latest.as_ref().map(|l| l.1)),
                number(ind.target),
                text(target_state(status.reached, texts)),
            ],
        );
    }
    benefit_plans_csv(&mut out, report, lang);
    out
}

/// The CSV's Gevinstrealisering block (figures without their unit, which has its own column)
/// and its Mulig dobbelttelling block, one row per claim; nothing when there is nothing to show.
fn benefit_plans_csv(out: &mut String, report: &StatusReport, lang: Lang) {
    let texts = lang.texts();
    let text = |s: &str| csv_field(s.trim());
    let number = |v: Option<Decimal>| v.map(|v| excel_number(v, 4)).unwrap_or_default();
    let unit = |u: Option<IndicatorUnit>| {
        u.map(|u| text(texts.indicators().units.of(u)))
            .unwrap_or_default()
    };
    if !report.benefit_plans.is_empty() {
        out.push_str("\r\n");
        let c = &texts.report().benefit_plan_columns;
        let heading: Vec<String> = [
            c.sheet,
            c.benefit,
            c.owner,
            c.status,
            c.plan,
            c.latest,
            c.measured_on,
            c.unit,
        ]
        .iter()
        .map(|c| text(c))
        .collect();
        csv_row(out, &heading);
    }
    for line in &report.benefit_plans {
        csv_row(
            out,
            &[
                text(&line.sheet_title),
                text(&benefit_plan_name(line, texts)),
                text(&line.owner),
                text(texts.realisation().plan_statuses.of(line.status)),
                number(line.planned),
                number(line.latest.as_ref().map(|l| l.1)),
                text(&format_iso_date_in(
                    texts,
                    line.latest.as_ref().map_or("", |l| l.0.as_str()),
                )),
                unit(line.unit),
            ],
        );
    }
    if !report.double_counts.is_empty() {
        out.push_str("\r\n");
        csv_row(out, &[text(texts.report().double_counting_title)]);
        csv_row(
            out,
            &texts
                .report()
                .double_counting_columns
                .all()
                .iter()
                .map(|c| text(c))
                .collect::<Vec<_>>(),
        );
    }
    for count in &report.double_counts {
        for claim in &count.claims {
            csv_row(
                out,
                &[
                    text(&count.indicator),
                    unit(count.unit),
                    text(&claim.sheet_title),
                    text(&claim.description),
                ],
            );
        }
    }
}
