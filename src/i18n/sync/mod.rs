//! The strings of team sync: the Settings section, the status badge and the
//! conflict dialog.

mod en;
mod es;
mod ru;

pub(super) use en::TEXTS as EN;
pub(super) use es::TEXTS as ES;
pub(super) use ru::TEXTS as RU;

super::texts::texts! {
    /// Every visible string of team sync in one language.
    struct SyncTexts;
    strings {
        title,
        help,
        server_label,
        db_label,
        user_label,
        password_label,
        remember_label,
        remember_help,
        connect,
        connecting,
        disconnect,
        disconnected,
        create_db,
        bad_url,
        credentials_in_url,
        bad_db,
        unauthorized,
        forbidden,
        not_couchdb,
        no_password,
        /// The password was kept for another session only.
        password_again,
        local_storage,
        /// Accessible name of the badge.
        badge_label,
        synced,
        syncing,
        foreign_title,
        foreign_help,
        foreign_unknown,
        foreign_layout,
        conflicts_title,
        conflict_help,
        this_device,
        deleted,
        field,
        keep_mine,
        keep_theirs,
        keep_both,
        keep_both_unavailable,
        /// The badge of a tab while another tab of the browser syncs.
        other_tab,
    }
    formatters {
        /// "Connected to {db} on {server} as {user}."
        connected_to: fn(&str, &str, &str) -> String,
        /// "There is no database {db} …".
        no_database: fn(&str) -> String,
        /// The CORS advice, with this page's origin.
        unreachable: fn(&str) -> String,
        /// The server answered HTTP {code}.
        server_error: fn(u16) -> String,
        /// "Offline · n changes waiting".
        offline: fn(usize) -> String,
        /// "Sync error: {reason}".
        error: fn(&str) -> String,
        /// A newer schema.
        foreign_newer: fn(u32) -> String,
        /// "The server's version was saved by {who}, {when}." (`when` where known).
        saved_by: fn(&str, Option<&str>) -> String,
        /// "The server's version was saved {when}." (who is not known).
        saved_at: fn(&str) -> String,
        /// "Server (revision n)".
        server_version: fn(u64) -> String,
        /// "n documents changed on two devices".
        conflict_count: fn(usize) -> String,
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;

    #[test]
    fn every_sync_string_is_filled_and_translated() {
        let texts = Lang::ALL.map(|l| l.texts().sync);
        for t in texts {
            for (name, text) in t.all_static() {
                assert!(!text.trim().is_empty(), "{name}");
            }
            assert!((t.connected_to)("s", "db1", "ana").contains("db1"));
            assert!((t.unreachable)("http://o.test").contains("http://o.test"));
            assert!((t.offline)(3).contains('3'));
            assert!((t.server_version)(7).contains('7'));
            assert!((t.saved_by)("ana", Some("7 Dec 2026 14:05")).contains("ana"));
            assert!((t.saved_by)("ana", Some("7 Dec 2026 14:05")).contains("14:05"));
            assert!((t.saved_by)("ana", None).contains("ana"));
            assert!((t.saved_at)("7 Dec 2026 14:05").contains("14:05"));
            assert!((t.conflict_count)(2).contains('2'));
        }
        assert_ne!(texts[0].connect, texts[1].connect);
        assert_ne!(texts[0].connect, texts[2].connect);
    }
}
