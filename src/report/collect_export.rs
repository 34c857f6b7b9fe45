//! Samle's exports of a seminar's combined ranking, in a language: CSV for Norwegian Excel and
//! readable text. The ranking itself is [`crate::model::workspace::collect::combined_ranking`].

use crate::i18n::Texts;
use crate::model::collect::Idea;
use crate::model::entity::Id;
use crate::model::seminar::workshop::Seminar;
use crate::report::csv_field;
use std::collections::HashMap;

/// A number with a decimal comma and up to `decimals` decimals, as Norwegian Excel reads it.
fn decimal_comma(value: f64, decimals: usize) -> String {
    let text = format!("{value:.decimals$}");
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    };
    text.replace('.', ",")
}

/// The combined ranking as CSV for Norwegian Excel: UTF-8 with a byte-order mark, `;` between
/// fields, decimal comma, CRLF line ends.
pub fn ranking_csv(ideas: &[Idea], group_names: &HashMap<Id, String>, texts: &Texts) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&texts.collect().csv_columns.all().join(";"));
    out.push_str("\r\n");
    for idea in ideas {
        let kinds: Vec<&str> = idea
            .kinds
            .iter()
            .map(|k| texts.common.benefit_kinds.of(*k))
            .collect();
        let fields = [
            idea.rank.to_string(),
            csv_field(&idea.title),
            idea.points.to_string(),
            idea.groups.len().to_string(),
            csv_field(&idea.named_by(group_names)),
            decimal_comma(idea.mean_place(), 2),
            csv_field(&idea.benefits.join("; ")),
            csv_field(&kinds.join(", ")),
        ];
        out.push_str(&fields.join(";"));
        out.push_str("\r\n");
    }
    out
}

/// The combined ranking as readable text.
pub fn ranking_text(
    seminar: &Seminar,
    ideas: &[Idea],
    group_names: &HashMap<Id, String>,
    texts: &Texts,
) -> String {
    let mut out = format!(
        "{}\n{}\n{}\n\n",
        seminar.title,
        seminar.group_question,
        texts.collect().method
    );
    for idea in ideas {
        out.push_str(&format!(
            "{}. {} – {} {}\n",
            idea.rank,
            idea.title,
            idea.points,
            texts.collect().points
        ));
        out.push_str(&format!(
            "   {}: {}\n",
            texts.collect().named_by,
            idea.named_by(group_names)
        ));
        if !idea.benefits.is_empty() {
            out.push_str(&format!(
                "   {}: {}\n",
                texts.group_report.benefit,
                idea.benefits.join("; ")
            ));
        }
    }
    out
}
