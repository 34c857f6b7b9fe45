//! Samle on the whole document: the combined ranking of a seminar's groups, the facilitator's
//! synthesis, and collecting the groups' answers (files or pasted report text). The rules
//! themselves (merges of ideas, normalised titles) are in [`crate::model::collect`].

use crate::model::a3::benefit::BenefitKind;
use crate::model::collect::*;
use crate::model::entity::{Id, Timestamp};
use crate::model::seminar::exercise::{competition_ranks, Group, Item};
use crate::model::seminar::workshop::Note;
use crate::model::workspace::Workspace;
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// The seminar's groups (not deleted) in the order they were made.
pub fn seminar_groups<'a>(workspace: &'a Workspace, seminar: &Id) -> Vec<&'a Group> {
    let mut groups = workspace.seminar_groups(seminar);
    groups.sort_by_key(|g| (g.created, g.id));
    groups
}

/// Every group's joint prioritisation combined by Borda count: in a list of `k` ideas, the
/// first gets `k` points, the second `k − 1`, …, the last 1; the points are summed over the
/// groups. Ideas whose titles are the same once normalised ([`normalise_title`]) count as one
/// without anyone merging them (unless the facilitator split them: [`Synthesis::kept_apart`]),
/// and so do ideas the facilitator merged; an idea with the same title as one in a merge joins
/// the merge. A group that named two ideas of one combination counts once, with its best
/// place. Equal points share a rank; among them, ideas named by more groups come first, then
/// the order the groups listed them.
pub fn combined_ranking(workspace: &Workspace, seminar: &Id) -> Vec<Idea> {
    let synthesis = workspace.synthesis(seminar);
    let merged: HashMap<IdeaRef, &IdeaMerge> = synthesis
        .map(|s| {
            s.merges
                .iter()
                .flat_map(|m| m.ideas.iter().map(move |r| (*r, m)))
                .collect()
        })
        .unwrap_or_default();
    let kept_apart: HashSet<&str> = synthesis
        .map(|s| s.kept_apart.iter().map(String::as_str).collect())
        .unwrap_or_default();
    // Every group's list first, so a title in a merge is known before it is placed.
    let lists: Vec<(&Group, Vec<Item>)> = seminar_groups(workspace, seminar)
        .into_iter()
        .map(|group| {
            let notes = workspace.group_notes(&group.id);
            let items = group.items(&notes);
            let listed = group.priority_items(&items).into_iter().cloned().collect();
            (group, listed)
        })
        .collect();
    let mut title_in_merge: HashMap<String, &IdeaMerge> = HashMap::new();
    for (group, listed) in &lists {
        for item in listed {
            let reference = IdeaRef {
                group: group.id,
                item: item.id,
            };
            if let Some(merge) = merged.get(&reference) {
                title_in_merge
                    .entry(normalise_title(&item.title))
                    .or_insert(merge);
            }
        }
    }
    let mut ideas: Vec<Idea> = Vec::new();
    let mut index: HashMap<Id, usize> = HashMap::new();
    // Every wording of each idea, once per time a group wrote it.
    let mut wordings: HashMap<Id, Vec<String>> = HashMap::new();
    for (group, listed) in &lists {
        let k = listed.len();
        for (place, item) in listed.iter().enumerate() {
            let reference = IdeaRef {
                group: group.id,
                item: item.id,
            };
            let points = (k - place) as u32;
            let title = normalise_title(&item.title);
            let apart = kept_apart.contains(title.as_str()) || title.is_empty();
            let merge = merged.get(&reference).copied().or_else(|| {
                (!apart)
                    .then(|| title_in_merge.get(&title).copied())
                    .flatten()
            });
            let (key, origin) = match merge {
                Some(m) => (m.id, Origin::Merged),
                None if apart => (item.id, Origin::Single),
                None => (
                    Id::derived(NAMESPACE, &["same-title", &seminar.to_string(), &title]),
                    Origin::Single,
                ),
            };
            let at = *index.entry(key).or_insert_with(|| {
                ideas.push(Idea {
                    key,
                    title: merge.map_or_else(|| item.title.clone(), |m| m.title.clone()),
                    benefits: Vec::new(),
                    kinds: Vec::new(),
                    groups: Vec::new(),
                    points: 0,
                    rank: 0,
                    refs: Vec::new(),
                    notes: Vec::new(),
                    origin,
                    titles: Vec::new(),
                });
                ideas.len() - 1
            });
            wordings
                .entry(key)
                .or_default()
                .push(item.title.trim().to_owned());
            let idea = &mut ideas[at];
            idea.refs.push(reference);
            idea.notes.extend(item.notes.iter().copied());
            if !idea.titles.contains(&item.title) {
                idea.titles.push(item.title.clone());
            }
            for benefit in &item.benefits {
                if !idea.benefits.contains(benefit) {
                    idea.benefits.push(benefit.clone());
                }
            }
            for kind in &item.kinds {
                if !idea.kinds.contains(kind) {
                    idea.kinds.push(*kind);
                }
            }
            match idea.groups.iter_mut().find(|(g, _)| *g == group.id) {
                // The same group twice in one combination: it counts once, at its best place.
                Some((_, best)) if place + 1 < *best => {
                    idea.points += (*best - (place + 1)) as u32;
                    *best = place + 1;
                }
                Some(_) => {}
                None => {
                    idea.groups.push((group.id, place + 1));
                    idea.points += points;
                }
            }
        }
    }
    for idea in &mut ideas {
        idea.kinds
            .sort_by_key(|k| BenefitKind::ALL.iter().position(|x| x == k));
        if idea.origin == Origin::Single && idea.groups.len() > 1 {
            idea.origin = Origin::SameTitle;
        }
        if idea.origin == Origin::SameTitle {
            if let Some(written) = wordings.get(&idea.key) {
                idea.title = best_wording(written);
            }
        }
    }
    // Stable: equal keys keep the order in which the groups listed them.
    ideas.sort_by_key(|i| {
        (
            std::cmp::Reverse(i.points),
            std::cmp::Reverse(i.groups.len()),
        )
    });
    competition_ranks(&mut ideas, |i| i.points, |i, rank| i.rank = rank);
    ideas
}

impl Workspace {
    pub fn synthesis(&self, seminar: &Id) -> Option<&Synthesis> {
        let id = Synthesis::id_for(*seminar);
        self.syntheses
            .iter()
            .find(|s| s.id == id && s.deleted.is_none())
    }

    /// Changes the seminar's synthesis (made if missing) and marks it updated.
    pub fn edit_synthesis(
        &mut self,
        seminar: Id,
        now: Timestamp,
        change: impl FnOnce(&mut Synthesis),
    ) {
        let id = Synthesis::id_for(seminar);
        let at = match self.syntheses.iter().position(|s| s.id == id) {
            Some(at) => at,
            None => {
                self.syntheses.push(Synthesis::new(seminar, now));
                self.syntheses.len() - 1
            }
        };
        let synthesis = &mut self.syntheses[at];
        synthesis.deleted = None;
        change(synthesis);
        synthesis.updated = now;
    }

    /// Imports one file of group answers (a group's exported file) and says, per group, what
    /// it brought. Like every import it merges by id and never removes anything; a file with
    /// no group in it changes nothing and gives an empty list.
    pub fn collect_answers(&mut self, incoming: Workspace) -> Vec<AnswerReport> {
        if incoming.groups.is_empty() {
            return Vec::new();
        }
        let known: HashSet<Id> = self.notes.iter().map(|n| n.id).collect();
        let reports: Vec<AnswerReport> = incoming
            .groups
            .iter()
            .map(|group| {
                let notes: Vec<&Note> = incoming
                    .notes
                    .iter()
                    .filter(|n| n.group == Some(group.id) && n.deleted.is_none())
                    .collect();
                let items = group.items(&notes);
                let listed = group.priority_items(&items);
                let outcome = match self.group(&group.id) {
                    None => AnswerOutcome::Added,
                    Some(mine) => {
                        match crate::model::workspace::merge_decision(Some(mine), group) {
                            crate::model::workspace::MergeDecision::Replace => {
                                AnswerOutcome::Updated
                            }
                            _ => AnswerOutcome::Unchanged,
                        }
                    }
                };
                AnswerReport {
                    group: group.name.clone(),
                    ideas: listed.len(),
                    new_ideas: listed
                        .iter()
                        .filter(|item| item.notes.iter().all(|n| !known.contains(n)))
                        .count(),
                    outcome,
                }
            })
            .collect();
        self.import(incoming);
        reports
    }

    /// Makes an A3 sheet from an idea: its title, Begrunnelse from the idea and the groups
    /// that named it, one gevinst row per benefit, and a link back to the seminar, groups and
    /// notes. Returns the new sheet's id.
    pub fn promote_idea(
        &mut self,
        seminar: &Id,
        idea: &Idea,
        rationale: String,
        now: Timestamp,
        mut new_id: impl FnMut() -> Id,
    ) -> Id {
        let mut sheet = crate::model::a3::A3Sheet::new(new_id(), &idea.title, now);
        sheet.rationale = rationale;
        for benefit in &idea.benefits {
            let mut row = crate::model::a3::benefit::Benefit::new(new_id());
            row.description = benefit.clone();
            row.kind = idea.kinds.first().copied().unwrap_or_default();
            sheet.benefits.push(row);
        }
        sheet.source = Some(crate::model::a3::A3Source {
            seminar: *seminar,
            groups: idea.groups.iter().map(|(g, _)| *g).collect(),
            notes: idea.notes.clone(),
        });
        let id = sheet.id;
        self.add_a3(sheet);
        id
    }

    /// The sheet made from an idea with these notes, if any (not deleted).
    pub fn promoted_sheet(&self, idea: &Idea) -> Option<&crate::model::a3::A3Sheet> {
        self.active_a3().find(|s| {
            s.source
                .as_ref()
                .is_some_and(|src| idea.notes.iter().any(|n| src.notes.contains(n)))
        })
    }
}

impl Workspace {
    /// Imports a group's answer read from pasted report text (see
    /// [`crate::report::parse_report`]) into its seminar: `parsed` holds the one group and its
    /// notes, stamped `now` when read. `None` only if `parsed` holds no group.
    pub fn collect_parsed(&mut self, mut parsed: Workspace) -> Option<AnswerReport> {
        if parsed.groups.is_empty() {
            return None;
        }
        // The same group again: it was made, and (if still agreed) agreed, when first pasted.
        if let Some(mine) = self.group(&parsed.groups[0].id) {
            parsed.groups[0].created = mine.created;
            if mine.agreed.is_some() && parsed.groups[0].agreed.is_some() {
                parsed.groups[0].agreed = mine.agreed;
            }
        }
        let group = parsed.groups[0].clone();
        let fresh = without_unchanged(self, parsed);
        if fresh.groups.is_empty() && fresh.notes.is_empty() {
            return Some(AnswerReport {
                group: group.name,
                ideas: group.priority.len(),
                new_ideas: 0,
                outcome: AnswerOutcome::Unchanged,
            });
        }
        let mut fresh = fresh;
        if fresh.groups.is_empty() {
            // Only a note's text changed: the group travels with it so the report counts it.
            fresh.groups.push(group);
        }
        self.collect_answers(fresh).pop()
    }
}

/// Like [`Workspace::collect_answers`], for an answer read from text: its entities carry
/// `updated = now`, so a copy whose content is already here (only `updated` differs) is
/// dropped first, and pasting the same text twice changes nothing.
pub fn without_unchanged(workspace: &Workspace, mut incoming: Workspace) -> Workspace {
    fn same<T: Serialize + Clone + crate::model::entity::Entity>(
        mine: Option<&T>,
        theirs: &T,
    ) -> bool {
        let Some(mine) = mine else {
            return false;
        };
        let mut theirs = theirs.clone();
        theirs.touch(mine.updated());
        // Merge history (stamps, contexts) is not content: the first paste was stamped here.
        let content = |entity: &T| {
            serde_json::to_value(entity).ok().map(|mut v| {
                if let Some(obj) = v.as_object_mut() {
                    crate::model::merge::clear(obj);
                }
                v
            })
        };
        content(mine) == content(&theirs)
    }
    incoming.groups.retain(|g| !same(workspace.group(&g.id), g));
    incoming.notes.retain(|n| !same(workspace.note(&n.id), n));
    incoming
}
