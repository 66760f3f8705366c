//! Sensitive localStorage values (drafts, the week's intention) under the
//! lock: held opened in memory, and sealed on their way to storage.

use super::LockError;
use super::cache::{held, hold, hold_opened, is_newest};
use super::sealing::{SEALED, open_values, seal_with};
use crate::platform::local;

/// Keeps a sensitive value: at once in memory, and sealed in localStorage
/// as soon as it is encrypted, unless a newer value came first.
pub(crate) fn keep(key: &str, json: Option<String>) {
    let Some((version, newest)) = hold(key, json.as_deref()) else {
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
        if is_newest(&key, version)
            && let Some(sealed) = sealed.into_iter().next()
        {
            // Kept in memory either way; sealed again at its next change.
            let _ = local::set(&key, &sealed);
        }
    });
}

/// Opens every sealed sensitive value in localStorage into memory.
pub(super) async fn load_sensitive() {
    let entries: Vec<(String, String)> = local::entries()
        .into_iter()
        .filter(|(k, _)| super::is_sensitive(k))
        .collect();
    let opened = open_values(entries.iter().map(|(_, v)| v.clone()).collect()).await;
    let opened = entries
        .into_iter()
        .zip(opened)
        .filter(|(_, value)| !value.starts_with(SEALED))
        .map(|((key, _), value)| (key, value));
    hold_opened(opened);
}

/// Stores every sensitive value held again: sealed with the newest key,
/// or plain when the lock has just been turned off.
pub(super) async fn rewrite_sensitive(plain: bool) -> Result<(), LockError> {
    let (entries, newest) = held();
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
