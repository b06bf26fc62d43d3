//! The respondent's page, Russian.

use super::AnswerTexts;

pub static TEXTS: AnswerTexts = AnswerTexts {
    survey_heading: "Опросы Кано",
    answer_like: "Мне нравится",
    answer_expect: "Так и должно быть",
    answer_neutral: "Мне всё равно",
    answer_tolerate: "Могу смириться",
    answer_dislike: "Мне не нравится",
    importance_question: "Насколько важна для вас эта функция?",
    importance_low: "1 = совсем не важна",
    importance_high: "9 = крайне важна",
    submit_answers: "Отправить ответы",
    missing_answer_intro: "Пожалуйста, ответьте на все вопросы. Пока без ответа:",
    thanks_heading: "Спасибо!",
    thanks_body: "Отправьте этот код ответа тому, кто дал вам ссылку: скопируйте, скачайте или отправьте его по почте. Больше ваши ответы нигде не хранятся.",
    response_code_label: "Ваш код ответа",
    copy_code: "Копировать код",
    code_copied: "Код скопирован.",
    copy_failed: "Не удалось скопировать. Выделите текст и скопируйте его вручную.",
    download_code: "Скачать файлом",
    mail_code: "Отправить по почте",
    mail_subject: "Ответ на опрос Кано",
    link_damaged: "Ссылка на опрос повреждена или неполна.",
    link_no_features: "В этой ссылке на опрос нет вопросов. Попросите ссылку ещё раз.",
    link_too_new: "Этот опрос создан в более новой версии DSV Studio.",
    link_foreign: "Это не ссылка на опрос DSV Studio.",
    link_help: "Попросите у отправителя новую ссылку.",
    progress: |n, m| format!("Вопрос {n} из {m}"),
    answered: |n, m| format!("Отвечено: {n} из {m}"),
    mail_body: |title, code| format!("Мой ответ на опрос «{title}»:\n\n{code}\n"),
};
