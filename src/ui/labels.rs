//! Names of domain values in the reader's language.

use crate::domain::RelationshipType;
use crate::i18n::Texts;

/// "Basic", "Cooperative" or "Partnership".
pub fn relationship_name(t: &Texts, r: RelationshipType) -> &'static str {
    match r {
        RelationshipType::Basic => t.rel_basic,
        RelationshipType::Cooperative => t.rel_cooperative,
        RelationshipType::Partnership => t.rel_partnership,
    }
}

/// The one-line explanation of a relationship type.
pub fn relationship_help(t: &Texts, r: RelationshipType) -> &'static str {
    match r {
        RelationshipType::Basic => t.rel_basic_help,
        RelationshipType::Cooperative => t.rel_cooperative_help,
        RelationshipType::Partnership => t.rel_partnership_help,
    }
}
