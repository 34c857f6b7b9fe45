//! Oppgavegjennomgang (seed 002): a group lists a shift's tasks by category and triages each
//! as "Må gjøres nå", "Kan gjøres i løpet av uken" or "Kan droppes".

use crate::model::entity::{impl_entity, ordered_choices, Id, Timestamp};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// How urgent a task is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Triage {
    /// Må gjøres nå.
    Now,
    /// Kan gjøres i løpet av uken.
    ThisWeek,
    /// Kan droppes.
    Drop,
}

ordered_choices!(Triage {
    Now,
    ThisWeek,
    Drop
});

/// One task on the board.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Task {
    pub id: Id,
    /// E.g. "Helsehjelp", "Måltider", "Praktisk bistand".
    #[serde(default)]
    pub category: String,
    #[serde(default)]
    pub text: String,
    /// Not yet triaged when `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub triage: Option<Triage>,
    /// Fields this build does not know, kept as they were; also where merge stamps live.
    #[serde(flatten, deserialize_with = "crate::model::merge::checked_extra")]
    pub extra: Map<String, Value>,
}

/// A board of tasks for one review, e.g. "Dagvakt, avdeling 2".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TaskReview {
    pub id: Id,
    pub updated: Timestamp,
    pub created: Timestamp,
    /// The seminar it was made in, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seminar: Option<Id>,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub tasks: Vec<Task>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<Timestamp>,
    /// Fields this build does not know, kept as they were.
    #[serde(flatten, deserialize_with = "crate::model::merge::checked_extra")]
    pub extra: Map<String, Value>,
}

impl_entity!(TaskReview);

/// Tasks of one category, for display and the text report.
#[derive(Clone, Debug, PartialEq)]
pub struct CategoryTasks<'a> {
    pub category: &'a str,
    pub tasks: Vec<&'a Task>,
}

impl TaskReview {
    pub fn new(id: Id, seminar: Option<Id>, title: &str, now: Timestamp) -> Self {
        TaskReview {
            id,
            updated: now,
            created: now,
            seminar,
            title: title.trim().to_owned(),
            tasks: Vec::new(),
            deleted: None,
            extra: Map::new(),
        }
    }

    /// The categories in the order they first appear (blank category last), each with its
    /// tasks in order.
    pub fn by_category(&self) -> Vec<CategoryTasks<'_>> {
        let mut groups: Vec<CategoryTasks<'_>> = Vec::new();
        for task in &self.tasks {
            let category = task.category.trim();
            match groups.iter_mut().find(|g| g.category == category) {
                Some(group) => group.tasks.push(task),
                None => groups.push(CategoryTasks {
                    category,
                    tasks: vec![task],
                }),
            }
        }
        groups.sort_by_key(|g| g.category.is_empty());
        groups
    }

    /// Distinct categories, for suggestions when adding a task.
    pub fn categories(&self) -> Vec<&str> {
        self.by_category()
            .into_iter()
            .map(|g| g.category)
            .filter(|c| !c.is_empty())
            .collect()
    }

    /// How many tasks have each triage, in [`Triage::ALL`] order, then the untriaged.
    pub fn counts(&self) -> ([usize; 3], usize) {
        let mut counts = [0; 3];
        let mut open = 0;
        for task in &self.tasks {
            match task.triage {
                Some(t) => counts[t.index()] += 1,
                None => open += 1,
            }
        }
        (counts, open)
    }
}
