//! The design tab: title, introduction, respondent language, importance and segment
//! questions, the features with their two questions, and a live preview.

use super::survey_ctx::SurveyCtx;
use crate::domain::kano::{Feature, Survey, SurveyEdit};
use crate::domain::Id;
use crate::i18n::Lang;
use crate::ui::fresh_id::fresh_id;
use crate::ui::problem_text::survey_error;
use crate::ui::respondent::Questionnaire;
use crate::ui::state::use_texts;
use crate::ui::text_lines as lines;
use leptos::prelude::*;

/// The questionnaire editor.
#[component]
pub(super) fn DesignTab() -> impl IntoView {
    let texts = use_texts();
    let ctx = expect_context::<SurveyCtx>();
    let survey = ctx.survey;
    let read = move |f: fn(&Survey) -> String| {
        move || survey.with(|s| s.as_ref().map(f).unwrap_or_default())
    };
    let feature_ids = Memo::new(move |_| {
        survey.with(|s| {
            s.as_ref()
                .map(|s| s.features.iter().map(|f| f.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let errors = move || {
        let k = texts().kano;
        survey.with(|s| {
            s.as_ref().and_then(|s| s.validate().err()).map(|errors| {
                errors
                    .iter()
                    .map(|e| survey_error(k, e))
                    .collect::<Vec<_>>()
            })
        })
    };
    let add_feature = move |_| {
        ctx.edit(SurveyEdit::AddFeature {
            id: fresh_id("f"),
            base: texts().kano.new_feature.to_owned(),
        });
    };
    let segment_question = move || {
        survey.with(|s| {
            s.as_ref()
                .and_then(|s| s.segment_question.as_ref())
                .map(|q| q.question.clone())
                .unwrap_or_default()
        })
    };
    let segment_choices = move || {
        survey.with(|s| {
            s.as_ref()
                .and_then(|s| s.segment_question.as_ref())
                .map(|q| q.choices.join("\n"))
                .unwrap_or_default()
        })
    };
    let has_responses = move || ctx.responses.with(|r| !r.is_empty());

    view! {
        <section aria-labelledby="design-title">
            <h2 id="design-title">{move || texts().kano.design_heading}</h2>
            {move || errors().map(|errors| view! {
                <div class="notice notice-error" role="alert">
                    <ul>{errors.into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
                </div>
            })}
            <Show when=has_responses>
                <p class="notice">{move || texts().kano.responses_lock_note}</p>
            </Show>
            <div class="form-grid">
                <div class="field">
                    <label for="survey-title">{move || texts().kano.survey_title}</label>
                    <input id="survey-title" type="text" maxlength="120" prop:value=read(|s| s.title.clone())
                        on:change=move |ev| { let v = event_target_value(&ev); ctx.edit(SurveyEdit::SetTitle(v)) }/>
                </div>
                <div class="field">
                    <label for="survey-language">{move || texts().kano.survey_language}</label>
                    <select id="survey-language"
                        on:change=move |ev| { let v = event_target_value(&ev); ctx.edit(SurveyEdit::SetLanguage(v)) }>
                        {Lang::ALL.into_iter().map(|lang| view! {
                            <option value=lang.code() lang=lang.code()
                                prop:selected=move || survey.with(|s| s.as_ref().is_some_and(|s| s.language == lang.code()))>
                                {lang.native_name()}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field wide">
                    <label for="survey-intro">{move || texts().kano.survey_introduction}</label>
                    <textarea id="survey-intro" rows="3" maxlength="1000" prop:value=read(|s| s.introduction.clone())
                        on:change=move |ev| { let v = event_target_value(&ev); ctx.edit(SurveyEdit::SetIntroduction(v)) }/>
                </div>
                <label class="inline-check wide">
                    <input type="checkbox" prop:checked=move || survey.with(|s| s.as_ref().is_some_and(|s| s.ask_importance))
                        on:change=move |ev| { let v = event_target_checked(&ev); ctx.edit(SurveyEdit::SetAskImportance(v)) }/>
                    {move || texts().kano.ask_importance}
                </label>
                <div class="field">
                    <label for="segment-question">{move || texts().kano.segment_question}</label>
                    <input id="segment-question" type="text" maxlength="200"
                        placeholder=move || texts().kano.segment_question_hint
                        prop:value=segment_question
                        on:change=move |ev| ctx.edit(SurveyEdit::SetSegmentQuestion(event_target_value(&ev)))/>
                </div>
                <div class="field">
                    <label for="segment-choices">{move || texts().kano.segment_choices}</label>
                    <textarea id="segment-choices" rows="3" aria-describedby="segment-choices-hint"
                        prop:value=segment_choices
                        on:change=move |ev| ctx.edit(SurveyEdit::SetSegmentChoices(lines(&event_target_value(&ev))))/>
                    <p class="hint" id="segment-choices-hint">{move || texts().kano.segment_choices_hint}</p>
                </div>
            </div>
        </section>
        <section aria-labelledby="features-title">
            <h2 id="features-title">{move || texts().kano.features_heading}</h2>
            <Show when=move || feature_ids.with(Vec::is_empty)>
                <p class="empty">{move || texts().kano.no_features}</p>
            </Show>
            <ol class="feature-list">
                <For
                    each=move || feature_ids.get().into_iter().enumerate()
                    key=|(index, id)| (id.clone(), *index)
                    children=move |(index, id)| view! { <FeatureEditor id index/> }
                />
            </ol>
            <button on:click=add_feature>{move || texts().kano.add_feature}</button>
        </section>
        <section class="preview" aria-labelledby="preview-title">
            <h2 id="preview-title">{move || texts().kano.preview_heading}</h2>
            <p class="hint">{move || texts().kano.preview_note}</p>
            {move || survey.get().map(|survey| view! { <Questionnaire survey preview=true on_submit=Callback::new(|_| ())/> })}
        </section>
    }
}

/// One feature: name, description, both questions, and its actions.
#[component]
fn FeatureEditor(id: Id, index: usize) -> impl IntoView {
    let texts = use_texts();
    let ctx = expect_context::<SurveyCtx>();
    let feature = {
        let id = id.clone();
        Memo::new(move |_| {
            ctx.survey.with(|s| {
                s.as_ref().and_then(|s| {
                    let f = s.feature(&id)?;
                    Some((
                        f.clone(),
                        s.functional_question(f),
                        s.dysfunctional_question(f),
                    ))
                })
            })
        })
    };
    let change = {
        let id = id.clone();
        move |edit: fn(Id, String) -> SurveyEdit, text: String| ctx.edit(edit(id.clone(), text))
    };
    let read = move |f: fn(&(Feature, String, String)) -> String| {
        move || feature.with(|x| x.as_ref().map(f).unwrap_or_default())
    };
    let name = read(|x| x.0.name.clone());
    let dom = |lane: &str| format!("{lane}-{id}");
    let (c1, c2, c3, c4, c5) = (
        change.clone(),
        change.clone(),
        change.clone(),
        change.clone(),
        change,
    );
    let delete = {
        let id = id.clone();
        move |_| ctx.edit(SurveyEdit::DeleteFeature(id.clone()))
    };
    view! {
        <li class="card feature-editor">
            <h3>{move || (texts().kano.feature_heading)(index + 1)}</h3>
            <div class="form-grid">
                <div class="field">
                    <label for=dom("name")>{move || texts().kano.feature_name}</label>
                    <input id=dom("name") type="text" maxlength="80" prop:value=name
                        on:change=move |ev| { let v = event_target_value(&ev); c1(|feature, name| SurveyEdit::SetFeatureName { feature, name }, v) }/>
                </div>
                <div class="field">
                    <label for=dom("desc")>{move || texts().kano.feature_description}</label>
                    <input id=dom("desc") type="text" maxlength="300" prop:value=read(|x| x.0.description.clone())
                        on:change=move |ev| { let v = event_target_value(&ev); c2(|feature, text| SurveyEdit::SetFeatureDescription { feature, text }, v) }/>
                </div>
                <div class="field wide">
                    <label for=dom("fq")>{move || texts().kano.functional_question}</label>
                    <input id=dom("fq") type="text" maxlength="200" prop:value=read(|x| x.1.clone())
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            c3(|feature, text| SurveyEdit::SetFunctionalQuestion { feature, text }, v)
                        }/>
                </div>
                <div class="field wide">
                    <label for=dom("dq")>{move || texts().kano.dysfunctional_question}</label>
                    <input id=dom("dq") type="text" maxlength="200" prop:value=read(|x| x.2.clone())
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            c4(|feature, text| SurveyEdit::SetDysfunctionalQuestion { feature, text }, v)
                        }/>
                </div>
            </div>
            <div class="actions">
                <button on:click=move |_| c5(|feature, _| SurveyEdit::RegenerateQuestions(feature), String::new())>
                    {move || texts().kano.regenerate_questions}
                </button>
                <button class="danger" on:click=delete aria-label=move || (texts().kano.delete_feature)(&name())>
                    {move || texts().delete}
                </button>
            </div>
        </li>
    }
}
