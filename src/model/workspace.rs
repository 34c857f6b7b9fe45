//! The whole saved document: every A3 sheet, seminar and note the user has.

use super::a3::{A3Sheet, SheetRow};
use super::entity::{Entity, Id, Timestamp};
use super::envelope::{decode_workspace, DecodeError};
use super::workshop::{Note, Seminar};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::HashSet;

/// Everything the user has, saved as one document.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    #[serde(default)]
    pub a3_sheets: Vec<A3Sheet>,
    #[serde(default)]
    pub seminars: Vec<Seminar>,
    #[serde(default)]
    pub notes: Vec<Note>,
    /// Collections and fields this build does not know, kept as they were.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// What an import did, counted per entity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Entities whose id was not here before.
    pub added: usize,
    /// Entities that were here, replaced by a newer version from the file.
    pub updated: usize,
    /// Entities that were here in the same or a newer version: left alone.
    pub unchanged: usize,
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

    pub fn add_a3(&mut self, sheet: A3Sheet) {
        self.a3_sheets.push(sheet);
    }

    /// Sheets that are not deleted.
    pub fn active_a3(&self) -> impl Iterator<Item = &A3Sheet> {
        self.a3_sheets.iter().filter(|s| s.deleted.is_none())
    }

    /// Changes one sheet and marks it updated; `false` if there is no such sheet.
    pub fn edit_a3(&mut self, id: &Id, now: Timestamp, change: impl FnOnce(&mut A3Sheet)) -> bool {
        match self.a3_mut(id) {
            Some(sheet) => {
                change(sheet);
                sheet.updated = now;
                true
            }
            None => false,
        }
    }

    /// Soft-deletes (`true`) or restores (`false`) a sheet.
    pub fn set_a3_deleted(&mut self, id: &Id, deleted: bool, now: Timestamp) -> bool {
        self.edit_a3(id, now, |sheet| sheet.deleted = deleted.then_some(now))
    }

    /// Adds a row to one of a sheet's tables.
    pub fn add_row<R: SheetRow>(&mut self, sheet: &Id, row: R, now: Timestamp) -> bool {
        self.edit_a3(sheet, now, |s| R::rows_mut(s).push(row))
    }

    /// Changes one row of a sheet's table; `false` if the sheet or row is gone.
    pub fn edit_row<R: SheetRow>(
        &mut self,
        sheet: &Id,
        row: &Id,
        now: Timestamp,
        change: impl FnOnce(&mut R),
    ) -> bool {
        let Some(s) = self.a3_mut(sheet) else {
            return false;
        };
        let Some(r) = R::rows_mut(s).iter_mut().find(|r| r.row_id() == row) else {
            return false;
        };
        change(r);
        s.updated = now;
        true
    }

    /// Removes one row of a sheet's table.
    pub fn remove_row<R: SheetRow>(&mut self, sheet: &Id, row: &Id, now: Timestamp) -> bool {
        self.edit_a3(sheet, now, |s| R::rows_mut(s).retain(|r| r.row_id() != row))
    }

    pub fn seminar(&self, id: &Id) -> Option<&Seminar> {
        self.seminars.iter().find(|s| &s.id == id)
    }

    pub fn add_seminar(&mut self, seminar: Seminar) {
        self.seminars.push(seminar);
    }

    pub fn is_empty(&self) -> bool {
        self.a3_sheets.is_empty() && self.seminars.is_empty() && self.notes.is_empty()
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
        check(&self.a3_sheets)?;
        check(&self.seminars)?;
        check(&self.notes)
    }

    /// Decodes an exported file and imports it. A file that does not decode changes nothing.
    pub fn import_text(&mut self, text: &str) -> Result<ImportReport, DecodeError> {
        let incoming = decode_workspace(text)?;
        Ok(self.import(incoming))
    }

    /// Adds what `incoming` has by id: new ids are added, a newer `updated` replaces, the rest
    /// is left alone. Nothing here is ever removed.
    pub fn import(&mut self, incoming: Workspace) -> ImportReport {
        let mut report = ImportReport::default();
        merge_by_id(&mut self.a3_sheets, incoming.a3_sheets, &mut report);
        merge_by_id(&mut self.seminars, incoming.seminars, &mut report);
        merge_by_id(&mut self.notes, incoming.notes, &mut report);
        for (key, value) in incoming.extra {
            self.extra.entry(key).or_insert(value);
        }
        report
    }
}

fn merge_by_id<T: Entity>(mine: &mut Vec<T>, theirs: Vec<T>, report: &mut ImportReport) {
    for item in theirs {
        match mine.iter_mut().find(|m| m.id() == item.id()) {
            None => {
                mine.push(item);
                report.added += 1;
            }
            Some(existing) if item.updated() > existing.updated() => {
                *existing = item;
                report.updated += 1;
            }
            Some(_) => report.unchanged += 1,
        }
    }
}
