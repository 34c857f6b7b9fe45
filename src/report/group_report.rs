//! The group's report text, both ways: written for Teams or chat in a language, and read back
//! (pasted into Samle) with the words of the language it was written in; and a task board as
//! text. Plain Rust, tested natively.

use crate::i18n::{Lang, Texts};
use crate::model::a3::benefit::BenefitKind;
use crate::model::collect::{AnswerReport, NAMESPACE};
use crate::model::entity::{Id, Timestamp};
use crate::model::seminar::exercise::{Group, Item, Member};
use crate::model::seminar::task_review::{Task, TaskReview, Triage};
use crate::model::seminar::workshop::{Note, Seminar};
use crate::model::workspace::Workspace;
use std::collections::HashMap;

/// The group's answer as plain text for Teams or chat: the seminar, the group question,
/// the joint prioritisation with benefits and dots, and who took part. `agreed_on` is the
/// agreed time already formatted for the reader, if agreed.
pub fn report_text(
    seminar: &Seminar,
    group: &Group,
    items: &[Item],
    notes: &[&Note],
    agreed_on: Option<&str>,
    texts: &Texts,
) -> String {
    let mut out = String::new();
    let mut heading = group.name.clone();
    if !seminar.title.is_empty() {
        heading = format!("{heading} – {}", seminar.title);
    }
    out.push_str(&heading);
    out.push('\n');
    out.push_str(&seminar.group_question);
    out.push_str("\n\n");
    out.push_str(texts.group_report.priority);
    match agreed_on {
        Some(date) => out.push_str(&format!(" ({} {date})", texts.group_report.agreed)),
        None => out.push_str(&format!(" ({})", texts.group_report.not_agreed)),
    }
    out.push_str(":\n");
    let ranking = group.ranking(items);
    let prioritised = group.priority_items(items);
    if prioritised.is_empty() {
        out.push_str(texts.group_report.nothing);
        out.push('\n');
    }
    let by_id: HashMap<Id, &Note> = notes.iter().map(|n| (n.id, *n)).collect();
    for (place, item) in prioritised.iter().enumerate() {
        out.push_str(&format!("{}. {}", place + 1, item.title));
        let kinds: Vec<&str> = item
            .kinds
            .iter()
            .map(|k| texts.common.benefit_kinds.of(*k))
            .collect();
        if !kinds.is_empty() {
            out.push_str(&format!(" ({})", kinds.join(", ")));
        }
        let dots = ranking
            .iter()
            .find(|r| r.item == item.id)
            .map_or(0, |r| r.dots);
        if dots > 0 {
            let word = if dots == 1 {
                texts.group_report.dot
            } else {
                texts.group_report.dots
            };
            out.push_str(&format!(" – {dots} {word}"));
        }
        out.push('\n');
        if !item.benefits.is_empty() {
            out.push_str(&format!(
                "   {}: {}\n",
                texts.group_report.benefit,
                item.benefits.join("; ")
            ));
        }
        if item.is_cluster {
            let potentials: Vec<&str> = item
                .notes
                .iter()
                .filter_map(|id| by_id.get(id))
                .map(|n| n.potential.trim())
                .filter(|p| !p.is_empty())
                .collect();
            if !potentials.is_empty() {
                out.push_str(&format!(
                    "   {}: {}\n",
                    texts.group_report.notes,
                    potentials.join("; ")
                ));
            }
        }
    }
    if !group.members.is_empty() {
        let keeper = group.effective_timekeeper(seminar.reference_date);
        let names: Vec<String> = group
            .members
            .iter()
            .map(|m| {
                if Some(m.id) == keeper {
                    format!("{} ({})", m.name, texts.group_report.timekeeper)
                } else {
                    m.name.clone()
                }
            })
            .collect();
        out.push_str(&format!(
            "\n{}: {}\n",
            texts.group_report.members,
            names.join(", ")
        ));
    }
    out
}

/// Which of `candidates` a pasted report was written in: the one whose
/// words start the most lines. On a tie, the earliest candidate, so callers list the language
/// in use first.
pub fn report_language(text: &str, candidates: &[Lang]) -> usize {
    let score = |lang: Lang| {
        let texts = lang.texts();
        let labels =
            [texts.group_report.benefit, texts.group_report.members].map(|w| format!("{w}:"));
        let agreed = format!("({} ", texts.group_report.agreed);
        text.lines()
            .map(str::trim)
            .filter(|line| {
                labels.iter().any(|l| line.starts_with(l.as_str())) || line.contains(&agreed)
            })
            .count()
    };
    // `max_by_key` keeps the last of equal keys, so the reversed index makes the earliest win.
    (0..candidates.len())
        .max_by_key(|&index| (score(candidates[index]), std::cmp::Reverse(index)))
        .unwrap_or(0)
}

/// Reads a group's report text (as the group screen writes it, pasted from Teams) back into
/// a group with one note per prioritised line, in `seminar`. Ids are derived from the
/// seminar, the group's name and the line, so pasting the same text again changes nothing.
/// `None` if the text has no numbered lines.
pub fn parse_report(text: &str, seminar: Id, now: Timestamp, texts: &Texts) -> Option<Workspace> {
    let mut lines = text
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty());
    let heading = lines.next()?.trim();
    let name = heading
        .split(" – ")
        .next()
        .unwrap_or(heading)
        .trim()
        .to_owned();
    let group_id = Id::derived(NAMESPACE, &["group", &seminar.to_string(), &name]);
    let mut group = Group::new(group_id, seminar, &name, now);
    let mut notes: Vec<Note> = Vec::new();
    let mut agreed = false;
    for line in lines {
        let trimmed = line.trim();
        if let Some(rest) = trimmed.strip_prefix(&format!("{}:", texts.group_report.benefit)) {
            if let Some(note) = notes.last_mut() {
                note.benefit = rest.trim().to_owned();
            }
            continue;
        }
        if let Some(rest) = trimmed.strip_prefix(&format!("{}:", texts.group_report.members)) {
            for member in rest.split(',') {
                let member = member.trim();
                let keeper = format!(" ({})", texts.group_report.timekeeper);
                let (member_name, is_keeper) = match member.strip_suffix(&keeper) {
                    Some(n) => (n.trim(), true),
                    None => (member, false),
                };
                if member_name.is_empty() {
                    continue;
                }
                let id = Id::derived(NAMESPACE, &["member", &group_id.to_string(), member_name]);
                group.members.push(Member {
                    extra: Default::default(),
                    id,
                    name: member_name.to_owned(),
                    birthday: None,
                });
                if is_keeper {
                    group.timekeeper = Some(id);
                }
            }
            continue;
        }
        if trimmed.contains(&format!("({} ", texts.group_report.agreed)) && trimmed.ends_with("):")
        {
            agreed = true;
            continue;
        }
        // "1. Title (Kind, Kind) – 3 prikker"
        let Some((number, rest)) = trimmed.split_once(". ") else {
            continue;
        };
        if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) || line.starts_with(' ')
        {
            continue;
        }
        let mut title = rest.trim();
        if let Some((before, after)) = title.rsplit_once(" – ") {
            // "3 prikker", "1 prikk", and "1 prikker" as reports written before the singular.
            let after = after.trim_end();
            if after.ends_with(texts.group_report.dots) || after.ends_with(texts.group_report.dot) {
                title = before.trim();
            }
        }
        let mut kind = None;
        if let Some(open) = title.rfind(" (") {
            if title.ends_with(')') {
                let inside = &title[open + 2..title.len() - 1];
                let named: Vec<BenefitKind> = inside
                    .split(", ")
                    .filter_map(|k| {
                        BenefitKind::ALL
                            .iter()
                            .copied()
                            .find(|&kind| texts.common.benefit_kinds.of(kind) == k)
                    })
                    .collect();
                if !named.is_empty() && named.len() == inside.split(", ").count() {
                    kind = named.first().copied();
                    title = title[..open].trim();
                }
            }
        }
        let id = Id::derived(NAMESPACE, &["note", &group_id.to_string(), number, title]);
        notes.push(Note {
            potential: title.to_owned(),
            benefit_kind: kind,
            group: Some(group_id),
            ..Note::new(id, Some(seminar), now)
        });
    }
    if notes.is_empty() {
        return None;
    }
    group.priority = notes.iter().map(|n| n.id).collect();
    group.agreed = agreed.then_some(now);
    Some(Workspace {
        groups: vec![group],
        notes,
        ..Workspace::default()
    })
}

/// Imports a group's answer pasted as report text (see [`parse_report`]) into `seminar` of
/// `workspace`. `None` if the text is not a report.
pub fn collect_text(
    workspace: &mut Workspace,
    text: &str,
    seminar: Id,
    now: Timestamp,
    texts: &Texts,
) -> Option<AnswerReport> {
    workspace.collect_parsed(parse_report(text, seminar, now, texts)?)
}

/// A task board as text, triage by triage (untriaged last), each task with its category.
pub fn task_review_text(review: &TaskReview, texts: &Texts) -> String {
    let mut out = format!("{}\n", review.title);
    let sections = Triage::ALL
        .iter()
        .map(|t| (Some(*t), texts.task_review.triage.of(*t)))
        .chain([(None, texts.task_review.triage_open)]);
    for (triage, name) in sections {
        let tasks: Vec<&Task> = review.tasks.iter().filter(|t| t.triage == triage).collect();
        if tasks.is_empty() {
            continue;
        }
        out.push_str(&format!("\n{name} ({}):\n", tasks.len()));
        for task in tasks {
            match task.category.trim() {
                "" => out.push_str(&format!("- {}\n", task.text.trim())),
                category => out.push_str(&format!("- {} ({category})\n", task.text.trim())),
            }
        }
    }
    out
}
