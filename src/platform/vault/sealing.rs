//! Sealing and opening values with the data keys, and rewriting every
//! record when the lock is turned on, changed or turned off.

use js_sys::{Array, Promise, Reflect, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::CryptoKey;

use super::LockError;
use super::cache::{current_keys, is_open, newest_key, saw_plain, take_plain_seen};
use super::keys::{DataKey, b64, unb64};
use crate::persist::{NONCE_BYTES, StoreError, StoredRecord, Write};
use crate::platform::crypto::{self, CryptoError};

/// How a sealed value begins; any other value is plain JSON.
pub(super) const SEALED: &str = "sealed1:";

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
        saw_plain();
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
pub(super) async fn seal_with(key: &DataKey, plains: &[&str]) -> Result<Vec<String>, CryptoError> {
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
    if !super::is_enabled() {
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
pub(super) async fn rewrite_records(store: &impl RawRecords, plain: bool) -> Result<(), LockError> {
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
    if !is_open() || !take_plain_seen() {
        return Ok(());
    }
    let batch = seal_plain(store.raw_records().await?).await?;
    if !batch.is_empty() {
        store.write_raw(&batch).await?;
    }
    Ok(())
}
