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
    /// Papirkurv: deleted sheets and seminars, restorable for 30 days.
    Trash,
    /// A hash this build does not know (an old bookmark, a typo).
    NotFound,
}

impl Route {
    /// Parses `location.hash` (with or without the leading `#`).
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let mut parts = path.split('/').filter(|p| !p.is_empty());
        match (parts.next(), parts.next(), parts.next()) {
            (None, _, _) => Route::Home,
            (Some("verksted"), None, _) => Route::Workshop,
            (Some("samle"), None, _) => Route::Collect,
            (Some("a3"), None, _) => Route::A3List,
            (Some("papirkurv"), None, _) => Route::Trash,
            (Some("a3"), Some(id), None) => Id::parse(id).map_or(Route::NotFound, Route::A3Sheet),
            _ => Route::NotFound,
        }
    }

    /// The hash that leads to this route (`NotFound` leads home).
    pub fn href(&self) -> String {
        match self {
            Route::Home | Route::NotFound => "#/".to_owned(),
            Route::Workshop => "#/verksted".to_owned(),
            Route::Collect => "#/samle".to_owned(),
            Route::A3List => "#/a3".to_owned(),
            Route::A3Sheet(id) => format!("#/a3/{id}"),
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
            Route::Trash,
        ] {
            assert_eq!(Route::parse(&route.href()), route);
        }
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("#"), Route::Home);
        assert_eq!(Route::parse("#/a3/"), Route::A3List);
        assert_eq!(Route::parse("#/a3/not-a-uuid"), Route::NotFound);
        assert_eq!(Route::parse("#/ukjent"), Route::NotFound);
        assert_eq!(Route::parse(&format!("#/a3/{id}/mer")), Route::NotFound);
    }
}
