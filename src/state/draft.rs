//! A form's unsent input, mirrored to localStorage on every change.

use leptos::prelude::*;
use serde::{Serialize, de::DeserializeOwned};

use super::Preferences;
use crate::persist::StoreError;
use crate::platform::prefs;

/// A form value that survives reloads until it is saved or discarded.
pub struct Draft<T: Send + Sync + 'static> {
    pub value: RwSignal<T>,
    key: StoredValue<String>,
}

impl<T: Send + Sync + 'static> Clone for Draft<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Draft<T> {}

impl<T> Draft<T>
where
    T: Clone + PartialEq + Serialize + DeserializeOwned + Send + Sync + 'static,
{
    /// Resumes the draft kept under `key`, or starts from `pristine`: what
    /// the form holds before the leader types anything.
    pub fn resume(key: String, pristine: T) -> Draft<T> {
        let start = prefs::load::<T>(&draft_key(&key)).unwrap_or_else(|| pristine.clone());
        let value = RwSignal::new(start);
        let key = StoredValue::new(key);
        let preferences = Preferences::expect();
        Effect::new(move |_| {
            let current = value.get();
            let stored_key = draft_key(&key.read_value());
            if current == pristine {
                prefs::clear(&stored_key);
            } else {
                // A full localStorage must not break typing: the form still
                // holds the text, and a quiet line says it is not kept.
                preferences.kept(prefs::save(&stored_key, &current));
            }
        });
        Draft { value, key }
    }

    /// Keeps `value` as the draft of another form, to be found there; the
    /// caller tells [`Preferences::kept`] how that went.
    pub fn put(key: &str, value: &T) -> Result<(), StoreError> {
        prefs::save(&draft_key(key), value)
    }

    /// The draft stored under `key`, as its form left it.
    pub fn stored(key: &str) -> Option<T> {
        prefs::load(&draft_key(key))
    }

    /// Forgets the stored draft, after a save or when the leader discards it.
    pub fn clear(&self) {
        prefs::clear(&draft_key(&self.key.read_value()));
    }
}

fn draft_key(key: &str) -> String {
    format!("draft.{key}")
}
