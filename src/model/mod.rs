//! The domain: plain data and pure rules. No Leptos, no web-sys, no clock, no randomness
//! from the environment: callers pass `now` and fresh ids in, so everything here runs
//! (and is tested) natively with `cargo test`.
//!
//! Folders by domain, in one allowed direction (a module uses only what is above it in this
//! list; `tests/layers.rs` fails on anything else):
//!
//! 1. the foundation: [`entity`] (ids, times, the entity trait), [`money`], [`hlc`] (the
//!    clock), [`merge`] (the merge rule over JSON) and [`json`];
//! 2. [`a3`]: the A3 sheet and its tables (gevinster, tiltak, måling, realisation plans);
//! 3. [`seminar`] and [`programme`], side by side, neither using the other: the dialogue
//!    seminar's notes and group exercise; the programme and its status report;
//! 4. [`collect`]: Samle, the facilitator's round-up of the groups' priorities;
//! 5. [`workspace`]: the whole document, its file format (`envelope`), imports and merges,
//!    the participant's hand-over and the example.

pub mod entity;
pub mod hlc;
pub mod json;
pub mod merge;
pub mod money;

pub mod a3;

pub mod programme;
pub mod seminar;

pub mod collect;

pub mod workspace;

pub use a3::{A3Sheet, Phase};
pub use entity::{Entity, Id, Timestamp};
pub use programme::Programme;
pub use seminar::exercise::Group;
pub use seminar::task_review::TaskReview;
pub use seminar::workshop::{Note, Seminar};
pub use workspace::envelope::{
    decode_workspace, encode_a3, encode_workspace, DecodeError, FORMAT, VERSION,
};
pub use workspace::{ImportReport, LoadDecision, Workspace};
