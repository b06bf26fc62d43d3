//! The respondent's side of a Kano survey, shared by the workbench and the stand-alone
//! respondent page (`answer.html`, `src/bin/answer.rs`): the questionnaire, the page
//! that turns a survey link into a response code, and that page's entry point.
//!
//! Nothing here reads the workbench's state or its [`crate::i18n::Texts`]: only
//! [`crate::i18n::AnswerTexts`], so the respondent page's WebAssembly carries the
//! survey decoding, the code encoding and these few views, and nothing else.

mod failure_screen;
mod questionnaire;
mod respond;

pub use questionnaire::{Questionnaire, QuestionnaireProps};
pub use respond::{document_language, RespondentPage, RespondentPageProps};

use crate::i18n::Lang;
use leptos::prelude::*;

/// The survey payload in a location hash: `#/answer/<payload>` (the workbench's
/// route, also used by `answer.html`) or `#<payload>`; any `?query` is ignored.
pub fn payload_from_hash(hash: &str) -> String {
    let path = hash.trim_start_matches('#');
    let path = path.split('?').next().unwrap_or_default().trim_matches('/');
    if path == "answer" {
        return String::new();
    }
    path.strip_prefix("answer/")
        .unwrap_or(path)
        .trim_matches('/')
        .to_owned()
}

/// The respondent page's address for the survey `payload`, beside the workbench
/// page at `page_href` (`https://host/tools/dsv/#/kano/s1/share` →
/// `https://host/tools/dsv/answer.html#/answer/<payload>`): a respondent's phone loads
/// the small page at once, without the workbench's page forwarding it. The fragment
/// is the workbench's own route, so the link also works if pasted after the
/// workbench's address.
pub fn respondent_url(page_href: &str, payload: &str) -> String {
    let page = page_href.split(['#', '?']).next().unwrap_or_default();
    let dir = page.rfind('/').map_or(page, |end| &page[..=end]);
    format!("{dir}answer.html#/answer/{payload}")
}

/// The fragment (`answer.html#/selftest/panic`) that panics on purpose, to check the
/// failure screen.
const SELF_TEST_PANIC: &str = "selftest/panic";

/// The browser's preferred shipped language, for messages about a damaged link.
fn browser_lang() -> Lang {
    let Some(window) = web_sys::window() else {
        return Lang::default();
    };
    let navigator = window.navigator();
    let tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .chain(navigator.language())
        .collect();
    Lang::negotiate(tags.iter().map(String::as_str))
}

fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Starts the respondent page: mounts the questionnaire for the survey in the
/// location's fragment on `<body>`, and follows a changed fragment.
pub fn start() {
    failure_screen::install();
    if let Some(loading) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("loading"))
    {
        loading.remove();
    }
    leptos::mount::mount_to_body(|| {
        let payload = RwSignal::new(payload_from_hash(&current_hash()));
        let lang = browser_lang();
        let reader_lang = move || lang;
        let on_hash = window_event_listener(leptos::ev::hashchange, move |_| {
            payload.set(payload_from_hash(&current_hash()));
        });
        on_cleanup(move || on_hash.remove());
        view! {
            <main id="main" tabindex="-1">
                {move || {
                    let payload = payload.get();
                    // Checks the failure screen (used by the end-to-end tests).
                    if payload == SELF_TEST_PANIC {
                        panic!("respondent page self-test");
                    }
                    view! { <RespondentPage payload reader_lang/> }
                }}
            </main>
        }
    });
    // The benchmark reads this mark: time from navigation start to the first render.
    crate::ui::perf::mark("dsv:first-render");
}

#[cfg(test)]
mod tests {
    use super::{payload_from_hash, respondent_url};

    #[test]
    fn respondent_links_sit_beside_the_workbench_under_any_path() {
        for (page, expected) in [
            (
                "https://h.test/tools/dsv/#/kano/s1/share",
                "https://h.test/tools/dsv/answer.html",
            ),
            (
                "https://h.test/tools/dsv/index.html?lang=es#/kano",
                "https://h.test/tools/dsv/answer.html",
            ),
            (
                "http://127.0.0.1:8080/",
                "http://127.0.0.1:8080/answer.html",
            ),
        ] {
            let url = respondent_url(page, "k2.abc");
            assert_eq!(url, format!("{expected}#/answer/k2.abc"));
            let hash = url.split_once('#').map(|(_, h)| h).unwrap_or_default();
            assert_eq!(payload_from_hash(hash), "k2.abc");
        }
    }

    #[test]
    fn reads_the_payload_of_every_link_form() {
        assert_eq!(payload_from_hash("#/answer/k2.abc"), "k2.abc");
        assert_eq!(payload_from_hash("#/answer/k1.abc/"), "k1.abc");
        assert_eq!(payload_from_hash("#answer/k2.abc?x=1"), "k2.abc");
        assert_eq!(payload_from_hash("#k2.abc"), "k2.abc");
        assert_eq!(payload_from_hash(""), "");
        assert_eq!(payload_from_hash("#/answer/"), "");
    }
}

/// The respondent page links only what this module names: none of its files may reach
/// for the workbench's strings or state, or `answer.html` would carry them all.
#[cfg(test)]
mod linkage_tests {
    #[test]
    fn the_respondent_code_never_reads_the_workbench_texts_or_state() {
        let sources = [
            ("mod.rs", include_str!("mod.rs")),
            ("questionnaire.rs", include_str!("questionnaire.rs")),
            ("respond.rs", include_str!("respond.rs")),
        ];
        let forbidden = [
            concat!(".texts", "()"),
            concat!("use_", "texts"),
            concat!("ui::", "state"),
            concat!("ui::", "pages"),
            concat!("crate::", "charts"),
        ];
        for (file, source) in sources {
            for word in forbidden {
                assert!(!source.contains(word), "{file} uses {word}");
            }
        }
    }
}
