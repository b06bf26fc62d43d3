use super::ProblemTexts;

pub static TEXTS: ProblemTexts = ProblemTexts {
    json_ends_early: "файл обрывается посреди значения (возможно, он обрезан)",
    json_bad_character_escape: "экранирование \\u не задаёт целый символ (половина суррогатной пары)",
    json_number_too_large: "число слишком велико, чтобы его прочитать",
    json_control_character: "в тексте есть неэкранированный управляющий символ (табуляцию или перевод строки нужно записывать экранированием)",
    json_bad_escape: "после обратной косой черты стоит буква, которую JSON не допускает",
    json_trailing_text: "после конца JSON есть ещё текст",
    json_too_deep: "списки или объекты вложены слишком глубоко",
    json_syntax: "здесь стоит символ, которому тут не место",
    shape_version_missing: "версия формата отсутствует или не является целым числом",
    shape_workspace_missing: "рабочее пространство отсутствует",
    shape_workspace_not_object: "рабочее пространство не является объектом",
    shape_not_a_list: "это не список",
    shape_wrong_type: "у значения неверный тип (например, текст там, где ожидается число)",
    shape_bad_value: "значение нарушает правило (например, id с пробелом или число вне диапазона)",
    tickets_section: "обращения",
    response_no_respondent: "У ответа нет id респондента.",
    service_empty_name: "У услуги нет названия.",
    json_at: |line, column, what| format!("Строка {line}, столбец {column}: {what}."),
    item_kinds: [
        "путь клиента",
        "точка контакта",
        "заинтересованная сторона",
        "персона",
        "опрос",
        "набор ответов",
        "услуга",
        "соглашение",
        "цель",
        "обзор",
        "улучшение",
        "календарь",
        "SLA обращений",
    ],
    item_place: |kind, n| format!("{kind} № {n}"),
    collection_place: |kind| format!("список «{kind}»"),
    placed: |place, what| format!("{place}: {what}."),
    shape_missing_field: |field| format!("нет поля «{field}»"),
    shape_unknown_value: |value| format!("«{value}» не входит в число допустимых значений"),
    duplicate_id: |kind, id| format!("Два элемента «{kind}» имеют один id «{id}»."),
    missing_reference: |kind, id, other, missing| {
        format!("«{kind}» «{id}» ссылается на «{other}» «{missing}», которого нет.")
    },
    in_survey: |id, what| format!("Опрос «{id}»: {what}"),
    in_responses: |id, what| format!("Ответы на опрос «{id}»: {what}"),
    in_service: |id, what| format!("Услуга «{id}»: {what}"),
    in_agreement: |id, what| format!("Соглашение «{id}»: {what}"),
    in_target: |id, what| format!("Цель «{id}»: {what}"),
    response_unknown_feature: |r, f| {
        format!("Респондент «{r}» ответил о функции «{f}», которой нет в опросе.")
    },
    response_answered_twice: |r, f| format!("Респондент «{r}» дважды ответил о функции «{f}»."),
    response_unknown_segment: |r, s| {
        format!("Респондент «{r}» выбрал «{s}», а такого варианта в опросе нет.")
    },
    response_already_counted: |r| format!("Респондент «{r}» встречается дважды."),
    service_missing_review: |i, r| {
        format!("Улучшение «{i}» ссылается на обзор «{r}», которого нет.")
    },
    service_duplicate_satisfaction: |p| format!("Две записи удовлетворённости за {p}."),
    more_problems: |n, count| {
        let word = crate::i18n::plural_ru(count, "проблема", "проблемы", "проблем");
        format!("… и ещё {n} {word}.")
    },
};
