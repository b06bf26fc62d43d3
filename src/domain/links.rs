//! Links between the workspaces: a journey and the service of the same name, an
//! improvement and the journey touchpoint it answers.

use super::journey::{Journey, Touchpoint};
use super::slm::{Service, TouchpointRef};
use super::Workspace;

/// True when two service names are the same, ignoring case and surrounding spaces;
/// an empty name matches nothing.
pub fn same_service(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    !a.is_empty() && a.to_lowercase() == b.to_lowercase()
}

impl Workspace {
    /// The services named as `journey`'s service.
    pub fn services_of_journey<'a>(
        &'a self,
        journey: &'a Journey,
    ) -> impl Iterator<Item = &'a Service> {
        self.services
            .iter()
            .filter(move |s| same_service(&s.name, &journey.service))
    }

    /// The journeys whose service is `service`.
    pub fn journeys_of_service<'a>(
        &'a self,
        service: &'a Service,
    ) -> impl Iterator<Item = &'a Journey> {
        self.journeys
            .iter()
            .filter(move |j| same_service(&j.service, &service.name))
    }

    /// The journey and touchpoint a link points at, when both still exist.
    pub fn touchpoint(&self, link: &TouchpointRef) -> Option<(&Journey, &Touchpoint)> {
        let journey = self.journeys.iter().find(|j| j.id == link.journey)?;
        let touchpoint = journey
            .touchpoints
            .iter()
            .find(|t| t.id == link.touchpoint)?;
        Some((journey, touchpoint))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::examples::example_workspace;
    use crate::domain::Id;

    #[test]
    fn the_example_links_journey_service_and_touchpoints() {
        let mut n = 0;
        let mut ws = example_workspace("es", "2026-10".parse().unwrap(), |p| {
            n += 1;
            Id::from_random(p, n)
        });
        let journey = ws.journeys[0].clone();
        let service = ws.services[0].clone();
        assert_eq!(ws.services_of_journey(&journey).count(), 1);
        assert_eq!(ws.journeys_of_service(&service).count(), 1);
        let link = service.improvements[0].touchpoint.clone().unwrap();
        let (j, t) = ws.touchpoint(&link).unwrap();
        assert_eq!((&j.id, &t.id), (&journey.id, &link.touchpoint));
        // A deleted touchpoint leaves the link dangling, and it resolves to nothing.
        ws.journeys[0]
            .touchpoints
            .retain(|t| t.id != link.touchpoint);
        assert!(ws.touchpoint(&link).is_none());
    }

    #[test]
    fn service_names_match_loosely_but_not_when_empty() {
        assert!(same_service(" Workplace IT ", "workplace it"));
        assert!(!same_service("", ""));
        assert!(!same_service("E-mail", "Workplace IT"));
    }
}
