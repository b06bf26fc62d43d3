//! Where the sync password is kept: in this tab's session storage, or in local
//! storage when the user ticked "Remember on this device". Nowhere else: not in the
//! sync settings, the ledger, a backup, a share link or a URL.

/// The key of the password, in session or local storage.
const SECRET_KEY: &str = "dsv:sync:secret";

fn storages() -> (Option<web_sys::Storage>, Option<web_sys::Storage>) {
    let Some(w) = web_sys::window() else {
        return (None, None);
    };
    (
        w.session_storage().ok().flatten(),
        w.local_storage().ok().flatten(),
    )
}

/// Keeps `password` for this session, or on this device when `remember`; false when
/// the browser refused.
pub fn keep(password: &str, remember: bool) -> bool {
    let (session, local) = storages();
    let (keep_in, clear_in) = if remember {
        (local, session)
    } else {
        (session, local)
    };
    if let Some(s) = clear_in {
        let _ = s.remove_item(SECRET_KEY);
    }
    keep_in.is_some_and(|s| s.set_item(SECRET_KEY, password).is_ok())
}

/// The kept password, if any.
pub fn load() -> Option<String> {
    let (session, local) = storages();
    [session, local]
        .into_iter()
        .flatten()
        .find_map(|s| s.get_item(SECRET_KEY).ok().flatten())
}

/// Forgets the password everywhere.
pub fn forget() {
    let (session, local) = storages();
    for s in [session, local].into_iter().flatten() {
        let _ = s.remove_item(SECRET_KEY);
    }
}
