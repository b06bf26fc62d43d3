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

    fn path(self) -> &'static str {
        match self {
            Self::Design => "",
            Self::Share => "/share",
            Self::Collect => "/collect",
            Self::Analyse => "/analyse",
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

    /// Parses a location hash such as `#/kano` (with or without `#` and `/`).
    pub fn from_hash(hash: &str) -> Self {
        let path = hash.trim_start_matches('#');
        let path = path.split(['?']).next().unwrap_or_default();
        let path = path.trim_matches('/');
        match path {
            "" => Self::Home,
            "journeys" => Self::Journeys,
            other
                if other.starts_with("journeys/")
                    && other.ends_with("/present")
                    && other.len() > "journeys//present".len() =>
            {
                let id = &other["journeys/".len()..other.len() - "/present".len()];
                Self::PresentJourney(id.to_owned())
            }
            other if other.starts_with("journeys/") && other.len() > "journeys/".len() => {
                Self::Journey(other["journeys/".len()..].to_owned())
            }
            other if other.starts_with("share/") => {
                Self::SharedJourney(other["share/".len()..].to_owned())
            }
            "personas" => Self::Personas,
            other if other.starts_with("personas/") && other.len() > "personas/".len() => {
                Self::Persona(other["personas/".len()..].to_owned())
            }
            "kano" => Self::Kano,
            other if other.starts_with("kano/") => survey_route(&other["kano/".len()..]),
            other if other.starts_with("answer/") && other.len() > "answer/".len() => {
                Self::Answer(other["answer/".len()..].to_owned())
            }
            "service-levels" => Self::ServiceLevels,
            "service-levels/improvements" => Self::Improvements,
            "service-levels/tickets" => Self::TicketSlas,
            other if other.starts_with("service-levels/") => {
                let rest = &other["service-levels/".len()..];
                match rest.split_once('/') {
                    None if !rest.is_empty() => Self::Service(rest.to_owned()),
                    Some((id, "report")) if !id.is_empty() => Self::ServiceReport(id.to_owned()),
                    _ => Self::NotFound(other.to_owned()),
                }
            }
            "settings" => Self::Settings,
            "learn" => Self::Learn(String::new()),
            other if other.starts_with("learn/") => Self::Learn(other["learn/".len()..].to_owned()),
            "selftest/panic" => Self::PanicSelfTest,
            other => Self::NotFound(other.to_owned()),
        }
    }

    /// The relative link to this route (`#/settings`): relative, so it keeps the
    /// page's own path whatever sub-path the app is served under.
    pub fn href(&self) -> String {
        let path = match self {
            Self::Home => "",
            Self::Journeys => "journeys",
            Self::Journey(id) => return format!("#/journeys/{id}"),
            Self::PresentJourney(id) => return format!("#/journeys/{id}/present"),
            Self::SharedJourney(payload) => return format!("#/share/{payload}"),
            Self::Personas => "personas",
            Self::Persona(id) => return format!("#/personas/{id}"),
            Self::Kano => "kano",
            Self::Survey(id, tab) => return format!("#/kano/{id}{}", tab.path()),
            Self::Kiosk(id) => return format!("#/kano/{id}/kiosk"),
            Self::PresentSurvey(id) => return format!("#/kano/{id}/present"),
            Self::Answer(payload) => return format!("#/answer/{payload}"),
            Self::ServiceLevels => "service-levels",
            Self::Service(id) => return format!("#/service-levels/{id}"),
            Self::ServiceReport(id) => return format!("#/service-levels/{id}/report"),
            Self::Improvements => "service-levels/improvements",
            Self::TicketSlas => "service-levels/tickets",
            Self::Settings => "settings",
            Self::Learn(slug) if slug.is_empty() => "learn",
            Self::Learn(slug) => return format!("#/learn/{slug}"),
            Self::PanicSelfTest => "selftest/panic",
            Self::NotFound(path) => path,
        };
        format!("#/{path}")
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

/// `kano/<rest>`: a survey tab or its kiosk.
fn survey_route(rest: &str) -> Route {
    let (id, tab) = rest.split_once('/').unwrap_or((rest, ""));
    if id.is_empty() {
        return Route::NotFound(format!("kano/{rest}"));
    }
    let tab = match tab {
        "" => SurveyTab::Design,
        "share" => SurveyTab::Share,
        "collect" => SurveyTab::Collect,
        "analyse" => SurveyTab::Analyse,
        "kiosk" => return Route::Kiosk(id.to_owned()),
        "present" => return Route::PresentSurvey(id.to_owned()),
        _ => return Route::NotFound(format!("kano/{rest}")),
    };
    Route::Survey(id.to_owned(), tab)
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
    fn unknown_paths_are_not_found() {
        assert_eq!(
            Route::from_hash("#/nowhere"),
            Route::NotFound("nowhere".into())
        );
    }
}
