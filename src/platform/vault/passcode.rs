//! Turning the lock on, changing the passcode, and turning the lock off.
//!
//! Each rewrites every record and draft. Records change in one transaction;
//! drafts one by one, so each step leaves storage where a page started
//! afresh opens everything, with the old passcode or the new.

use std::collections::HashMap;

use super::cache;
use super::keys::{
    Meta, b64, forget_meta, new_data_key, passcode_key, store_meta, stored_meta, unwrap_keys, wrap,
};
use super::sealing::{RawRecords, SEALED, rewrite_records};
use super::sensitive::rewrite_sensitive;
use super::{LockError, announce, is_sensitive};
use crate::persist::KDF_ITERATIONS;
use crate::platform::local;

/// Turns the lock on: a new data key, wrapped by the passcode, and every
/// record and draft sealed with it.
pub async fn enable(passcode: &str, store: &impl RawRecords) -> Result<(), LockError> {
    let (kek, salt) = passcode_key(passcode).await?;
    let data_key = new_data_key().await?;
    let meta = Meta {
        iterations: KDF_ITERATIONS,
        salt: b64(&salt),
        keys: vec![wrap(&kek, &data_key).await?],
    };
    // Plain values this page already holds move into the cache first.
    let cache: HashMap<String, String> = local::entries()
        .into_iter()
        .filter(|(k, v)| is_sensitive(k) && !v.starts_with(SEALED))
        .collect();
    cache::open_with(vec![data_key], cache);
    // The wrapped key is stored before anything is sealed with it.
    let stored = match store_meta(&meta) {
        Ok(()) => rewrite_records(store, false).await,
        Err(e) => Err(e.into()),
    };
    if let Err(e) = stored {
        // The records were written all or not at all, so none is sealed:
        // the lock goes back off, and drafts typed meanwhile go back plain.
        let _ = rewrite_sensitive(true).await;
        forget_meta();
        cache::close();
        return Err(e);
    }
    // Drafts left plain by a full localStorage are sealed at their next change.
    let _ = rewrite_sensitive(false).await;
    announce();
    Ok(())
}

/// A new passcode, and a new data key: every record is sealed again.
///
/// The new passcode's stored keys hold the old data keys too until every
/// record is sealed with the new one, so stopping halfway loses nothing:
/// the new passcode opens old and new records alike.
pub async fn change(current: &str, new: &str, store: &impl RawRecords) -> Result<(), LockError> {
    let meta = stored_meta().ok_or(LockError::Wrong)?;
    let old = unwrap_keys(current, &meta).await?;
    let (kek, salt) = passcode_key(new).await?;
    let fresh = new_data_key().await?;
    let mut keys = vec![fresh];
    keys.extend(old);
    let mut wrapped = Vec::with_capacity(keys.len());
    for key in &keys {
        wrapped.push(wrap(&kek, key).await?);
    }
    let mut next = Meta {
        iterations: KDF_ITERATIONS,
        salt: b64(&salt),
        keys: wrapped,
    };
    store_meta(&next)?;
    cache::change_keys(|now| *now = keys);
    if let Err(e) = rewrite_records(store, false).await {
        // No record was sealed with the new key: the old passcode and keys
        // stay, and drafts sealed meanwhile are sealed again with them.
        let _ = store_meta(&meta);
        cache::change_keys(|now| {
            now.remove(0);
        });
        let _ = rewrite_sensitive(false).await;
        return Err(e);
    }
    if rewrite_sensitive(false).await.is_err() {
        // Some drafts may still be under an old key: keep it beside the new.
        announce();
        return Ok(());
    }
    next.keys.truncate(1);
    store_meta(&next)?;
    cache::change_keys(|now| now.truncate(1));
    announce();
    Ok(())
}

/// Turns the lock off: every record and draft stored plain again.
pub async fn disable(current: &str, store: &impl RawRecords) -> Result<(), LockError> {
    let meta = stored_meta().ok_or(LockError::Wrong)?;
    unwrap_keys(current, &meta).await?;
    rewrite_records(store, true).await?;
    // Records stored plain under the lock are sealed again at the next
    // unlock, so a failure here leaves everything readable with the passcode.
    rewrite_sensitive(true).await?;
    forget_meta();
    cache::close();
    announce();
    Ok(())
}
