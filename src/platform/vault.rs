//! The app lock: while it is on, every record in IndexedDB and every draft in
//! localStorage is stored encrypted, and the key lives only in this page's
//! memory, from the moment the passcode is typed until the app locks.
//!
//! Records are encrypted with a random AES-256-GCM key (the data key). The
//! passcode, through PBKDF2-SHA256, makes a second key that encrypts the data
//! key; only that wrapped form is stored (`attune.lock` in localStorage,
//! with the salt). Changing the passcode makes a new data key and encrypts
//! every record again; until that is stored, the old data key is kept beside
//! the new one, wrapped by the new passcode, so a crash halfway loses nothing.
//!
//! A stored value is `sealed1:<key id>:<base64 of nonce, ciphertext, tag>`;
//! any other value is plain JSON (written before the lock was turned on, or
//! after it was turned off) and is read as it is.

use std::cell::RefCell;
use std::collections::HashMap;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use js_sys::{Array, Promise, Reflect, Uint8Array};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::CryptoKey;

use super::crypto::{self, CryptoError};
use super::prefs;
use super::tabs::Channel;
use crate::persist::{
    KDF_ITERATIONS, NONCE_BYTES, SALT_BYTES, StoreError, StoredRecord, Write, wait_after,
};

const META: &str = "lock";
const TRIES: &str = "lock_tries";
const SEALED: &str = "sealed1:";
const CHANNEL: &str = "attune-lock";
pub use crate::persist::MIN_PASSCODE_CHARS;

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Meta {
    iterations: u32,
    salt: String,
    /// Data keys, newest first, each encrypted with the passcode's key.
    keys: Vec<Wrapped>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Wrapped {
    id: String,
    /// Nonce, then the encrypted 32 key bytes and tag; base64.
    data: String,
}

/// Wrong passcodes so far, and when the last one was typed (ms since epoch).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Tries {
    failed: u32,
    last_ms: f64,
}

/// A data key: its id in sealed values, its bytes (to wrap it under a new
/// passcode) and the WebCrypto key made from them.
#[derive(Clone)]
struct DataKey {
    id: String,
    raw: Vec<u8>,
    key: CryptoKey,
}

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
    static PLAIN_SEEN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LockError {
    #[error("wrong passcode")]
    Wrong,
    #[error("too many wrong passcodes: wait {0} s")]
    Wait(u32),
    #[error("the passcode is too short")]
    TooShort,
    #[error(transparent)]
    Crypto(#[from] CryptoError),
    #[error(transparent)]
    Storage(#[from] StoreError),
}

/// The lock is on: records are sealed and a passcode opens them.
pub fn is_enabled() -> bool {
    prefs::load::<Meta>(META).is_some()
}

/// The passcode has been typed in this page.
pub fn is_open() -> bool {
    VAULT.with(|v| v.borrow().is_some())
}

/// Drafts and the week's intention may name kids: under the lock they are
/// stored sealed.
pub(crate) fn is_sensitive(key: &str) -> bool {
    key.starts_with("draft.") || key == "reflection"
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Seconds left before the next try is allowed.
pub fn seconds_to_wait() -> u32 {
    let tries: Tries = prefs::load(TRIES).unwrap_or_default();
    let until = tries.last_ms + f64::from(wait_after(tries.failed)) * 1000.0;
    ((until - now_ms()) / 1000.0).ceil().max(0.0) as u32
}

fn b64(bytes: &[u8]) -> String {
    STANDARD.encode(bytes)
}

fn unb64(text: &str) -> Option<Vec<u8>> {
    STANDARD.decode(text).ok()
}

fn key_id() -> Result<String, CryptoError> {
    let bytes = crypto::random_bytes::<4>()?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// The passcode's key and the data keys it unwraps; `Wrong` if it does not.
async fn unwrap_keys(passcode: &str, meta: &Meta) -> Result<Vec<DataKey>, LockError> {
    let salt = unb64(&meta.salt).ok_or(LockError::Wrong)?;
    let kek = crypto::derive_key(passcode, &salt, meta.iterations).await?;
    let mut keys = Vec::new();
    for wrapped in &meta.keys {
        let bytes = unb64(&wrapped.data).ok_or(LockError::Wrong)?;
        if bytes.len() <= NONCE_BYTES {
            return Err(LockError::Wrong);
        }
        let (nonce, data) = bytes.split_at(NONCE_BYTES);
        let raw = crypto::decrypt(&kek, nonce, data)
            .await
            .map_err(|_| LockError::Wrong)?;
        let key = crypto::import_key(&raw).await?;
        keys.push(DataKey {
            id: wrapped.id.clone(),
            raw,
            key,
        });
    }
    if keys.is_empty() {
        return Err(LockError::Wrong);
    }
    Ok(keys)
}

/// A fresh random data key.
async fn new_data_key() -> Result<DataKey, LockError> {
    let raw = crypto::random_bytes::<32>()?.to_vec();
    let key = crypto::import_key(&raw).await?;
    Ok(DataKey {
        id: key_id()?,
        raw,
        key,
    })
}

/// A data key encrypted with a passcode's key, as stored.
async fn wrap(kek: &CryptoKey, data_key: &DataKey) -> Result<Wrapped, LockError> {
    let nonce = crypto::random_bytes::<NONCE_BYTES>()?;
    let sealed = crypto::encrypt(kek, &nonce, &data_key.raw).await?;
    Ok(Wrapped {
        id: data_key.id.clone(),
        data: b64(&[nonce.as_slice(), &sealed].concat()),
    })
}

/// The key a new passcode makes, with its new salt.
async fn passcode_key(passcode: &str) -> Result<(CryptoKey, [u8; SALT_BYTES]), LockError> {
    if passcode.chars().count() < MIN_PASSCODE_CHARS {
        return Err(LockError::TooShort);
    }
    let salt = crypto::random_bytes::<SALT_BYTES>()?;
    Ok((
        crypto::derive_key(passcode, &salt, KDF_ITERATIONS).await?,
        salt,
    ))
}

/// Opens the vault with the passcode; wrong ones are counted and slow down.
pub async fn unlock(passcode: &str) -> Result<(), LockError> {
    let wait = seconds_to_wait();
    if wait > 0 {
        return Err(LockError::Wait(wait));
    }
    let Some(meta) = prefs::load::<Meta>(META) else {
        return Ok(());
    };
    match unwrap_keys(passcode, &meta).await {
        Ok(keys) => {
            prefs::clear(TRIES);
            VAULT.with(|v| {
                *v.borrow_mut() = Some(Open {
                    keys,
                    cache: HashMap::new(),
                    versions: HashMap::new(),
                })
            });
            load_sensitive().await;
            Ok(())
        }
        Err(LockError::Wrong) => {
            let mut tries: Tries = prefs::load(TRIES).unwrap_or_default();
            tries.failed += 1;
            tries.last_ms = now_ms();
            let _ = prefs::save(TRIES, &tries);
            match wait_after(tries.failed) {
                0 => Err(LockError::Wrong),
                n => Err(LockError::Wait(n)),
            }
        }
        Err(other) => Err(other),
    }
}

/// The key new values are sealed with.
fn newest_key() -> Option<DataKey> {
    VAULT.with(|v| v.borrow().as_ref().and_then(|o| o.keys.first().cloned()))
}

fn current_keys() -> Vec<DataKey> {
    VAULT.with(|v| {
        v.borrow()
            .as_ref()
            .map(|o| o.keys.clone())
            .unwrap_or_default()
    })
}

fn parse_sealed<'a>(value: &str, keys: &'a [DataKey]) -> Option<(&'a CryptoKey, Vec<u8>)> {
    let rest = value.strip_prefix(SEALED)?;
    let (id, data) = rest.split_once(':')?;
    let key = keys.iter().find(|k| k.id == id).map(|k| &k.key)?;
    let bytes = unb64(data)?;
    (bytes.len() > NONCE_BYTES).then_some((key, bytes))
}

/// Opens every sealed value it can, all at once; plain values are returned
/// as they are, and a value that does not open is left sealed (it is then
/// reported as unreadable, never dropped).
pub async fn open_values(mut values: Vec<String>) -> Vec<String> {
    let keys = current_keys();
    let promises = Array::new();
    let mut slots = Vec::new();
    if values.iter().any(|v| !v.starts_with(SEALED)) {
        PLAIN_SEEN.with(|p| p.set(true));
    }
    for (i, value) in values.iter().enumerate() {
        if let Some((key, bytes)) = parse_sealed(value, &keys) {
            let (nonce, data) = bytes.split_at(NONCE_BYTES);
            if let Ok(p) = crypto::decrypt_promise(key, nonce, data) {
                promises.push(&p);
                slots.push(i);
            }
        }
    }
    if slots.is_empty() {
        return values;
    }
    let Ok(settled) = JsFuture::from(Promise::all_settled(&promises)).await else {
        return values;
    };
    let settled: Array = settled.unchecked_into();
    for (j, i) in slots.into_iter().enumerate() {
        let entry = settled.get(j as u32);
        let fulfilled = Reflect::get(&entry, &"status".into())
            .ok()
            .and_then(|s| s.as_string())
            .is_some_and(|s| s == "fulfilled");
        if !fulfilled {
            continue;
        }
        if let Ok(buffer) = Reflect::get(&entry, &"value".into())
            && let Ok(text) = String::from_utf8(Uint8Array::new(&buffer).to_vec())
        {
            values[i] = text;
        }
    }
    values
}

/// Seals every value with the newest data key, all at once.
async fn seal_with(key: &DataKey, plains: &[&str]) -> Result<Vec<String>, CryptoError> {
    let promises = Array::new();
    let mut nonces = Vec::with_capacity(plains.len());
    for plain in plains {
        let nonce = crypto::random_bytes::<NONCE_BYTES>()?;
        let promise = crypto::encrypt_promise(&key.key, &nonce, plain.as_bytes())?;
        promises.push(&promise);
        nonces.push(nonce);
    }
    let done = JsFuture::from(Promise::all(&promises))
        .await
        .map_err(|_| CryptoError::Failed)?;
    let done: Array = done.unchecked_into();
    Ok(nonces
        .iter()
        .enumerate()
        .map(|(i, nonce)| {
            let sealed = Uint8Array::new(&done.get(i as u32)).to_vec();
            format!(
                "{SEALED}{}:{}",
                key.id,
                b64(&[nonce.as_slice(), &sealed].concat())
            )
        })
        .collect())
}

/// The writes as they go to storage: under the lock, every value sealed.
/// Refused when the lock is on but not open, so nothing is stored plain.
pub async fn seal_writes(batch: &[Write]) -> Result<Vec<Write>, StoreError> {
    if !is_enabled() {
        return Ok(batch.to_vec());
    }
    let Some(newest) = newest_key() else {
        return Err(StoreError::Unavailable("Attune is locked".into()));
    };
    let plains: Vec<&str> = batch
        .iter()
        .filter_map(|w| match w {
            Write::Put(r) => Some(r.value.as_str()),
            _ => None,
        })
        .collect();
    let mut sealed = seal_with(&newest, &plains)
        .await
        .map_err(|e| StoreError::Failed(e.to_string()))?
        .into_iter();
    Ok(batch
        .iter()
        .map(|w| match w {
            Write::Put(r) => {
                let mut r = r.clone();
                r.value = sealed.next().unwrap_or_default();
                Write::Put(r)
            }
            other => other.clone(),
        })
        .collect())
}

// Sensitive localStorage values -------------------------------------------

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
            let _ = prefs::set_raw(&key, &sealed);
        }
    });
}

/// Opens every sealed sensitive value in localStorage into the cache.
async fn load_sensitive() {
    let entries: Vec<(String, String)> = prefs::raw_entries()
        .into_iter()
        .filter(|(k, _)| is_sensitive(k))
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
async fn rewrite_sensitive(plain: bool) -> Result<(), LockError> {
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
            prefs::set_raw(&key, &value)?;
        }
        return Ok(());
    }
    let Some(newest) = newest else {
        return Ok(());
    };
    let values: Vec<&str> = entries.iter().map(|(_, v)| v.as_str()).collect();
    let sealed = seal_with(&newest, &values).await?;
    for ((key, _), value) in entries.iter().zip(sealed) {
        prefs::set_raw(key, &value)?;
    }
    Ok(())
}

// Turning the lock on, changing it, turning it off ------------------------

/// What the lock needs of the record store: every raw record, and a batch
/// written as it is, in one transaction.
#[allow(async_fn_in_trait)]
pub trait RawRecords {
    async fn raw_records(&self) -> Result<Vec<(String, String)>, StoreError>;
    async fn write_raw(&self, batch: &[Write]) -> Result<(), StoreError>;
}

/// The records among these that are plain, sealed with the newest key, as
/// writes; sealed ones (opened or not) are left out.
async fn seal_plain(records: Vec<(String, String)>) -> Result<Vec<Write>, LockError> {
    let newest = newest_key().ok_or(LockError::Wrong)?;
    let (keys, plains): (Vec<String>, Vec<String>) = records
        .into_iter()
        .filter(|(_, v)| !v.starts_with(SEALED))
        .unzip();
    let texts: Vec<&str> = plains.iter().map(String::as_str).collect();
    let sealed = seal_with(&newest, &texts).await?;
    Ok(keys
        .into_iter()
        .zip(sealed)
        .map(|(key, value)| Write::Put(StoredRecord { key, value }))
        .collect())
}

/// Every record, opened with the keys in hand, then sealed with the newest
/// key (or left plain), and those that change written back in one
/// transaction. A value that does not open stays as it was: sealed, not lost.
async fn rewrite_records(store: &impl RawRecords, plain: bool) -> Result<(), LockError> {
    let (keys, stored): (Vec<String>, Vec<String>) = store.raw_records().await?.into_iter().unzip();
    let opened = open_values(stored.clone()).await;
    let batch = if plain {
        keys.into_iter()
            .zip(opened)
            .zip(stored)
            .filter(|((_, value), before)| value != before)
            .map(|((key, value), _)| Write::Put(StoredRecord { key, value }))
            .collect()
    } else {
        seal_plain(keys.into_iter().zip(opened).collect()).await?
    };
    if !batch.is_empty() {
        store.write_raw(&batch).await?;
    }
    Ok(())
}

/// Seals records found plain while the lock is on: written by another tab
/// in the moment before it learnt of the lock. Usually there are none and
/// nothing is written.
pub async fn seal_leftovers(store: &impl RawRecords) -> Result<(), LockError> {
    if !is_open() || !PLAIN_SEEN.with(|p| p.replace(false)) {
        return Ok(());
    }
    let batch = seal_plain(store.raw_records().await?).await?;
    if !batch.is_empty() {
        store.write_raw(&batch).await?;
    }
    Ok(())
}

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
    let cache: HashMap<String, String> = prefs::raw_entries()
        .into_iter()
        .filter(|(k, v)| is_sensitive(k) && !v.starts_with(SEALED))
        .collect();
    VAULT.with(|v| {
        *v.borrow_mut() = Some(Open {
            keys: vec![data_key],
            cache,
            versions: HashMap::new(),
        })
    });
    // The wrapped key is stored before anything is sealed with it.
    let stored = match prefs::save(META, &meta) {
        Ok(()) => rewrite_records(store, false).await,
        Err(e) => Err(e.into()),
    };
    if let Err(e) = stored {
        // The records were written all or not at all, so none is sealed:
        // the lock goes back off, and drafts typed meanwhile go back plain.
        let _ = rewrite_sensitive(true).await;
        prefs::clear(META);
        VAULT.with(|v| *v.borrow_mut() = None);
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
    let meta = prefs::load::<Meta>(META).ok_or(LockError::Wrong)?;
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
    prefs::save(META, &next)?;
    VAULT.with(|v| {
        if let Some(open) = v.borrow_mut().as_mut() {
            open.keys = keys;
        }
    });
    if let Err(e) = rewrite_records(store, false).await {
        // No record was sealed with the new key: the old passcode and keys
        // stay, and drafts sealed meanwhile are sealed again with them.
        let _ = prefs::save(META, &meta);
        VAULT.with(|v| {
            if let Some(open) = v.borrow_mut().as_mut() {
                open.keys.remove(0);
            }
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
    prefs::save(META, &next)?;
    VAULT.with(|v| {
        if let Some(open) = v.borrow_mut().as_mut() {
            open.keys.truncate(1);
        }
    });
    announce();
    Ok(())
}

/// Turns the lock off: every record and draft stored plain again.
pub async fn disable(current: &str, store: &impl RawRecords) -> Result<(), LockError> {
    let meta = prefs::load::<Meta>(META).ok_or(LockError::Wrong)?;
    unwrap_keys(current, &meta).await?;
    rewrite_records(store, true).await?;
    // Records stored plain under the lock are sealed again at the next
    // unlock, so a failure here leaves everything readable with the passcode.
    rewrite_sensitive(true).await?;
    prefs::clear(META);
    VAULT.with(|v| *v.borrow_mut() = None);
    announce();
    Ok(())
}

// Locking ------------------------------------------------------------------

/// Forgets the keys and every opened value by starting the page afresh:
/// nothing decrypted survives in memory, and the lock screen shows. Asked
/// for by the leader, every tab locks; locking for idleness or because this
/// tab was hidden locks only this one (the leader may just have switched to
/// another Attune tab).
pub fn lock_now(every_tab: bool) {
    if every_tab {
        announce();
    }
    reload();
}

fn reload() {
    VAULT.with(|v| *v.borrow_mut() = None);
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

thread_local! {
    static LOCKS: Channel = const { Channel::new(CHANNEL) };
}

/// Other tabs lock, or start afresh, when this one turns the lock on, off,
/// changes it, or locks.
fn announce() {
    LOCKS.with(Channel::announce);
}

/// Starts listening to the other tabs' lock changes.
pub fn follow_other_tabs() {
    LOCKS.with(|locks| locks.listen(reload));
}
