//! The words of the example services in each language.

/// Metric name and unit of one target.
pub type TargetText = (&'static str, &'static str);

/// A review's findings, decisions and participants (consumer side, provider side).
pub struct ReviewText {
    pub findings: &'static str,
    pub decisions: &'static str,
    pub consumer: &'static [&'static str],
    pub provider: &'static [&'static str],
}

/// An improvement's title, owner and expected benefit.
pub type ImprovementText = (&'static str, &'static str, &'static str);

/// Every word of one example service.
pub struct ServiceText {
    pub name: &'static str,
    pub description: &'static str,
    pub consumer: &'static str,
    pub provider: &'static str,
    /// Name and parties of each agreement.
    pub agreements: &'static [(&'static str, &'static [&'static str])],
    pub targets: &'static [TargetText],
    pub reviews: &'static [ReviewText],
    pub improvements: &'static [ImprovementText],
}

/// The three services in a language (`en`, `es`, `ru`; English for any other).
pub fn text_for(lang: &str) -> &'static [ServiceText; 3] {
    match lang {
        "es" => &ES,
        "ru" => &RU,
        _ => &EN,
    }
}

const EN: [ServiceText; 3] = [
    ServiceText {
        name: "E-mail",
        description: "Corporate e-mail and calendars for all staff, off the shelf.",
        consumer: "All business units",
        provider: "IT operations",
        agreements: &[
            ("SLA-001", &["Chief operating officer", "Head of IT operations"]),
            ("UC-MAIL-7", &["IT operations", "Cloud mail provider"]),
        ],
        targets: &[
            ("Availability", "%"),
            ("Incident response time", "h"),
            ("Provider availability", "%"),
        ],
        reviews: &[ReviewText {
            findings: "Availability met except one month with a storage failure; users satisfied.",
            decisions: "Keep targets; move maintenance to Sunday night.",
            consumer: &["Chief operating officer", "Office managers' representative"],
            provider: &["E-mail service owner", "Cloud provider account manager"],
        }],
        improvements: &[(
            "Move planned maintenance to Sunday 02:00-04:00",
            "E-mail service owner",
            "No maintenance during Saturday shifts in the warehouses",
        )],
    },
    ServiceText {
        name: "Service desk",
        description: "Single point of contact for incidents and requests, by phone, chat and portal.",
        consumer: "All staff",
        provider: "Service desk team",
        agreements: &[
            ("SLA-SD-01", &["HR director (customer)", "Service desk manager"]),
            ("OLA-NET-02", &["Service desk team", "Network team"]),
        ],
        targets: &[
            ("First-contact resolution", "%"),
            ("Response time (priority 2)", "h"),
            ("Network ticket resolution", "days"),
        ],
        reviews: &[
            ReviewText {
                findings: "All targets met; no complaints raised by the customer.",
                decisions: "Renew the SLA unchanged.",
                consumer: &["HR director"],
                provider: &["Service desk manager"],
            },
            ReviewText {
                findings: "Dashboards green all year, yet user satisfaction fell below 3: tickets are closed fast but problems come back, and the portal sends users in circles.",
                decisions: "Measure reopened tickets and user effort; review the closure rules with users.",
                consumer: &["HR director", "Two users from finance", "Plant supervisor"],
                provider: &["Service desk manager", "Service owner", "Knowledge manager"],
            },
        ],
        improvements: &[
            (
                "Add a reopen rate and a user effort score to the SLA",
                "Service owner",
                "Targets that show what users experience",
            ),
            (
                "Write knowledge articles for the 20 most frequent requests",
                "Knowledge manager",
                "Fewer repeat contacts; users solve simple issues themselves",
            ),
            (
                "Close tickets only after the user confirms",
                "Service desk manager",
                "Fewer tickets closed without a solution",
            ),
        ],
    },
    ServiceText {
        name: "Payroll",
        description: "Monthly payroll run and payslips, tailored to the company's collective agreement.",
        consumer: "Human resources",
        provider: "Payroll team and payroll software supplier",
        agreements: &[("SLA-PAY-01", &["HR director", "Finance shared services manager"])],
        targets: &[
            ("Payroll run on time", "%"),
            ("Payslip accuracy", "%"),
            ("Query resolution time", "days"),
        ],
        reviews: &[ReviewText {
            findings: "New tax rules from January handled without errors; queries answered in time.",
            decisions: "Add a test run before each change of tax rules.",
            consumer: &["HR director", "Works council member"],
            provider: &["Payroll team lead", "Supplier consultant"],
        }],
        improvements: &[(
            "Agree an OLA with the HR data team for starter and leaver data",
            "Payroll team lead",
            "Fewer corrections after the payroll run",
        )],
    },
];

const ES: [ServiceText; 3] = [
    ServiceText {
        name: "Correo electrónico",
        description: "Correo y calendarios corporativos para todo el personal, servicio estándar.",
        consumer: "Todas las unidades de negocio",
        provider: "Operaciones de TI",
        agreements: &[
            ("SLA-001", &["Director de operaciones", "Responsable de operaciones de TI"]),
            ("UC-MAIL-7", &["Operaciones de TI", "Proveedor de correo en la nube"]),
        ],
        targets: &[
            ("Disponibilidad", "%"),
            ("Tiempo de respuesta a incidentes", "h"),
            ("Disponibilidad del proveedor", "%"),
        ],
        reviews: &[ReviewText {
            findings: "Disponibilidad cumplida salvo un mes con un fallo de almacenamiento; usuarios satisfechos.",
            decisions: "Mantener los objetivos; pasar el mantenimiento a la noche del domingo.",
            consumer: &["Director de operaciones", "Representante de los responsables de oficina"],
            provider: &["Responsable del servicio de correo", "Gestor de cuenta del proveedor"],
        }],
        improvements: &[(
            "Pasar el mantenimiento planificado al domingo 02:00-04:00",
            "Responsable del servicio de correo",
            "Sin mantenimiento durante los turnos del sábado en los almacenes",
        )],
    },
    ServiceText {
        name: "Centro de servicio al usuario",
        description: "Punto único de contacto para incidencias y solicitudes por teléfono, chat y portal.",
        consumer: "Todo el personal",
        provider: "Equipo del centro de servicio",
        agreements: &[
            ("SLA-SD-01", &["Directora de RR. HH. (cliente)", "Responsable del centro de servicio"]),
            ("OLA-NET-02", &["Equipo del centro de servicio", "Equipo de redes"]),
        ],
        targets: &[
            ("Resolución en el primer contacto", "%"),
            ("Tiempo de respuesta (prioridad 2)", "h"),
            ("Resolución de tickets de red", "días"),
        ],
        reviews: &[
            ReviewText {
                findings: "Todos los objetivos cumplidos; el cliente no presentó quejas.",
                decisions: "Renovar el SLA sin cambios.",
                consumer: &["Directora de RR. HH."],
                provider: &["Responsable del centro de servicio"],
            },
            ReviewText {
                findings: "Indicadores en verde todo el año, pero la satisfacción de los usuarios bajó de 3: los tickets se cierran rápido pero los problemas vuelven y el portal hace dar vueltas a los usuarios.",
                decisions: "Medir los tickets reabiertos y el esfuerzo del usuario; revisar con los usuarios las reglas de cierre.",
                consumer: &["Directora de RR. HH.", "Dos usuarios de finanzas", "Supervisor de planta"],
                provider: &["Responsable del centro de servicio", "Propietario del servicio", "Gestor del conocimiento"],
            },
        ],
        improvements: &[
            (
                "Añadir al SLA la tasa de reapertura y el esfuerzo del usuario",
                "Propietario del servicio",
                "Objetivos que muestran lo que viven los usuarios",
            ),
            (
                "Redactar artículos de conocimiento para las 20 solicitudes más frecuentes",
                "Gestor del conocimiento",
                "Menos contactos repetidos; los usuarios resuelven solos lo sencillo",
            ),
            (
                "Cerrar tickets solo tras la confirmación del usuario",
                "Responsable del centro de servicio",
                "Menos tickets cerrados sin solución",
            ),
        ],
    },
    ServiceText {
        name: "Nóminas",
        description: "Cálculo mensual de la nómina y recibos, adaptado al convenio colectivo de la empresa.",
        consumer: "Recursos humanos",
        provider: "Equipo de nóminas y proveedor del software de nóminas",
        agreements: &[("SLA-PAY-01", &["Directora de RR. HH.", "Responsable de servicios compartidos de finanzas"])],
        targets: &[
            ("Nómina a tiempo", "%"),
            ("Exactitud de los recibos", "%"),
            ("Tiempo de resolución de consultas", "días"),
        ],
        reviews: &[ReviewText {
            findings: "Las nuevas normas fiscales de enero se aplicaron sin errores; consultas respondidas a tiempo.",
            decisions: "Hacer una ejecución de prueba antes de cada cambio de normas fiscales.",
            consumer: &["Directora de RR. HH.", "Miembro del comité de empresa"],
            provider: &["Jefe del equipo de nóminas", "Consultor del proveedor"],
        }],
        improvements: &[(
            "Acordar un OLA con el equipo de datos de RR. HH. para altas y bajas",
            "Jefe del equipo de nóminas",
            "Menos correcciones después del cálculo de la nómina",
        )],
    },
];

const RU: [ServiceText; 3] = [
    ServiceText {
        name: "Электронная почта",
        description: "Корпоративная почта и календари для всех сотрудников, типовая услуга.",
        consumer: "Все бизнес-подразделения",
        provider: "ИТ-эксплуатация",
        agreements: &[
            ("SLA-001", &["Операционный директор", "Руководитель ИТ-эксплуатации"]),
            ("UC-MAIL-7", &["ИТ-эксплуатация", "Облачный почтовый провайдер"]),
        ],
        targets: &[
            ("Доступность", "%"),
            ("Время реакции на инцидент", "ч"),
            ("Доступность у провайдера", "%"),
        ],
        reviews: &[ReviewText {
            findings: "Доступность выдержана, кроме одного месяца со сбоем хранилища; пользователи довольны.",
            decisions: "Цели сохранить; перенести обслуживание на ночь на воскресенье.",
            consumer: &["Операционный директор", "Представитель офис-менеджеров"],
            provider: &["Владелец почтовой услуги", "Менеджер провайдера"],
        }],
        improvements: &[(
            "Перенести плановое обслуживание на воскресенье 02:00-04:00",
            "Владелец почтовой услуги",
            "Нет обслуживания во время субботних смен на складах",
        )],
    },
    ServiceText {
        name: "Сервис-деск",
        description: "Единая точка контакта по инцидентам и запросам: телефон, чат и портал.",
        consumer: "Все сотрудники",
        provider: "Команда сервис-деска",
        agreements: &[
            ("SLA-SD-01", &["Директор по персоналу (заказчик)", "Руководитель сервис-деска"]),
            ("OLA-NET-02", &["Команда сервис-деска", "Сетевая команда"]),
        ],
        targets: &[
            ("Решение при первом обращении", "%"),
            ("Время реакции (приоритет 2)", "ч"),
            ("Решение сетевых заявок", "дн."),
        ],
        reviews: &[
            ReviewText {
                findings: "Все цели выполнены; у заказчика нет претензий.",
                decisions: "Продлить SLA без изменений.",
                consumer: &["Директор по персоналу"],
                provider: &["Руководитель сервис-деска"],
            },
            ReviewText {
                findings: "Весь год показатели зелёные, но удовлетворённость пользователей упала ниже 3: заявки закрывают быстро, но проблемы возвращаются, а портал гоняет пользователей по кругу.",
                decisions: "Измерять повторно открытые заявки и усилия пользователя; пересмотреть правила закрытия вместе с пользователями.",
                consumer: &["Директор по персоналу", "Два пользователя из финансов", "Мастер цеха"],
                provider: &["Руководитель сервис-деска", "Владелец услуги", "Менеджер знаний"],
            },
        ],
        improvements: &[
            (
                "Добавить в SLA долю повторных открытий и оценку усилий пользователя",
                "Владелец услуги",
                "Цели, которые отражают опыт пользователей",
            ),
            (
                "Написать статьи базы знаний для 20 самых частых запросов",
                "Менеджер знаний",
                "Меньше повторных обращений; простые вопросы пользователи решают сами",
            ),
            (
                "Закрывать заявку только после подтверждения пользователя",
                "Руководитель сервис-деска",
                "Меньше заявок, закрытых без решения",
            ),
        ],
    },
    ServiceText {
        name: "Расчёт зарплаты",
        description: "Ежемесячный расчёт зарплаты и расчётные листки с учётом коллективного договора.",
        consumer: "Служба персонала",
        provider: "Группа расчёта зарплаты и поставщик ПО",
        agreements: &[("SLA-PAY-01", &["Директор по персоналу", "Руководитель финансового центра обслуживания"])],
        targets: &[
            ("Зарплата рассчитана вовремя", "%"),
            ("Точность расчётных листков", "%"),
            ("Время ответа на запросы", "дн."),
        ],
        reviews: &[ReviewText {
            findings: "Новые налоговые правила с января применены без ошибок; запросы решены вовремя.",
            decisions: "Делать тестовый расчёт перед каждым изменением налоговых правил.",
            consumer: &["Директор по персоналу", "Член профкома"],
            provider: &["Руководитель группы расчёта", "Консультант поставщика"],
        }],
        improvements: &[(
            "Согласовать OLA с группой кадровых данных по приёму и увольнению",
            "Руководитель группы расчёта",
            "Меньше исправлений после расчёта зарплаты",
        )],
    },
];
