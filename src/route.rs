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

    /// Parses `location.hash` (with or without the leading `#`).
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
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
            Route::Group { seminar, group } => format!("#/verksted/{seminar}/gruppe/{group}"),
            Route::TaskReview { seminar, review } => {
                format!("#/verksted/{seminar}/oppgaver/{review}")
            }
            Route::Trash => "#/papirkurv".to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
