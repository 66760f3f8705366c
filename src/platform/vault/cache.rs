//! The open vault in this page's memory: the data keys, and the sensitive
//! localStorage values opened, kept sealed in storage as they change.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use super::LockError;
use super::keys::DataKey;
use super::sealing::{SEALED, open_values, seal_with};
use crate::platform::local;

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

/// Keeps a sensitive value: at once in memory, and sealed in localStorage
/// as soon as it is encrypted, unless a newer value came first.
pub(crate) fn keep(key: &str, json: Option<String>) {
    let Some((version, newest)) = VAULT.with(|v| {
        let mut v = v.borrow_mut();
        let open = v.as_mut()?;
        let version = open.versions.entry(key.to_string()).or_insert(0);
        *version += 1;
        let version = *version;
        match &json {
            Some(text) => open.cache.insert(key.to_string(), text.clone()),
            None => open.cache.remove(key),
        };
        Some((version, open.keys.first().cloned()?))
    }) else {
        return;
    };
    // A value taken away is deleted by the caller, `prefs::clear`.
    let Some(json) = json else {
        return;
    };
    let key = key.to_string();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(sealed) = seal_with(&newest, &[json.as_str()]).await else {
            return;
        };
        let still_newest = VAULT.with(|v| {
            v.borrow()
                .as_ref()
                .is_some_and(|o| o.versions.get(&key) == Some(&version))
        });
        if still_newest && let Some(sealed) = sealed.into_iter().next() {
            // Kept in memory either way; sealed again at its next change.
            let _ = local::set(&key, &sealed);
        }
    });
}

/// Opens every sealed sensitive value in localStorage into the cache.
pub(super) async fn load_sensitive() {
    let entries: Vec<(String, String)> = local::entries()
        .into_iter()
        .filter(|(k, _)| super::is_sensitive(k))
        .collect();
    let opened = open_values(entries.iter().map(|(_, v)| v.clone()).collect()).await;
    VAULT.with(|v| {
        if let Some(open) = v.borrow_mut().as_mut() {
            for ((key, _), value) in entries.into_iter().zip(opened) {
                if !value.starts_with(SEALED) {
                    open.cache.insert(key, value);
                }
            }
        }
    });
}

/// Stores every cached sensitive value again: sealed with the newest key,
/// or plain when the lock has just been turned off.
pub(super) async fn rewrite_sensitive(plain: bool) -> Result<(), LockError> {
    let (entries, newest) = VAULT.with(|v| {
        v.borrow()
            .as_ref()
            .map(|o| {
                let entries: Vec<(String, String)> = o
                    .cache
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                (entries, o.keys.first().cloned())
            })
            .unwrap_or_default()
    });
    if plain {
        for (key, value) in entries {
            local::set(&key, &value)?;
        }
        return Ok(());
    }
    let Some(newest) = newest else {
        return Ok(());
    };
    let values: Vec<&str> = entries.iter().map(|(_, v)| v.as_str()).collect();
    let sealed = seal_with(&newest, &values).await?;
    for ((key, _), value) in entries.iter().zip(sealed) {
        local::set(key, &value)?;
    }
    Ok(())
}
