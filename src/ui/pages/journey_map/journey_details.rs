//! The fields above the map: name, service, description, relationship, personas, state.

use super::details::Details;
use super::editor::Editor;
use super::journey_personas::JourneyPersonas;
use super::service_level_links::ServiceLevelLinks;
use crate::domain::journey::JourneyState;
use crate::domain::journey_edit::JourneyEdit;
use crate::domain::RelationshipType;
use crate::ui::concepts::{Concept, HelpLink};
use crate::ui::labels::{relationship_help, relationship_name};
use crate::ui::state::use_texts;
use leptos::prelude::*;

/// Name, service, description, relationship and state of the journey.
#[component]
pub(super) fn JourneyDetails() -> impl IntoView {
    let texts = use_texts();
    let editor = expect_context::<Editor>();
    let details = expect_context::<Memo<Details>>();
    let get = move |f: fn(&Details) -> String| move || details.with(f);
    let relationship = move || details.with(|d| d.relationship);
    view! {
        <div class="journey-details">
            <div class="field">
                <label for="journey-name">{move || texts().journey_name}</label>
                <input id="journey-name" type="text" maxlength="200"
                    prop:value=get(|j| j.name.clone())
                    on:change=move |ev| editor.apply(JourneyEdit::SetName(event_target_value(&ev)))/>
            </div>
            <div class="field">
                <label for="journey-service">{move || texts().journey_service}</label>
                <input id="journey-service" type="text" maxlength="200"
                    prop:value=get(|j| j.service.clone())
                    on:change=move |ev| editor.apply(JourneyEdit::SetService(event_target_value(&ev)))/>
                <ServiceLevelLinks/>
            </div>
            <div class="field wide">
                <label for="journey-description">{move || texts().journey_description}</label>
                <textarea id="journey-description" rows="2"
                    prop:value=get(|j| j.description.clone())
                    on:change=move |ev| editor.apply(JourneyEdit::SetDescription(event_target_value(&ev)))/>
            </div>
            <div class="field">
                <label for="journey-relationship">{move || texts().journey_relationship}</label>
                <select id="journey-relationship" aria-describedby="relationship-help"
                    on:change=move |ev| {
                        let kind = match event_target_value(&ev).as_str() {
                            "cooperative" => RelationshipType::Cooperative,
                            "partnership" => RelationshipType::Partnership,
                            _ => RelationshipType::Basic,
                        };
                        editor.apply(JourneyEdit::SetRelationship(kind));
                    }>
                    {RelationshipType::ALL.into_iter().map(|r| {
                        let value = match r {
                            RelationshipType::Basic => "basic",
                            RelationshipType::Cooperative => "cooperative",
                            RelationshipType::Partnership => "partnership",
                        };
                        view! {
                            <option value=value prop:selected=move || relationship() == r>
                                {move || relationship_name(texts(), r)}
                            </option>
                        }
                    }).collect_view()}
                </select>
                <p class="hint" id="relationship-help">{move || relationship_help(texts(), relationship())}</p>
                <HelpLink concept=Concept::Relationships/>
            </div>
            <JourneyPersonas/>
            <div class="field">
                <label for="journey-state">{move || texts().journey_state}</label>
                <select id="journey-state"
                    on:change=move |ev| {
                        let state = if event_target_value(&ev) == "future" { JourneyState::Future } else { JourneyState::Current };
                        editor.apply(JourneyEdit::SetState(state));
                    }>
                    <option value="current" prop:selected=move || details.with(|d| d.state == JourneyState::Current)>
                        {move || texts().state_current}
                    </option>
                    <option value="future" prop:selected=move || details.with(|d| d.state == JourneyState::Future)>
                        {move || texts().state_future}
                    </option>
                </select>
            </div>
        </div>
    }
}
