//! Storage against the browser's real `localStorage`, in headless Chromium
//! (`wasm-bindgen-test`): round trip, corrupt entries, a really full quota, and
//! migration of an older schema.
#![cfg(target_arch = "wasm32")]

use dsv_studio::domain::persona::Persona;
use dsv_studio::domain::{Id, Workspace};
use dsv_studio::storage::envelope::SCHEMA_VERSION;
use dsv_studio::storage::{BrowserStore, KeyValueStore, Repository, SaveError, StoreError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn clear() {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("local storage")
        .clear()
        .expect("clear");
}

fn personas(names: &[(&str, &str)]) -> Workspace {
    Workspace {
        personas: names
            .iter()
            .map(|(id, name)| Persona {
                id: Id::new(*id).unwrap(),
                name: (*name).into(),
                archetype: String::new(),
                goals: vec![],
                needs: vec![],
                frustrations: vec![],
            })
            .collect(),
        ..Default::default()
    }
}

#[wasm_bindgen_test]
fn round_trip_through_local_storage() {
    clear();
    let store = BrowserStore::open().unwrap();
    let (mut repo, ws) = Repository::open(store).unwrap();
    assert!(ws.is_empty());
    let saved = personas(&[("p1", "Ana"), ("p2", "Борис")]);
    repo.save(&saved).unwrap();
    let (_, loaded) = Repository::open(BrowserStore::open().unwrap()).unwrap();
    assert_eq!(loaded, saved);
    assert!(store
        .get("dsv:persona:p2")
        .unwrap()
        .unwrap()
        .contains("Борис"));
}

#[wasm_bindgen_test]
fn corrupt_entry_is_reported_and_left_untouched() {
    clear();
    let store = BrowserStore::open().unwrap();
    store
        .set("dsv:journey:broken", "{\"v\":2,\"body\":{\"id\":")
        .unwrap();
    let (mut repo, ws) = Repository::open(store).unwrap();
    assert!(ws.journeys.is_empty());
    assert_eq!(repo.unreadable().len(), 1);
    assert_eq!(repo.unreadable()[0].key, "dsv:journey:broken");
    repo.save(&personas(&[("p1", "Ana")])).unwrap();
    assert_eq!(
        store.get("dsv:journey:broken").unwrap().as_deref(),
        Some("{\"v\":2,\"body\":{\"id\":")
    );
}

#[wasm_bindgen_test]
fn full_quota_keeps_the_stored_value() {
    clear();
    let store = BrowserStore::open().unwrap();
    let (mut repo, _) = Repository::open(store).unwrap();
    repo.save(&personas(&[("p1", "Before")])).unwrap();
    let before = store.get("dsv:persona:p1").unwrap();

    // Fill the real quota with filler entries, halving the chunk until nothing fits.
    let mut chunk = "x".repeat(1 << 20);
    let mut fillers = 0;
    while chunk.len() >= 16 {
        match store.set(&format!("filler:{fillers}"), &chunk) {
            Ok(()) => fillers += 1,
            Err(StoreError::QuotaExceeded) => chunk.truncate(chunk.len() / 2),
            Err(other) => panic!("unexpected error while filling: {other}"),
        }
    }
    assert!(fillers > 0);

    let big = "y".repeat(4096);
    assert_eq!(
        repo.save(&personas(&[("p1", &big)])),
        Err(SaveError::QuotaFull)
    );
    assert_eq!(store.get("dsv:persona:p1").unwrap(), before);

    for i in 0..fillers {
        store.remove(&format!("filler:{i}")).unwrap();
    }
    // With room again the same save succeeds.
    repo.save(&personas(&[("p1", &big)])).unwrap();
    clear();
}

#[wasm_bindgen_test]
fn older_schema_is_migrated_on_load() {
    clear();
    let store = BrowserStore::open().unwrap();
    store
        .set(
            "dsv:journey:j-onboarding",
            include_str!("fixtures/v1-journey-doc.json"),
        )
        .unwrap();
    store
        .set("dsv:settings", r#"{"v":1,"body":{"locale":"es-ES"}}"#)
        .unwrap();
    let (mut repo, ws) = Repository::open(store).unwrap();
    assert!(repo.unreadable().is_empty());
    assert_eq!(repo.settings().language(), Some(dsv_studio::i18n::Lang::Es));
    let emotions: Vec<i8> = ws.journeys[0]
        .touchpoints
        .iter()
        .map(|t| t.emotion.get())
        .collect();
    assert_eq!(emotions, vec![1, -2, 0]);
    repo.save(&ws).unwrap();
    assert!(store
        .get("dsv:journey:j-onboarding")
        .unwrap()
        .unwrap()
        .starts_with(&format!("{{\"v\":{SCHEMA_VERSION},")));
    clear();
}
