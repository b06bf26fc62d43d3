//! The questionnaire as a respondent sees it, in the survey's language: progress,
//! each feature's two questions as large answer buttons, the optional importance
//! and segment questions, and a submit that points at what is still unanswered.

use crate::domain::bounded::Importance;
use crate::domain::kano::{FeatureAnswer, KanoAnswer, Response, Survey};
use crate::i18n::{format_number, AnswerTexts, Lang};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// One feature's answers so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Draft {
    functional: Option<KanoAnswer>,
    dysfunctional: Option<KanoAnswer>,
    importance: Option<u8>,
}

/// Which of a feature's two Kano questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Question {
    /// "If the product has this feature…"
    Functional,
    /// "If the product does not have this feature…"
    Dysfunctional,
}

impl Draft {
    /// The answer given to `q`, if any.
    fn answer(&self, q: Question) -> Option<KanoAnswer> {
        match q {
            Question::Functional => self.functional,
            Question::Dysfunctional => self.dysfunctional,
        }
    }

    /// Records `answer` to `q`.
    fn set_answer(&mut self, q: Question, answer: KanoAnswer) {
        match q {
            Question::Functional => self.functional = Some(answer),
            Question::Dysfunctional => self.dysfunctional = Some(answer),
        }
    }
}

/// The filled questionnaire of `survey`. `on_submit` receives the answers as a
/// [`Response`] whose respondent id the caller sets. `form_id` keeps element ids
/// apart when a page holds more than one questionnaire.
#[component]
pub fn Questionnaire(
    survey: Survey,
    #[prop(optional)] preview: bool,
    on_submit: Callback<Response>,
) -> impl IntoView {
    let lang = Lang::from_code(&survey.language).unwrap_or_default();
    let k: &'static AnswerTexts = lang.answer_texts();
    let prefix = if preview { "preview" } else { "answer" };
    let count = survey.features.len();
    let drafts = RwSignal::new(vec![Draft::default(); count]);
    let segment = RwSignal::new(None::<usize>);
    let missing = RwSignal::new(Vec::<String>::new());
    let ask_importance = survey.ask_importance;
    let done = move |d: &Draft| {
        d.functional.is_some()
            && d.dysfunctional.is_some()
            && (!ask_importance || d.importance.is_some())
    };
    let answered = move || drafts.with(|d| d.iter().filter(|x| done(x)).count());
    let num = move |n: usize| format_number(lang, n as f64, 0);

    let survey = StoredValue::new(survey);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (open, first) = survey.with_value(|s| {
            let mut open = Vec::new();
            let mut first = None;
            drafts.with_untracked(|d| {
                for (i, (f, draft)) in s.features.iter().zip(d).enumerate() {
                    if !done(draft) {
                        open.push(f.name.clone());
                        first.get_or_insert(format!("{prefix}-feature-{i}"));
                    }
                }
            });
            if let Some(q) = &s.segment_question {
                if segment.get_untracked().is_none() && !q.choices.is_empty() {
                    open.push(q.question.clone());
                    first.get_or_insert(format!("{prefix}-segment"));
                }
            }
            (open, first)
        });
        missing.set(open);
        if let Some(first) = first {
            focus_first_input(&first);
            return;
        }
        let response = survey.with_value(|s| Response {
            respondent: String::new(),
            segment: s.segment_question.as_ref().and_then(|q| {
                segment
                    .get_untracked()
                    .and_then(|i| q.choices.get(i).cloned())
            }),
            answers: drafts.with_untracked(|d| {
                s.features
                    .iter()
                    .zip(d)
                    .filter_map(|(f, draft)| {
                        Some(FeatureAnswer {
                            feature_id: f.id.clone(),
                            functional: draft.functional?,
                            dysfunctional: draft.dysfunctional?,
                            importance: draft
                                .importance
                                .and_then(|i| Importance::new(i64::from(i)).ok()),
                        })
                    })
                    .collect()
            }),
        });
        on_submit.run(response);
    };

    let (title, intro, features, segment_question) = survey.with_value(|s| {
        (
            s.title.clone(),
            s.introduction.clone(),
            s.features
                .iter()
                .map(|f| {
                    (
                        f.name.clone(),
                        f.description.clone(),
                        s.functional_question(f),
                        s.dysfunctional_question(f),
                    )
                })
                .collect::<Vec<_>>(),
            s.segment_question.clone(),
        )
    });
    let answers = [
        (KanoAnswer::Like, k.answer_like),
        (KanoAnswer::Expect, k.answer_expect),
        (KanoAnswer::Neutral, k.answer_neutral),
        (KanoAnswer::Tolerate, k.answer_tolerate),
        (KanoAnswer::Dislike, k.answer_dislike),
    ];
    let choice_group = move |i: usize, which: Question, question: String| {
        let n = match which {
            Question::Functional => 0,
            Question::Dysfunctional => 1,
        };
        let name = format!("{prefix}-{i}-{n}");
        let question_id = format!("{name}-q");
        let labelled_by = question_id.clone();
        view! {
            <div class="kano-question" role="radiogroup" aria-labelledby=labelled_by>
                <p class="question" id=question_id>{question}</p>
                <div class="answer-buttons">
                    {answers.into_iter().map(|(answer, label)| {
                        let checked = move || drafts.with(|d| {
                            d.get(i).and_then(|x| x.answer(which)) == Some(answer)
                        });
                        view! {
                            <label class="answer-button" class:chosen=checked>
                                <input type="radio" name=name.clone() prop:checked=checked
                                    on:change=move |_| drafts.update(|d| if let Some(x) = d.get_mut(i) {
                                        x.set_answer(which, answer)
                                    })/>
                                <span>{label}</span>
                            </label>
                        }
                    }).collect_view()}
                </div>
            </div>
        }
    };
    let importance_group = move |i: usize| {
        let name = format!("{prefix}-{i}-importance");
        let question_id = format!("{name}-q");
        let labelled_by = question_id.clone();
        view! {
            <div class="kano-question" role="radiogroup" aria-labelledby=labelled_by>
                <p class="question" id=question_id>{k.importance_question}</p>
                <div class="importance-scale">
                    {(1u8..=9).map(|v| {
                        let checked = move || drafts.with(|d| d.get(i).and_then(|x| x.importance) == Some(v));
                        view! {
                            <label class="answer-button importance" class:chosen=checked>
                                <input type="radio" name=name.clone() prop:checked=checked
                                    on:change=move |_| drafts.update(|d| if let Some(x) = d.get_mut(i) { x.importance = Some(v) })/>
                                <span>{v.to_string()}</span>
                            </label>
                        }
                    }).collect_view()}
                </div>
                <p class="hint scale-ends"><span>{k.importance_low}</span><span>{k.importance_high}</span></p>
            </div>
        }
    };

    view! {
        <form class="questionnaire" lang=lang.code() novalidate on:submit=submit>
            <h2 class="q-title">{title}</h2>
            {(!intro.is_empty()).then(|| view! {
                <div class="q-intro">{crate::ui::text_lines(&intro).into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}</div>
            })}
            <div class="q-progress" aria-live="polite">
                <progress max=count.to_string() prop:value=move || answered() as f64></progress>
                <span>{move || (k.answered)(&num(answered()), &num(count))}</span>
            </div>
            {segment_question.filter(|q| !q.choices.is_empty()).map(|q| {
                let name = format!("{prefix}-segment");
                view! {
                    <fieldset class="q-feature" id=name.clone()>
                        <legend>{q.question.clone()}</legend>
                        <div class="answer-buttons">
                            {q.choices.iter().enumerate().map(|(c, choice)| {
                                let checked = move || segment.get() == Some(c);
                                view! {
                                    <label class="answer-button" class:chosen=checked>
                                        <input type="radio" name=name.clone() prop:checked=checked on:change=move |_| segment.set(Some(c))/>
                                        <span>{choice.clone()}</span>
                                    </label>
                                }
                            }).collect_view()}
                        </div>
                    </fieldset>
                }
            })}
            {features.into_iter().enumerate().map(|(i, (name, description, functional, dysfunctional))| view! {
                <fieldset class="q-feature" id=format!("{prefix}-feature-{i}")>
                    <legend>
                        <span class="q-step">{(k.progress)(&num(i + 1), &num(count))}</span>
                        <span class="q-name">{name}</span>
                    </legend>
                    {(!description.is_empty()).then(|| view! { <p class="q-description">{description}</p> })}
                    {choice_group(i, Question::Functional, functional)}
                    {choice_group(i, Question::Dysfunctional, dysfunctional)}
                    {ask_importance.then(|| importance_group(i))}
                </fieldset>
            }).collect_view()}
            {move || {
                let open = missing.get();
                (!open.is_empty()).then(|| view! {
                    <div class="notice notice-error" role="alert">
                        <p>{k.missing_answer_intro}</p>
                        <ul>{open.into_iter().map(|name| view! { <li>{name}</li> }).collect_view()}</ul>
                    </div>
                })
            }}
            <button type="submit" class="primary big" disabled=preview>{k.submit_answers}</button>
        </form>
    }
}

/// Scrolls to the fieldset `id` and focuses its first answer.
fn focus_first_input(id: &str) {
    let input = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.query_selector("input").ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(input) = input {
        let _ = input.focus();
    }
}
