//! Pieces shared by several screens.

pub mod banners;
pub mod choice;
pub mod conflict;
pub mod create_form;
pub mod decimal_input;
pub mod describe;
pub mod messages;
pub mod number_field;
pub mod qr_scanner;
pub mod qr_sequence;
pub mod receive_box;
pub mod report_box;
pub mod rows;
pub mod share_panel;
pub mod text_field;
pub mod text_import;
pub mod transfer;
pub mod trash_button;
