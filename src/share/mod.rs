//! Moving data between devices without a server. Pure functions; the browser glue that
//! downloads and reads files is in [`crate::platform`].

pub mod link;
pub mod parts;

use crate::model::Timestamp;

/// `gevinstverksted-YYYY-MM-DD.json` for the export of everything on a given local date.
pub fn export_filename(year: u32, month: u32, day: u32) -> String {
    format!("gevinstverksted-{year:04}-{month:02}-{day:02}.json")
}

/// `a3-<title>-YYYY-MM-DD.json` for one exported sheet; the title is reduced to safe letters.
pub fn a3_filename(title: &str, year: u32, month: u32, day: u32) -> String {
    let title = if slug(title).is_empty() { "ark" } else { title };
    slug_filename("a3", title, (year, month, day))
}

/// `<prefix>-<title>-YYYY-MM-DD.json` (or without the title if nothing of it is left), e.g.
/// `lapper-dialogseminar-helse-2026-11-24.json`.
pub fn slug_filename(prefix: &str, title: &str, (year, month, day): (u32, u32, u32)) -> String {
    let slug = slug(title);
    let middle = if slug.is_empty() {
        String::new()
    } else {
        format!("{slug}-")
    };
    format!("{prefix}-{middle}{year:04}-{month:02}-{day:02}.json")
}

/// `tiltak-og-gevinster-<title>-YYYY-MM-DD.csv` for the CSV for planning tools of a sheet or a
/// programme.
pub fn plan_csv_filename(title: &str, date: (u32, u32, u32)) -> String {
    let json = slug_filename("tiltak-og-gevinster", title, date);
    format!("{}.csv", json.trim_end_matches(".json"))
}

/// `<prefix>-<seminar>-<who>-YYYY-MM-DD.json` for a hand-over, so the group device (and the
/// facilitator) can tell whose file is whose: `lapper-dialogseminar-helse-kari-2026-11-24.json`.
/// The seminar keeps at most five words and the name three; an empty part is left out.
pub fn handover_filename(
    prefix: &str,
    seminar: &str,
    who: &str,
    (year, month, day): (u32, u32, u32),
) -> String {
    let cut = |text: &str, words: usize| {
        slug(text)
            .split('-')
            .filter(|w| !w.is_empty())
            .take(words)
            .collect::<Vec<_>>()
            .join("-")
    };
    let parts: Vec<String> = [cut(seminar, 5), cut(who, 3)]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect();
    let middle: String = parts.iter().map(|p| format!("{p}-")).collect();
    format!("{prefix}-{middle}{year:04}-{month:02}-{day:02}.json")
}

/// The title in lower case, letters and digits only (Norwegian letters kept), words joined by
/// `-`, at most eight words: safe in any file system, never a path.
fn slug(title: &str) -> String {
    title
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|part| !part.is_empty())
        .take(8)
        .collect::<Vec<_>>()
        .join("-")
}

/// How long after the last export the app reminds the user to export again.
pub const EXPORT_REMINDER_DAYS: i64 = 14;
const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// Why the user should be reminded to export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportReminder {
    /// There is data and it was never exported.
    Never,
    /// The last export is this many whole days old, and something changed after it.
    DaysAgo(i64),
}

/// Whether to remind: only when there is something not in an export (a change after the last
/// export), and the last export is at least [`EXPORT_REMINDER_DAYS`] old or never happened.
pub fn export_reminder(
    last_export: Option<Timestamp>,
    latest_change: Option<Timestamp>,
    now: Timestamp,
) -> Option<ExportReminder> {
    let changed = latest_change?;
    match last_export {
        None => Some(ExportReminder::Never),
        Some(done) if changed > done && now.0 - done.0 >= EXPORT_REMINDER_DAYS * DAY_MS => {
            Some(ExportReminder::DaysAgo((now.0 - done.0) / DAY_MS))
        }
        Some(_) => None,
    }
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
        assert_eq!(
            slug_filename("gruppe", "Gruppe 3", (2026, 11, 24)),
            "gruppe-gruppe-3-2026-11-24.json"
        );
        assert_eq!(
            slug_filename("lapper", "", (2026, 1, 2)),
            "lapper-2026-01-02.json"
        );
        assert_eq!(
            handover_filename(
                "lapper",
                "Dialogseminar Nattpatrulje",
                "Kari Ø.",
                (2025, 3, 20)
            ),
            "lapper-dialogseminar-nattpatrulje-kari-ø-2025-03-20.json"
        );
        assert_eq!(
            handover_filename(
                "gruppe",
                "Et veldig langt navn på et seminar i Alver",
                "Gruppe 2",
                (2026, 11, 24)
            ),
            "gruppe-et-veldig-langt-navn-på-gruppe-2-2026-11-24.json",
            "the name survives a long seminar title"
        );
        assert_eq!(
            handover_filename("lapper", "", "../..", (2026, 1, 2)),
            "lapper-2026-01-02.json"
        );
    }

    #[test]
    fn export_reminder_only_when_changes_are_older_than_the_last_export_by_14_days() {
        let day = DAY_MS;
        let now = Timestamp(100 * day);
        assert_eq!(export_reminder(None, None, now), None, "nothing to export");
        assert_eq!(
            export_reminder(None, Some(Timestamp(1)), now),
            Some(ExportReminder::Never)
        );
        let last = Some(Timestamp(now.0 - 14 * day));
        assert_eq!(
            export_reminder(last, Some(Timestamp(now.0 - day)), now),
            Some(ExportReminder::DaysAgo(14))
        );
        assert_eq!(
            export_reminder(last, Some(Timestamp(now.0 - 20 * day)), now),
            None,
            "no change since"
        );
        let recent = Some(Timestamp(now.0 - 13 * day));
        assert_eq!(
            export_reminder(recent, Some(now), now),
            None,
            "exported 13 days ago"
        );
    }

    #[test]
    fn latest_change_looks_at_every_collection() {
        use crate::model::{A3Sheet, Id, Seminar, Workspace};
        let mut w = Workspace::default();
        assert_eq!(w.latest_change(), None);
        w.add_a3(A3Sheet::new(Id::new_random(), "a", Timestamp(5)));
        w.add_seminar(Seminar::new(Id::new_random(), "b", Timestamp(9)));
        assert_eq!(w.latest_change(), Some(Timestamp(9)));
    }
}
