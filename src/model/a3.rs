//! The A3 sheet of KS Helhetsmodellen: one sheet of structured problem solving per change.
//!
//! This module holds the header and the six numbered fields. Benefits, measures, budget and
//! measurements are added by later work; unknown fields are kept in `extra`, so a file written
//! by a newer build survives a round trip through this one.

use super::entity::{impl_entity, Id, Timestamp};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Where the change is in the improvement cycle.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    #[default]
    Forberede,
    Planlegge,
    Utfore,
    Evaluere,
    FolgeOpp,
}

impl Phase {
    pub const ALL: [Phase; 5] = [
        Phase::Forberede,
        Phase::Planlegge,
        Phase::Utfore,
        Phase::Evaluere,
        Phase::FolgeOpp,
    ];

    /// Position in the cycle, 0–4 (indexes translated phase names).
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn from_index(index: usize) -> Option<Phase> {
        Phase::ALL.get(index).copied()
    }
}

/// One A3 sheet.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct A3Sheet {
    pub id: Id,
    pub updated: Timestamp,
    pub created: Timestamp,
    #[serde(default)]
    pub title: String,
    /// Unit / cost centre, e.g. "3412 Stokkbakken omsorgssenter".
    #[serde(default)]
    pub unit: String,
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub phase: Phase,
    /// Field 1: Begrunnelse.
    #[serde(default)]
    pub rationale: String,
    /// Field 2: Nåsituasjonen.
    #[serde(default)]
    pub current_situation: String,
    /// Field 3: Ønsket situasjon.
    #[serde(default)]
    pub desired_situation: String,
    /// Field 4: Utredningstiltak.
    #[serde(default)]
    pub investigation: String,
    /// Field 5: Endringstiltak.
    #[serde(default)]
    pub change_measures: String,
    /// Field 6: Måling.
    #[serde(default)]
    pub measurement: String,
    /// Fields this build does not know, kept as they were.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl_entity!(A3Sheet);

impl A3Sheet {
    pub fn new(id: Id, title: &str, now: Timestamp) -> Self {
        A3Sheet {
            id,
            updated: now,
            created: now,
            title: title.trim().to_owned(),
            unit: String::new(),
            owner: String::new(),
            phase: Phase::default(),
            rationale: String::new(),
            current_situation: String::new(),
            desired_situation: String::new(),
            investigation: String::new(),
            change_measures: String::new(),
            measurement: String::new(),
            extra: Map::new(),
        }
    }
}

/// The text fields of the sheet that the editor changes one at a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum A3Field {
    Title,
    Unit,
    Owner,
    Rationale,
    CurrentSituation,
    DesiredSituation,
    Investigation,
    ChangeMeasures,
    Measurement,
}

impl A3Field {
    /// The numbered fields 1–6, in the order of the sheet.
    pub const NUMBERED: [A3Field; 6] = [
        A3Field::Rationale,
        A3Field::CurrentSituation,
        A3Field::DesiredSituation,
        A3Field::Investigation,
        A3Field::ChangeMeasures,
        A3Field::Measurement,
    ];

    pub fn get(self, sheet: &A3Sheet) -> &str {
        match self {
            A3Field::Title => &sheet.title,
            A3Field::Unit => &sheet.unit,
            A3Field::Owner => &sheet.owner,
            A3Field::Rationale => &sheet.rationale,
            A3Field::CurrentSituation => &sheet.current_situation,
            A3Field::DesiredSituation => &sheet.desired_situation,
            A3Field::Investigation => &sheet.investigation,
            A3Field::ChangeMeasures => &sheet.change_measures,
            A3Field::Measurement => &sheet.measurement,
        }
    }

    fn get_mut(self, sheet: &mut A3Sheet) -> &mut String {
        match self {
            A3Field::Title => &mut sheet.title,
            A3Field::Unit => &mut sheet.unit,
            A3Field::Owner => &mut sheet.owner,
            A3Field::Rationale => &mut sheet.rationale,
            A3Field::CurrentSituation => &mut sheet.current_situation,
            A3Field::DesiredSituation => &mut sheet.desired_situation,
            A3Field::Investigation => &mut sheet.investigation,
            A3Field::ChangeMeasures => &mut sheet.change_measures,
            A3Field::Measurement => &mut sheet.measurement,
        }
    }

    /// Sets the field; returns whether anything changed (and bumps `updated` if so).
    pub fn set(self, sheet: &mut A3Sheet, value: &str, now: Timestamp) -> bool {
        let slot = self.get_mut(sheet);
        if slot == value {
            return false;
        }
        value.clone_into(slot);
        sheet.updated = now;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn setting_a_field_bumps_updated_only_on_change() {
        let mut sheet = A3Sheet::new(Id::new_random(), "  Færre overliggere ", Timestamp(1));
        assert_eq!(sheet.title, "Færre overliggere");
        assert!(!A3Field::Title.set(&mut sheet, "Færre overliggere", Timestamp(5)));
        assert_eq!(sheet.updated, Timestamp(1));
        assert!(A3Field::Rationale.set(&mut sheet, "290 liggedøgn", Timestamp(7)));
        assert_eq!(sheet.rationale, "290 liggedøgn");
        assert_eq!(sheet.updated, Timestamp(7));
    }
}
