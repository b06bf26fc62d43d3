//! Settings → Team sync: the server, database, user and password; Connect checks
//! the server (`GET /`), the login (`GET /_session`) and the database (`GET /{db}`)
//! and says plainly what is wrong; Disconnect keeps every local document.

use super::{use_sync, SyncUi};
use crate::i18n::SyncTexts;
use crate::storage::sync::endpoint::{Endpoint, EndpointError};
use crate::storage::sync::http::{Client, HttpError};
use crate::storage::sync::local::{self, SyncConfig};
use crate::storage::sync::remote_doc::ForeignReason;
use crate::storage::sync::secret;
use crate::storage::BrowserStore;
use crate::ui::state::{use_state, use_texts, AppState};
use leptos::prelude::*;

/// What Connect found wrong.
#[derive(Debug, Clone, PartialEq)]
enum ConnectProblem {
    Address(EndpointError),
    NoPassword,
    Http(HttpError),
    /// The database does not exist (the user may create it).
    NoDatabase(String),
    Storage,
}

fn message(problem: &ConnectProblem, t: &SyncTexts) -> String {
    match problem {
        ConnectProblem::Address(EndpointError::BadUrl) => t.bad_url.into(),
        ConnectProblem::Address(EndpointError::CredentialsInUrl) => t.credentials_in_url.into(),
        ConnectProblem::Address(EndpointError::BadDatabase) => t.bad_db.into(),
        ConnectProblem::NoPassword => t.no_password.into(),
        ConnectProblem::NoDatabase(db) => (t.no_database)(db),
        ConnectProblem::Storage => t.local_storage.into(),
        ConnectProblem::Http(e) => http_message(e, t),
    }
}

/// A request's failure in plain words.
pub(super) fn http_message(e: &HttpError, t: &SyncTexts) -> String {
    match e {
        HttpError::Unreachable | HttpError::Aborted => (t.unreachable)(&page_origin()),
        HttpError::Unauthorized => t.unauthorized.into(),
        HttpError::Forbidden => t.forbidden.into(),
        HttpError::NotFound => (t.no_database)(""),
        HttpError::Status(code, _) => (t.server_error)(*code),
        HttpError::Protocol(_) => t.not_couchdb.into(),
    }
}

fn page_origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// Checks the server, the login and the database, in that order.
async fn check(client: &Client) -> Result<(), ConnectProblem> {
    client.welcome().await.map_err(ConnectProblem::Http)?;
    client.session().await.map_err(ConnectProblem::Http)?;
    match client.database().await {
        Ok(()) => Ok(()),
        Err(HttpError::NotFound) => Err(ConnectProblem::NoDatabase(
            client.endpoint().db().to_owned(),
        )),
        Err(e) => Err(ConnectProblem::Http(e)),
    }
}

/// Stores the settings and the password, and starts syncing.
fn connected(
    state: AppState,
    sync: SyncUi,
    config: SyncConfig,
    password: &str,
    client: Client,
) -> Result<(), ConnectProblem> {
    let store = BrowserStore::open().map_err(|_| ConnectProblem::Storage)?;
    // Revisions of another server or database mean nothing here: merge anew.
    let same = local::load_config(&store)
        .is_some_and(|old| old.server == config.server && old.db == config.db);
    if !same {
        local::forget(&store);
    }
    local::save_config(&store, &config).map_err(|_| ConnectProblem::Storage)?;
    if !secret::keep(password, config.remember) {
        return Err(ConnectProblem::Storage);
    }
    sync.start(state, Some(client));
    Ok(())
}

/// The Team sync section of the settings page.
#[component]
pub fn TeamSyncSection() -> impl IntoView {
    let state = use_state();
    let sync = use_sync();
    let texts = use_texts();
    let stored = BrowserStore::open()
        .ok()
        .and_then(|s| local::load_config(&s))
        .unwrap_or_default();
    let server = RwSignal::new(stored.server.clone());
    let db = RwSignal::new(stored.db.clone());
    let user = RwSignal::new(stored.user.clone());
    let password = RwSignal::new(String::new());
    let remember = RwSignal::new(stored.remember);
    let busy = RwSignal::new(false);
    let problem = RwSignal::new(None::<ConnectProblem>);
    let done = RwSignal::new(None::<String>);
    let config = move || SyncConfig {
        server: server.get_untracked().trim().to_owned(),
        db: db.get_untracked().trim().to_owned(),
        user: user.get_untracked().trim().to_owned(),
        remember: remember.get_untracked(),
    };

    let attempt = move |create: bool| {
        problem.set(None);
        done.set(None);
        let config = config();
        let endpoint = match Endpoint::new(&config.server, &config.db) {
            Ok(e) => e,
            Err(e) => return problem.set(Some(ConnectProblem::Address(e))),
        };
        let config = SyncConfig {
            server: endpoint.server().to_owned(),
            ..config
        };
        let pw = password.get_untracked();
        if pw.is_empty() {
            return problem.set(Some(ConnectProblem::NoPassword));
        }
        busy.set(true);
        let client = Client::new(endpoint, &config.user, &pw);
        leptos::task::spawn_local(async move {
            let mut result = Ok(());
            if create {
                result = client.create_database().await.map_err(ConnectProblem::Http);
            }
            if result.is_ok() {
                result = check(&client).await;
            }
            let result = result.and_then(|()| connected(state, sync, config.clone(), &pw, client));
            busy.set(false);
            match result {
                Ok(()) => {
                    password.set(String::new());
                    done.set(Some((texts().sync.connected_to)(
                        &config.server,
                        &config.db,
                        &config.user,
                    )));
                }
                Err(p) => problem.set(Some(p)),
            }
        });
    };
    let disconnect = move |_| {
        sync.disconnect();
        problem.set(None);
        done.set(Some(texts().sync.disconnected.to_owned()));
    };

    let problem_view = move || {
        problem.get().map(|p| {
            let t = texts().sync;
            let create = matches!(p, ConnectProblem::NoDatabase(_)).then(|| {
                view! {
                    <div class="actions">
                        <button on:click=move |_| attempt(true) disabled=move || busy.get()>{t.create_db}</button>
                    </div>
                }
            });
            view! {
                <div class="notice notice-error" role="alert">
                    <p>{message(&p, t)}</p>
                    {create}
                </div>
            }
        })
    };
    let connected_now = move || sync.status.with(Option::is_some);

    view! {
        <section class="panel" aria-labelledby="team-sync-title">
            <h2 id="team-sync-title">{move || texts().sync.title}</h2>
            <p>{move || texts().sync.help}</p>
            <form class="journey-details" on:submit=move |ev| { ev.prevent_default(); attempt(false); }>
                <div class="field">
                    <label for="sync-server">{move || texts().sync.server_label}</label>
                    <input id="sync-server" type="url" autocomplete="url" placeholder="https://couch.example.org"
                        prop:value=move || server.get() on:input=move |ev| server.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for="sync-db">{move || texts().sync.db_label}</label>
                    <input id="sync-db" type="text" autocomplete="off" spellcheck="false"
                        prop:value=move || db.get() on:input=move |ev| db.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for="sync-user">{move || texts().sync.user_label}</label>
                    <input id="sync-user" type="text" autocomplete="username"
                        prop:value=move || user.get() on:input=move |ev| user.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for="sync-password">{move || texts().sync.password_label}</label>
                    <input id="sync-password" type="password" autocomplete="current-password"
                        prop:value=move || password.get() on:input=move |ev| password.set(event_target_value(&ev))/>
                </div>
                <label class="inline-check wide">
                    <input type="checkbox" prop:checked=move || remember.get()
                        on:change=move |ev| remember.set(event_target_checked(&ev))/>
                    {move || texts().sync.remember_label}
                </label>
                <p class="hint wide">{move || texts().sync.remember_help}</p>
                <div class="actions wide">
                    <button type="submit" disabled=move || busy.get()>
                        {move || if busy.get() { texts().sync.connecting } else { texts().sync.connect }}
                    </button>
                    <Show when=connected_now>
                        <button type="button" on:click=disconnect>{move || texts().sync.disconnect}</button>
                    </Show>
                </div>
            </form>
            {problem_view}
            {move || done.get().map(|m| view! { <p role="status">{m}</p> })}
            <ForeignList/>
        </section>
    }
}

/// The server documents this version cannot read, left alone.
#[component]
fn ForeignList() -> impl IntoView {
    let sync = use_sync();
    let texts = use_texts();
    move || {
        let list = sync.foreign.get();
        (!list.is_empty()).then(|| {
            let t = texts().sync;
            let items = list
                .into_iter()
                .map(|(id, reason)| {
                    let why = match reason {
                        ForeignReason::UnknownId => t.foreign_unknown.to_owned(),
                        ForeignReason::NewerSchema(v) => (t.foreign_newer)(v),
                        ForeignReason::NotAnEnvelope => t.foreign_layout.to_owned(),
                    };
                    view! { <li><code>{id}</code>" — "{why}</li> }
                })
                .collect_view();
            view! {
                <h3>{t.foreign_title}</h3>
                <p>{t.foreign_help}</p>
                <ul>{items}</ul>
            }
        })
    }
}
