//! The A3 sheet screens.

mod benefits;
mod causes;
mod indicators;
pub mod list;
mod measures;
mod printed;
pub mod sheet;

pub use list::A3ListScreen;
pub use sheet::A3SheetScreen;
