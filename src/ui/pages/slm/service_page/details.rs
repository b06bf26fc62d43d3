//! The details of the page's service: name, consumer, provider, relationship,
//! description and whether it is tailored.

use super::super::service_context::{problem_view, Ctx, Problem};
use crate::domain::slm::{Service, ServiceEdit};
use crate::domain::RelationshipType;
use crate::ui::concepts::{Concept, HelpLink};
use crate::ui::labels::relationship_name;
use crate::ui::state::use_texts;
use leptos::prelude::*;

/// The details section of the page's service.
#[component]
pub(super) fn Details() -> impl IntoView {
    let texts = use_texts();
    let ctx = expect_context::<Ctx>();
    let problem: Problem = RwSignal::new(None);
    let read = move |f: fn(&Service) -> String| {
        move || ctx.service.with(|s| s.as_ref().map(f).unwrap_or_default())
    };
    let text_field = move |id: &'static str,
                           label: fn(&crate::i18n::SlmTexts) -> &'static str,
                           get: fn(&Service) -> String,
                           edit: fn(String) -> ServiceEdit| {
        view! {
            <div class="field">
                <label for=id>{move || label(texts().slm)}</label>
                <input id=id type="text" maxlength="200" prop:value=read(get)
                    on:change=move |ev| { ctx.apply(edit(event_target_value(&ev)), problem); }/>
            </div>
        }
    };
    let rel = [
        RelationshipType::Basic,
        RelationshipType::Cooperative,
        RelationshipType::Partnership,
    ];
    view! {
        <section aria-labelledby="details-title">
            <h2 id="details-title">{move || texts().slm.details_heading}</h2>
            {problem_view(problem)}
            <div class="form-grid">
                {text_field("svc-name", |t| t.service_name, |s| s.name.clone(), ServiceEdit::SetName)}
                {text_field("svc-consumer", |t| t.service_consumer, |s| s.consumer.clone(), ServiceEdit::SetConsumer)}
                {text_field("svc-provider", |t| t.service_provider, |s| s.provider.clone(), ServiceEdit::SetProvider)}
                <div class="field">
                    <label for="svc-rel">{move || texts().slm.service_relationship}</label>
                    <select id="svc-rel" on:change=move |ev| {
                        let i: usize = event_target_value(&ev).parse().unwrap_or(0);
                        if let Some(r) = rel.get(i) { ctx.apply(ServiceEdit::SetRelationship(*r), problem); }
                    }>
                        {rel.iter().enumerate().map(|(i, r)| {
                            let r = *r;
                            view! { <option value=i.to_string() prop:selected=move || ctx.service.with(|s| s.as_ref().is_some_and(|s| s.relationship == r))>{move || relationship_name(texts(), r)}</option> }
                        }).collect_view()}
                    </select>
                    <HelpLink concept=Concept::Relationships/>
                </div>
                <div class="field wide">
                    <label for="svc-desc">{move || texts().slm.service_description}</label>
                    <textarea id="svc-desc" rows="2" prop:value=read(|s| s.description.clone())
                        on:change=move |ev| { ctx.apply(ServiceEdit::SetDescription(event_target_value(&ev)), problem); }/>
                </div>
                <label class="inline-check wide">
                    <input type="checkbox" prop:checked=move || ctx.service.with(|s| s.as_ref().is_some_and(|s| s.tailored))
                        on:change=move |ev| { ctx.apply(ServiceEdit::SetTailored(event_target_checked(&ev)), problem); }/>
                    {move || texts().slm.service_tailored}
                </label>
            </div>
        </section>
    }
}
