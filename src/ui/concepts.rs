//! The concepts of the guide ("Learn"), the "?" links that lead to them from the
//! fields that carry them, and focusing the target of a deep link.

use super::route::Route;
use super::state::use_texts;
use crate::i18n::LearnTexts;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// One concept of the guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Concept {
    Steps,
    Relationships,
    Model,
    Value,
    Mindset,
    Moments,
    Slm,
    Agreements,
    Watermelon,
    Kano,
}

impl Concept {
    /// Every concept, in the guide's order.
    pub const ALL: [Self; 10] = [
        Self::Steps,
        Self::Relationships,
        Self::Model,
        Self::Value,
        Self::Mindset,
        Self::Moments,
        Self::Slm,
        Self::Agreements,
        Self::Watermelon,
        Self::Kano,
    ];

    /// The concept's name in links (`#/learn/<slug>`) and element ids.
    pub fn slug(self) -> &'static str {
        match self {
            Self::Steps => "journey-steps",
            Self::Relationships => "relationship-types",
            Self::Model => "service-relationship-model",
            Self::Value => "value",
            Self::Mindset => "service-mindset",
            Self::Moments => "moments-of-truth",
            Self::Slm => "service-level-management",
            Self::Agreements => "agreement-kinds",
            Self::Watermelon => "watermelon-effect",
            Self::Kano => "kano-categories",
        }
    }

    /// The concept with this slug.
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.slug() == slug)
    }

    /// The link to the concept in the guide.
    pub fn href(self) -> String {
        Route::Learn(self.slug().to_owned()).href()
    }

    /// The id of the concept's section in the guide.
    pub fn section_id(self) -> String {
        format!("learn-{}", self.slug())
    }

    /// Title, accessible name of the "?" link, tooltip and explanation.
    pub fn words(self, t: &LearnTexts) -> [&'static str; 4] {
        match self {
            Self::Steps => [t.steps_title, t.steps_about, t.steps_tip, t.steps_body],
            Self::Relationships => [
                t.relationships_title,
                t.relationships_about,
                t.relationships_tip,
                t.relationships_body,
            ],
            Self::Model => [t.model_title, t.model_about, t.model_tip, t.model_body],
            Self::Value => [t.value_title, t.value_about, t.value_tip, t.value_body],
            Self::Mindset => [
                t.mindset_title,
                t.mindset_about,
                t.mindset_tip,
                t.mindset_body,
            ],
            Self::Moments => [
                t.moments_title,
                t.moments_about,
                t.moments_tip,
                t.moments_body,
            ],
            Self::Slm => [t.slm_title, t.slm_about, t.slm_tip, t.slm_body],
            Self::Agreements => [
                t.agreements_title,
                t.agreements_about,
                t.agreements_tip,
                t.agreements_body,
            ],
            Self::Watermelon => [
                t.watermelon_title,
                t.watermelon_about,
                t.watermelon_tip,
                t.watermelon_body,
            ],
            Self::Kano => [t.kano_title, t.kano_about, t.kano_tip, t.kano_body],
        }
    }

    /// Where in the app the concept is used.
    pub fn used_in(self) -> Route {
        match self {
            Self::Steps | Self::Relationships | Self::Value | Self::Mindset | Self::Moments => {
                Route::Journeys
            }
            Self::Model | Self::Slm | Self::Agreements | Self::Watermelon => Route::ServiceLevels,
            Self::Kano => Route::Kano,
        }
    }
}

/// A small "?" link to `concept` in the guide, named "About …", described by a short
/// tooltip that shows on hover and on keyboard focus. `key` keeps the tooltip's id
/// unique when the same concept is linked more than once on a page.
#[component]
pub fn HelpLink(concept: Concept, #[prop(optional, into)] key: String) -> impl IntoView {
    let texts = use_texts();
    let tip_id = format!("tip-{}{key}", concept.slug());
    let described_by = tip_id.clone();
    view! {
        <span class="help">
            <a class="help-link" href=concept.href()
                aria-label=move || concept.words(texts().learn)[1]
                aria-describedby=described_by>"?"</a>
            <span class="help-tip" role="tooltip" id=tip_id>{move || concept.words(texts().learn)[2]}</span>
        </span>
    }
}

/// Scrolls to element `id` and focuses it once the page has settled (after the app
/// has moved focus to the new page's heading).
pub fn focus_soon(id: String) {
    request_animation_frame(move || {
        request_animation_frame(move || {
            let element = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&id))
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(element) = element {
                element.scroll_into_view();
                let _ = element.focus();
            }
        })
    });
}

/// The value of `key` in the current location hash's query (`#/journeys/j1?touchpoint=tp1`).
pub fn hash_query(key: &str) -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    super::route::query_value(&hash, key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip_and_are_unique() {
        for concept in Concept::ALL {
            assert_eq!(Concept::from_slug(concept.slug()), Some(concept));
            assert_eq!(
                Route::from_hash(&concept.href()),
                Route::Learn(concept.slug().to_owned())
            );
        }
        assert_eq!(Concept::from_slug("nope"), None);
    }

    #[test]
    fn every_concept_has_its_words_in_every_language() {
        for lang in crate::i18n::Lang::ALL {
            for concept in Concept::ALL {
                for text in concept.words(lang.texts().learn) {
                    assert!(!text.trim().is_empty(), "{concept:?} {}", lang.code());
                }
            }
        }
    }
}
