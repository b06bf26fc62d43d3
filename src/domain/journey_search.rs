//! Finding journeys by text, as the journeys list's search field does.

use super::journey::Journey;

/// The journeys whose name contains `query`, ignoring case and the spaces around the
/// query, in their order; every journey when the query is blank.
pub fn search_journeys<'a>(
    journeys: &'a [Journey],
    query: &str,
) -> impl Iterator<Item = &'a Journey> + 'a {
    let needle = query.trim().to_lowercase();
    journeys
        .iter()
        .filter(move |j| needle.is_empty() || j.name.to_lowercase().contains(&needle))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Id;

    fn journeys(names: &[&str]) -> Vec<Journey> {
        names
            .iter()
            .enumerate()
            .map(|(i, name)| Journey::new(Id::new(format!("j{i}")).expect("id"), *name))
            .collect()
    }

    fn names<'a>(found: impl Iterator<Item = &'a Journey>) -> Vec<&'a str> {
        found.map(|j| j.name.as_str()).collect()
    }

    #[test]
    fn a_blank_query_finds_every_journey_in_order() {
        let all = journeys(&["Onboarding", "Billing", "Support"]);
        assert_eq!(
            names(search_journeys(&all, "")),
            ["Onboarding", "Billing", "Support"]
        );
        assert_eq!(
            names(search_journeys(&all, "   ")),
            ["Onboarding", "Billing", "Support"]
        );
    }

    #[test]
    fn the_query_is_found_anywhere_in_the_name_ignoring_case_and_spaces_around() {
        let all = journeys(&["Onboarding", "Billing", "Board meeting", "Support"]);
        assert_eq!(
            names(search_journeys(&all, "  BOARD ")),
            ["Onboarding", "Board meeting"]
        );
        assert_eq!(names(search_journeys(&all, "ill")), ["Billing"]);
        assert!(search_journeys(&all, "invoice").next().is_none());
    }

    #[test]
    fn non_ascii_names_match_in_any_case() {
        let all = journeys(&["Подключение клиента", "Incorporación", "Ärger"]);
        assert_eq!(
            names(search_journeys(&all, "ПОДКЛ")),
            ["Подключение клиента"]
        );
        assert_eq!(names(search_journeys(&all, "CIÓN")), ["Incorporación"]);
        assert_eq!(names(search_journeys(&all, "är")), ["Ärger"]);
    }

    #[test]
    fn spaces_inside_the_query_count() {
        let all = journeys(&["Board meeting", "Boardmeeting"]);
        assert_eq!(names(search_journeys(&all, "board m")), ["Board meeting"]);
    }
}
