//! The words of the example journey in each language.

/// The texts of one touchpoint.
pub struct TouchpointText {
    pub title: &'static str,
    pub action: &'static str,
    pub pains: &'static [&'static str],
    pub ideas: &'static [&'static str],
    pub indicators: &'static [&'static str],
    pub backstage: &'static str,
}

/// Name, archetype, goals, needs, frustrations.
pub type PersonaText = (
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
);

/// Every word of the example in one language.
pub struct ExampleText {
    pub name: &'static str,
    pub service: &'static str,
    pub description: &'static str,
    pub persona: PersonaText,
    pub touchpoints: [TouchpointText; 15],
    /// Name and notes of each stakeholder.
    pub stakeholders: [(&'static str, &'static str); 5],
}

/// The text for a language code; English for any other.
pub fn text_for(lang: &str) -> &'static ExampleText {
    match lang {
        "es" => &ES,
        "ru" => &RU,
        _ => &EN,
    }
}

const fn tp(
    title: &'static str,
    action: &'static str,
    pains: &'static [&'static str],
    ideas: &'static [&'static str],
    indicators: &'static [&'static str],
    backstage: &'static str,
) -> TouchpointText {
    TouchpointText {
        title,
        action,
        pains,
        ideas,
        indicators,
        backstage,
    }
}

static EN: ExampleText = ExampleText {
    name: "New employees get ready to work",
    service: "Workplace IT",
    description: "How a mid-size company chooses, agrees and uses a workplace IT service so that new employees are productive from their first day.",
    persona: (
        "Nadia Petrova",
        "New employee in a mid-size company",
        &["Be productive in her first week", "Make a good first impression"],
        &["A working laptop and accounts on day one", "Clear instructions in her language"],
        &["Waiting for IT on her first days", "Passwords and MFA set-up she does not understand"],
    ),
    touchpoints: [
        tp("Compares workplace IT providers", "The HR director reads providers' web pages and case studies.", &[], &[], &["Visits to the service page"], "Marketing keeps case studies current."),
        tp("Asks peers for references", "Calls two companies that use the service.", &[], &[], &[], "Account team lines up reference customers."),
        tp("Discovery workshop", "HR and finance describe how many people join each month and what they need.", &[], &[], &["Workshop within 10 working days"], "Service architect prepares questions."),
        tp("Sends hiring forecast", "Fills in the provider's forecast spreadsheet.", &["The spreadsheet asks for cost centre codes nobody knows"], &["Ask for monthly head-count only"], &[], "Capacity planning uses the forecast."),
        tp("Receives a tailored offer", "Reads an offer with three service packages.", &[], &[], &["Offer within 5 working days"], "Pricing and legal review the offer."),
        tp("Clarifies the price", "Phones to understand per-device and per-user prices.", &["Per-device pricing is unclear"], &["Publish a simple price calculator"], &[], "Sales engineer explains the price model."),
        tp("Agrees the service levels", "Negotiates laptop readiness and service desk hours in the SLA.", &[], &[], &["SLA signed in under 30 days"], "Legal and service level manager draft the SLA."),
        tp("Signs the contract", "Signs electronically in the customer portal.", &[], &[], &[], "Contract data set up in billing."),
        tp("Orders a laptop for a new hire", "The hiring manager orders equipment in the portal.", &["The order form has 25 fields"], &["Pre-fill the form from the HR system"], &["Orders placed 10 days before start"], "Order routed to logistics partner."),
        tp("Laptop ready on the first day", "Nadia arrives and expects a working laptop and account.", &["Laptop arrives on day three", "Account not created yet"], &["Pre-stage laptops a week ahead", "Create accounts as soon as the contract is signed"], &["% of new hires ready on day one"], "Imaging, account creation and shipping by the logistics partner."),
        tp("First login and MFA set-up", "Nadia sets up her password and the authenticator app.", &["Instructions only in English"], &["Quick-start card in the employee's language"], &["Password resets in week one"], "Identity team monitors failed sign-ins."),
        tp("Asks the service desk for help", "Chats with the service desk about a printer.", &[], &[], &["First contact resolution"], "Knowledge base article updated."),
        tp("Requests extra software", "Requests a design tool in the self-service catalogue.", &["Approval takes three days"], &["Pre-approve common tools per role"], &["Time to fulfil requests"], "Licence manager checks available licences."),
        tp("Quarterly service review", "HR director and service owner review attainment and satisfaction.", &[], &[], &["Review held every quarter"], "Service level manager prepares the report."),
        tp("New employees productive in week one", "HR sees new hires working fully by the end of week one.", &[], &[], &["Time to productivity"], "Continual improvement register updated."),
    ],
    stakeholders: [
        ("HR director", "Owns the onboarding experience; decides on renewal."),
        ("New employees", "Use the service every day; feel every delay."),
        ("Chief financial officer", "Pays for the service; watches cost per employee."),
        ("Service desk team", "First line for every question."),
        ("Logistics partner", "Images and delivers laptops."),
    ],
};

static ES: ExampleText = ExampleText {
    name: "Los nuevos empleados se preparan para trabajar",
    service: "TI del puesto de trabajo",
    description: "Cómo una empresa mediana elige, acuerda y usa un servicio de TI del puesto de trabajo para que los nuevos empleados sean productivos desde el primer día.",
    persona: (
        "Lucía Fernández",
        "Nueva empleada en una empresa mediana",
        &["Ser productiva en su primera semana", "Causar buena impresión"],
        &["Un portátil y cuentas que funcionen el primer día", "Instrucciones claras en su idioma"],
        &["Esperar a TI en sus primeros días", "Contraseñas y MFA que no entiende"],
    ),
    touchpoints: [
        tp("Compara proveedores de TI", "La directora de RR. HH. lee páginas web y casos de éxito.", &[], &[], &["Visitas a la página del servicio"], "Marketing mantiene al día los casos de éxito."),
        tp("Pide referencias a otras empresas", "Llama a dos empresas que usan el servicio.", &[], &[], &[], "El equipo comercial prepara clientes de referencia."),
        tp("Taller de descubrimiento", "RR. HH. y finanzas explican cuántas personas se incorporan cada mes y qué necesitan.", &[], &[], &["Taller en menos de 10 días laborables"], "El arquitecto de servicio prepara las preguntas."),
        tp("Envía la previsión de altas", "Rellena la hoja de previsión del proveedor.", &["La hoja pide códigos de centro de coste que nadie conoce"], &["Pedir solo el número de altas al mes"], &[], "Planificación de capacidad usa la previsión."),
        tp("Recibe una oferta a medida", "Lee una oferta con tres paquetes de servicio.", &[], &[], &["Oferta en 5 días laborables"], "Precios y legal revisan la oferta."),
        tp("Aclara el precio", "Llama para entender los precios por dispositivo y por usuario.", &["El precio por dispositivo no está claro"], &["Publicar una calculadora de precios sencilla"], &[], "Un ingeniero de ventas explica el modelo de precios."),
        tp("Acuerda los niveles de servicio", "Negocia en el SLA la preparación de portátiles y el horario del centro de servicio.", &[], &[], &["SLA firmado en menos de 30 días"], "Legal y el gestor de niveles de servicio redactan el SLA."),
        tp("Firma el contrato", "Firma electrónicamente en el portal del cliente.", &[], &[], &[], "Los datos del contrato se dan de alta en facturación."),
        tp("Pide un portátil para una nueva incorporación", "La responsable de contratación pide el equipo en el portal.", &["El formulario tiene 25 campos"], &["Rellenar el formulario desde el sistema de RR. HH."], &["Pedidos 10 días antes de la incorporación"], "El pedido pasa al socio logístico."),
        tp("Portátil listo el primer día", "Lucía llega y espera un portátil y una cuenta que funcionen.", &["El portátil llega el tercer día", "La cuenta aún no existe"], &["Preparar los portátiles una semana antes", "Crear las cuentas al firmar el contrato"], &["% de incorporaciones listas el primer día"], "Imagen, cuentas y envío a cargo del socio logístico."),
        tp("Primer inicio de sesión y MFA", "Lucía configura su contraseña y la aplicación de autenticación.", &["Instrucciones solo en inglés"], &["Tarjeta de inicio rápido en el idioma del empleado"], &["Restablecimientos de contraseña en la primera semana"], "El equipo de identidad vigila los inicios de sesión fallidos."),
        tp("Pide ayuda al centro de servicio", "Chatea con el centro de servicio por una impresora.", &[], &[], &["Resolución en el primer contacto"], "Se actualiza el artículo de la base de conocimiento."),
        tp("Solicita software adicional", "Pide una herramienta de diseño en el catálogo de autoservicio.", &["La aprobación tarda tres días"], &["Aprobar de antemano las herramientas habituales por puesto"], &["Tiempo de atención de solicitudes"], "El gestor de licencias comprueba las disponibles."),
        tp("Revisión trimestral del servicio", "La directora de RR. HH. y el responsable del servicio revisan cumplimiento y satisfacción.", &[], &[], &["Revisión cada trimestre"], "El gestor de niveles de servicio prepara el informe."),
        tp("Nuevos empleados productivos en la primera semana", "RR. HH. ve a las nuevas incorporaciones trabajando a pleno rendimiento al final de la primera semana.", &[], &[], &["Tiempo hasta la productividad"], "Se actualiza el registro de mejora continua."),
    ],
    stakeholders: [
        ("Directora de RR. HH.", "Responsable de la experiencia de incorporación; decide la renovación."),
        ("Nuevos empleados", "Usan el servicio a diario; notan cada retraso."),
        ("Director financiero", "Paga el servicio; vigila el coste por empleado."),
        ("Equipo del centro de servicio", "Primera línea para cualquier pregunta."),
        ("Socio logístico", "Prepara y entrega los portátiles."),
    ],
};

static RU: ExampleText = ExampleText {
    name: "Новые сотрудники готовятся к работе",
    service: "ИТ рабочего места",
    description: "Как компания среднего размера выбирает, согласует и использует услугу ИТ рабочего места, чтобы новые сотрудники работали с первого дня.",
    persona: (
        "Надя Петрова",
        "Новый сотрудник компании среднего размера",
        &["Работать в полную силу в первую неделю", "Произвести хорошее впечатление"],
        &["Работающий ноутбук и учётные записи в первый день", "Понятные инструкции на родном языке"],
        &["Ждать ИТ в первые дни", "Пароли и MFA, которые непонятно как настроить"],
    ),
    touchpoints: [
        tp("Сравнивает поставщиков ИТ", "Директор по персоналу читает сайты и кейсы поставщиков.", &[], &[], &["Посещения страницы услуги"], "Маркетинг поддерживает кейсы в актуальном виде."),
        tp("Запрашивает отзывы", "Звонит в две компании, которые пользуются услугой.", &[], &[], &[], "Клиентская команда готовит референс-клиентов."),
        tp("Исследовательский семинар", "HR и финансы рассказывают, сколько людей выходит каждый месяц и что им нужно.", &[], &[], &["Семинар в течение 10 рабочих дней"], "Архитектор услуги готовит вопросы."),
        tp("Отправляет прогноз найма", "Заполняет таблицу прогноза поставщика.", &["Таблица требует коды центров затрат, которых никто не знает"], &["Спрашивать только число новых сотрудников в месяц"], &[], "Планирование мощностей использует прогноз."),
        tp("Получает адаптированное предложение", "Читает предложение с тремя пакетами услуг.", &[], &[], &["Предложение за 5 рабочих дней"], "Ценообразование и юристы проверяют предложение."),
        tp("Уточняет цену", "Звонит, чтобы разобраться в ценах за устройство и за пользователя.", &["Цена за устройство непонятна"], &["Опубликовать простой калькулятор цены"], &[], "Инженер по продажам объясняет модель цен."),
        tp("Согласует уровни услуг", "Обсуждает в SLA готовность ноутбуков и часы работы сервис-деска.", &[], &[], &["SLA подписан менее чем за 30 дней"], "Юристы и менеджер уровня услуг готовят SLA."),
        tp("Подписывает договор", "Подписывает электронно на клиентском портале.", &[], &[], &[], "Данные договора заводятся в биллинг."),
        tp("Заказывает ноутбук новичку", "Руководитель заказывает оборудование на портале.", &["В форме заказа 25 полей"], &["Заполнять форму из HR-системы"], &["Заказы за 10 дней до выхода"], "Заказ передаётся логистическому партнёру."),
        tp("Ноутбук готов в первый день", "Надя приходит и ждёт работающий ноутбук и учётную запись.", &["Ноутбук приходит на третий день", "Учётная запись ещё не создана"], &["Готовить ноутбуки за неделю", "Создавать учётные записи сразу после подписания договора"], &["% новичков, готовых к работе в первый день"], "Установка образа, учётные записи и доставка — логистический партнёр."),
        tp("Первый вход и настройка MFA", "Надя задаёт пароль и настраивает приложение-аутентификатор.", &["Инструкции только на английском"], &["Памятка на языке сотрудника"], &["Сбросы пароля в первую неделю"], "Команда идентификации следит за неудачными входами."),
        tp("Обращается в сервис-деск", "Пишет в чат сервис-деска о принтере.", &[], &[], &["Решение при первом обращении"], "Статья базы знаний обновляется."),
        tp("Запрашивает дополнительное ПО", "Заказывает программу для дизайна в каталоге самообслуживания.", &["Согласование занимает три дня"], &["Заранее одобрить типовые программы по ролям"], &["Время выполнения запросов"], "Менеджер лицензий проверяет наличие лицензий."),
        tp("Ежеквартальный обзор услуги", "Директор по персоналу и владелец услуги обсуждают выполнение и удовлетворённость.", &[], &[], &["Обзор каждый квартал"], "Менеджер уровня услуг готовит отчёт."),
        tp("Новички продуктивны в первую неделю", "HR видит, что новые сотрудники полностью работают к концу первой недели.", &[], &[], &["Время выхода на продуктивность"], "Реестр постоянного улучшения обновляется."),
    ],
    stakeholders: [
        ("Директор по персоналу", "Отвечает за адаптацию новичков; решает о продлении."),
        ("Новые сотрудники", "Пользуются услугой каждый день; ощущают каждую задержку."),
        ("Финансовый директор", "Платит за услугу; следит за стоимостью на сотрудника."),
        ("Команда сервис-деска", "Первая линия по любым вопросам."),
        ("Логистический партнёр", "Готовит и доставляет ноутбуки."),
    ],
};
