//! Leptos components, one file per screen; presentational pieces in `common/`.

pub mod a3;
pub mod about;
pub mod collect;
pub mod common;
pub mod header;
pub mod home;
pub mod programme;
pub mod screens;
pub mod share_import;
pub mod state;
pub mod trash;
pub mod workshop;
