//! Moving data between devices without a server. Pure functions; the browser glue that
//! downloads and reads files is in [`crate::platform`].

/// `gevinstverksted-YYYY-MM-DD.json` for the export of everything on a given local date.
pub fn export_filename(year: u32, month: u32, day: u32) -> String {
    format!("gevinstverksted-{year:04}-{month:02}-{day:02}.json")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_filename_is_zero_padded_iso_date() {
        assert_eq!(
            export_filename(2026, 3, 5),
            "gevinstverksted-2026-03-05.json"
        );
        assert_eq!(
            export_filename(2026, 11, 24),
            "gevinstverksted-2026-11-24.json"
        );
    }
}
