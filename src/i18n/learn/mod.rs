//! The strings of the trainer kit: the concept guide ("Learn"), the connected example
//! workspace and the links between the workspaces.

mod en;
mod es;
mod ru;

pub(super) use en::TEXTS as EN;
pub(super) use es::TEXTS as ES;
pub(super) use ru::TEXTS as RU;

/// A term and its explanation.
pub type Term = (&'static str, &'static str);

super::texts::texts! {
    /// Every visible string of the trainer kit in one language.
    struct LearnTexts;
    strings {
        nav_learn,
        intro,
        contents_label,
        used_in,
        provider,
        consumer,
        // Connected example workspace
        example_heading,
        example_intro,
        example_load,
        example_choice,
        example_add_beside,
        example_replace,
        example_replace_warning,
        example_confirm_replace,
        example_added,
        example_replaced,
        example_open_journey,
        // Links between the workspaces
        journey_service_levels,
        service_journeys_heading,
        service_no_journeys,
        improvement_touchpoint,
        improvement_touchpoint_none,
        // Concepts: title, accessible name of the "?" link, tooltip, explanation
        steps_title,
        steps_about,
        steps_tip,
        steps_body,
        relationships_title,
        relationships_about,
        relationships_tip,
        relationships_body,
        model_title,
        model_about,
        model_tip,
        model_body,
        value_title,
        value_about,
        value_tip,
        value_body,
        mindset_title,
        mindset_about,
        mindset_tip,
        mindset_body,
        moments_title,
        moments_about,
        moments_tip,
        moments_body,
        slm_title,
        slm_about,
        slm_tip,
        slm_body,
        agreements_title,
        agreements_about,
        agreements_tip,
        agreements_body,
        watermelon_title,
        watermelon_about,
        watermelon_tip,
        watermelon_body,
        kano_title,
        kano_about,
        kano_tip,
        kano_body,
        kano_better_worse,
        kano_intervals,
    }
    formatters {
        /// What the provider does in each of the seven steps.
        steps_provider: [&'static str; 7],
        /// What the consumer does in each of the seven steps.
        steps_consumer: [&'static str; 7],
        /// Basic, cooperative, partnership.
        relationship_terms: [Term; 3],
        /// Resources, products, service offerings, service relationships.
        model_terms: [Term; 4],
        /// Outcomes, costs, risks, utility and warranty.
        value_terms: [Term; 4],
        /// The values of a service mindset that make co-creation work.
        mindset_terms: [Term; 4],
        /// The four success factors of service level management.
        slm_terms: [Term; 4],
        /// SLA, OLA, underpinning contract.
        agreement_terms: [Term; 3],
        /// A, O, M, I, R, Q.
        kano_terms: [Term; 6],
    }
}

impl LearnTexts {
    /// Every text with a name: the plain strings, then each list entry.
    pub fn all_texts(&self) -> Vec<(String, &'static str)> {
        let mut all: Vec<(String, &'static str)> = self
            .all_static()
            .into_iter()
            .map(|(name, text)| (name.to_owned(), text))
            .collect();
        for (i, (p, c)) in self
            .steps_provider
            .iter()
            .zip(&self.steps_consumer)
            .enumerate()
        {
            all.push((format!("steps_provider[{i}]"), p));
            all.push((format!("steps_consumer[{i}]"), c));
        }
        let lists: [(&str, &[Term]); 7] = [
            ("relationship_terms", &self.relationship_terms),
            ("model_terms", &self.model_terms),
            ("value_terms", &self.value_terms),
            ("mindset_terms", &self.mindset_terms),
            ("slm_terms", &self.slm_terms),
            ("agreement_terms", &self.agreement_terms),
            ("kano_terms", &self.kano_terms),
        ];
        for (name, terms) in lists {
            for (i, (term, text)) in terms.iter().enumerate() {
                all.push((format!("{name}[{i}].term"), term));
                all.push((format!("{name}[{i}].text"), text));
            }
        }
        all
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Short terms that are the same in every language on purpose (ITIL abbreviations).
    const SAME_EVERYWHERE: [&str; 2] = ["SLA", "OLA"];

    #[test]
    fn every_text_is_filled_and_translated() {
        let en = EN.all_texts();
        for (code, other) in [("es", ES.all_texts()), ("ru", RU.all_texts())] {
            assert_eq!(en.len(), other.len(), "{code}");
            for ((name, english), (other_name, text)) in en.iter().zip(&other) {
                assert_eq!(name, other_name);
                assert!(!text.trim().is_empty(), "{name} is empty in {code}");
                assert!(
                    text != english || SAME_EVERYWHERE.contains(text),
                    "{name} is not translated into {code}: {text:?}"
                );
            }
        }
        for (name, text) in &en {
            assert!(!text.trim().is_empty(), "{name} is empty in en");
        }
    }

    #[test]
    fn russian_and_spanish_are_written_in_their_own_script_and_words() {
        // A prose string (more than three words) must be mostly Cyrillic in Russian,
        // and the Spanish one must not reuse the English sentence's words verbatim.
        for ((name, english), (_, russian)) in EN.all_texts().iter().zip(RU.all_texts()) {
            if english.split_whitespace().count() > 3 {
                let letters = russian.chars().filter(|c| c.is_alphabetic()).count();
                let cyrillic = russian
                    .chars()
                    .filter(|c| ('\u{400}'..='\u{4ff}').contains(c))
                    .count();
                assert!(cyrillic * 2 > letters, "{name} is not Russian: {russian:?}");
            }
        }
        for ((name, english), (_, spanish)) in EN.all_texts().iter().zip(ES.all_texts()) {
            if english.split_whitespace().count() > 5 {
                assert_ne!(english.to_lowercase(), spanish.to_lowercase(), "{name}");
            }
        }
    }
}
