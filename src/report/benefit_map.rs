//! The gevinstkart drawn: tiltak → gevinster → mål as an SVG string in three columns, with
//! gevinstansvarlig on each benefit, and the same map as sentences (its text alternative).
//! One rendering serves the sheet's screen and its print.
//!
//! Layout: each column is a stack of boxes; the benefits are ordered by the measures that
//! deliver them and the goals by the benefits that serve them, so most links run across, not
//! up and down. Text is wrapped by a character count (the SVG is drawn without measuring
//! fonts), at most [`MAX_LINES`] lines a box: the sheet and the print hold every name in full.

use super::escape;
use crate::i18n::{fill, Lang, Texts};
use crate::model::programme::benefit_map::BenefitMap;
use std::fmt::Write;

const WIDTH: f64 = 960.0;
const COLUMN: f64 = 270.0;
const GAP: f64 = (WIDTH - 3.0 * COLUMN) / 2.0;
const LINE: f64 = 17.0;
const PAD: f64 = 8.0;
const SPACING: f64 = 12.0;
const HEAD: f64 = 28.0;
/// Characters a box's line holds at 14 px (about 7 px a character in 254 px).
const CHARS: usize = 34;
pub const MAX_LINES: usize = 4;

/// Colours with at least 4.5:1 contrast for their text (dark text on light fills).
const FILLS: [&str; 3] = ["#e8f0fb", "#e6f4ea", "#fdf1dc"];
const STROKES: [&str; 3] = ["#1f5fa8", "#1e7a3c", "#9a5b00"];
const TEXT: &str = "#1a1a1a";
const EDGE: &str = "#4a4a4a";

/// One box: its lines (the first in bold), the second part (smaller) e.g. the owner.
struct Node {
    lines: Vec<String>,
    note: Option<String>,
}

impl Node {
    fn height(&self) -> f64 {
        2.0 * PAD + LINE * (self.lines.len() + usize::from(self.note.is_some())) as f64
    }
}

/// Wraps `text` into lines of at most `width` characters, at most `max` lines (the last one
/// ends with "…" when the text goes on).
pub fn wrap(text: &str, width: usize, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        loop {
            let used = line.chars().count();
            let room = if used == 0 {
                width
            } else {
                width.saturating_sub(used + 1)
            };
            if word.len() <= room {
                if used > 0 {
                    line.push(' ');
                }
                line.extend(word.iter());
                break;
            }
            if used == 0 {
                // A word longer than a line: break it.
                line.extend(word.drain(..width));
            }
            lines.push(std::mem::take(&mut line));
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > max {
        lines.truncate(max);
        let last = &mut lines[max - 1];
        while last.chars().count() + 1 > width {
            last.pop();
        }
        last.push('…');
    }
    lines
}

/// The names shown for the map's boxes: a measure's or benefit's own, or "Tiltak 2".
fn names(map: &BenefitMap, t: &Texts) -> (Vec<String>, Vec<String>, Vec<String>) {
    let or = |name: &str, template: &str, n: usize| match name.trim() {
        "" => fill(template, &[("n", &n)]),
        name => name.to_owned(),
    };
    (
        map.measures
            .iter()
            .enumerate()
            .map(|(i, m)| or(&m.name, t.benefit_map().measure_unnamed, i + 1))
            .collect(),
        map.benefits
            .iter()
            .enumerate()
            .map(|(i, b)| or(&b.description, t.benefits().unnamed, i + 1))
            .collect(),
        map.goals
            .iter()
            .map(|g| match &g.goal {
                crate::model::a3::benefit::BenefitGoal::DesiredSituation => match g.text.trim() {
                    "" => t.benefits().goal_desired.to_owned(),
                    text => format!("{}: {text}", t.benefits().goal_desired),
                },
                crate::model::a3::benefit::BenefitGoal::EffectGoal(_) => {
                    format!("{}: {}", t.benefits().goal_effect, g.text.trim())
                }
            })
            .collect(),
    )
}

/// The order of one column: by the mean position of what links to it (from the column on
/// its left), the unlinked last, ties in list order.
fn order(count: usize, links: &[(usize, usize)], left_y: &[f64]) -> Vec<usize> {
    let key = |i: usize| {
        let ys: Vec<f64> = links
            .iter()
            .filter(|(_, to)| *to == i)
            .map(|(from, _)| left_y[*from])
            .collect();
        if ys.is_empty() {
            f64::MAX
        } else {
            ys.iter().sum::<f64>() / ys.len() as f64
        }
    };
    let mut idx: Vec<usize> = (0..count).collect();
    idx.sort_by(|a, b| key(*a).total_cmp(&key(*b)).then(a.cmp(b)));
    idx
}

/// Tops of the boxes of one column stacked in `order`; returns (top per node, column height).
fn stack(nodes: &[Node], order: &[usize]) -> (Vec<f64>, f64) {
    let mut tops = vec![0.0; nodes.len()];
    let mut y = HEAD;
    for &i in order {
        tops[i] = y;
        y += nodes[i].height() + SPACING;
    }
    (tops, y)
}

/// The map as an SVG, or `None` when there is nothing on it (no measure and no benefit).
pub fn benefit_map_svg(map: &BenefitMap, lang: Lang) -> Option<String> {
    if map.measures.is_empty() && map.benefits.is_empty() {
        return None;
    }
    let t = lang.texts();
    let (measure_names, benefit_names, goal_names) = names(map, t);
    let measures: Vec<Node> = measure_names
        .iter()
        .map(|n| Node {
            lines: wrap(n, CHARS, MAX_LINES),
            note: None,
        })
        .collect();
    let benefits: Vec<Node> = map
        .benefits
        .iter()
        .zip(&benefit_names)
        .map(|(b, n)| Node {
            lines: wrap(n, CHARS, MAX_LINES),
            note: (!b.owner.trim().is_empty()).then(|| {
                wrap(
                    &fill(t.benefit_map().owner, &[("owner", &b.owner.trim())]),
                    CHARS + 6,
                    1,
                )
                .remove(0)
            }),
        })
        .collect();
    let goals: Vec<Node> = goal_names
        .iter()
        .map(|n| Node {
            lines: wrap(n, CHARS, MAX_LINES),
            note: None,
        })
        .collect();
    let (measure_top, h1) = stack(&measures, &(0..measures.len()).collect::<Vec<_>>());
    let centre = |nodes: &[Node], tops: &[f64]| -> Vec<f64> {
        nodes
            .iter()
            .zip(tops)
            .map(|(n, t)| t + n.height() / 2.0)
            .collect()
    };
    let measure_y = centre(&measures, &measure_top);
    let benefit_order = order(benefits.len(), &map.deliveries, &measure_y);
    let (benefit_top, h2) = stack(&benefits, &benefit_order);
    let benefit_y = centre(&benefits, &benefit_top);
    let goal_order = order(goals.len(), &map.serves, &benefit_y);
    let (goal_top, h3) = stack(&goals, &goal_order);
    let goal_y = centre(&goals, &goal_top);
    let height = h1.max(h2).max(h3).max(HEAD + 40.0);
    let xs = [0.0, COLUMN + GAP, 2.0 * (COLUMN + GAP)];

    let mut out = String::with_capacity(4096);
    let label = fill(
        t.benefit_map().label,
        &[
            ("measures", &measures.len()),
            ("benefits", &benefits.len()),
            ("goals", &goals.len()),
        ],
    );
    let _ = write!(
        out,
        r#"<svg class="benefit-map-svg" viewBox="0 0 {WIDTH} {height:.0}" role="img" aria-label="{}" font-family="system-ui, sans-serif" font-size="14">"#,
        escape(&label)
    );
    for (x, head) in xs.iter().zip([
        t.benefit_map().column_measures,
        t.benefit_map().column_benefits,
        t.benefit_map().column_goals,
    ]) {
        let _ = write!(
            out,
            r#"<text x="{x:.0}" y="16" font-weight="700" fill="{TEXT}">{}</text>"#,
            escape(head)
        );
    }
    let edge = |out: &mut String, (x1, y1): (f64, f64), (x2, y2): (f64, f64)| {
        let bend = (x2 - x1) / 2.0;
        let _ = write!(
            out,
            r#"<path d="M{x1:.1} {y1:.1} C{:.1} {y1:.1} {:.1} {y2:.1} {:.1} {y2:.1}" fill="none" stroke="{EDGE}" stroke-width="1.5"/><polygon points="{x2:.1},{y2:.1} {:.1},{:.1} {:.1},{:.1}" fill="{EDGE}"/>"#,
            x1 + bend,
            x2 - bend,
            x2 - 1.0,
            x2 - 8.0,
            y2 - 4.0,
            x2 - 8.0,
            y2 + 4.0
        );
    };
    for &(m, b) in &map.deliveries {
        edge(
            &mut out,
            (xs[0] + COLUMN, measure_y[m]),
            (xs[1], benefit_y[b]),
        );
    }
    for &(b, g) in &map.serves {
        edge(&mut out, (xs[1] + COLUMN, benefit_y[b]), (xs[2], goal_y[g]));
    }
    for (column, (nodes, tops)) in [
        (&measures, &measure_top),
        (&benefits, &benefit_top),
        (&goals, &goal_top),
    ]
    .into_iter()
    .enumerate()
    {
        for (node, top) in nodes.iter().zip(tops.iter()) {
            let x = xs[column];
            let _ = write!(
                out,
                r#"<rect x="{x:.0}" y="{top:.1}" width="{COLUMN}" height="{:.1}" rx="6" fill="{}" stroke="{}" stroke-width="1.5"/>"#,
                node.height(),
                FILLS[column],
                STROKES[column]
            );
            let mut y = top + PAD + LINE - 4.0;
            for line in &node.lines {
                let _ = write!(
                    out,
                    r#"<text x="{:.0}" y="{y:.1}" fill="{TEXT}">{}</text>"#,
                    x + PAD,
                    escape(line)
                );
                y += LINE;
            }
            if let Some(note) = &node.note {
                let _ = write!(
                    out,
                    r#"<text x="{:.0}" y="{y:.1}" fill="{TEXT}" font-size="12">{}</text>"#,
                    x + PAD,
                    escape(note)
                );
            }
        }
    }
    out.push_str("</svg>");
    Some(out)
}

/// The map in sentences, each name in full: what each tiltak gives, what each gevinst serves
/// and who is responsible for it.
pub fn benefit_map_lines(map: &BenefitMap, lang: Lang) -> Vec<String> {
    let t = lang.texts();
    // Each name goes inside a sentence: without its own full stop ("hjem." → "hjem").
    let inside = |names: Vec<String>| -> Vec<String> {
        names
            .into_iter()
            .map(|n| n.trim_end_matches(['.', ' ']).to_owned())
            .collect()
    };
    let (measure_names, benefit_names, goal_names) = names(map, t);
    let (measure_names, benefit_names, goal_names) = (
        inside(measure_names),
        inside(benefit_names),
        inside(goal_names),
    );
    let mut lines = Vec::new();
    for (m, name) in measure_names.iter().enumerate() {
        let delivered: Vec<&str> = map
            .deliveries
            .iter()
            .filter(|(from, _)| *from == m)
            .map(|(_, b)| benefit_names[*b].as_str())
            .collect();
        lines.push(if delivered.is_empty() {
            fill(t.benefit_map().delivers_nothing, &[("measure", name)])
        } else {
            fill(
                t.benefit_map().delivers,
                &[("measure", name), ("benefits", &delivered.join("; "))],
            )
        });
    }
    for (b, name) in benefit_names.iter().enumerate() {
        let mut line = match map.serves.iter().find(|(from, _)| *from == b) {
            Some((_, g)) => fill(
                t.benefit_map().serves,
                &[("benefit", name), ("goal", &goal_names[*g])],
            ),
            None => fill(t.benefit_map().serves_nothing, &[("benefit", name)]),
        };
        let owner = map.benefits[b].owner.trim();
        if !owner.is_empty() {
            line.push(' ');
            line.push_str(&fill(t.benefit_map().owner, &[("owner", &owner)]));
            line.push('.');
        }
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::a3::benefit::Benefit;
    use crate::model::a3::benefit::BenefitGoal;
    use crate::model::a3::measure::Measure;
    use crate::model::{A3Sheet, Id, Timestamp};

    #[test]
    fn wrapping_keeps_words_breaks_long_ones_and_ends_cut_text_with_an_ellipsis() {
        assert_eq!(
            wrap("Bemanningstilpasning Dag / Aftenskift", 20, 4),
            ["Bemanningstilpasning", "Dag / Aftenskift"]
        );
        assert_eq!(wrap("abcdefghij", 4, 4), ["abcd", "efgh", "ij"]);
        assert_eq!(wrap("en to tre fire fem seks", 7, 2), ["en to", "tre…"]);
        assert!(wrap("   ", 10, 2).is_empty());
    }

    fn sheet() -> A3Sheet {
        let mut s = A3Sheet::new(Id::new_random(), "Stokkbakken", Timestamp(1));
        s.desired_situation = "Riktig bemanning på natt.".into();
        let mut b = Benefit::new(Id::new_random());
        b.description = "Redusert overtid <natt>".into();
        b.owner = "Avdelingsleder".into();
        b.goal = Some(BenefitGoal::DesiredSituation);
        let unlinked = Benefit::new(Id::new_random());
        let mut m = Measure::new(Id::new_random());
        m.name = "Bemanningstilpasning Dag / Aftenskift".into();
        m.link_benefit(b.id);
        s.measures = vec![m, Measure::new(Id::new_random())];
        s.benefits = vec![b, unlinked];
        s
    }

    #[test]
    fn the_map_draws_every_box_and_link_with_names_escaped() {
        let s = sheet();
        let svg = benefit_map_svg(&s.benefit_map(None), Lang::Nb).unwrap();
        assert_eq!(
            svg.matches("<rect").count(),
            5,
            "2 tiltak, 2 gevinster, 1 mål"
        );
        assert_eq!(
            svg.matches("<path").count(),
            2,
            "tiltak → gevinst, gevinst → mål"
        );
        assert!(svg.contains("Bemanningstilpasning Dag /"), "{svg}");
        assert!(svg.contains("Redusert overtid &lt;natt&gt;"));
        assert!(svg.contains("Gevinstansvarlig: Avdelingsleder"));
        assert!(svg.contains("Tiltak 2"), "the unnamed measure is numbered");
        assert!(
            svg.contains(r#"role="img" aria-label="Gevinstkart: 2 tiltak, 2 gevinster, 1 mål."#)
        );
        let empty = A3Sheet::new(Id::new_random(), "Tom", Timestamp(1));
        assert_eq!(benefit_map_svg(&empty.benefit_map(None), Lang::Nb), None);
    }

    #[test]
    fn the_text_alternative_says_every_link_in_full_in_each_language() {
        let s = sheet();
        let map = s.benefit_map(None);
        assert_eq!(
            benefit_map_lines(&map, Lang::Nb),
            [
                "Bemanningstilpasning Dag / Aftenskift gir Redusert overtid <natt>.",
                "Tiltak 2 gir ingen gevinst ennå.",
                "Redusert overtid <natt> bidrar til 3. Ønsket situasjon: Riktig bemanning på natt. Gevinstansvarlig: Avdelingsleder.",
                "Gevinst 2 er ikke koblet til et mål.",
            ]
        );
        let en = benefit_map_lines(&map, Lang::En);
        assert_eq!(
            en[0],
            "Bemanningstilpasning Dag / Aftenskift delivers Redusert overtid <natt>."
        );
        assert_eq!(
            benefit_map_lines(&map, Lang::Nn)[1],
            "Tiltak 2 gjev ingen gevinst enno."
        );
    }
}
