//! Pieces shared by several screens.

pub mod banners;
pub mod create_form;
pub mod messages;
pub mod text_field;
pub mod transfer;
