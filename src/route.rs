//! Screens addressed by the URL hash (`#/a3/<id>`), so a static host and an offline reload
//! land on the same screen. Pure parsing, tested natively.

use crate::model::Id;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Workshop,
    Collect,
    A3List,
    A3Sheet(Id),
    /// One seminar: setup, reflection and the participant's notes, its groups.
    Seminar(Id),
    /// The seminar's join code full screen, for the projector.
    JoinQr(Id),
    /// One group of a seminar: members, round, prioritisation, report.
    Group {
        seminar: Id,
        group: Id,
    },
    /// One oppgavegjennomgang of a seminar.
    TaskReview {
        seminar: Id,
        review: Id,
    },
    /// Samle for one seminar: its groups' answers combined.
    CollectSeminar(Id),
    /// The combined ranking in large type for the projector.
    Presentation(Id),
    /// A share link: the packed data after `#/del/`, shown as an import preview.
    Share(String),
    /// One part of a multi-part code, opened by a phone's camera app: `i/n/id/chunk` after
    /// `#/deler/`. Its screen scans the rest in the app.
    SharePart(String),
    /// Papirkurv: deleted sheets and seminars, restorable for 30 days.
    Trash,
    /// Om: the method, its source, and where the data lives.
    About,
    /// Program og prosjekt: every programme.
    Programmes,
    /// One programme: goals, focus areas, measures, milestones, risks.
    Programme(Id),
    /// The programme's status report, printable on A4.
    StatusReport(Id),
    /// A hash this build does not know (an old bookmark, a typo).
    NotFound,
}

impl Route {
    /// Whether the export reminder may show here: on Hjem and the leaders' screens, never on
    /// a participant's or group's screen during an exercise (it must not push the timer down).
    pub fn shows_backup_reminder(&self) -> bool {
        matches!(
            self,
            Route::Home
                | Route::A3List
                | Route::A3Sheet(_)
                | Route::Collect
                | Route::CollectSeminar(_)
                | Route::Programmes
                | Route::Programme(_)
                | Route::StatusReport(_)
                | Route::Trash
                | Route::About
        )
    }

    /// Parses `location.hash` (with or without the leading `#`). A query part (`?dato=…`)
    /// is view state of the screen, not part of the route: see [`report_date`].
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let path = path.split_once('?').map_or(path, |(path, _)| path);
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        let id = |text: &str| Id::parse(text);
        let parsed = match parts.as_slice() {
            [] => Some(Route::Home),
            ["verksted"] => Some(Route::Workshop),
            ["samle"] => Some(Route::Collect),
            ["a3"] => Some(Route::A3List),
            ["papirkurv"] => Some(Route::Trash),
            ["om"] => Some(Route::About),
            ["program"] => Some(Route::Programmes),
            ["program", programme] => id(programme).map(Route::Programme),
            ["program", programme, "rapport"] => id(programme).map(Route::StatusReport),
            ["a3", sheet] => id(sheet).map(Route::A3Sheet),
            ["del", data] => Some(Route::Share((*data).to_owned())),
            ["deler", i, n, id, chunk] => Some(Route::SharePart(format!("{i}/{n}/{id}/{chunk}"))),
            ["verksted", seminar] => id(seminar).map(Route::Seminar),
            ["verksted", seminar, "qr"] => id(seminar).map(Route::JoinQr),
            ["samle", seminar] => id(seminar).map(Route::CollectSeminar),
            ["samle", seminar, "vis"] => id(seminar).map(Route::Presentation),
            ["verksted", seminar, "gruppe", group] => id(seminar)
                .zip(id(group))
                .map(|(seminar, group)| Route::Group { seminar, group }),
            ["verksted", seminar, "oppgaver", review] => id(seminar)
                .zip(id(review))
                .map(|(seminar, review)| Route::TaskReview { seminar, review }),
            _ => None,
        };
        parsed.unwrap_or(Route::NotFound)
    }

    /// The hash that leads to this route (`NotFound` leads home).
    pub fn href(&self) -> String {
        match self {
            Route::Home | Route::NotFound => "#/".to_owned(),
            Route::Workshop => "#/verksted".to_owned(),
            Route::Collect => "#/samle".to_owned(),
            Route::A3List => "#/a3".to_owned(),
            Route::About => "#/om".to_owned(),
            Route::Programmes => "#/program".to_owned(),
            Route::Programme(id) => format!("#/program/{id}"),
            Route::StatusReport(id) => format!("#/program/{id}/rapport"),
            Route::A3Sheet(id) => format!("#/a3/{id}"),
            Route::Seminar(id) => format!("#/verksted/{id}"),
            Route::JoinQr(id) => format!("#/verksted/{id}/qr"),
            Route::CollectSeminar(id) => format!("#/samle/{id}"),
            Route::Presentation(id) => format!("#/samle/{id}/vis"),
            Route::Share(data) => format!("#/del/{data}"),
            Route::SharePart(part) => format!("#/deler/{part}"),
            Route::Group { seminar, group } => format!("#/verksted/{seminar}/gruppe/{group}"),
            Route::TaskReview { seminar, review } => {
                format!("#/verksted/{seminar}/oppgaver/{review}")
            }
            Route::Trash => "#/papirkurv".to_owned(),
        }
    }
}

/// The app's two entry points (issue 19), built from this one crate: what a participant's
/// phone loads when it opens a seminar's link, and everything else. Both read and write the same
/// stored document; a screen one entry does not hold is an ordinary navigation to the other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    /// `deltaker.html`: joining a seminar, reflection notes, the group exercise and task review,
    /// receiving and handing over, the language switch and Hjem.
    Participant,
    /// `index.html` (the folder's address): everything, A3 sheets, programmes and Samle included.
    Full,
}

impl Entry {
    /// The participant entry's page, next to `index.html`.
    pub const PARTICIPANT_PAGE: &'static str = "deltaker.html";

    /// The page of this entry relative to the app's folder (`""` is the folder, `index.html`).
    pub fn page(self) -> &'static str {
        match self {
            Entry::Participant => Self::PARTICIPANT_PAGE,
            Entry::Full => "",
        }
    }

    /// The entry that shows `route`: the participant entry holds a participant's screens, the
    /// full app holds all of them.
    pub fn for_route(route: &Route) -> Entry {
        match route {
            Route::Home
            | Route::Workshop
            | Route::Seminar(_)
            | Route::Group { .. }
            | Route::TaskReview { .. }
            | Route::Share(_)
            | Route::SharePart(_)
            | Route::About
            | Route::NotFound => Entry::Participant,
            Route::Collect
            | Route::CollectSeminar(_)
            | Route::Presentation(_)
            | Route::JoinQr(_)
            | Route::A3List
            | Route::A3Sheet(_)
            | Route::Programmes
            | Route::Programme(_)
            | Route::StatusReport(_)
            | Route::Trash => Entry::Full,
        }
    }

    /// Whether this entry can show `route` itself (the full app shows every screen).
    pub fn shows(self, route: &Route) -> bool {
        self == Entry::Full || Entry::for_route(route) == Entry::Participant
    }

    /// The address of this entry, given the address of the page now open (without its
    /// fragment): the same folder, this entry's page, the same query.
    pub fn address(self, current: &str) -> String {
        let (path, query) = current
            .split_once('?')
            .map_or((current, ""), |(p, q)| (p, q));
        let folder = path.rsplit_once('/').map_or("", |(folder, _)| folder);
        let query = if query.is_empty() {
            String::new()
        } else {
            format!("?{query}")
        };
        format!("{folder}/{}{query}", self.page())
    }
}

/// The query key of the status report's date: `#/program/<id>/rapport?dato=2025-12-31`.
const REPORT_DATE_KEY: &str = "dato";

/// The report date kept in the hash, if it is a real `YYYY-MM-DD` date.
///
/// The date lives in the URL because the app rebuilds the whole view when the language changes
/// (and a reload or a shared link should show the same report): a component signal would start
/// again from today. It is a query part, not part of [`Route`], so changing it does not count as
/// another screen and the report is not rebuilt while the date is typed.
pub fn report_date(hash: &str) -> Option<String> {
    let (_, query) = hash.split_once('?')?;
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == REPORT_DATE_KEY)
        .map(|(_, value)| value.trim().to_owned())
        .filter(|value| is_real_date(value))
}

/// `YYYY-MM-DD` with a day that exists in its month (what a date input gives).
fn is_real_date(value: &str) -> bool {
    let bytes = value.as_bytes();
    if value.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    if crate::model::a3::indicator::days_from_iso(value).is_none() {
        return false;
    }
    let number = |range: std::ops::Range<usize>| value[range].parse::<u32>().unwrap_or(0);
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days_in_month = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    day <= days_in_month
}

/// The hash of a programme's status report as of `date` (`YYYY-MM-DD`).
pub fn status_report_href(programme: Id, date: &str) -> String {
    format!(
        "{}?{REPORT_DATE_KEY}={date}",
        Route::StatusReport(programme).href()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_participant_route_opens_the_participant_entry_and_the_rest_the_full_app() {
        let id = Id::new_random();
        let participant = [
            Route::Home,
            Route::Workshop,
            Route::Seminar(id),
            Route::Group {
                seminar: id,
                group: id,
            },
            Route::TaskReview {
                seminar: id,
                review: id,
            },
            Route::Share("x".into()),
            Route::SharePart("1/2/ab/x".into()),
            Route::About,
            Route::NotFound,
        ];
        let full = [
            Route::Collect,
            Route::CollectSeminar(id),
            Route::Presentation(id),
            Route::JoinQr(id),
            Route::A3List,
            Route::A3Sheet(id),
            Route::Programmes,
            Route::Programme(id),
            Route::StatusReport(id),
            Route::Trash,
        ];
        for route in &participant {
            assert_eq!(Entry::for_route(route), Entry::Participant, "{route:?}");
            assert!(
                Entry::Participant.shows(route) && Entry::Full.shows(route),
                "{route:?}"
            );
        }
        for route in &full {
            assert_eq!(Entry::for_route(route), Entry::Full, "{route:?}");
            assert!(
                !Entry::Participant.shows(route) && Entry::Full.shows(route),
                "{route:?}"
            );
        }
    }

    #[test]
    fn an_entry_address_is_in_the_folder_of_the_page_now_open() {
        for (current, participant, full) in [
            (
                "https://a.no/gv/",
                "https://a.no/gv/deltaker.html",
                "https://a.no/gv/",
            ),
            (
                "https://a.no/gv/index.html",
                "https://a.no/gv/deltaker.html",
                "https://a.no/gv/",
            ),
            (
                "https://a.no/gv/deltaker.html",
                "https://a.no/gv/deltaker.html",
                "https://a.no/gv/",
            ),
            (
                "http://127.0.0.1:4175/",
                "http://127.0.0.1:4175/deltaker.html",
                "http://127.0.0.1:4175/",
            ),
            (
                "https://a.no/deltaker.html?x=1",
                "https://a.no/deltaker.html?x=1",
                "https://a.no/?x=1",
            ),
        ] {
            assert_eq!(
                Entry::Participant.address(current),
                participant,
                "{current}"
            );
            assert_eq!(Entry::Full.address(current), full, "{current}");
        }
    }

    #[test]
    fn parses_every_route_and_round_trips_href() {
        let id = Id::new_random();
        for route in [
            Route::Home,
            Route::Workshop,
            Route::Collect,
            Route::A3List,
            Route::A3Sheet(id),
            Route::Seminar(id),
            Route::JoinQr(id),
            Route::CollectSeminar(id),
            Route::Presentation(id),
            Route::Group {
                seminar: id,
                group: Id::new_random(),
            },
            Route::TaskReview {
                seminar: id,
                review: Id::new_random(),
            },
            Route::Share("eJyrVkrLz1eyUkpKLFKqBQAXxQPt".to_owned()),
            Route::SharePart("2/6/32fb7d9c/rVvLbiO5Ff2V".to_owned()),
            Route::Trash,
            Route::About,
            Route::Programmes,
            Route::Programme(id),
            Route::StatusReport(id),
        ] {
            assert_eq!(Route::parse(&route.href()), route);
        }
        assert_eq!(Route::parse(""), Route::Home);
        let seminar = Route::Seminar(id);
        assert!(Route::Home.shows_backup_reminder() && Route::A3Sheet(id).shows_backup_reminder());
        assert!(!seminar.shows_backup_reminder(), "never above the timer");
        assert!(!Route::Group {
            seminar: id,
            group: id
        }
        .shows_backup_reminder());
        assert!(!Route::Share(String::new()).shows_backup_reminder());
        assert_eq!(Route::parse("#"), Route::Home);
        assert_eq!(Route::parse("#/a3/"), Route::A3List);
        assert_eq!(Route::parse("#/a3/not-a-uuid"), Route::NotFound);
        assert_eq!(Route::parse("#/ukjent"), Route::NotFound);
        assert_eq!(
            Route::parse(&format!("#/program/{id}/annet")),
            Route::NotFound
        );
        assert_eq!(Route::parse(&format!("#/a3/{id}/mer")), Route::NotFound);
        assert_eq!(
            Route::parse(&format!("#/verksted/{id}/gruppe/x")),
            Route::NotFound
        );
        assert_eq!(
            Route::parse(&format!("#/verksted/{id}/annet/{id}")),
            Route::NotFound
        );
    }

    #[test]
    fn the_report_date_rides_in_the_query_without_changing_the_route() {
        let id = Id::new_random();
        let href = status_report_href(id, "2025-12-31");
        assert_eq!(href, format!("#/program/{id}/rapport?dato=2025-12-31"));
        assert_eq!(Route::parse(&href), Route::StatusReport(id));
        assert_eq!(report_date(&href).as_deref(), Some("2025-12-31"));
        assert_eq!(
            report_date(&format!("#/program/{id}/rapport?x=1&dato=2024-02-29")).as_deref(),
            Some("2024-02-29")
        );
        assert_eq!(report_date(&Route::StatusReport(id).href()), None);
        for bad in [
            "2025-13-01",
            "2025-02-30",
            "31.12.2025",
            "",
            "2025-1-1",
            "<b>",
        ] {
            assert_eq!(
                report_date(&format!("#/program/{id}/rapport?dato={bad}")),
                None,
                "{bad:?}"
            );
        }
        assert_eq!(
            Route::parse(&format!("#/program/{id}?dato=2025-12-31")),
            Route::Programme(id)
        );
    }
}
