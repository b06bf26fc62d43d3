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
    /// A journey received as a link, with its encoded payload.
    SharedJourney(String),
    /// The persona library.
    Personas,
    /// One persona, by id.
    Persona(String),
    Kano,
    ServiceLevels,
    Settings,
    /// Deliberately panics, to check the failure screen (used by the end-to-end tests).
    PanicSelfTest,
    /// Anything else, with the path that was asked for.
    NotFound(String),
}

impl Route {
    /// The routes shown in the main navigation, in order.
    pub const NAV: [Route; 5] = [
        Route::Home,
        Route::Journeys,
        Route::Kano,
        Route::ServiceLevels,
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
            "service-levels" => Self::ServiceLevels,
            "settings" => Self::Settings,
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
            Self::SharedJourney(payload) => return format!("#/share/{payload}"),
            Self::Personas => "personas",
            Self::Persona(id) => return format!("#/personas/{id}"),
            Self::Kano => "kano",
            Self::ServiceLevels => "service-levels",
            Self::Settings => "settings",
            Self::PanicSelfTest => "selftest/panic",
            Self::NotFound(path) => path,
        };
        format!("#/{path}")
    }
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
    fn unknown_paths_are_not_found() {
        assert_eq!(
            Route::from_hash("#/nowhere"),
            Route::NotFound("nowhere".into())
        );
    }
}
