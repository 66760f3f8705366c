//! Plain values in localStorage under Attune's prefix: stored as given,
//! with no knowledge of the app lock.

use gloo_storage::{LocalStorage, Storage};
use serde::{Serialize, de::DeserializeOwned};
use wasm_bindgen::{JsCast, JsValue};

use crate::persist::StoreError;

const PREFIX: &str = "attune.";

fn full_key(key: &str) -> String {
    format!("{PREFIX}{key}")
}

/// What localStorage holds under `key`, as stored.
pub fn get(key: &str) -> Option<String> {
    LocalStorage::raw().get_item(&full_key(key)).ok().flatten()
}

/// Stores `value` exactly as given (JSON, or sealed); storing what is
/// already there writes nothing, as a form's draft is saved again each time
/// it is drawn.
pub fn set(key: &str, value: &str) -> Result<(), StoreError> {
    if get(key).as_deref() == Some(value) {
        return Ok(());
    }
    about_to_change();
    LocalStorage::raw()
        .set_item(&full_key(key), value)
        .map_err(refused)
}

/// Removes the value under `key`, if there is one.
pub fn remove(key: &str) {
    if get(key).is_none() {
        return;
    }
    about_to_change();
    LocalStorage::delete(full_key(key));
}

/// Today shows some of these values (the week's intention, the backup
/// reminder, a draft in a field), so its kept copy is forgotten first.
fn about_to_change() {
    super::today_copy::discard();
}

/// Reads a JSON value; a missing or unreadable one reads as `None`.
pub fn load<T: DeserializeOwned>(key: &str) -> Option<T> {
    serde_json::from_str(&get(key)?).ok()
}

/// Stores a value as JSON.
pub fn save<T: Serialize>(key: &str, value: &T) -> Result<(), StoreError> {
    set(key, &to_json(value)?)
}

/// A value as the JSON stored for it.
pub fn to_json<T: Serialize>(value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|e| StoreError::Failed(e.to_string()))
}

/// Every Attune value in localStorage as stored, by key without the prefix.
pub fn entries() -> Vec<(String, String)> {
    let storage = LocalStorage::raw();
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter_map(|k| {
            let short = k.strip_prefix(PREFIX)?.to_string();
            let value = storage.get_item(&k).ok().flatten()?;
            Some((short, value))
        })
        .collect()
}

/// Forgets every value: all of this origin's localStorage.
pub fn clear_all() {
    LocalStorage::clear();
}

/// Why the browser refused a value, as a storage error.
fn refused(error: JsValue) -> StoreError {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(dom) if dom.name() == "QuotaExceededError" => StoreError::QuotaExceeded,
        Some(dom) => StoreError::Failed(dom.message()),
        None => StoreError::Failed("localStorage refused the value".to_string()),
    }
}
