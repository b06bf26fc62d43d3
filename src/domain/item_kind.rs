//! The kinds of item a workspace holds, as named by validation problems.

use std::fmt;

/// A kind of workspace item: what a duplicate id or a dangling reference is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemKind {
    Journey,
    Touchpoint,
    Stakeholder,
    Persona,
    Survey,
    ResponseSet,
    Service,
    Agreement,
    Target,
    Review,
    Improvement,
    Calendar,
    TicketSla,
}

impl ItemKind {
    /// Every kind, in the order of [`ItemKind::index`].
    pub const ALL: [ItemKind; 13] = [
        Self::Journey,
        Self::Touchpoint,
        Self::Stakeholder,
        Self::Persona,
        Self::Survey,
        Self::ResponseSet,
        Self::Service,
        Self::Agreement,
        Self::Target,
        Self::Review,
        Self::Improvement,
        Self::Calendar,
        Self::TicketSla,
    ];

    /// The kind's position in [`ItemKind::ALL`] (and in translated name lists).
    pub fn index(self) -> usize {
        self as usize
    }

    /// The English name used in technical messages.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Journey => "journey",
            Self::Touchpoint => "touchpoint",
            Self::Stakeholder => "stakeholder",
            Self::Persona => "persona",
            Self::Survey => "survey",
            Self::ResponseSet => "response set",
            Self::Service => "service",
            Self::Agreement => "agreement",
            Self::Target => "target",
            Self::Review => "review",
            Self::Improvement => "improvement",
            Self::Calendar => "calendar",
            Self::TicketSla => "ticket SLA",
        }
    }
}

impl fmt::Display for ItemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_follows_the_order_of_all() {
        for (i, kind) in ItemKind::ALL.iter().enumerate() {
            assert_eq!(kind.index(), i);
        }
        assert_eq!(ItemKind::TicketSla.to_string(), "ticket SLA");
    }
}
