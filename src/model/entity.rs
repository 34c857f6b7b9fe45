//! What every stored entity has: a stable id and the time it last changed.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A stable entity id (uuid v4 as text). Ids are created once and never reused, so
/// imports can merge by id instead of replacing.
/// `Default` is the nil uuid, only for struct-update syntax where the id is then set.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Id(pub uuid::Uuid);

impl Id {
    /// A new random id. `uuid` draws from the platform's secure random source
    /// (`crypto.getRandomValues` in the browser).
    pub fn new_random() -> Self {
        Id(uuid::Uuid::new_v4())
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
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Timestamp(pub i64);

/// Implemented by every entity kept in the workspace, so merging and lookup are written once.
pub trait Entity {
    fn id(&self) -> &Id;
    fn updated(&self) -> Timestamp;
}

/// Implements [`Entity`] for a struct with `id: Id` and `updated: Timestamp` fields.
macro_rules! impl_entity {
    ($($ty:ty),* $(,)?) => {$(
        impl $crate::model::entity::Entity for $ty {
            fn id(&self) -> &$crate::model::entity::Id {
                &self.id
            }
            fn updated(&self) -> $crate::model::entity::Timestamp {
                self.updated
            }
        }
    )*};
}
pub(crate) use impl_entity;
