//! What every stored entity has: a stable id and the time it last changed.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A stable entity id (uuid v4 as text). Ids are created once and never reused, so
/// imports can merge by id instead of replacing.
/// `Default` is the nil uuid, only for struct-update syntax where the id is then set.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schema",
    schemars(
        description = "A stable entity id: a random (version 4) uuid in its text form. \
                            Created once, never reused; imports merge by it."
    )
)]
#[serde(transparent)]
pub struct Id(pub uuid::Uuid);

impl Id {
    /// A new random id. `uuid` draws from the platform's secure random source
    /// (`crypto.getRandomValues` in the browser).
    pub fn new_random() -> Self {
        Id(uuid::Uuid::new_v4())
    }

    /// An id derived from `parts` within `namespace` (a uuid v5): the same parts always give
    /// the same id, so an entity made again from the same source (a pasted report, the one
    /// synthesis of a seminar) merges with itself instead of doubling.
    pub fn derived(namespace: Id, parts: &[&str]) -> Self {
        Id(uuid::Uuid::new_v5(
            &namespace.0,
            parts.join("\u{1f}").as_bytes(),
        ))
    }

    /// Parses an id from its text form, e.g. the part of a URL after `#/a3/`.
    pub fn parse(text: &str) -> Option<Self> {
        uuid::Uuid::parse_str(text).ok().map(Id)
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Milliseconds since the Unix epoch (UTC), as `Date.now()` gives them.
///
/// A decoded document only holds timestamps in [`Timestamp::MIN`]`..=`[`Timestamp::MAX`]
/// (see [`Timestamp::is_valid`]).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Timestamp(pub i64);

impl Timestamp {
    /// The earliest accepted time: the Unix epoch.
    pub const MIN: Timestamp = Timestamp(0);
    /// The latest accepted time: 9999-12-31T23:59:59.999Z.
    pub const MAX: Timestamp = Timestamp(253_402_300_799_999);

    /// Whether the time lies in `MIN..=MAX` (not negative, not after the year 9999).
    pub fn is_valid(self) -> bool {
        (Self::MIN..=Self::MAX).contains(&self)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Timestamp {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Timestamp".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Milliseconds since the Unix epoch (UTC), from 0 up to \
                            9999-12-31T23:59:59.999Z.",
            "type": "integer",
            "minimum": Self::MIN.0,
            "maximum": Self::MAX.0,
        })
    }
}

/// Implemented by every entity kept in the workspace, so merging, lookup and the trash are
/// written once.
pub trait Entity {
    fn id(&self) -> &Id;
    fn updated(&self) -> Timestamp;
    /// When the entity was moved to the trash (soft delete), if it was.
    fn deleted(&self) -> Option<Timestamp>;
    /// Moves the entity to the trash (`true`) or restores it (`false`), and marks it updated,
    /// so the change wins the newer-`updated` merge on other devices.
    fn set_deleted(&mut self, deleted: bool, now: Timestamp);
    /// Marks the entity changed at `now`.
    fn touch(&mut self, now: Timestamp);
}

/// Two copies of one entity without the row lists they hold equally (see [`SharedRows`]).
pub struct WithoutShared<'a, T> {
    pub mine: T,
    pub theirs: T,
    /// The merge metadata (`extra`) of every row left out, nested rows included: their stamps
    /// still count in what each copy has seen.
    pub rows: Vec<&'a serde_json::Map<String, serde_json::Value>>,
    /// Each list left out by its JSON key, and how to write mine's copy of it as JSON: put
    /// back into both trees when the whole copies must be merged, so neither is written twice.
    pub lists: Vec<(&'static str, ListJson<'a>)>,
}

/// Writes one row list of an entity as JSON (see [`WithoutShared::lists`]).
pub type ListJson<'a> = Box<dyn Fn() -> serde_json::Result<serde_json::Value> + 'a>;

/// An entity whose row lists a merge can leave out where both copies hold them equally. A
/// merge of two copies of a sheet turns both into JSON trees and walks them; most of a sheet
/// is rows nobody touched (a year of measurements), and leaving those lists out of both trees
/// is most of an import's time. Entities without row lists keep the default: nothing left out.
pub trait SharedRows: Sized {
    /// `None` when no row list is held equally (or one of its rows has no base stamp of its
    /// own, so that it would inherit a different base in each copy).
    fn without_shared_rows<'a>(
        _mine: &'a Self,
        _theirs: &'a Self,
    ) -> Option<WithoutShared<'a, Self>> {
        None
    }

    /// Whether the entity may hold a conflict, its own or a row's. `false` only where the
    /// kind knows all its rows and none of their merge metadata has one, so that counting a
    /// workspace's conflicts (Hjem shows the count) need not write every entity as JSON. The
    /// default: it may, and its JSON decides.
    fn may_hold_conflicts(&self) -> bool {
        true
    }
}

/// Implements [`Entity`] for a struct with `id: Id`, `updated: Timestamp` and
/// `deleted: Option<Timestamp>` fields, and [`SharedRows`] as having no row lists (an entity
/// that implements it itself, one with row lists or a note, which says from its metadata
/// whether it may hold a conflict, writes `impl_entity!(Type; rows)`).
macro_rules! impl_entity {
    ($ty:ty; rows) => {
        $crate::model::entity::impl_entity!(@entity $ty);
    };
    ($($ty:ty),* $(,)?) => {$(
        $crate::model::entity::impl_entity!(@entity $ty);
        impl $crate::model::entity::SharedRows for $ty {}
    )*};
    (@entity $ty:ty) => {
        impl $crate::model::entity::Entity for $ty {
            fn id(&self) -> &$crate::model::entity::Id {
                &self.id
            }
            fn updated(&self) -> $crate::model::entity::Timestamp {
                self.updated
            }
            fn deleted(&self) -> Option<$crate::model::entity::Timestamp> {
                self.deleted
            }
            fn set_deleted(&mut self, deleted: bool, now: $crate::model::entity::Timestamp) {
                self.deleted = deleted.then_some(now);
                self.updated = now;
            }
            fn touch(&mut self, now: $crate::model::entity::Timestamp) {
                self.updated = now;
            }
        }
    };
}
pub(crate) use impl_entity;

/// Gives a fieldless enum, listed in its display order, `ALL`, `index` and `from_index`, so
/// the UI can offer it as a list of translated choices (a `<select>` keeps the index; each
/// variant's text is a named field in `i18n`, and its options come in `ALL` order).
macro_rules! ordered_choices {
    ($ty:ident { $($variant:ident),+ $(,)? }) => {
        impl $ty {
            pub const ALL: &'static [$ty] = &[$($ty::$variant),+];

            /// Position in [`Self::ALL`] (and among a `<select>`'s options).
            pub fn index(self) -> usize {
                Self::ALL.iter().position(|c| *c == self).unwrap_or(0)
            }

            pub fn from_index(index: usize) -> Option<Self> {
                Self::ALL.get(index).copied()
            }
        }
    };
}
pub(crate) use ordered_choices;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_valid_from_the_epoch_to_the_end_of_year_9999() {
        for ok in [0, 1, 1_700_000_000_000, 253_402_300_799_999] {
            assert!(Timestamp(ok).is_valid(), "{ok}");
        }
        for bad in [-1, i64::MIN, 253_402_300_800_000, i64::MAX] {
            assert!(!Timestamp(bad).is_valid(), "{bad}");
        }
    }
}
