//! Presentation mode, Russian.

use super::PresentTexts;

pub static TEXTS: PresentTexts = PresentTexts {
    present: "Презентация",
    region: "Режим презентации",
    previous: "Назад",
    next: "Далее",
    exit: "Выйти из презентации",
    full_screen: "Во весь экран",
    keys_hint: "→ или Page Down: далее · ← или Page Up: назад · Esc: выход",
    title_slide: "Титульный слайд",
    summary_slide: "Итоги",
    journey_insights: "Что говорит нам путь клиента",
    step_empty: "На этом шаге пока нет точек взаимодействия.",
    curve_table: "Кривая на данный момент, в виде таблицы",
    chart_table: "Диаграмма в виде таблицы",
    respondents: "Респонденты",
    features_heading: "Функции",
    no_answers: "Ответов по этой функции пока нет.",
    by_category: "Функции по категориям",
    not_found: "Здесь нечего показывать: возможно, это было удалено.",
    step_of: |n, of| format!("Шаг {n} из {of}"),
    slide_of: |n, of| format!("Слайд {n} из {of}"),
    feature_of: |n, of| format!("Функция {n} из {of}"),
};
