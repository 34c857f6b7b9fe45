//! The whole saved document: every A3 sheet, seminar and note the user has.

pub mod collect;
pub mod envelope;
pub mod example;
pub mod handover;
pub mod programme;
pub mod rows;

use crate::model::a3::A3Sheet;
use crate::model::collect::Synthesis;
use crate::model::entity::{Entity, Id, SharedRows, Timestamp};
use crate::model::hlc::{Clock, Stamp};
use crate::model::json::from_tree;
use crate::model::merge::{self, Merged};
use crate::model::programme::Programme;
use crate::model::seminar::exercise::Group;
use crate::model::seminar::task_review::TaskReview;
use crate::model::seminar::workshop::{Note, Seminar};
use crate::model::workspace::envelope::{decode_workspace, DecodeError};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};

/// How long the trash keeps a deleted entity before [`Workspace::purge_deleted`] may remove it
/// for good: 30 days, in ms.
pub const TRASH_KEEP_MS: i64 = 30 * 24 * 60 * 60 * 1000;

/// The workspace's entity collections, declared once: `collections!(m)` calls `m!` with the
/// list, and everything that goes over every collection (the struct, the import, its plan,
/// the checks, the trash, stamping, conflicts) is written from it. A new collection is one
/// line here (and its type's own validation in `envelope::check_values`).
macro_rules! collections {
    ($m:ident $(, $arg:ident)?) => {
        $m! { [$($arg)?]
            #[serde(default)]
            a3_sheets: A3Sheet,
            #[serde(default)]
            seminars: Seminar,
            #[serde(default)]
            notes: Note,
            #[serde(default)]
            groups: Group,
            #[serde(default)]
            task_reviews: TaskReview,
            #[serde(default)]
            syntheses: Synthesis,
            /// Programmes (omstillingsprosess / prosjekt) that sheets and seminars belong to.
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            programmes: Programme,
        }
    };
}

/// Calls `$f!(field)` for each entity collection of a workspace.
macro_rules! each_collection {
    ($f:ident) => {
        collections!(call_each, $f)
    };
}

macro_rules! call_each {
    ([$f:ident] $($(#[$attr:meta])* $field:ident: $ty:ty,)*) => {
        $($f!($field);)*
    };
}

macro_rules! define_workspace {
    ([] $($(#[$attr:meta])* $field:ident: $ty:ty,)*) => {
        /// Everything the user has, saved as one document.
        #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        pub struct Workspace {
            $($(#[$attr])* pub $field: Vec<$ty>,)*
            /// Who handed this package over, in a participant's hand-over of notes (see
            /// [`handover`]). Never part of the stored document: an import ignores it.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub participant: Option<crate::model::workspace::handover::Participant>,
            /// Collections and fields this build does not know, kept as they were.
            #[serde(flatten)]
            pub extra: Map<String, Value>,
        }

        /// The names of the entity collections in a workspace body, in document order.
        pub const COLLECTIONS: &[&str] = &[$(stringify!($field)),*];

        /// A prepared import's steps, per collection.
        struct Steps {
            $($field: Vec<Step<$ty>>,)*
            extra: Map<String, Value>,
            /// Entities the merge leaves as they are here (no step: see [`Step`]).
            unchanged: usize,
        }
    };
}

collections!(define_workspace);

/// An entity kind the workspace keeps in a collection of its own: the one way to add, find
/// and change an entity of any kind ([`Workspace::add`], [`Workspace::get`],
/// [`Workspace::change`]).
pub trait Collected: Entity + Sized {
    fn all(workspace: &Workspace) -> &[Self];
    fn all_mut(workspace: &mut Workspace) -> &mut Vec<Self>;
}

macro_rules! impl_collected {
    ([] $($(#[$attr:meta])* $field:ident: $ty:ty,)*) => {
        $(impl Collected for $ty {
            fn all(workspace: &Workspace) -> &[Self] {
                &workspace.$field
            }
            fn all_mut(workspace: &mut Workspace) -> &mut Vec<Self> {
                &mut workspace.$field
            }
        })*
    };
}

collections!(impl_collected);

/// What an import did, counted per entity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Entities whose id was not here before.
    pub added: usize,
    /// Entities that were here, replaced by the file's version (newer, or equally new and
    /// greater by the tie-break of [`merge_decision`]).
    pub updated: usize,
    /// Entities that were here in the same or a winning version: left alone.
    pub unchanged: usize,
    /// Fields that show a new conflict after the import (the same field edited here and
    /// there: both values kept, see [`crate::model::merge`]).
    pub conflicts: usize,
}

/// What an import does with one incoming entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MergeDecision {
    /// Its id is not here: append it.
    Add,
    /// Its id is here in a version that loses: replace that version.
    Replace,
    /// Its id is here in the same or a winning version: leave it.
    Keep,
}

/// What an import does with one incoming entity: add it, replace what is here by the merge of
/// both copies (field by field and row by row, see [`crate::model::merge`]), or keep what is here
/// (when the merge is what is here already).
pub fn merge_decision<T: Entity + Serialize + DeserializeOwned + PartialEq + SharedRows>(
    mine: Option<&T>,
    incoming: &T,
) -> MergeDecision {
    match outcome(mine, incoming) {
        Outcome::Add => MergeDecision::Add,
        Outcome::Replace(..) => MergeDecision::Replace,
        Outcome::Keep => MergeDecision::Keep,
    }
}

/// A [`MergeDecision`] with what it needs to be carried out: the merge (`None`: the incoming
/// copy as it is) and how many conflicts it adds.
enum Outcome<T> {
    Add,
    Replace(Option<T>, usize),
    Keep,
}

fn outcome<T: Serialize + DeserializeOwned + PartialEq + SharedRows>(
    mine: Option<&T>,
    incoming: &T,
) -> Outcome<T> {
    match mine.map(|mine| merge_one(mine, incoming)) {
        None => Outcome::Add,
        Some(Some((merged, conflicts))) => Outcome::Replace(merged, conflicts),
        Some(None) => Outcome::Keep,
    }
}

/// The copy an import keeps of an entity both sides hold: `mine`, `incoming` or their merge.
/// For the test that the quicker ways of [`merge_one`] give what the rule gives.
#[doc(hidden)]
pub fn merged_copy<T: Serialize + DeserializeOwned + PartialEq + SharedRows + Clone>(
    mine: &T,
    incoming: &T,
) -> T {
    match merge_one(mine, incoming) {
        None => mine.clone(),
        Some((None, _)) => incoming.clone(),
        Some((Some(merged), _)) => merged,
    }
}

/// The merge of two copies of one entity (`None` inside: `incoming` as it is) and how many
/// conflicts it adds; `None` when it is `mine` as it is.
fn merge_one<T: Serialize + DeserializeOwned + PartialEq + SharedRows>(
    mine: &T,
    incoming: &T,
) -> Option<(Option<T>, usize)> {
    // The same copy (most entities of a file from a device that had ours): no JSON needed.
    if mine == incoming {
        return None;
    }
    let (mv, tv) = match T::without_shared_rows(mine, incoming) {
        // The usual change (one copy edited after the other, a few fields and rows): decided
        // on the copies without the row lists both hold equally, which are most of a sheet.
        Some(parts) => {
            let mut mv = serde_json::to_value(&parts.mine).ok()?;
            let mut tv = serde_json::to_value(&parts.theirs).ok()?;
            // The lists left out hold the same conflicts in both copies: the difference stays.
            match merge::shortcut_without_shared(&mv, &tv, &parts.rows) {
                Some(Merged::Mine) => return None,
                Some(Merged::Theirs) => {
                    let added =
                        merge::conflict_count(&tv).saturating_sub(merge::conflict_count(&mv));
                    return Some((None, added));
                }
                Some(Merged::Both(_)) | None => {}
            }
            // Merged field by field on the whole copies: the lists go back into both trees,
            // written once (equal lists: as for whole entities, typed equality is "the same").
            for (key, list) in parts.lists {
                let list = list().ok()?;
                tv[key] = list.clone();
                mv[key] = list;
            }
            (mv, tv)
        }
        None => (
            serde_json::to_value(mine).ok()?,
            serde_json::to_value(incoming).ok()?,
        ),
    };
    let added = |out: &Value| merge::conflict_count(out).saturating_sub(merge::conflict_count(&mv));
    match merge::merge_distinct(&mv, &tv) {
        Merged::Mine => None,
        Merged::Theirs => Some((None, added(&tv))),
        Merged::Both(out) if out == mv => None,
        Merged::Both(out) if out == tv => Some((None, added(&tv))),
        Merged::Both(out) => {
            let conflicts = added(&out);
            Some((Some(from_tree(&out).ok()?), conflicts))
        }
    }
}

/// The tie-break key: compact JSON with every object's keys sorted (through a `Value`, whose
/// maps are sorted), so it depends only on the content, not on field order. Serializing plain
/// data does not fail; if it ever did, the empty string still gives a total order.
fn canonical_json<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .and_then(|value| serde_json::to_string(&value))
        .unwrap_or_default()
}

/// What to do with what was found in storage at start-up.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadDecision {
    /// Nothing stored: start with an empty workspace.
    Empty,
    /// Read (and, if it was old, migrated): use it.
    Loaded(Workspace),
    /// Unreadable or too new: keep a copy aside, tell the user, start empty.
    Quarantine(DecodeError),
}

impl LoadDecision {
    /// Decides from the raw stored text (`None` when the key is absent).
    pub fn from_stored(raw: Option<&str>) -> Self {
        match raw {
            None => LoadDecision::Empty,
            Some(text) => match decode_workspace(text) {
                Ok(workspace) => LoadDecision::Loaded(workspace),
                Err(error) => LoadDecision::Quarantine(error),
            },
        }
    }
}

impl Workspace {
    pub fn a3(&self, id: &Id) -> Option<&A3Sheet> {
        self.a3_sheets.iter().find(|s| &s.id == id)
    }

    pub fn a3_mut(&mut self, id: &Id) -> Option<&mut A3Sheet> {
        self.a3_sheets.iter_mut().find(|s| &s.id == id)
    }

    /// Adds a new entity (a sheet, a note, a group, …) at the end of its collection.
    pub fn add<T: Collected>(&mut self, entity: T) {
        T::all_mut(self).push(entity);
    }

    /// The entity `id` of kind `T`, deleted or not.
    pub fn get<T: Collected>(&self, id: &Id) -> Option<&T> {
        T::all(self).iter().find(|e| e.id() == id)
    }

    /// Changes the entity `id` if `change` says it changed something (`true`), and only then
    /// marks it updated. A change that is refused (`false`) must leave the entity as it was,
    /// so a refused edit changes nothing. `false` if refused or there is no such entity.
    pub fn change<T: Collected>(
        &mut self,
        id: &Id,
        now: Timestamp,
        change: impl FnOnce(&mut T) -> bool,
    ) -> bool {
        let Some(entity) = T::all_mut(self).iter_mut().find(|e| e.id() == id) else {
            return false;
        };
        if !change(entity) {
            return false;
        }
        entity.touch(now);
        true
    }

    pub fn add_a3(&mut self, sheet: A3Sheet) {
        self.a3_sheets.push(sheet);
    }

    /// Sheets that are not deleted.
    pub fn active_a3(&self) -> impl Iterator<Item = &A3Sheet> {
        self.a3_sheets.iter().filter(|s| s.deleted.is_none())
    }

    /// Changes one sheet and marks it updated; `false` if there is no such sheet.
    pub fn edit_a3(&mut self, id: &Id, now: Timestamp, change: impl FnOnce(&mut A3Sheet)) -> bool {
        edit(&mut self.a3_sheets, id, now, change)
    }

    /// Soft-deletes (`true`) or restores (`false`) a sheet.
    pub fn set_a3_deleted(&mut self, id: &Id, deleted: bool, now: Timestamp) -> bool {
        set_deleted(&mut self.a3_sheets, id, deleted, now)
    }

    pub fn seminar(&self, id: &Id) -> Option<&Seminar> {
        self.seminars.iter().find(|s| &s.id == id)
    }

    pub fn add_seminar(&mut self, seminar: Seminar) {
        self.seminars.push(seminar);
    }

    pub fn is_empty(&self) -> bool {
        let mut empty = true;
        macro_rules! each {
            ($field:ident) => {
                empty &= self.$field.is_empty();
            };
        }
        each_collection!(each);
        empty
    }

    /// How many entities (sheets, seminars, notes, groups, task reviews) it holds, deleted
    /// ones included: what an import of it counts.
    pub fn entity_count(&self) -> usize {
        let mut count = 0;
        macro_rules! each {
            ($field:ident) => {
                count += self.$field.len();
            };
        }
        each_collection!(each);
        count
    }

    /// The most recent `updated` of any entity, in every collection (deleted ones too: a
    /// deletion is a change).
    pub fn latest_change(&self) -> Option<Timestamp> {
        let mut latest = None;
        macro_rules! each {
            ($field:ident) => {
                latest = latest.max(self.$field.iter().map(|e| e.updated()).max());
            };
        }
        each_collection!(each);
        latest
    }

    /// Fails on the first id used twice within one collection.
    pub fn check_unique_ids(&self) -> Result<(), DecodeError> {
        fn check<T: Entity>(items: &[T]) -> Result<(), DecodeError> {
            let mut seen = HashSet::new();
            for item in items {
                if !seen.insert(item.id()) {
                    return Err(DecodeError::DuplicateId {
                        id: item.id().to_string(),
                    });
                }
            }
            Ok(())
        }
        macro_rules! each {
            ($field:ident) => {
                check(&self.$field)?;
            };
        }
        each_collection!(each);
        Ok(())
    }

    /// Decodes an exported file and imports it. A file that does not decode changes nothing.
    pub fn import_text(&mut self, text: &str) -> Result<ImportReport, DecodeError> {
        let incoming = decode_workspace(text)?;
        Ok(self.import(incoming))
    }

    /// Adds what `incoming` has by id: new ids are appended in the file's order, a winning
    /// version (see [`merge_decision`]) replaces in place, the rest is left alone. Nothing here
    /// is ever removed. Unknown workspace fields are added; where both sides have one with
    /// different values, the greater canonical JSON wins, as for entities.
    pub fn import(&mut self, incoming: Workspace) -> ImportReport {
        let mut report = ImportReport::default();
        macro_rules! each {
            ($field:ident) => {
                merge_into(&mut self.$field, incoming.$field, &mut report);
            };
        }
        each_collection!(each);
        self.merge_extra(incoming.extra);
        report
    }

    /// Collections this build does not know: kept, the greater of two copies winning.
    fn merge_extra(&mut self, extra: Map<String, Value>) {
        for (key, value) in extra {
            match self.extra.get_mut(&key) {
                None => {
                    self.extra.insert(key, value);
                }
                Some(mine) => {
                    if canonical_json(&value) > canonical_json(mine) {
                        *mine = value;
                    }
                }
            }
        }
    }

    /// The report [`Workspace::import`] would give for `incoming`, without changing anything
    /// (for "12 new, 3 updated: import?").
    pub fn preview_import(&self, incoming: &Workspace) -> ImportReport {
        // A (hand-made) workspace with an id twice: its second copy meets the first, so only
        // an import on a copy says what happens.
        if incoming.check_unique_ids().is_err() {
            return self.clone().import(incoming.clone());
        }
        let mut report = ImportReport::default();
        macro_rules! each {
            ($field:ident) => {
                count_into(&self.$field, &incoming.$field, &mut report);
            };
        }
        each_collection!(each);
        report
    }

    /// Works an import of `incoming` out against this workspace without changing it: its
    /// report is [`Workspace::preview_import`]'s, and [`Workspace::apply_import`] carries it
    /// out later without merging again (the merges are most of an import's time), so a
    /// preview followed by "Importer" merges each entity once.
    pub fn prepare_import(&self, incoming: Workspace) -> PreparedImport {
        // A (hand-made) workspace with an id twice: its second copy meets the first, so it
        // is imported as a whole when applied.
        if incoming.check_unique_ids().is_err() {
            return PreparedImport {
                report: self.preview_import(&incoming),
                steps: PreparedSteps::Whole(Box::new(incoming)),
            };
        }
        let mut report = ImportReport::default();
        macro_rules! steps {
            ([] $($(#[$attr:meta])* $field:ident: $ty:ty,)*) => {
                Steps {
                    $($field: plan(&self.$field, incoming.$field, &mut report),)*
                    extra: incoming.extra,
                    unchanged: 0,
                }
            };
        }
        let mut steps = collections!(steps);
        steps.unchanged = report.unchanged;
        PreparedImport {
            report,
            steps: PreparedSteps::Planned(Box::new(steps)),
        }
    }

    /// Carries out a [`PreparedImport`]: the result is [`Workspace::import`]'s of the same
    /// file now, also when this workspace changed since it was prepared (an entity that
    /// changed is merged again). Returns what it did.
    pub fn apply_import(&mut self, prepared: PreparedImport) -> ImportReport {
        let steps = match prepared.steps {
            PreparedSteps::Whole(incoming) => return self.import(*incoming),
            PreparedSteps::Planned(steps) => *steps,
        };
        let mut report = ImportReport {
            unchanged: steps.unchanged,
            ..ImportReport::default()
        };
        macro_rules! each {
            ($field:ident) => {
                carry_out(&mut self.$field, steps.$field, &mut report);
            };
        }
        each_collection!(each);
        self.merge_extra(steps.extra);
        report
    }

    /// Seminars that are not deleted.
    pub fn active_seminars(&self) -> impl Iterator<Item = &Seminar> {
        self.seminars.iter().filter(|s| s.deleted.is_none())
    }

    /// Notes that are not deleted.
    pub fn active_notes(&self) -> impl Iterator<Item = &Note> {
        self.notes.iter().filter(|n| n.deleted.is_none())
    }

    /// Soft-deletes (`true`) or restores (`false`) a seminar and marks it updated; `false` if
    /// there is no such seminar. Its notes are left as they are.
    pub fn set_seminar_deleted(&mut self, id: &Id, deleted: bool, now: Timestamp) -> bool {
        set_deleted(&mut self.seminars, id, deleted, now)
    }

    /// Soft-deletes (`true`) or restores (`false`) a note and marks it updated; `false` if
    /// there is no such note.
    pub fn set_note_deleted(&mut self, id: &Id, deleted: bool, now: Timestamp) -> bool {
        set_deleted(&mut self.notes, id, deleted, now)
    }

    /// Empties the trash of what has been in it long enough: removes for good every sheet,
    /// seminar and note deleted before `now - keep_ms` (normally [`TRASH_KEEP_MS`]), and returns
    /// how many. Once removed, an entity comes back if an older copy of it is imported.
    pub fn purge_deleted(&mut self, now: Timestamp, keep_ms: i64) -> usize {
        let cutoff = Timestamp(now.0.saturating_sub(keep_ms));
        let mut removed = 0;
        macro_rules! each {
            ($field:ident) => {
                removed += purge(&mut self.$field, cutoff);
            };
        }
        each_collection!(each);
        removed
    }
}

/// The group exercise: what belongs to a seminar, and the parts that travel between phones.
impl Workspace {
    /// Changes one seminar and marks it updated; `false` if there is no such seminar.
    pub fn edit_seminar(
        &mut self,
        id: &Id,
        now: Timestamp,
        change: impl FnOnce(&mut Seminar),
    ) -> bool {
        edit(&mut self.seminars, id, now, change)
    }

    pub fn note(&self, id: &Id) -> Option<&Note> {
        self.notes.iter().find(|n| &n.id == id)
    }

    /// Changes one note and marks it updated; `false` if there is no such note.
    pub fn edit_note(&mut self, id: &Id, now: Timestamp, change: impl FnOnce(&mut Note)) -> bool {
        edit(&mut self.notes, id, now, change)
    }

    /// The participant's own notes in a seminar (not brought into a group), oldest first.
    pub fn own_notes(&self, seminar: &Id) -> Vec<&Note> {
        self.active_notes()
            .filter(|n| n.seminar.as_ref() == Some(seminar) && n.group.is_none())
            .collect()
    }

    /// A group's notes, in the order they came in.
    pub fn group_notes(&self, group: &Id) -> Vec<&Note> {
        self.active_notes()
            .filter(|n| n.group.as_ref() == Some(group))
            .collect()
    }

    pub fn group(&self, id: &Id) -> Option<&Group> {
        self.groups.iter().find(|g| &g.id == id)
    }

    /// Changes one group and marks it updated; `false` if there is no such group.
    pub fn edit_group(&mut self, id: &Id, now: Timestamp, change: impl FnOnce(&mut Group)) -> bool {
        edit(&mut self.groups, id, now, change)
    }

    /// A seminar's groups that are not deleted, oldest first.
    pub fn seminar_groups(&self, seminar: &Id) -> Vec<&Group> {
        self.groups
            .iter()
            .filter(|g| &g.seminar == seminar && g.deleted.is_none())
            .collect()
    }

    /// Soft-deletes (`true`) or restores (`false`) a group.
    pub fn set_group_deleted(&mut self, id: &Id, deleted: bool, now: Timestamp) -> bool {
        set_deleted(&mut self.groups, id, deleted, now)
    }

    pub fn task_review(&self, id: &Id) -> Option<&TaskReview> {
        self.task_reviews.iter().find(|r| &r.id == id)
    }

    /// Changes one task review and marks it updated; `false` if there is no such review.
    pub fn edit_task_review(
        &mut self,
        id: &Id,
        now: Timestamp,
        change: impl FnOnce(&mut TaskReview),
    ) -> bool {
        edit(&mut self.task_reviews, id, now, change)
    }

    /// Changes one programme and marks it updated; `false` if there is no such programme.
    pub fn edit_programme(
        &mut self,
        id: &Id,
        now: Timestamp,
        change: impl FnOnce(&mut Programme),
    ) -> bool {
        edit(&mut self.programmes, id, now, change)
    }

    /// Soft-deletes (`true`) or restores (`false`) a programme. Its sheets and seminars keep
    /// their link, so restoring it brings the whole programme back.
    pub fn set_programme_deleted(&mut self, id: &Id, deleted: bool, now: Timestamp) -> bool {
        set_deleted(&mut self.programmes, id, deleted, now)
    }

    /// Soft-deletes (`true`) or restores (`false`) a task review.
    pub fn set_task_review_deleted(&mut self, id: &Id, deleted: bool, now: Timestamp) -> bool {
        set_deleted(&mut self.task_reviews, id, deleted, now)
    }

    /// What a participant needs to join: the seminar's setup alone.
    pub fn seminar_package(&self, seminar: &Id) -> Workspace {
        Workspace {
            seminars: self.seminar(seminar).cloned().into_iter().collect(),
            ..Workspace::default()
        }
    }

    /// A participant's notes to hand to the group: the seminar and their own notes.
    pub fn own_notes_package(&self, seminar: &Id) -> Workspace {
        Workspace {
            notes: self.own_notes(seminar).into_iter().cloned().collect(),
            ..self.seminar_package(seminar)
        }
    }

    /// A group's answer for the facilitator: the seminar, the group and its notes.
    pub fn group_package(&self, group: &Id) -> Workspace {
        let Some(g) = self.group(group) else {
            return Workspace::default();
        };
        Workspace {
            groups: vec![g.clone()],
            notes: self.group_notes(group).into_iter().cloned().collect(),
            ..self.seminar_package(&g.seminar)
        }
    }

    /// The facilitator's round-up for a second device: the seminar, its merges and every
    /// group's answer, notes included.
    pub fn collection_package(&self, seminar: &Id) -> Workspace {
        let groups: Vec<Group> = self.seminar_groups(seminar).into_iter().cloned().collect();
        let notes = groups
            .iter()
            .flat_map(|g| self.group_notes(&g.id))
            .cloned()
            .collect();
        Workspace {
            groups,
            notes,
            syntheses: self.synthesis(seminar).cloned().into_iter().collect(),
            ..self.seminar_package(seminar)
        }
    }

    /// A participant's package (from a link or code) handed to a group as `member`'s: its
    /// seminar first, if new here, then its notes as the member's ([`Self::import_member_notes`]).
    pub fn receive_member_package(
        &mut self,
        group: &Id,
        member: &Id,
        incoming: Workspace,
    ) -> (usize, usize) {
        self.import(Workspace {
            seminars: incoming.seminars.clone(),
            ..Workspace::default()
        });
        self.import_member_notes(group, member, incoming)
    }

    /// Brings a participant's notes (an exported file, already decoded) into a group as
    /// `member`'s. Only the file's notes are used (not deleted, not blank, not already in a
    /// group); they keep their ids, so importing the same file again changes nothing, and a
    /// newer version of a note replaces the older text. Returns how many notes were added
    /// and how many updated.
    pub fn import_member_notes(
        &mut self,
        group: &Id,
        member: &Id,
        incoming: Workspace,
    ) -> (usize, usize) {
        let Some(seminar) = self.group(group).map(|g| g.seminar) else {
            return (0, 0);
        };
        let (mut added, mut updated) = (0, 0);
        for mut note in incoming.notes {
            if note.deleted.is_some() || note.group.is_some() || note.is_blank() {
                continue;
            }
            note.seminar = Some(seminar);
            note.group = Some(*group);
            note.member = Some(*member);
            match self.notes.iter_mut().find(|n| n.id == note.id) {
                None => {
                    self.notes.push(note);
                    added += 1;
                }
                Some(mine) if note.updated > mine.updated => {
                    *mine = note;
                    updated += 1;
                }
                Some(_) => {}
            }
        }
        (added, updated)
    }
}

/// Changes the entity `id` and marks it updated; `false` if there is none.
fn edit<T: Entity>(items: &mut [T], id: &Id, now: Timestamp, change: impl FnOnce(&mut T)) -> bool {
    match items.iter_mut().find(|item| item.id() == id) {
        Some(item) => {
            change(item);
            item.touch(now);
            true
        }
        None => false,
    }
}

/// One field in conflict, as the UI shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldConflict {
    /// The ids of the rows leading to the field (empty for a field of the entity itself).
    pub rows: Vec<String>,
    pub field: String,
    /// Names the conflicting version (for [`Workspace::resolve_conflict`]).
    pub stamp: Stamp,
    /// The other device's value (`None`: the field was emptied there).
    pub value: Option<Value>,
}

impl FieldConflict {
    /// The value as text to show: a text as it is, anything else as compact JSON.
    pub fn text(&self) -> String {
        match &self.value {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(text)) => text.clone(),
            Some(other) => other.to_string(),
        }
    }
}

/// The conflicts of one field, read from the `extra` map of the entity or row that holds it
/// (cheap: no serialization), `rows` naming the row as in [`FieldConflict::rows`]. Values
/// equal to `current` are not conflicts.
pub fn conflicts_in_extra(
    extra: &Map<String, Value>,
    rows: &[Id],
    field: &str,
    current: &Value,
) -> Vec<FieldConflict> {
    if !extra.contains_key(merge::CONFLICTS) {
        return Vec::new();
    }
    merge::conflicts_of(extra, field)
        .into_iter()
        .filter(|(_, value)| value.as_ref() != Some(current))
        .map(|(stamp, value)| FieldConflict {
            rows: rows.iter().map(Id::to_string).collect(),
            field: field.to_owned(),
            stamp,
            value,
        })
        .collect()
}

fn collect_conflicts(
    obj: &Map<String, Value>,
    rows: &mut Vec<String>,
    out: &mut Vec<FieldConflict>,
) {
    if let Some(fields) = obj.get(merge::CONFLICTS).and_then(Value::as_object) {
        for field in fields.keys() {
            for (stamp, value) in merge::shown_conflicts(obj, field) {
                out.push(FieldConflict {
                    rows: rows.clone(),
                    field: field.clone(),
                    stamp,
                    value,
                });
            }
        }
    }
    for (key, value) in obj {
        if key != "id" && merge::is_rows(value) {
            for row in value
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_object)
            {
                rows.push(
                    row.get("id")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_owned(),
                );
                collect_conflicts(row, rows, out);
                rows.pop();
            }
        }
    }
}

/// The object at `rows` (row ids, one per level) inside an entity's JSON.
fn object_at<'a>(
    obj: &'a mut Map<String, Value>,
    rows: &[String],
) -> Option<&'a mut Map<String, Value>> {
    let Some((first, rest)) = rows.split_first() else {
        return Some(obj);
    };
    let row = obj
        .values_mut()
        .filter_map(Value::as_array_mut)
        .flatten()
        .filter_map(Value::as_object_mut)
        .find(|row| row.get("id").and_then(Value::as_str) == Some(first.as_str()))?;
    object_at(row, rest)
}

fn conflicts_in<T: Entity + Serialize>(items: &[T], id: &Id) -> Option<Vec<FieldConflict>> {
    let item = items.iter().find(|item| item.id() == id)?;
    let value = serde_json::to_value(item).ok()?;
    let mut out = Vec::new();
    collect_conflicts(value.as_object()?, &mut Vec::new(), &mut out);
    Some(out)
}

fn resolve_in<T: Entity + Serialize + DeserializeOwned>(
    items: &mut [T],
    id: &Id,
    conflict: &FieldConflict,
    take: bool,
    now: Timestamp,
) -> Option<bool> {
    let item = items.iter_mut().find(|item| item.id() == id)?;
    let mut value = serde_json::to_value(&*item).ok()?;
    let obj = object_at(value.as_object_mut()?, &conflict.rows)?;
    if !merge::resolve(obj, &conflict.field, &conflict.stamp, take) {
        return Some(false);
    }
    *item = from_tree(&value).ok()?;
    item.touch(now);
    Some(true)
}

fn count_conflicts<T: Serialize + SharedRows>(items: &[T]) -> usize {
    items
        .iter()
        // Only entities that may hold one are written as JSON and counted.
        .filter(|item| item.may_hold_conflicts())
        .filter_map(|item| serde_json::to_value(item).ok())
        .map(|value| merge::conflict_count(&value))
        .sum()
}

fn migrate_rows<T: Serialize + DeserializeOwned>(items: &mut [T]) {
    for item in items {
        if let Ok(mut value) = serde_json::to_value(&*item) {
            merge::migrate_entity(&mut value);
            if let Ok(done) = from_tree(&value) {
                *item = done;
            }
        }
    }
}

impl Workspace {
    /// Gives every row without a base stamp the version-1 rule's (`<updated>.<n>.`), as
    /// reading a version-1 file does ([`envelope::v1_to_v2`] on its JSON): for content made in
    /// code (the example), so its rows keep their order in merges, and for a version-1 document
    /// read straight into its types ([`envelope::read_straight`]).
    pub fn with_row_stamps(mut self) -> Self {
        macro_rules! each {
            (notes) => {
                // A note has no rows of its own: only those its unknown fields keep, numbered
                // as the rule numbers them, without a trip through JSON (most of a year's
                // entities are notes).
                for note in &mut self.notes {
                    merge::migrate_unknown_rows(note.updated, &mut note.extra);
                }
            };
            ($field:ident) => {
                migrate_rows(&mut self.$field);
            };
        }
        each_collection!(each);
        self
    }

    /// Merges back stored documents that were put aside in quarantine and that this build can
    /// read (an older build quarantines a document of a newer version instead of writing over
    /// it). Returns the positions of the texts that were merged.
    pub fn recover(&mut self, texts: &[String]) -> Vec<usize> {
        texts
            .iter()
            .enumerate()
            .filter_map(|(i, text)| self.import_text(text).ok().map(|_| i))
            .collect()
    }

    /// The fields of one entity (any kind) in conflict, with the other device's values.
    pub fn conflicts(&self, id: &Id) -> Vec<FieldConflict> {
        macro_rules! find {
            ($field:ident) => {
                if let Some(found) = conflicts_in(&self.$field, id) {
                    return found;
                }
            };
        }
        each_collection!(find);
        Vec::new()
    }

    /// How many fields, in every entity, show a conflict (for Hjem).
    pub fn conflict_count(&self) -> usize {
        let mut count = 0;
        macro_rules! add {
            ($field:ident) => {
                count += count_conflicts(&self.$field);
            };
        }
        each_collection!(add);
        count
    }

    /// Resolves a conflict of entity `id`: `take` uses the other device's value (an ordinary
    /// edit), otherwise the value here is kept. `false` if there is no such conflict.
    pub fn resolve_conflict(
        &mut self,
        id: &Id,
        conflict: &FieldConflict,
        take: bool,
        now: Timestamp,
    ) -> bool {
        macro_rules! resolve {
            ($field:ident) => {
                if let Some(done) = resolve_in(&mut self.$field, id, conflict, take, now) {
                    return done;
                }
            };
        }
        each_collection!(resolve);
        false
    }
}

/// Stamps local edits: keeps the workspace as it was after the last stamping or merge, and
/// gives every field changed since a new stamp of this device's clock (an entity equal to its
/// snapshot costs one comparison). The app stamps at the save, before a merge and before
/// anything leaves the device, not per keystroke (`ui::state::AppState`). After an import,
/// [`Stamper::sync`] takes the merged workspace as it is.
#[derive(Clone, Debug)]
pub struct Stamper {
    /// This device's replica name (see [`crate::model::hlc`]).
    pub replica: String,
    pub clock: Clock,
    snapshot: Workspace,
}

impl Stamper {
    pub fn new(replica: String, workspace: &Workspace) -> Self {
        Stamper {
            replica,
            clock: Clock::default(),
            snapshot: workspace.clone(),
        }
    }

    /// Stamps what changed in `workspace` since the last call (or [`Stamper::sync`]) as local
    /// edits made at `wall`; returns how many entities it stamped.
    pub fn stamp(&mut self, workspace: &mut Workspace, wall: Timestamp) -> usize {
        let mut changed = 0;
        macro_rules! stamp {
            ($field:ident) => {
                changed += track(
                    &mut workspace.$field,
                    &mut self.snapshot.$field,
                    Some((&mut self.clock, wall, self.replica.as_str())),
                );
            };
        }
        each_collection!(stamp);
        changed
    }

    /// Takes `workspace` (just merged with another copy) as it is, without stamping.
    pub fn sync(&mut self, workspace: &mut Workspace) {
        macro_rules! sync {
            ($field:ident) => {
                track(&mut workspace.$field, &mut self.snapshot.$field, None);
            };
        }
        each_collection!(sync);
    }
}

fn track<T: Entity + Serialize + DeserializeOwned + Clone + PartialEq>(
    current: &mut [T],
    snapshot: &mut Vec<T>,
    mut stamping: Option<(&mut Clock, Timestamp, &str)>,
) -> usize {
    // Entities rarely move, so each is looked for at its own position first; the index by id
    // is built only when one is not there (keeps a keystroke free of allocations).
    let mut index: Option<HashMap<Id, usize>> = None;
    // Entities added at the end (an import's) are appended to the snapshot; any other change
    // of the list's shape copies it anew.
    let mut rebuild = snapshot.len() > current.len();
    let mut changed = 0;
    for (position, item) in current.iter_mut().enumerate() {
        let at = match snapshot.get(position) {
            Some(old) if old.id() == item.id() => Some(position),
            _ => index
                .get_or_insert_with(|| {
                    snapshot
                        .iter()
                        .enumerate()
                        .map(|(i, item)| (*item.id(), i))
                        .collect()
                })
                .get(item.id())
                .copied(),
        };
        if at.is_some_and(|i| snapshot[i] == *item) {
            continue;
        }
        changed += 1;
        if let Some((clock, wall, replica)) = stamping.as_mut() {
            let before = at.and_then(|i| serde_json::to_value(&snapshot[i]).ok());
            if let Ok(mut after) = serde_json::to_value(&*item) {
                merge::stamp_entity(before.as_ref(), &mut after, clock, *wall, replica);
                if let Ok(stamped) = from_tree(&after) {
                    *item = stamped;
                }
            }
        }
        match at {
            Some(i) => snapshot[i] = item.clone(),
            None if !rebuild && position == snapshot.len() => snapshot.push(item.clone()),
            None => rebuild = true,
        }
    }
    if rebuild || snapshot.len() != current.len() {
        *snapshot = current.to_vec();
    }
    changed
}

impl ImportReport {
    fn count<T>(&mut self, outcome: &Outcome<T>) {
        match outcome {
            Outcome::Add => self.added += 1,
            Outcome::Replace(_, conflicts) => {
                self.updated += 1;
                self.conflicts += conflicts;
            }
            Outcome::Keep => self.unchanged += 1,
        }
    }
}

/// Each entity's index by id (the first, should an id be there twice).
fn positions<T: Entity>(items: &[T]) -> HashMap<Id, usize> {
    let mut position = HashMap::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        position.entry(*item.id()).or_insert(index);
    }
    position
}

/// Adds each incoming entity whose id is not here (in the file's order) and merges the others
/// into the copy here, in place.
fn merge_into<T: Entity + Serialize + DeserializeOwned + PartialEq + SharedRows>(
    mine: &mut Vec<T>,
    theirs: Vec<T>,
    report: &mut ImportReport,
) {
    let mut position = positions(mine);
    for item in theirs {
        merge_item(mine, &mut position, item, report);
    }
}

/// Merges one incoming entity into `mine` (`position`: each id's index there, kept up to
/// date), counting what it did.
fn merge_item<T: Entity + Serialize + DeserializeOwned + PartialEq + SharedRows>(
    mine: &mut Vec<T>,
    position: &mut HashMap<Id, usize>,
    item: T,
    report: &mut ImportReport,
) {
    let index = position.get(item.id()).copied();
    let outcome = outcome(index.map(|i| &mine[i]), &item);
    report.count(&outcome);
    match (outcome, index) {
        (Outcome::Replace(merged, _), Some(index)) => mine[index] = merged.unwrap_or(item),
        (Outcome::Add, _) => {
            position.insert(*item.id(), mine.len());
            mine.push(item);
        }
        _ => {}
    }
}

/// An import worked out for a preview (see [`Workspace::prepare_import`]).
pub struct PreparedImport {
    /// What it will do, as [`Workspace::preview_import`] says.
    pub report: ImportReport,
    steps: PreparedSteps,
}

enum PreparedSteps {
    /// Imported as a whole when applied (a file with an id twice).
    Whole(Box<Workspace>),
    Planned(Box<Steps>),
}

/// What applying does with one incoming entity. One the merge leaves as it is here needs no
/// step: a later version here still holds all of it (merging only ever adds knowledge).
enum Step<T> {
    Add(T),
    /// `base` (at `index`) merged with `incoming` is `merged` (`None`: `incoming`), with
    /// `conflicts` new ones.
    Replace {
        index: usize,
        base: T,
        incoming: T,
        merged: Option<T>,
        conflicts: usize,
    },
}

/// The steps importing `theirs` (ids unique) into `mine` takes, counted into `report`.
fn plan<T: Entity + Serialize + DeserializeOwned + PartialEq + SharedRows + Clone>(
    mine: &[T],
    theirs: Vec<T>,
    report: &mut ImportReport,
) -> Vec<Step<T>> {
    let position = positions(mine);
    let mut steps = Vec::new();
    for item in theirs {
        let index = position.get(item.id()).copied();
        let outcome = outcome(index.map(|i| &mine[i]), &item);
        report.count(&outcome);
        match (outcome, index) {
            (Outcome::Add, _) => steps.push(Step::Add(item)),
            (Outcome::Replace(merged, conflicts), Some(index)) => steps.push(Step::Replace {
                index,
                base: mine[index].clone(),
                incoming: item,
                merged,
                conflicts,
            }),
            _ => {}
        }
    }
    steps
}

/// Applies `steps` to `mine`: a merge worked out against what is still here is taken as it
/// is; an entity that changed since, or an addition whose id has come here since, is merged
/// anew.
fn carry_out<T: Entity + Serialize + DeserializeOwned + PartialEq + SharedRows>(
    mine: &mut Vec<T>,
    steps: Vec<Step<T>>,
    report: &mut ImportReport,
) {
    if steps.is_empty() {
        return;
    }
    let mut position = positions(mine);
    for step in steps {
        match step {
            Step::Replace {
                index,
                base,
                incoming,
                merged,
                conflicts,
            } => {
                if mine.get(index) == Some(&base) {
                    report.count(&Outcome::<()>::Replace(None, conflicts));
                    mine[index] = merged.unwrap_or(incoming);
                } else {
                    merge_item(mine, &mut position, incoming, report);
                }
            }
            Step::Add(item) => merge_item(mine, &mut position, item, report),
        }
    }
}

/// What [`merge_into`] would report, without changing or copying anything (ids in `theirs`
/// unique).
fn count_into<T: Entity + Serialize + DeserializeOwned + PartialEq + SharedRows>(
    mine: &[T],
    theirs: &[T],
    report: &mut ImportReport,
) {
    let position = positions(mine);
    for item in theirs {
        let here = position.get(item.id()).map(|&i| &mine[i]);
        report.count(&outcome(here, item));
    }
}

fn set_deleted<T: Entity>(items: &mut [T], id: &Id, deleted: bool, now: Timestamp) -> bool {
    match items.iter_mut().find(|item| item.id() == id) {
        Some(item) => {
            item.set_deleted(deleted, now);
            true
        }
        None => false,
    }
}

fn purge<T: Entity>(items: &mut Vec<T>, cutoff: Timestamp) -> usize {
    let before = items.len();
    items.retain(|item| item.deleted().is_none_or(|deleted| deleted >= cutoff));
    before - items.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(n: u128) -> Id {
        Id(uuid::Uuid::from_u128(n))
    }

    fn sheet(n: u128, title: &str, updated: i64) -> A3Sheet {
        let mut s = A3Sheet::new(id(n), title, Timestamp(1));
        s.updated = Timestamp(updated);
        s
    }

    fn seminar(n: u128, title: &str, updated: i64) -> Seminar {
        let mut s = Seminar::new(id(n), title, Timestamp(1));
        s.updated = Timestamp(updated);
        s
    }

    fn note(n: u128, text: &str, updated: i64) -> Note {
        let mut note = Note::new(id(n), None, Timestamp(updated));
        note.potential = text.into();
        note
    }

    /// A workspace with one bare entity in every collection of [`COLLECTIONS`] (entity `n`
    /// of the collection at `i` has id `i * 10 + n`), deleted at `deleted`.
    fn one_of_each(deleted: i64) -> Workspace {
        let body: Map<String, Value> = COLLECTIONS
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let entity = serde_json::json!({
                    "id": id(i as u128 * 10 + 1), "updated": 1, "created": 1,
                    "deleted": deleted, "seminar": id(999),
                });
                (name.to_string(), Value::Array(vec![entity]))
            })
            .collect();
        serde_json::from_value(Value::Object(body)).expect("bare entities read")
    }

    #[test]
    fn every_collection_is_declared_once_and_used_everywhere() {
        let w = one_of_each(5);
        // The struct's fields are the list: nothing landed in the unknown fields.
        assert!(
            w.extra.is_empty(),
            "not a collection of the struct: {:?}",
            w.extra.keys()
        );
        let keys: Vec<String> = match serde_json::to_value(&w).expect("serializes") {
            Value::Object(map) => map.keys().cloned().collect(),
            _ => unreachable!(),
        };
        let mut names: Vec<String> = COLLECTIONS.iter().map(|n| n.to_string()).collect();
        names.sort();
        assert_eq!(keys, names);
        assert_eq!(w.entity_count(), COLLECTIONS.len());
        // The latest change is looked for in every collection.
        for (i, name) in COLLECTIONS.iter().enumerate() {
            let mut doc = serde_json::to_value(&w).expect("serializes");
            doc[name][0]["updated"] = Value::from(100 + i);
            let changed: Workspace = serde_json::from_value(doc).expect("reads");
            assert_eq!(
                changed.latest_change(),
                Some(Timestamp(100 + i as i64)),
                "{name}"
            );
        }
        assert!(!w.is_empty());
        // Import, its preview and its plan count every collection.
        let mut empty = Workspace::default();
        assert_eq!(empty.preview_import(&w).added, COLLECTIONS.len());
        let prepared = Workspace::default().prepare_import(w.clone());
        assert_eq!(
            Workspace::default().apply_import(prepared).added,
            COLLECTIONS.len()
        );
        assert_eq!(empty.import(w.clone()).added, COLLECTIONS.len());
        // The trash empties every collection.
        let mut old = one_of_each(5);
        assert_eq!(old.purge_deleted(Timestamp(10), 1), COLLECTIONS.len());
        assert!(old.is_empty());
        // An id twice is found in every collection.
        for name in COLLECTIONS {
            let mut doc = serde_json::to_value(&w).expect("serializes");
            let list = doc[name].as_array_mut().expect("a list");
            list.push(list[0].clone());
            let twice: Workspace = serde_json::from_value(doc).expect("reads");
            assert!(
                twice.check_unique_ids().is_err(),
                "{name}: an id twice not found"
            );
        }
    }

    fn workspace(sheets: Vec<A3Sheet>, seminars: Vec<Seminar>, notes: Vec<Note>) -> Workspace {
        Workspace {
            a3_sheets: sheets,
            seminars,
            notes,
            ..Workspace::default()
        }
    }

    fn report(added: usize, updated: usize, unchanged: usize) -> ImportReport {
        ImportReport {
            added,
            updated,
            unchanged,
            conflicts: 0,
        }
    }

    #[test]
    fn preview_gives_the_counts_of_the_import_and_changes_nothing() {
        let mine = workspace(
            vec![sheet(1, "A", 10), sheet(2, "B", 10)],
            vec![seminar(3, "S", 10)],
            vec![note(4, "n", 10)],
        );
        let cases = [
            (Workspace::default(), report(0, 0, 0)),
            (mine.clone(), report(0, 0, 4)),
            // Newer, older, equal: updated, unchanged, unchanged; plus one new of each kind.
            (
                workspace(
                    vec![sheet(1, "A2", 11), sheet(2, "B0", 9), sheet(5, "new", 1)],
                    vec![seminar(3, "S", 10), seminar(6, "new", 1)],
                    vec![note(7, "new", 1)],
                ),
                report(3, 1, 2),
            ),
            // A tie with different content: the greater canonical JSON wins ("Z" > "A").
            (
                workspace(vec![sheet(1, "Z", 10), sheet(2, "A", 10)], vec![], vec![]),
                report(0, 1, 1),
            ),
            // The same id twice in one (hand-made) workspace: the second meets the first.
            (
                workspace(vec![sheet(9, "x", 1), sheet(9, "x", 2)], vec![], vec![]),
                report(1, 1, 0),
            ),
        ];
        for (incoming, expected) in cases {
            let before = mine.clone();
            let preview = mine.preview_import(&incoming);
            assert_eq!(mine, before, "preview changed the workspace");
            assert_eq!(preview, expected, "{incoming:?}");
            let mut applied = mine.clone();
            assert_eq!(applied.import(incoming.clone()), preview, "{incoming:?}");
        }
    }

    #[test]
    fn a_tie_is_broken_by_canonical_json_in_both_directions() {
        let a = workspace(vec![sheet(1, "Alfa", 5)], vec![], vec![]);
        let b = workspace(vec![sheet(1, "Beta", 5)], vec![], vec![]);
        let mut ab = a.clone();
        assert_eq!(ab.import(b.clone()), report(0, 1, 0));
        let mut ba = b.clone();
        assert_eq!(ba.import(a.clone()), report(0, 0, 1));
        assert_eq!(ab, ba);
        assert_eq!(ab.a3_sheets[0].title, "Beta");
        // Newer still beats greater.
        let older_but_greater = workspace(vec![sheet(1, "Zulu", 4)], vec![], vec![]);
        assert_eq!(ab.import(older_but_greater), report(0, 0, 1));
        assert_eq!(ab.a3_sheets[0].title, "Beta");
    }

    #[test]
    fn the_tie_break_key_is_compact_json_with_sorted_keys() {
        let mut s = sheet(1, "T", 5);
        s.extra.insert("aa_future".into(), Value::Bool(true));
        let key = canonical_json(&s);
        assert!(
            key.starts_with(r#"{"aa_future":true,"benefits":[],"#),
            "{key}"
        );
        assert!(key.ends_with(r#""updated":5}"#), "{key}");
    }

    #[test]
    fn merge_decision_adds_replaces_and_keeps() {
        let old = sheet(1, "A", 1);
        let new = sheet(1, "A", 2);
        assert_eq!(merge_decision(None, &old), MergeDecision::Add);
        assert_eq!(merge_decision(Some(&old), &new), MergeDecision::Replace);
        assert_eq!(merge_decision(Some(&new), &old), MergeDecision::Keep);
        assert_eq!(merge_decision(Some(&new), &new), MergeDecision::Keep);
    }

    #[test]
    fn new_ids_are_appended_in_the_files_order_and_replacements_stay_in_place() {
        let mut mine = workspace(vec![sheet(1, "A", 1), sheet(2, "B", 1)], vec![], vec![]);
        mine.import(workspace(
            vec![sheet(4, "D", 1), sheet(1, "A2", 2), sheet(3, "C", 1)],
            vec![],
            vec![],
        ));
        let order: Vec<_> = mine.a3_sheets.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(order, ["A2", "B", "D", "C"]);
    }

    #[test]
    fn unknown_workspace_fields_merge_deterministically() {
        let with = |value: Value| {
            let mut w = Workspace::default();
            w.extra.insert("future".into(), value);
            w
        };
        let (a, b) = (with(json_value("[1]")), with(json_value("[2]")));
        let mut ab = a.clone();
        ab.import(b.clone());
        let mut ba = b.clone();
        ba.import(a.clone());
        assert_eq!(ab, ba);
        assert_eq!(ab.extra["future"], json_value("[2]"));
        let mut only_mine = Workspace::default();
        only_mine.import(a.clone());
        assert_eq!(only_mine, a, "a field only the file has is added");
    }

    fn json_value(text: &str) -> Value {
        serde_json::from_str(text).unwrap()
    }

    #[test]
    fn seminars_and_notes_go_to_the_trash_and_come_back() {
        let mut w = workspace(
            vec![],
            vec![seminar(1, "S", 1), seminar(2, "T", 1)],
            vec![note(3, "n", 1), note(4, "m", 1)],
        );
        assert!(w.set_seminar_deleted(&id(1), true, Timestamp(7)));
        assert!(w.set_note_deleted(&id(4), true, Timestamp(8)));
        assert!(
            !w.set_seminar_deleted(&id(3), true, Timestamp(9)),
            "a note id"
        );
        assert!(!w.set_note_deleted(&id(99), true, Timestamp(9)));
        let active: Vec<_> = w.active_seminars().map(|s| s.id).collect();
        assert_eq!(active, [id(2)]);
        let active: Vec<_> = w.active_notes().map(|n| n.id).collect();
        assert_eq!(active, [id(3)]);
        assert_eq!(
            (w.seminars[0].deleted, w.seminars[0].updated),
            (Some(Timestamp(7)), Timestamp(7))
        );
        assert!(w.set_seminar_deleted(&id(1), false, Timestamp(10)));
        assert_eq!(
            (w.seminars[0].deleted, w.seminars[0].updated),
            (None, Timestamp(10)),
            "restoring is a change too"
        );
        assert_eq!(w.active_seminars().count(), 2);
    }

    #[test]
    fn a_deletion_travels_by_the_usual_merge() {
        let mut here = workspace(vec![], vec![seminar(1, "S", 1)], vec![]);
        let mut there = here.clone();
        there.set_seminar_deleted(&id(1), true, Timestamp(5));
        assert_eq!(here.import(there), report(0, 1, 0));
        assert_eq!(here.active_seminars().count(), 0);
    }

    #[test]
    fn purge_removes_only_what_has_been_in_the_trash_long_enough() {
        let day = 24 * 60 * 60 * 1000;
        let now = Timestamp(100 * day);
        let mut w = workspace(
            vec![
                sheet(1, "old", 1),
                sheet(2, "recent", 1),
                sheet(3, "kept", 1),
            ],
            vec![seminar(4, "old", 1), seminar(5, "at the limit", 1)],
            vec![note(6, "old", 1), note(7, "alive", 1)],
        );
        w.a3_sheets[0].deleted = Some(Timestamp(now.0 - TRASH_KEEP_MS - 1));
        w.a3_sheets[1].deleted = Some(Timestamp(now.0 - day));
        w.seminars[0].deleted = Some(Timestamp(0));
        w.seminars[1].deleted = Some(Timestamp(now.0 - TRASH_KEEP_MS));
        w.notes[0].deleted = Some(Timestamp(now.0 - 31 * day));
        assert_eq!(w.purge_deleted(now, TRASH_KEEP_MS), 3);
        let left = |w: &Workspace| -> Vec<Id> {
            (w.a3_sheets.iter().map(|s| s.id))
                .chain(w.seminars.iter().map(|s| s.id))
                .chain(w.notes.iter().map(|n| n.id))
                .collect()
        };
        assert_eq!(left(&w), [id(2), id(3), id(5), id(7)]);
        assert_eq!(
            w.purge_deleted(now, TRASH_KEEP_MS),
            0,
            "nothing more to purge"
        );
        // Extreme arguments do not overflow.
        assert_eq!(w.purge_deleted(Timestamp(i64::MIN), i64::MAX), 0);
        assert_eq!(w.purge_deleted(Timestamp(i64::MAX), i64::MIN), 2);
        assert_eq!(left(&w), [id(3), id(7)]);
    }
}
