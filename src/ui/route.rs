//! Hash routing: every view lives in the URL fragment (`#/settings`), so the app works
//! from any static server, under any sub-path, with no rewrite rules, and a reload or
//! a shared deep link opens the same view.

/// A view of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    Journeys,
    /// One journey map, by id.
    Journey(String),
    /// Presentation mode of a journey, by id.
    PresentJourney(String),
    /// A journey received as a link, with its encoded payload.
    SharedJourney(String),
    /// The persona library.
    Personas,
    /// One persona, by id.
    Persona(String),
    /// The Kano survey list.
    Kano,
    /// One survey, by id, on one of its tabs.
    Survey(String, SurveyTab),
    /// Kiosk mode: the owner's device collects one respondent after another.
    Kiosk(String),
    /// Presentation mode of a survey's results, by id.
    PresentSurvey(String),
    /// A respondent answering a survey received as a link, with its payload.
    Answer(String),
    /// The service level dashboard and service list.
    ServiceLevels,
    /// One service, by id.
    Service(String),
    /// The printable service review report of a service.
    ServiceReport(String),
    /// All improvement opportunities.
    Improvements,
    /// Ticket SLAs: calendars, definitions, ticket import and attainment.
    TicketSlas,
    Settings,
    /// The concept guide, at the top (empty) or at one concept, by its slug.
    Learn(String),
    /// Deliberately panics, to check the failure screen (used by the end-to-end tests).
    PanicSelfTest,
    /// Anything else, with the path that was asked for.
    NotFound(String),
}

/// The tabs of a survey's page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SurveyTab {
    Design,
    Share,
    Collect,
    Analyse,
}

impl SurveyTab {
    /// Every tab, in order.
    pub const ALL: [SurveyTab; 4] = [Self::Design, Self::Share, Self::Collect, Self::Analyse];

    /// The path segment after the survey's id; the design tab has none.
    fn segment(self) -> Option<&'static str> {
        match self {
            Self::Design => None,
            Self::Share => Some("share"),
            Self::Collect => Some("collect"),
            Self::Analyse => Some("analyse"),
        }
    }
}

impl Route {
    /// The routes shown in the main navigation, in order.
    pub const NAV: [Route; 6] = [
        Route::Home,
        Route::Journeys,
        Route::Kano,
        Route::ServiceLevels,
        Route::Learn(String::new()),
        Route::Settings,
    ];

    /// Parses a location hash such as `#/kano` (with or without `#`, leading or
    /// trailing `/`, and a `?query`), segment by segment.
    pub fn from_hash(hash: &str) -> Self {
        let path = hash.trim_start_matches('#');
        let path = path.split('?').next().unwrap_or_default();
        let path = path.trim_matches('/');
        let segments: Vec<&str> = if path.is_empty() {
            Vec::new()
        } else {
            path.split('/').collect()
        };
        let id = |s: &str| (!s.is_empty()).then(|| s.to_owned());
        let route = match segments.as_slice() {
            [] => Some(Self::Home),
            ["journeys"] => Some(Self::Journeys),
            ["journeys", j] => id(j).map(Self::Journey),
            ["journeys", j, "present"] => id(j).map(Self::PresentJourney),
            ["share", payload] => id(payload).map(Self::SharedJourney),
            ["personas"] => Some(Self::Personas),
            ["personas", p] => id(p).map(Self::Persona),
            ["kano"] => Some(Self::Kano),
            ["kano", s] => id(s).map(|s| Self::Survey(s, SurveyTab::Design)),
            ["kano", s, "kiosk"] => id(s).map(Self::Kiosk),
            ["kano", s, "present"] => id(s).map(Self::PresentSurvey),
            ["kano", s, tab] => SurveyTab::ALL
                .into_iter()
                .find(|t| t.segment() == Some(*tab))
                .and_then(|tab| id(s).map(|s| Self::Survey(s, tab))),
            ["answer", payload] => id(payload).map(Self::Answer),
            ["service-levels"] => Some(Self::ServiceLevels),
            ["service-levels", "improvements"] => Some(Self::Improvements),
            ["service-levels", "tickets"] => Some(Self::TicketSlas),
            ["service-levels", s] => id(s).map(Self::Service),
            ["service-levels", s, "report"] => id(s).map(Self::ServiceReport),
            ["settings"] => Some(Self::Settings),
            ["learn"] => Some(Self::Learn(String::new())),
            ["learn", slug] => id(slug).map(Self::Learn),
            ["selftest", "panic"] => Some(Self::PanicSelfTest),
            _ => None,
        };
        route.unwrap_or_else(|| Self::NotFound(path.to_owned()))
    }

    /// The path segments of this route, the mirror of [`Route::from_hash`].
    fn segments(&self) -> Vec<&str> {
        match self {
            Self::Home => vec![],
            Self::Journeys => vec!["journeys"],
            Self::Journey(j) => vec!["journeys", j],
            Self::PresentJourney(j) => vec!["journeys", j, "present"],
            Self::SharedJourney(payload) => vec!["share", payload],
            Self::Personas => vec!["personas"],
            Self::Persona(p) => vec!["personas", p],
            Self::Kano => vec!["kano"],
            Self::Survey(s, tab) => {
                let mut segments = vec!["kano", s.as_str()];
                segments.extend(tab.segment());
                segments
            }
            Self::Kiosk(s) => vec!["kano", s, "kiosk"],
            Self::PresentSurvey(s) => vec!["kano", s, "present"],
            Self::Answer(payload) => vec!["answer", payload],
            Self::ServiceLevels => vec!["service-levels"],
            Self::Service(s) => vec!["service-levels", s],
            Self::ServiceReport(s) => vec!["service-levels", s, "report"],
            Self::Improvements => vec!["service-levels", "improvements"],
            Self::TicketSlas => vec!["service-levels", "tickets"],
            Self::Settings => vec!["settings"],
            Self::Learn(slug) if slug.is_empty() => vec!["learn"],
            Self::Learn(slug) => vec!["learn", slug],
            Self::PanicSelfTest => vec!["selftest", "panic"],
            Self::NotFound(path) => vec![path],
        }
    }

    /// The relative link to this route (`#/settings`): relative, so it keeps the
    /// page's own path whatever sub-path the app is served under.
    pub fn href(&self) -> String {
        format!("#/{}", self.segments().join("/"))
    }
}

/// The value of `key` in a hash's query part (`#/journeys/j1?touchpoint=tp1`), if any.
pub fn query_value(hash: &str, key: &str) -> Option<String> {
    let (_, query) = hash.split_once('?')?;
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v.to_owned())
        .filter(|v| !v.is_empty())
}

/// Shows `route` by setting the location hash (the hash listener does the rest).
pub fn navigate(route: &Route) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(&route.href());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_nav_route_round_trips_through_its_href() {
        for route in Route::NAV {
            assert_eq!(Route::from_hash(&route.href()), route);
        }
    }

    #[test]
    fn empty_and_slash_hashes_are_home() {
        for hash in ["", "#", "#/", "/"] {
            assert_eq!(Route::from_hash(hash), Route::Home, "{hash:?}");
        }
        assert_eq!(Route::from_hash("#/settings/"), Route::Settings);
    }

    #[test]
    fn journey_routes_carry_the_id() {
        let route = Route::Journey("journey-1x".into());
        assert_eq!(route.href(), "#/journeys/journey-1x");
        assert_eq!(Route::from_hash(&route.href()), route);
    }

    #[test]
    fn survey_and_service_routes_round_trip() {
        let routes = SurveyTab::ALL
            .into_iter()
            .map(|tab| Route::Survey("s-1".into(), tab))
            .chain([
                Route::Kiosk("s-1".into()),
                Route::Answer("k1.abc".into()),
                Route::Service("svc-1".into()),
                Route::ServiceReport("svc-1".into()),
                Route::Improvements,
                Route::TicketSlas,
            ]);
        for route in routes {
            assert_eq!(Route::from_hash(&route.href()), route, "{}", route.href());
        }
        assert_eq!(
            Route::from_hash("#/kano/s-1/other"),
            Route::NotFound("kano/s-1/other".into())
        );
        assert_eq!(
            Route::from_hash("#/kano//share"),
            Route::NotFound("kano//share".into())
        );
    }

    #[test]
    fn learn_routes_and_hash_queries() {
        assert_eq!(Route::from_hash("#/learn"), Route::Learn(String::new()));
        let route = Route::Learn("watermelon-effect".into());
        assert_eq!(route.href(), "#/learn/watermelon-effect");
        assert_eq!(Route::from_hash(&route.href()), route);
        let hash = "#/journeys/j-1?touchpoint=tp-9&x=1";
        assert_eq!(Route::from_hash(hash), Route::Journey("j-1".into()));
        assert_eq!(query_value(hash, "touchpoint").as_deref(), Some("tp-9"));
        assert_eq!(query_value(hash, "x").as_deref(), Some("1"));
        assert_eq!(query_value(hash, "y"), None);
        assert_eq!(query_value("#/journeys/j-1", "touchpoint"), None);
        assert_eq!(
            query_value("#/journeys/j-1?touchpoint=", "touchpoint"),
            None
        );
    }

    #[test]
    fn presentation_routes_round_trip() {
        for route in [
            Route::PresentJourney("journey-1x".into()),
            Route::PresentSurvey("s-1".into()),
        ] {
            assert_eq!(Route::from_hash(&route.href()), route, "{}", route.href());
        }
        assert_eq!(
            Route::PresentJourney("j-1".into()).href(),
            "#/journeys/j-1/present"
        );
        assert_eq!(
            Route::PresentSurvey("s-1".into()).href(),
            "#/kano/s-1/present"
        );
        assert_eq!(
            Route::from_hash("#/journeys/j-1/present/"),
            Route::PresentJourney("j-1".into())
        );
        // A journey whose id is "present" still opens its map.
        assert_eq!(
            Route::from_hash("#/journeys/present"),
            Route::Journey("present".into())
        );
        assert_eq!(
            Route::from_hash("#/kano//present"),
            Route::NotFound("kano//present".into())
        );
    }

    #[test]
    fn every_route_round_trips_through_its_href() {
        let id = || "x-1".to_owned();
        let routes = [
            Route::Home,
            Route::Journeys,
            Route::Journey(id()),
            Route::PresentJourney(id()),
            Route::SharedJourney("j4.abc_-".into()),
            Route::Personas,
            Route::Persona(id()),
            Route::Kano,
            Route::Kiosk(id()),
            Route::PresentSurvey(id()),
            Route::Answer("k2.abc".into()),
            Route::ServiceLevels,
            Route::Service(id()),
            Route::ServiceReport(id()),
            Route::Improvements,
            Route::TicketSlas,
            Route::Settings,
            Route::Learn(String::new()),
            Route::Learn("moments-of-truth".into()),
            Route::PanicSelfTest,
            Route::NotFound("nowhere".into()),
        ]
        .into_iter()
        .chain(SurveyTab::ALL.map(|tab| Route::Survey(id(), tab)));
        for route in routes {
            assert_eq!(Route::from_hash(&route.href()), route, "{}", route.href());
        }
    }

    #[test]
    fn extra_or_empty_segments_are_not_found() {
        for path in [
            "journeys/a/b",
            "journeys//present",
            "kano/s-1/design",
            "service-levels/s-1/report/x",
            "share",
            "answer",
            "learn/a/b",
            "selftest",
        ] {
            assert_eq!(
                Route::from_hash(&format!("#/{path}")),
                Route::NotFound(path.into()),
                "{path}"
            );
        }
    }

    #[test]
    fn unknown_paths_are_not_found() {
        assert_eq!(
            Route::from_hash("#/nowhere"),
            Route::NotFound("nowhere".into())
        );
    }
}
