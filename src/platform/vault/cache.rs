//! The open vault in this page's memory: the data keys, and the sensitive
//! localStorage values opened. Sealing them on their way to storage is
//! `sensitive`'s work, on top of this and `sealing`.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use super::keys::DataKey;

struct Open {
    /// Newest first; records are sealed with the first.
    keys: Vec<DataKey>,
    /// Decrypted sensitive localStorage values, by prefs key.
    cache: HashMap<String, String>,
    /// Bumped on every change of a cached value, so a slow encryption
    /// never overwrites a newer one.
    versions: HashMap<String, u64>,
}

thread_local! {
    static VAULT: RefCell<Option<Open>> = const { RefCell::new(None) };
    /// A plain record was read while the lock was on.
    static PLAIN_SEEN: Cell<bool> = const { Cell::new(false) };
}

/// Opens the vault with these keys (newest first) and the values opened so far.
pub(super) fn open_with(keys: Vec<DataKey>, cache: HashMap<String, String>) {
    VAULT.with(|v| {
        *v.borrow_mut() = Some(Open {
            keys,
            cache,
            versions: HashMap::new(),
        })
    });
}

/// Forgets the keys and every opened value.
pub(super) fn close() {
    VAULT.with(|v| *v.borrow_mut() = None);
}

pub(super) fn is_open() -> bool {
    VAULT.with(|v| v.borrow().is_some())
}

/// Changes the open vault's keys, if it is open.
pub(super) fn change_keys(change: impl FnOnce(&mut Vec<DataKey>)) {
    VAULT.with(|v| {
        if let Some(open) = v.borrow_mut().as_mut() {
            change(&mut open.keys);
        }
    });
}

/// The key new values are sealed with.
pub(super) fn newest_key() -> Option<DataKey> {
    VAULT.with(|v| v.borrow().as_ref().and_then(|o| o.keys.first().cloned()))
}

pub(super) fn current_keys() -> Vec<DataKey> {
    VAULT.with(|v| {
        v.borrow()
            .as_ref()
            .map(|o| o.keys.clone())
            .unwrap_or_default()
    })
}

/// Notes that a plain record was read under the lock.
pub(super) fn saw_plain() {
    PLAIN_SEEN.with(|p| p.set(true));
}

/// Whether a plain record was read since the last time this was asked.
pub(super) fn take_plain_seen() -> bool {
    PLAIN_SEEN.with(|p| p.replace(false))
}

/// A sensitive value, from the opened cache (`None` while locked).
pub(crate) fn cached(key: &str) -> Option<String> {
    VAULT.with(|v| v.borrow().as_ref().and_then(|o| o.cache.get(key).cloned()))
}

/// Holds a sensitive value in memory (or takes it away), returning its new
/// version and the key to seal it with, if the vault is open.
pub(super) fn hold(key: &str, json: Option<&str>) -> Option<(u64, DataKey)> {
    VAULT.with(|v| {
        let mut v = v.borrow_mut();
        let open = v.as_mut()?;
        let version = open.versions.entry(key.to_string()).or_insert(0);
        *version += 1;
        let version = *version;
        match json {
            Some(text) => open.cache.insert(key.to_string(), text.to_string()),
            None => open.cache.remove(key),
        };
        Some((version, open.keys.first().cloned()?))
    })
}

/// Whether `version` is still the newest of the value under `key`.
pub(super) fn is_newest(key: &str, version: u64) -> bool {
    VAULT.with(|v| {
        v.borrow()
            .as_ref()
            .is_some_and(|o| o.versions.get(key) == Some(&version))
    })
}

/// Adds values opened from storage to the memory of an open vault.
pub(super) fn hold_opened(opened: impl IntoIterator<Item = (String, String)>) {
    VAULT.with(|v| {
        if let Some(open) = v.borrow_mut().as_mut() {
            open.cache.extend(opened);
        }
    });
}

/// Every value held, with the key new values are sealed with.
pub(super) fn held() -> (Vec<(String, String)>, Option<DataKey>) {
    VAULT.with(|v| {
        v.borrow()
            .as_ref()
            .map(|o| {
                let entries = o
                    .cache
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                (entries, o.keys.first().cloned())
            })
            .unwrap_or_default()
    })
}
