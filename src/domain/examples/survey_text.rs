//! The words of the example Kano survey in each language.

/// Every word of the example survey in one language.
pub struct SurveyText {
    pub title: &'static str,
    pub introduction: &'static str,
    pub segment_question: &'static str,
    pub segments: [&'static str; 4],
    /// Name and description of each feature.
    pub features: [(&'static str, &'static str); 10],
}

/// The text for a language code; English for any other.
pub fn survey_text_for(lang: &str) -> &'static SurveyText {
    match lang {
        "es" => &ES,
        "ru" => &RU,
        _ => &EN,
    }
}

const EN: SurveyText = SurveyText {
    title: "IT service desk: what matters to you?",
    introduction: "For each feature, tell us how you would feel if the service desk offered it and if it did not. It takes about five minutes.",
    segment_question: "Which department do you work in?",
    segments: ["Finance", "Sales", "Operations", "IT"],
    features: [
        ("self-service password reset", "Reset your password yourself, at any time, without calling."),
        ("ticket status updates", "An e-mail whenever your ticket changes status."),
        ("a 24/7 phone line", "Someone answers the phone at any hour."),
        ("a first response within one hour", "An agent looks at every ticket within an hour."),
        ("live chat with an agent", "Chat with an agent from the portal."),
        ("a searchable knowledge base", "Step-by-step answers to common questions."),
        ("proactive outage notices", "A message before you notice that a service is down."),
        ("a satisfaction survey after each ticket", "Three questions after every closed ticket."),
        ("a chatbot for simple requests", "A bot that handles simple requests at once."),
        ("remote fixes on your laptop", "An agent fixes your laptop remotely while you watch."),
    ],
};

const ES: SurveyText = SurveyText {
    title: "Centro de servicio de TI: ¿qué es importante para usted?",
    introduction: "Para cada funcionalidad, díganos cómo se sentiría si el centro de servicio la ofreciera y si no la ofreciera. Tarda unos cinco minutos.",
    segment_question: "¿En qué departamento trabaja?",
    segments: ["Finanzas", "Ventas", "Operaciones", "TI"],
    features: [
        ("el restablecimiento de contraseña en autoservicio", "Restablezca su contraseña usted mismo, a cualquier hora, sin llamar."),
        ("los avisos de estado del ticket", "Un correo cada vez que su ticket cambia de estado."),
        ("una línea telefónica 24/7", "Alguien contesta el teléfono a cualquier hora."),
        ("una primera respuesta en menos de una hora", "Un agente revisa cada ticket en menos de una hora."),
        ("el chat en vivo con un agente", "Chatee con un agente desde el portal."),
        ("una base de conocimiento con buscador", "Respuestas paso a paso a las preguntas frecuentes."),
        ("los avisos proactivos de incidencias", "Un mensaje antes de que note que un servicio no funciona."),
        ("una encuesta de satisfacción tras cada ticket", "Tres preguntas tras cada ticket cerrado."),
        ("un chatbot para solicitudes sencillas", "Un bot que atiende al momento las solicitudes sencillas."),
        ("la reparación remota de su portátil", "Un agente repara su portátil a distancia mientras usted lo ve."),
    ],
};

const RU: SurveyText = SurveyText {
    title: "Служба поддержки ИТ: что для вас важно?",
    introduction: "Для каждой функции расскажите, что бы вы почувствовали, если бы служба поддержки её предлагала и если бы не предлагала. Это займёт около пяти минут.",
    segment_question: "В каком подразделении вы работаете?",
    segments: ["Финансы", "Продажи", "Операции", "ИТ"],
    features: [
        ("самостоятельный сброс пароля", "Сбросьте пароль сами, в любое время, без звонка."),
        ("уведомления о статусе заявки", "Письмо при каждом изменении статуса заявки."),
        ("круглосуточная телефонная линия", "На звонок отвечают в любое время суток."),
        ("первый ответ в течение часа", "Специалист просматривает каждую заявку в течение часа."),
        ("онлайн-чат со специалистом", "Чат со специалистом прямо на портале."),
        ("база знаний с поиском", "Пошаговые ответы на частые вопросы."),
        ("упреждающие уведомления о сбоях", "Сообщение о сбое раньше, чем вы его заметите."),
        ("опрос удовлетворённости после каждой заявки", "Три вопроса после каждой закрытой заявки."),
        ("чат-бот для простых запросов", "Бот, который сразу выполняет простые запросы."),
        ("удалённое исправление неполадок ноутбука", "Специалист чинит ноутбук удалённо, а вы наблюдаете."),
    ],
};
