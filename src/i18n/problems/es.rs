use super::ProblemTexts;
use crate::i18n::plural_es;

pub static TEXTS: ProblemTexts = ProblemTexts {
    json_ends_early: "el archivo termina en medio de un valor (puede estar cortado)",
    json_bad_character_escape: "un escape \\u no nombra un carácter completo (media pareja sustituta)",
    json_number_too_large: "un número es demasiado grande para leerlo",
    json_control_character: "un texto contiene un carácter de control sin escapar (un tabulador o un salto de línea deben escribirse como escape)",
    json_bad_escape: "una barra invertida va seguida de una letra que JSON no admite",
    json_trailing_text: "hay más texto después del final del JSON",
    json_too_deep: "las listas u objetos están anidados a demasiada profundidad",
    json_syntax: "hay un carácter donde no puede ir ninguno de su tipo",
    shape_version_missing: "falta la versión del formato o no es un número entero",
    shape_workspace_missing: "falta el espacio de trabajo",
    shape_workspace_not_object: "el espacio de trabajo no es un objeto",
    shape_not_a_list: "no es una lista",
    shape_wrong_type: "un valor tiene un tipo incorrecto (por ejemplo, texto donde se espera un número)",
    shape_bad_value: "un valor incumple una regla (por ejemplo, un id con un espacio o un número fuera de rango)",
    tickets_section: "los tickets",
    response_no_respondent: "Una respuesta no tiene id de encuestado.",
    service_empty_name: "El servicio no tiene nombre.",
    json_at: |line, column, what| format!("Línea {line}, columna {column}: {what}."),
    item_kinds: [
        "recorrido",
        "punto de contacto",
        "parte interesada",
        "persona",
        "encuesta",
        "conjunto de respuestas",
        "servicio",
        "acuerdo",
        "objetivo",
        "revisión",
        "mejora",
        "calendario",
        "SLA de tickets",
    ],
    item_place: |kind, n| format!("{kind} n.º {n}"),
    collection_place: |kind| format!("la lista de elementos «{kind}»"),
    placed: |place, what| format!("{place}: {what}."),
    shape_missing_field: |field| format!("falta el campo «{field}»"),
    shape_unknown_value: |value| format!("«{value}» no es uno de los valores permitidos"),
    duplicate_id: |kind, id| format!("Dos elementos «{kind}» comparten el id «{id}»."),
    missing_reference: |kind, id, other, missing| {
        format!("«{kind}» «{id}» remite a «{other}» «{missing}», que no existe.")
    },
    in_survey: |id, what| format!("Encuesta «{id}»: {what}"),
    in_responses: |id, what| format!("Respuestas a la encuesta «{id}»: {what}"),
    in_service: |id, what| format!("Servicio «{id}»: {what}"),
    in_agreement: |id, what| format!("Acuerdo «{id}»: {what}"),
    in_target: |id, what| format!("Objetivo «{id}»: {what}"),
    response_unknown_feature: |r, f| {
        format!("El encuestado «{r}» respondió a la característica «{f}», que la encuesta no tiene.")
    },
    response_answered_twice: |r, f| {
        format!("El encuestado «{r}» respondió dos veces a la característica «{f}».")
    },
    response_unknown_segment: |r, s| {
        format!("El encuestado «{r}» eligió «{s}», que no es una de las opciones de la encuesta.")
    },
    response_already_counted: |r| format!("El encuestado «{r}» aparece dos veces."),
    service_missing_review: |i, r| {
        format!("La mejora «{i}» remite a la revisión «{r}», que no existe.")
    },
    service_duplicate_satisfaction: |p| format!("Dos registros de satisfacción para {p}."),
    more_problems: |n, count| {
        format!("… y {n} {} más.", plural_es(count, "problema", "problemas"))
    },
};
