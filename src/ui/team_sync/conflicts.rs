//! The conflict dialog: a document changed here and on the server, both versions
//! side by side (the fields that differ), and the choice: this device's, the
//! server's, or both. Until the user chooses, neither version is lost.

use super::{use_sync, wake, SyncUi};
use crate::domain::Id;
use crate::i18n::{format_date_time, Lang, SyncTexts};
use crate::storage::keys::DocKind;
use crate::storage::sync::compare;
use crate::storage::sync::conflict::{Choice, Conflict};
use crate::storage::sync::doc_id::DocId;
use crate::storage::sync::local;
use crate::storage::sync::remote_doc::Saved;
use crate::storage::BrowserStore;
use crate::ui::fresh_id::fresh_id;
use crate::ui::local_time::local_date_time;
use crate::ui::state::{use_state, use_texts, AppState};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// Applies the user's `choice` for the conflict on `id`.
fn resolve(state: AppState, sync: SyncUi, id: &str, choice: &Choice) {
    let Ok(store) = BrowserStore::open() else {
        return;
    };
    let Some(mut ledger) = local::load_ledger(&store) else {
        return;
    };
    let Some(Ok(resolution)) = ledger.resolve(id, choice) else {
        return;
    };
    if !state.apply_synced(&resolution.writes) || local::save_ledger(&store, &ledger).is_err() {
        return;
    }
    sync.conflicts.set(ledger.conflicts().cloned().collect());
    wake();
}

/// The revision's number (`3-abc…` → 3).
fn rev_number(rev: &str) -> u64 {
    rev.split('-')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// An RFC 3339 time as this device's local date and time, in `lang`'s date style
/// (`7 Dec 2026 14:05`); `None` when it does not read as a time.
fn local_time(lang: Lang, at: &str) -> Option<String> {
    let date = local_date_time(&js_sys::Date::new(&JsValue::from_str(at)))?;
    Some(format_date_time(lang, date))
}

/// Who saved the server's version and when, where its document says.
fn saved_text(t: &SyncTexts, lang: Lang, saved: &Saved) -> Option<String> {
    let when = saved.at.as_deref().and_then(|at| local_time(lang, at));
    match (saved.by.as_deref(), when) {
        (Some(who), when) => Some((t.saved_by)(who, when.as_deref())),
        (None, Some(when)) => Some((t.saved_at)(&when)),
        (None, None) => None,
    }
}

/// The first waiting conflict, as a non-modal dialog.
#[component]
pub fn ConflictDialog() -> impl IntoView {
    let sync = use_sync();
    move || {
        let first = sync.conflicts.with(|c| c.first().cloned())?;
        let count = sync.conflicts.with(Vec::len);
        Some(view! { <OneConflict conflict=first count/> })
    }
}

#[component]
fn OneConflict(conflict: Conflict, count: usize) -> impl IntoView {
    let state = use_state();
    let sync = use_sync();
    let texts = use_texts();
    let t = texts().sync;
    let doc = DocId::from_remote(&conflict.id);
    let copyable = doc
        .as_ref()
        .is_some_and(|d| !matches!(d.kind, DocKind::Responses | DocKind::Tickets));
    let name = conflict
        .local
        .as_ref()
        .or(conflict.remote.as_ref())
        .and_then(compare::title)
        .unwrap_or_else(|| conflict.id.clone());
    let (diffs, _) = compare::differences(conflict.local.as_ref(), conflict.remote.as_ref());
    let cell = move |v: Option<String>| v.unwrap_or_else(|| t.deleted.to_owned());
    let rows = diffs
        .into_iter()
        .map(|d| {
            view! {
                <tr>
                    <th scope="row">{d.path}</th>
                    <td>{cell(d.local)}</td>
                    <td>{cell(d.remote)}</td>
                </tr>
            }
        })
        .collect_view();
    let id = conflict.id.clone();
    let choose = move |choice: Choice| {
        let id = id.clone();
        move |_| resolve(state, sync, &id, &choice)
    };
    let new_id: Id = fresh_id(doc.as_ref().map_or("copy", |d| d.id.as_str()));
    let both = copyable.then(|| {
        view! { <button on:click=choose(Choice::KeepBoth { new_id: new_id.clone() })>{t.keep_both}</button> }
    });
    let no_both = (!copyable).then(|| view! { <p class="hint">{t.keep_both_unavailable}</p> });
    let more = (count > 1).then(|| view! { <p>{(t.conflict_count)(count)}</p> });
    let saved = saved_text(t, state.lang.get_untracked(), &conflict.remote_saved)
        .map(|text| view! { <p>{text}</p> });
    view! {
        <section class="panel sync-conflict" role="dialog" aria-labelledby="sync-conflict-title">
            <h2 id="sync-conflict-title">{t.conflicts_title}": "{name}</h2>
            {more}
            <p>{t.conflict_help}</p>
            {saved}
            <table class="counts">
                <thead>
                    <tr>
                        <th scope="col">{t.field}</th>
                        <th scope="col">{t.this_device}</th>
                        <th scope="col">{(t.server_version)(rev_number(&conflict.remote_rev))}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <div class="actions">
                <button on:click=choose(Choice::KeepLocal)>{t.keep_mine}</button>
                <button on:click=choose(Choice::KeepRemote)>{t.keep_theirs}</button>
                {both}
            </div>
            {no_both}
        </section>
    }
}
