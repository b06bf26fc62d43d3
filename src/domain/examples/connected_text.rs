//! The words of the connected example workspace that the single examples do not
//! already have: the sponsor's persona, the Kano survey of the workplace IT service
//! and the service itself, in each language.

use super::journey_text::PersonaText;
use super::services_text::{ReviewText, ServiceText};
use super::survey_text::SurveyText;

/// The words of the connected example in one language.
pub struct ConnectedText {
    /// The sponsor: the buyer of the service, beside the example's new employee.
    pub sponsor: PersonaText,
    pub survey: SurveyText,
    /// The service; its name is the journey's service, word for word.
    pub service: ServiceText,
}

/// The text for a language code; English for any other.
pub fn connected_text_for(lang: &str) -> &'static ConnectedText {
    match lang {
        "es" => &ES,
        "ru" => &RU,
        _ => &EN,
    }
}

static EN: ConnectedText = ConnectedText {
    sponsor: (
        "Helen Carter",
        "HR director who buys the service",
        &["New hires productive in their first week", "A predictable cost per employee"],
        &["Honest reports on onboarding", "One contact for every problem"],
        &["Green reports while new hires complain", "Chasing IT for every new starter"],
    ),
    survey: SurveyText {
        title: "Workplace IT: what matters to you?",
        introduction: "For each feature of our workplace IT service, tell us how you would feel if it were offered and if it were not. It takes about five minutes.",
        segment_question: "Which department do you work in?",
        segments: ["Finance", "Sales", "Operations", "IT"],
        features: [
            ("a working laptop on your first day", "Laptop imaged, accounts created and tested before you arrive."),
            ("self-service password reset", "Reset your password yourself, at any time, without calling."),
            ("a first response within one hour", "An agent looks at every ticket within an hour."),
            ("a replacement laptop the next working day", "A broken laptop is swapped by the next working day."),
            ("live chat with the service desk", "Chat with an agent from the portal."),
            ("a printed welcome pack", "A booklet about IT on your desk on the first day."),
            ("a quick-start card in your language", "How to sign in and set up MFA, in your own language."),
            ("a satisfaction survey after each ticket", "Three questions after every closed ticket."),
            ("a chatbot for simple requests", "A bot that handles simple requests at once."),
            ("software pre-approved for your role", "The tools your role needs, installed without waiting for approval."),
        ],
    },
    service: ServiceText {
        name: "Workplace IT",
        description: "Laptops, accounts, software and the service desk for every employee, from the first day on.",
        consumer: "HR and all employees",
        provider: "Workplace IT team",
        agreements: &[
            ("SLA-WIT-01", &["HR director (customer)", "Workplace IT service owner"]),
            ("OLA-SD-02", &["Workplace IT team", "Service desk team"]),
            ("UC-LOG-03", &["Workplace IT team", "Logistics partner"]),
        ],
        targets: &[
            ("Laptops delivered before the start date", "%"),
            ("First-contact resolution", "%"),
            ("Response time (priority 2)", "h"),
            ("Laptop delivery lead time", "days"),
        ],
        reviews: &[
            ReviewText {
                findings: "All targets met; the customer raised no complaints.",
                decisions: "Keep the targets; review again in six months.",
                consumer: &["HR director"],
                provider: &["Workplace IT service owner"],
            },
            ReviewText {
                findings: "Every target green all year, yet new employees' satisfaction fell to 2: laptops reach the office on time but are not set up, and accounts are missing on day one.",
                decisions: "Measure readiness on the first day instead of delivery; pre-stage laptops and accounts; ask new hires after their first week.",
                consumer: &["HR director", "Two new employees", "Hiring manager from sales"],
                provider: &["Workplace IT service owner", "Service desk manager", "Logistics partner account manager"],
            },
        ],
        improvements: &[
            (
                "Pre-stage laptops and accounts a week before the start date",
                "Workplace IT service owner",
                "New hires can work on their first day",
            ),
            (
                "Measure readiness on the first day, not delivery",
                "Service level manager",
                "A target that shows what new employees experience",
            ),
            (
                "Quick-start card in the employee's language",
                "Service desk manager",
                "Fewer password resets in the first week",
            ),
        ],
    },
};

static ES: ConnectedText = ConnectedText {
    sponsor: (
        "Carmen Ruiz",
        "Directora de RR. HH. que contrata el servicio",
        &["Nuevas incorporaciones productivas en su primera semana", "Un coste por empleado previsible"],
        &["Informes sinceros sobre las incorporaciones", "Un único contacto para cualquier problema"],
        &["Informes en verde mientras los recién llegados se quejan", "Perseguir a TI por cada nueva incorporación"],
    ),
    survey: SurveyText {
        title: "TI del puesto de trabajo: ¿qué es importante para usted?",
        introduction: "Para cada funcionalidad de nuestro servicio de TI del puesto de trabajo, díganos cómo se sentiría si se ofreciera y si no se ofreciera. Son unos cinco minutos.",
        segment_question: "¿En qué departamento trabaja?",
        segments: ["Finanzas", "Ventas", "Operaciones", "TI"],
        features: [
            ("un portátil que funcione el primer día", "Portátil con la imagen instalada y cuentas creadas y probadas antes de su llegada."),
            ("el restablecimiento de contraseña por autoservicio", "Restablezca su contraseña usted mismo, a cualquier hora, sin llamar."),
            ("una primera respuesta en menos de una hora", "Un agente revisa cada ticket en menos de una hora."),
            ("un portátil de sustitución al día laborable siguiente", "Un portátil averiado se cambia al día laborable siguiente."),
            ("el chat en directo con el centro de servicio", "Chatee con un agente desde el portal."),
            ("un paquete de bienvenida impreso", "Un folleto sobre TI en su mesa el primer día."),
            ("una tarjeta de inicio rápido en su idioma", "Cómo iniciar sesión y configurar la MFA, en su propio idioma."),
            ("una encuesta de satisfacción tras cada ticket", "Tres preguntas después de cada ticket cerrado."),
            ("un chatbot para solicitudes sencillas", "Un bot que atiende al momento las solicitudes sencillas."),
            ("el software aprobado de antemano para su puesto", "Las herramientas que su puesto necesita, instaladas sin esperar la aprobación."),
        ],
    },
    service: ServiceText {
        name: "TI del puesto de trabajo",
        description: "Portátiles, cuentas, software y centro de servicio para cada empleado desde el primer día.",
        consumer: "RR. HH. y todos los empleados",
        provider: "Equipo de TI del puesto de trabajo",
        agreements: &[
            ("SLA-WIT-01", &["Directora de RR. HH. (cliente)", "Propietario del servicio de TI del puesto de trabajo"]),
            ("OLA-SD-02", &["Equipo de TI del puesto de trabajo", "Equipo del centro de servicio"]),
            ("UC-LOG-03", &["Equipo de TI del puesto de trabajo", "Socio logístico"]),
        ],
        targets: &[
            ("Portátiles entregados antes de la incorporación", "%"),
            ("Resolución en el primer contacto", "%"),
            ("Tiempo de respuesta (prioridad 2)", "h"),
            ("Plazo de entrega de portátiles", "días"),
        ],
        reviews: &[
            ReviewText {
                findings: "Todos los objetivos cumplidos; el cliente no presentó quejas.",
                decisions: "Mantener los objetivos; volver a revisar dentro de seis meses.",
                consumer: &["Directora de RR. HH."],
                provider: &["Propietario del servicio de TI del puesto de trabajo"],
            },
            ReviewText {
                findings: "Todos los objetivos en verde todo el año, pero la satisfacción de los nuevos empleados bajó a 2: los portátiles llegan a tiempo a la oficina pero sin configurar, y faltan cuentas el primer día.",
                decisions: "Medir si todo está listo el primer día en lugar de la entrega; preparar portátiles y cuentas con antelación; preguntar a los recién llegados tras su primera semana.",
                consumer: &["Directora de RR. HH.", "Dos nuevos empleados", "Responsable de contratación de ventas"],
                provider: &["Propietario del servicio de TI del puesto de trabajo", "Responsable del centro de servicio", "Gestor de cuenta del socio logístico"],
            },
        ],
        improvements: &[
            (
                "Preparar portátiles y cuentas una semana antes de la incorporación",
                "Propietario del servicio de TI del puesto de trabajo",
                "Los recién llegados pueden trabajar el primer día",
            ),
            (
                "Medir si todo está listo el primer día, no la entrega",
                "Gestor de niveles de servicio",
                "Un objetivo que muestra lo que viven los nuevos empleados",
            ),
            (
                "Tarjeta de inicio rápido en el idioma del empleado",
                "Responsable del centro de servicio",
                "Menos restablecimientos de contraseña en la primera semana",
            ),
        ],
    },
};

static RU: ConnectedText = ConnectedText {
    sponsor: (
        "Елена Смирнова",
        "Директор по персоналу, заказчик услуги",
        &["Новички продуктивны в первую неделю", "Предсказуемая стоимость на сотрудника"],
        &["Честные отчёты об адаптации новичков", "Один контакт по любой проблеме"],
        &["Зелёные отчёты, пока новички жалуются", "Напоминать ИТ о каждом новом сотруднике"],
    ),
    survey: SurveyText {
        title: "ИТ рабочего места: что для вас важно?",
        introduction: "Для каждой возможности нашей услуги ИТ рабочего места скажите, что бы вы почувствовали, если бы она была и если бы её не было. Это займёт около пяти минут.",
        segment_question: "В каком отделе вы работаете?",
        segments: ["Финансы", "Продажи", "Операции", "ИТ"],
        features: [
            ("работающий ноутбук в первый день", "Образ установлен, учётные записи созданы и проверены до вашего прихода."),
            ("самостоятельный сброс пароля", "Сбросить пароль самому в любое время, без звонка."),
            ("первый ответ в течение часа", "Специалист смотрит каждое обращение в течение часа."),
            ("подменный ноутбук на следующий рабочий день", "Сломанный ноутбук меняют на следующий рабочий день."),
            ("чат с сервис-деском", "Переписка со специалистом прямо на портале."),
            ("печатный приветственный набор", "Брошюра об ИТ на вашем столе в первый день."),
            ("памятка на вашем языке", "Как войти в систему и настроить MFA — на вашем родном языке."),
            ("опрос удовлетворённости после каждого обращения", "Три вопроса после каждого закрытого обращения."),
            ("чат-бот для простых запросов", "Бот, который сразу выполняет простые запросы."),
            ("заранее одобренное ПО для вашей роли", "Программы, нужные вашей роли, ставятся без ожидания согласования."),
        ],
    },
    service: ServiceText {
        name: "ИТ рабочего места",
        description: "Ноутбуки, учётные записи, программы и сервис-деск для каждого сотрудника с первого дня.",
        consumer: "HR и все сотрудники",
        provider: "Команда ИТ рабочего места",
        agreements: &[
            ("SLA-WIT-01", &["Директор по персоналу (заказчик)", "Владелец услуги ИТ рабочего места"]),
            ("OLA-SD-02", &["Команда ИТ рабочего места", "Команда сервис-деска"]),
            ("UC-LOG-03", &["Команда ИТ рабочего места", "Логистический партнёр"]),
        ],
        targets: &[
            ("Ноутбуки доставлены до выхода сотрудника", "%"),
            ("Решение при первом обращении", "%"),
            ("Время реакции (приоритет 2)", "ч"),
            ("Срок доставки ноутбука", "дни"),
        ],
        reviews: &[
            ReviewText {
                findings: "Все целевые показатели выполнены; заказчик жалоб не высказывал.",
                decisions: "Оставить целевые показатели; следующий обзор через полгода.",
                consumer: &["Директор по персоналу"],
                provider: &["Владелец услуги ИТ рабочего места"],
            },
            ReviewText {
                findings: "Весь год все показатели зелёные, а удовлетворённость новых сотрудников упала до 2: ноутбуки приходят в офис вовремя, но не настроены, а учётных записей в первый день нет.",
                decisions: "Измерять готовность в первый день, а не доставку; готовить ноутбуки и учётные записи заранее; опрашивать новичков после первой недели.",
                consumer: &["Директор по персоналу", "Два новых сотрудника", "Руководитель из отдела продаж"],
                provider: &["Владелец услуги ИТ рабочего места", "Руководитель сервис-деска", "Менеджер логистического партнёра"],
            },
        ],
        improvements: &[
            (
                "Готовить ноутбуки и учётные записи за неделю до выхода",
                "Владелец услуги ИТ рабочего места",
                "Новички могут работать с первого дня",
            ),
            (
                "Измерять готовность в первый день, а не доставку",
                "Менеджер уровня услуг",
                "Показатель, который отражает опыт новых сотрудников",
            ),
            (
                "Памятка на языке сотрудника",
                "Руководитель сервис-деска",
                "Меньше сбросов пароля в первую неделю",
            ),
        ],
    },
};
