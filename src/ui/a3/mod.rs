//! The A3 sheet screens.

mod benefit_map;
mod benefits;
mod causes;
mod indicators;
pub mod list;
mod measures;
mod printed;
mod realisation;
pub mod sheet;

pub use list::A3ListScreen;
pub use sheet::A3SheetScreen;
