//! The status report as one HTML fragment, for the screen and for printing on A4.
//!
//! The report is a finished document computed from a snapshot ([`StatusReport`]), not a form:
//! nothing in it reacts to input. Written as a string and set as the `innerHTML` of its
//! `<article>`, it costs a few kilobytes of formatting code instead of a renderer for each of
//! its tables (see docs/benchmarks-notes.md). Every text from the user goes through [`escape`].

use super::{
    benefit_plan_latest, benefit_plan_name, benefit_totals_text, claim_text, double_count_heading,
    group_heading, measure_columns, report_title, target_state, totals_text, value_with_unit, Kind,
    Output,
};
use crate::i18n::{fill, format_iso_date_in, format_number_in, Lang};
use crate::model::a3::benefit_plan::PlanStatus;
use crate::model::programme::{risk_level, risk_matrix, Risk, RiskLevel, StatusReport};
use rust_decimal::Decimal;
use std::fmt::Write;

/// Text made safe to put between tags or in a quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The class that colours a benefit's status word (the word itself says it, WCAG 1.4.1).
pub fn plan_status_class(status: PlanStatus) -> &'static str {
    match status {
        PlanStatus::OnTrack => "benefit-on-track",
        PlanStatus::Behind => "benefit-behind",
        PlanStatus::NotMeasured => "benefit-not-measured",
    }
}

fn level_class(level: RiskLevel) -> &'static str {
    match level {
        RiskLevel::Low => "risk-low",
        RiskLevel::Medium => "risk-medium",
        RiskLevel::High => "risk-high",
    }
}

/// A table in a focusable region: `head` are the column headings (`true`: a number column),
/// `rows` the escaped cells. Each cell carries its column's heading in `data-label`, so on a
/// phone the CSS can lay a row out as a card ("Status: Iverksatt") with no sideways scrolling,
/// while print and wider screens keep the table. No rows: "Ingen." and no table at all.
fn table(
    out: &mut String,
    label: &str,
    head: &[(&str, bool)],
    rows: &[(String, Vec<(String, &str)>)],
    none: &str,
) {
    if rows.is_empty() {
        let _ = write!(out, r#"<p class="report-none">{}</p>"#, escape(none));
        return;
    }
    let _ = write!(
        out,
        r#"<div class="table-scroll" tabindex="0" role="region" aria-label="{}"><table class="report-table"><thead><tr>"#,
        escape(label)
    );
    for (heading, number) in head {
        let class = if *number { r#" class="number""# } else { "" };
        let _ = write!(out, r#"<th scope="col"{class}>{}</th>"#, escape(heading));
    }
    out.push_str("</tr></thead><tbody>");
    for (row_class, cells) in rows {
        if row_class.is_empty() {
            out.push_str("<tr>");
        } else {
            let _ = write!(out, r#"<tr class="{row_class}">"#);
        }
        for (i, (cell, class)) in cells.iter().enumerate() {
            let heading = escape(head.get(i).map_or("", |h| h.0));
            if class.is_empty() {
                let _ = write!(out, r#"<td data-label="{heading}">{cell}</td>"#);
            } else {
                let _ = write!(
                    out,
                    r#"<td class="{class}" data-label="{heading}">{cell}</td>"#
                );
            }
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>");
}

/// The 5×5 risk matrix: likelihood up, consequence across, the number of risks in each cell.
pub fn risk_matrix_html(risks: &[Risk], lang: Lang) -> String {
    let t = lang.texts();
    let cells = risk_matrix(risks);
    let mut out = format!(
        r#"<table class="risk-matrix" data-testid="risk-matrix"><caption>{}</caption><thead><tr><th scope="col">{} ↑ · {} →</th>"#,
        escape(t.plan().risk_matrix_title),
        escape(t.plan().risk_matrix_likelihood),
        escape(t.plan().risk_matrix_consequence)
    );
    for c in 1..=5 {
        let _ = write!(out, r#"<th scope="col">{c}</th>"#);
    }
    out.push_str("</tr></thead><tbody>");
    for l in (1..=5u8).rev() {
        let _ = write!(out, r#"<tr><th scope="row">{l}</th>"#);
        for c in 1..=5u8 {
            let count = cells[usize::from(l - 1)][usize::from(c - 1)];
            let shown = if count == 0 {
                String::new()
            } else {
                count.to_string()
            };
            let _ = write!(
                out,
                r#"<td class="{}" data-likelihood="{l}" data-consequence="{c}">{shown}</td>"#,
                level_class(risk_level(l * c))
            );
        }
        out.push_str("</tr>");
    }
    let _ = write!(
        out,
        r#"</tbody></table><p class="risk-legend">{}</p>"#,
        escape(t.plan().risk_matrix_legend)
    );
    out
}

/// The whole printable report.
pub fn status_html(report: &StatusReport, lang: Lang) -> String {
    let t = lang.texts();
    let date = |iso: &str| escape(&format_iso_date_in(t, iso));
    let or_dash = |s: &str| match s.trim() {
        "" => "–".to_owned(),
        s => escape(s),
    };
    let p = &report.programme;
    let mut out = format!("<h1>{}</h1><section>", escape(&report_title(report, lang)));
    let _ = write!(
        out,
        "<h2>{}</h2><p>{}</p>",
        escape(t.programme().overall_goal),
        or_dash(&p.overall_goal)
    );
    let none = || format!(r#"<p class="report-none">{}</p>"#, escape(t.report().none));
    let _ = write!(out, "<h2>{}</h2>", escape(t.programme().result_goals_title));
    let result_goals: Vec<_> = p
        .result_goals
        .iter()
        .filter(|g| !g.text.trim().is_empty())
        .collect();
    if result_goals.is_empty() {
        out.push_str(&none());
    } else {
        out.push_str(r#"<ul class="goal-list">"#);
    }
    for goal in &result_goals {
        let (mark, said) = if goal.done {
            ("☑ ", t.programme().result_goal_done)
        } else {
            ("☐ ", "")
        };
        let _ = write!(
            out,
            r#"<li><span aria-hidden="true">{mark}</span><span class="visually-hidden">{}</span>{}</li>"#,
            escape(said),
            escape(goal.text.trim())
        );
    }
    if !result_goals.is_empty() {
        out.push_str("</ul>");
    }
    let _ = write!(out, "<h2>{}</h2>", escape(t.programme().effect_goals_title));
    let effect_goals: Vec<_> = p
        .effect_goals
        .iter()
        .filter(|g| !g.text.trim().is_empty())
        .collect();
    if effect_goals.is_empty() {
        out.push_str(&none());
    } else {
        out.push_str("<ul>");
        for goal in &effect_goals {
            let _ = write!(out, "<li>{}</li>", escape(goal.text.trim()));
        }
        out.push_str("</ul>");
    }
    let _ = write!(
        out,
        "</section><section><h2>{}</h2>",
        escape(t.programme().measures_title)
    );
    if report.groups.is_empty() {
        out.push_str(&none());
    }

    let columns = measure_columns(Output::Html);
    let head: Vec<(&str, bool)> = columns
        .iter()
        .map(|c| (c.heading(t), c.numeric()))
        .collect();
    for group in &report.groups {
        let heading = group_heading(&group.key, t);
        let _ = write!(
            out,
            r#"<section class="report-group" data-testid="report-group"><h3>{}</h3>"#,
            escape(&heading)
        );
        let rows: Vec<(String, Vec<(String, &str)>)> = group
            .lines
            .iter()
            .map(|line| {
                let cells = columns
                    .iter()
                    .map(|c| {
                        let class = match c.kind() {
                            Kind::Text => "",
                            Kind::Date => "date",
                            Kind::Figure => "number",
                        };
                        (escape(&c.cell(line, &heading, lang, Output::Html)), class)
                    })
                    .collect();
                (String::new(), cells)
            })
            .collect();
        table(&mut out, &heading, &head, &rows, t.report().none);
        let _ = write!(
            out,
            r#"<p class="total" data-testid="report-group-total">{}: <strong>{}</strong></p></section>"#,
            escape(t.programme().group_total),
            escape(&totals_text(group.totals, lang))
        );
    }
    let _ = write!(
        out,
        r#"<p class="total grand-total" data-testid="report-total">{}: <strong>{}</strong></p>"#,
        escape(t.programme().total),
        escape(&totals_text(report.totals, lang)),
    );
    if let Some(benefits) = benefit_totals_text(report.benefits, lang) {
        let _ = write!(
            out,
            r#"<p class="total" data-testid="report-benefits">{}</p>"#,
            escape(&benefits)
        );
    }
    out.push_str("</section>");

    let _ = write!(
        out,
        "<section><h2>{}</h2>",
        escape(t.plan().milestones_title)
    );
    if !report.milestones.is_empty() {
        let _ = write!(
            out,
            r#"<p class="overdue-count" data-testid="report-overdue-count">{}</p>"#,
            escape(&super::overdue_count_text(report, lang))
        );
    }
    let head: Vec<(&str, bool)> = t
        .plan()
        .milestone_fields
        .all()
        .iter()
        .map(|f| (*f, false))
        .collect();
    let rows: Vec<(String, Vec<(String, &str)>)> = report
        .milestones
        .iter()
        .map(|(m, overdue)| {
            let approved = if *overdue {
                format!(
                    r#"<strong class="overdue-badge">{}</strong>"#,
                    escape(t.plan().overdue)
                )
            } else {
                date(&m.approved)
            };
            (
                if *overdue {
                    "overdue".to_owned()
                } else {
                    String::new()
                },
                vec![
                    (escape(&m.year), ""),
                    (escape(&m.milestone), ""),
                    (escape(&m.theme), ""),
                    (escape(&m.assignment), ""),
                    (date(&m.deadline), "date"),
                    (approved, "date"),
                ],
            )
        })
        .collect();
    table(
        &mut out,
        t.plan().milestones_title,
        &head,
        &rows,
        t.report().none,
    );

    let _ = write!(
        out,
        "</section><section><h2>{}</h2>",
        escape(t.plan().risks_title)
    );
    let c = &t.report().risk_columns;
    let head = [
        (c.risk, false),
        (c.likelihood, true),
        (c.consequence, true),
        (t.report().risk_product, true),
        (c.owner, false),
        (c.mitigation, false),
    ];
    let rows: Vec<(String, Vec<(String, &str)>)> = report
        .risks
        .iter()
        .map(|r| {
            let score_class = match r.level() {
                RiskLevel::Low => "number risk-low",
                RiskLevel::Medium => "number risk-medium",
                RiskLevel::High => "number risk-high",
            };
            (
                String::new(),
                vec![
                    (escape(&r.description), ""),
                    (r.likelihood.to_string(), "number"),
                    (r.consequence.to_string(), "number"),
                    (
                        escape(&fill(
                            t.report().risk_score_short,
                            &[
                                ("score", &r.score()),
                                ("level", &t.plan().risk_levels.of(r.level())),
                            ],
                        )),
                        score_class,
                    ),
                    (escape(&r.owner), ""),
                    (escape(&r.mitigation), ""),
                ],
            )
        })
        .collect();
    table(
        &mut out,
        t.plan().risks_title,
        &head,
        &rows,
        t.report().none,
    );
    if !report.risks.is_empty() {
        out.push_str(&risk_matrix_html(&report.risks, lang));
    }

    let _ = write!(
        out,
        "</section><section><h2>{}</h2>",
        escape(t.report().indicators_title)
    );
    let c = &t.report().indicator_columns;
    let head: Vec<(&str, bool)> = vec![
        (c.sheet, false),
        (c.indicator, false),
        (c.baseline, true),
        (c.latest, true),
        (c.target, true),
        (c.status, false),
    ];
    let rows: Vec<(String, Vec<(String, &str)>)> = report
        .indicators
        .iter()
        .map(|s| {
            let unit = t.indicators().units.of(s.indicator.unit);
            let value = |v: Option<Decimal>| {
                v.map(|v| {
                    escape(&format!(
                        "{} {unit}",
                        format_number_in(lang, v, v.scale().min(4))
                    ))
                })
                .unwrap_or_default()
            };
            let latest = s
                .latest
                .as_ref()
                .map(|(d, v)| format!("{} ({})", value(Some(*v)), date(d)))
                .unwrap_or_default();
            (
                String::new(),
                vec![
                    (escape(&s.sheet_title), ""),
                    (escape(&s.indicator.name), ""),
                    (value(s.indicator.baseline), "number"),
                    (latest, "number"),
                    (value(s.indicator.target), "number"),
                    (escape(target_state(s.reached, t)), ""),
                ],
            )
        })
        .collect();
    table(
        &mut out,
        t.report().indicators_title,
        &head,
        &rows,
        t.report().none,
    );
    out.push_str("</section>");
    benefit_plans_html(&mut out, report, lang);
    out
}

/// The Gevinstrealisering section (each benefit with a plan, its status word marked) and the
/// Mulig dobbelttelling notice; nothing when there is nothing to show.
fn benefit_plans_html(out: &mut String, report: &StatusReport, lang: Lang) {
    let t = lang.texts();
    if !report.benefit_plans.is_empty() {
        let _ = write!(
            out,
            r#"<section data-testid="report-benefit-plans"><h2>{}</h2><p>{}</p>"#,
            escape(t.report().benefit_plans_title),
            escape(&fill(
                t.report().benefit_plans_on,
                &[("date", &format_iso_date_in(t, &report.date))]
            ))
        );
        let c = &t.report().benefit_plan_columns;
        let head = [
            (c.benefit, false),
            (c.sheet, false),
            (c.owner, false),
            (c.status, false),
            (c.plan, true),
            (c.latest, true),
        ];
        let rows: Vec<(String, Vec<(String, &str)>)> = report
            .benefit_plans
            .iter()
            .map(|line| {
                let status = format!(
                    r#"<span class="benefit-status {}" data-testid="benefit-plan-status">{}</span>"#,
                    plan_status_class(line.status),
                    escape(t.realisation().plan_statuses.of(line.status))
                );
                let planned = line
                    .planned
                    .map(|v| escape(&value_with_unit(v, line.unit, lang)))
                    .unwrap_or_else(|| "–".to_owned());
                (
                    String::new(),
                    vec![
                        (escape(&benefit_plan_name(line, t)), ""),
                        (escape(&line.sheet_title), ""),
                        (escape(&line.owner), ""),
                        (status, ""),
                        (planned, "number"),
                        (escape(&benefit_plan_latest(line, lang)), "number"),
                    ],
                )
            })
            .collect();
        table(
            out,
            t.report().benefit_plans_title,
            &head,
            &rows,
            t.report().none,
        );
        out.push_str("</section>");
    }
    if !report.double_counts.is_empty() {
        let _ = write!(
            out,
            r#"<section data-testid="double-counting"><h2>{}</h2><div class="notice warning double-counting"><p>{}</p><ul class="double-counts">"#,
            escape(t.report().double_counting_title),
            escape(t.report().double_counting_intro)
        );
        for count in &report.double_counts {
            let _ = write!(
                out,
                "<li><strong>{}</strong><ul>",
                escape(&double_count_heading(count, t))
            );
            for claim in &count.claims {
                let _ = write!(out, "<li>{}</li>", escape(&claim_text(claim)));
            }
            out.push_str("</ul></li>");
        }
        out.push_str("</ul></div></section>");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_from_the_user_cannot_become_markup() {
        assert_eq!(
            escape(r#"<script>alert("x")</script> & 'y'"#),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
        );
    }
}
