//! Presentation mode, Spanish.

use super::PresentTexts;

pub static TEXTS: PresentTexts = PresentTexts {
    present: "Presentar",
    region: "Presentación",
    previous: "Anterior",
    next: "Siguiente",
    exit: "Salir de la presentación",
    full_screen: "Pantalla completa",
    keys_hint: "→ o Av Pág: siguiente · ← o Re Pág: anterior · Esc: salir",
    title_slide: "Portada",
    summary_slide: "Resumen",
    journey_insights: "Lo que nos dice el recorrido",
    step_empty: "Todavía no hay puntos de contacto en este paso.",
    curve_table: "La curva hasta ahora, en una tabla",
    chart_table: "El gráfico en una tabla",
    respondents: "Encuestados",
    features_heading: "Funcionalidades",
    no_answers: "Todavía no hay respuestas para esta funcionalidad.",
    by_category: "Funcionalidades por categoría",
    not_found: "No hay nada que presentar aquí: puede que se haya eliminado.",
    step_of: |n, of| format!("Paso {n} de {of}"),
    slide_of: |n, of| format!("Diapositiva {n} de {of}"),
    feature_of: |n, of| format!("Funcionalidad {n} de {of}"),
};
