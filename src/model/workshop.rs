//! Dialogue seminars and the participants' notes ("ett potensiale per lapp").
//!
//! This module holds what the workspace must store; the group exercise itself (timer,
//! timekeeper, voting, joint priority) builds on it.

use super::entity::{impl_entity, Id, Timestamp};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The seminar question from seed 000.
pub const DEFAULT_QUESTION: &str = "Skriv ned aktuelle områder du ser har et potensiale for \
endring og hvilke gevinster som kan oppnås ved denne endringen.";

/// One dialogue seminar.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Seminar {
    pub id: Id,
    pub updated: Timestamp,
    pub created: Timestamp,
    #[serde(default)]
    pub title: String,
    /// Local date of the seminar, `YYYY-MM-DD`, empty if not set.
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub question: String,
    /// Set when the seminar was moved to the trash (soft delete, as for A3 sheets).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<Timestamp>,
    /// Fields this build does not know, kept as they were.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl_entity!(Seminar);

impl Seminar {
    pub fn new(id: Id, title: &str, now: Timestamp) -> Self {
        Seminar {
            id,
            updated: now,
            created: now,
            title: title.trim().to_owned(),
            date: String::new(),
            question: DEFAULT_QUESTION.to_owned(),
            deleted: None,
            extra: Map::new(),
        }
    }
}

/// One note: one potential for change and the benefit it could give.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Note {
    pub id: Id,
    pub updated: Timestamp,
    /// The seminar the note was written in, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seminar: Option<Id>,
    #[serde(default)]
    pub potential: String,
    #[serde(default)]
    pub benefit: String,
    /// Set when the note was moved to the trash (soft delete, as for A3 sheets).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<Timestamp>,
    /// Fields this build does not know, kept as they were.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl_entity!(Note);

impl Note {
    /// An empty note, written in `seminar` if given.
    pub fn new(id: Id, seminar: Option<Id>, now: Timestamp) -> Self {
        Note {
            id,
            updated: now,
            seminar,
            potential: String::new(),
            benefit: String::new(),
            deleted: None,
            extra: Map::new(),
        }
    }
}
