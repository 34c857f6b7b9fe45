//! The A3 sheet screens.

pub mod list;
pub mod sheet;

pub use list::A3ListScreen;
pub use sheet::A3SheetScreen;
