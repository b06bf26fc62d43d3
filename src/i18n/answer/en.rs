//! The respondent's page, English.

use super::AnswerTexts;

pub static TEXTS: AnswerTexts = AnswerTexts {
    survey_heading: "Kano surveys",
    answer_like: "I like it",
    answer_expect: "I expect it",
    answer_neutral: "I am neutral",
    answer_tolerate: "I can tolerate it",
    answer_dislike: "I dislike it",
    importance_question: "How important is this feature to you?",
    importance_low: "1 = not at all",
    importance_high: "9 = extremely",
    submit_answers: "Send answers",
    missing_answer_intro: "Please answer every question first. Still open:",
    thanks_heading: "Thank you!",
    thanks_body: "Send this response code to the person who gave you the link: copy it, download it, or e-mail it. Your answers are not stored anywhere else.",
    response_code_label: "Your response code",
    copy_code: "Copy code",
    code_copied: "Code copied.",
    copy_failed: "Could not copy. Select the text and copy it by hand.",
    download_code: "Download as a file",
    mail_code: "Send by e-mail",
    mail_subject: "Kano survey response",
    link_damaged: "This survey link is damaged or incomplete.",
    link_no_features: "This survey link holds no questions. Ask for the link again.",
    link_too_new: "This survey was made with a newer version of DSV Studio.",
    link_foreign: "This is not a DSV Studio survey link.",
    link_help: "Ask the person who sent it for a fresh link.",
    progress: |n, m| format!("Question {n} of {m}"),
    answered: |n, m| format!("{n} of {m} answered"),
    mail_body: |title, code| format!("My response to “{title}”:\n\n{code}\n"),
};
