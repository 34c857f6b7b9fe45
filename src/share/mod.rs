//! Moving data between devices without a server. Pure functions; the browser glue that
//! downloads and reads files is in [`crate::platform`].

/// `gevinstverksted-YYYY-MM-DD.json` for the export of everything on a given local date.
pub fn export_filename(year: u32, month: u32, day: u32) -> String {
    format!("gevinstverksted-{year:04}-{month:02}-{day:02}.json")
}

/// `a3-<title>-YYYY-MM-DD.json` for one exported sheet; the title is reduced to safe letters.
pub fn a3_filename(title: &str, year: u32, month: u32, day: u32) -> String {
    let slug: String = title
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|part| !part.is_empty())
        .take(8)
        .collect::<Vec<_>>()
        .join("-");
    let slug = if slug.is_empty() {
        "ark".to_owned()
    } else {
        slug
    };
    format!("a3-{slug}-{year:04}-{month:02}-{day:02}.json")
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

    #[test]
    fn a3_filename_keeps_norwegian_letters_and_drops_the_rest() {
        assert_eq!(
            a3_filename("Færre overliggere / sykehus!", 2026, 1, 6),
            "a3-færre-overliggere-sykehus-2026-01-06.json"
        );
        assert_eq!(
            a3_filename("../../etc", 2026, 1, 6),
            "a3-etc-2026-01-06.json"
        );
        assert_eq!(a3_filename("  ", 2026, 1, 6), "a3-ark-2026-01-06.json");
    }
}
