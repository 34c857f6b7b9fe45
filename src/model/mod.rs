//! The domain: plain data and pure rules. No Leptos, no web-sys, no clock, no randomness
//! from the environment: callers pass `now` and fresh ids in, so everything here runs
//! (and is tested) natively with `cargo test`.

pub mod a3;
pub mod benefit;
pub mod benefit_map;
pub mod benefit_plan;
pub mod collect;
pub mod entity;
pub mod envelope;
pub mod example;
pub mod exercise;
pub mod handover;
pub mod hlc;
pub mod indicator;
pub mod measure;
pub mod merge;
pub mod money;
pub mod programme;
pub mod rows;
pub mod task_review;
pub mod workshop;
pub mod workspace;

pub use a3::{A3Sheet, Phase};
pub use entity::{Entity, Id, Timestamp};
pub use envelope::{decode_workspace, encode_a3, encode_workspace, DecodeError, FORMAT, VERSION};
pub use exercise::Group;
pub use programme::Programme;
pub use task_review::TaskReview;
pub use workshop::{Note, Seminar};
pub use workspace::{ImportReport, LoadDecision, Workspace};
