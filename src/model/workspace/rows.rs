//! Rows kept in a list inside an entity: an A3 sheet's tables (causes, gevinster, tiltak,
//! økonomi, måling) and a programme's lists (goals, focus areas, milestones, risks). One trait
//! and one set of workspace functions add, change and remove a row of any of them, and mark the
//! entity that holds it changed.

use crate::model::a3::benefit::Benefit;
use crate::model::a3::indicator::Indicator;
use crate::model::a3::measure::{BudgetLine, Measure};
use crate::model::a3::{A3Sheet, Cause};
use crate::model::entity::{Entity, Id, Timestamp};
use crate::model::programme::{EffectGoal, FocusArea, Milestone, Programme, ResultGoal, Risk};
use crate::model::workspace::{Collected, Workspace};

/// An entity that holds lists of rows, found in the workspace by its id.
pub trait RowParent: Collected + 'static {
    fn find<'a>(workspace: &'a Workspace, id: &Id) -> Option<&'a Self>;
    fn find_mut<'a>(workspace: &'a mut Workspace, id: &Id) -> Option<&'a mut Self>;
}

impl RowParent for A3Sheet {
    fn find<'a>(workspace: &'a Workspace, id: &Id) -> Option<&'a Self> {
        workspace.a3(id)
    }
    fn find_mut<'a>(workspace: &'a mut Workspace, id: &Id) -> Option<&'a mut Self> {
        workspace.a3_mut(id)
    }
}

impl RowParent for Programme {
    fn find<'a>(workspace: &'a Workspace, id: &Id) -> Option<&'a Self> {
        workspace.programme(id)
    }
    fn find_mut<'a>(workspace: &'a mut Workspace, id: &Id) -> Option<&'a mut Self> {
        workspace.programmes.iter_mut().find(|p| &p.id == id)
    }
}

/// A kind of row, and the list of its parent it lives in.
pub trait Row: Clone + serde::Serialize + 'static {
    type Parent: RowParent;
    fn rows(parent: &Self::Parent) -> &Vec<Self>;
    fn rows_mut(parent: &mut Self::Parent) -> &mut Vec<Self>;
    fn row_id(&self) -> &Id;
    /// The row's unknown fields and merge metadata (its conflicts among them).
    fn row_extra(&self) -> &serde_json::Map<String, serde_json::Value>;
}

macro_rules! rows_of {
    ($parent:ty { $($ty:ty => $field:ident),* $(,)? }) => {$(
        impl Row for $ty {
            type Parent = $parent;
            fn rows(parent: &$parent) -> &Vec<Self> {
                &parent.$field
            }
            fn rows_mut(parent: &mut $parent) -> &mut Vec<Self> {
                &mut parent.$field
            }
            fn row_id(&self) -> &Id {
                &self.id
            }
            fn row_extra(&self) -> &serde_json::Map<String, serde_json::Value> {
                &self.extra
            }
        }
    )*};
}

rows_of!(A3Sheet {
    Cause => causes,
    Benefit => benefits,
    Measure => measures,
    BudgetLine => budget_lines,
    Indicator => indicators,
});

rows_of!(Programme {
    ResultGoal => result_goals,
    EffectGoal => effect_goals,
    FocusArea => focus_areas,
    Milestone => milestones,
    Risk => risks,
});

impl Workspace {
    /// Adds a row to one of a sheet's or programme's lists; `false` if the parent is gone.
    pub fn add_row<R: Row>(&mut self, parent: &Id, row: R, now: Timestamp) -> bool {
        self.edit_parent::<R>(parent, now, |p| R::rows_mut(p).push(row))
    }

    /// Changes one row; `false` if the parent or the row is gone.
    pub fn edit_row<R: Row>(
        &mut self,
        parent: &Id,
        row: &Id,
        now: Timestamp,
        change: impl FnOnce(&mut R),
    ) -> bool {
        self.change_row(parent, row, now, |r| {
            change(r);
            true
        })
    }

    /// Changes one row if `change` says it changed something (`true`), and only then marks the
    /// parent updated; a refused change (`false`) must leave the row as it was. `false` if
    /// refused or the parent or the row is gone.
    pub fn change_row<R: Row>(
        &mut self,
        parent: &Id,
        row: &Id,
        now: Timestamp,
        change: impl FnOnce(&mut R) -> bool,
    ) -> bool {
        let Some(p) = R::Parent::find_mut(self, parent) else {
            return false;
        };
        let Some(r) = R::rows_mut(p).iter_mut().find(|r| r.row_id() == row) else {
            return false;
        };
        if !change(r) {
            return false;
        }
        p.touch(now);
        true
    }

    /// Removes one row.
    pub fn remove_row<R: Row>(&mut self, parent: &Id, row: &Id, now: Timestamp) -> bool {
        self.edit_parent::<R>(parent, now, |p| {
            R::rows_mut(p).retain(|r| r.row_id() != row)
        })
    }

    fn edit_parent<R: Row>(
        &mut self,
        parent: &Id,
        now: Timestamp,
        change: impl FnOnce(&mut R::Parent),
    ) -> bool {
        match R::Parent::find_mut(self, parent) {
            Some(p) => {
                change(p);
                p.touch(now);
                true
            }
            None => false,
        }
    }
}
