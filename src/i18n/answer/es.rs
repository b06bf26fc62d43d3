//! The respondent's page, Spanish.

use super::AnswerTexts;

pub static TEXTS: AnswerTexts = AnswerTexts {
    survey_heading: "Encuestas Kano",
    answer_like: "Me gusta",
    answer_expect: "Lo doy por hecho",
    answer_neutral: "Me es indiferente",
    answer_tolerate: "Puedo tolerarlo",
    answer_dislike: "Me disgusta",
    importance_question: "¿Qué importancia le da a esta funcionalidad?",
    importance_low: "1 = ninguna",
    importance_high: "9 = muchísima",
    submit_answers: "Enviar respuestas",
    missing_answer_intro: "Hay que responder a todas las preguntas. Faltan:",
    thanks_heading: "¡Gracias!",
    thanks_body: "Solo falta enviar este código de respuesta a quien compartió el enlace: se puede copiar, descargar o enviar por correo. Las respuestas no se guardan en ningún otro sitio.",
    response_code_label: "Código de respuesta",
    copy_code: "Copiar código",
    code_copied: "Código copiado.",
    copy_failed: "No se pudo copiar. Seleccione el texto y cópielo a mano.",
    download_code: "Descargar como archivo",
    mail_code: "Enviar por correo",
    mail_subject: "Respuesta a la encuesta Kano",
    link_damaged: "Este enlace de encuesta está dañado o incompleto.",
    link_no_features: "Este enlace de encuesta no contiene preguntas. Pida el enlace de nuevo.",
    link_too_new: "Esta encuesta se creó con una versión más reciente de DSV Studio.",
    link_foreign: "Este no es un enlace de encuesta de DSV Studio.",
    link_help: "Pida un enlace nuevo a quien se lo envió.",
    progress: |n, m| format!("Pregunta {n} de {m}"),
    answered: |n, m| format!("{n} de {m} respondidas"),
    mail_body: |title, code| format!("Mi respuesta a «{title}»:\n\n{code}\n"),
};
