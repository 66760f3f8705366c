//! The data keys and the passcode's key: made, wrapped for storage, and
//! unwrapped by the passcode.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};
use web_sys::CryptoKey;

use super::LockError;
use crate::persist::{KDF_ITERATIONS, MIN_PASSCODE_CHARS, NONCE_BYTES, SALT_BYTES, StoreError};
use crate::platform::crypto::{self, CryptoError};
use crate::platform::local;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct Meta {
    pub(super) iterations: u32,
    pub(super) salt: String,
    /// Data keys, newest first, each encrypted with the passcode's key.
    pub(super) keys: Vec<Wrapped>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct Wrapped {
    id: String,
    /// Nonce, then the encrypted 32 key bytes and tag; base64.
    data: String,
}

/// A data key: its id in sealed values, its bytes (to wrap it under a new
/// passcode) and the WebCrypto key made from them.
#[derive(Clone)]
pub(super) struct DataKey {
    pub(super) id: String,
    raw: Vec<u8>,
    pub(super) key: CryptoKey,
}

pub(super) fn b64(bytes: &[u8]) -> String {
    STANDARD.encode(bytes)
}

pub(super) fn unb64(text: &str) -> Option<Vec<u8>> {
    STANDARD.decode(text).ok()
}

fn key_id() -> Result<String, CryptoError> {
    let bytes = crypto::random_bytes::<4>()?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// The passcode's key and the data keys it unwraps; `Wrong` if it does not.
pub(super) async fn unwrap_keys(passcode: &str, meta: &Meta) -> Result<Vec<DataKey>, LockError> {
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
pub(super) async fn new_data_key() -> Result<DataKey, LockError> {
    let raw = crypto::random_bytes::<32>()?.to_vec();
    let key = crypto::import_key(&raw).await?;
    Ok(DataKey {
        id: key_id()?,
        raw,
        key,
    })
}

/// A data key encrypted with a passcode's key, as stored.
pub(super) async fn wrap(kek: &CryptoKey, data_key: &DataKey) -> Result<Wrapped, LockError> {
    let nonce = crypto::random_bytes::<NONCE_BYTES>()?;
    let sealed = crypto::encrypt(kek, &nonce, &data_key.raw).await?;
    Ok(Wrapped {
        id: data_key.id.clone(),
        data: b64(&[nonce.as_slice(), &sealed].concat()),
    })
}

/// The key a new passcode makes, with its new salt.
pub(super) async fn passcode_key(
    passcode: &str,
) -> Result<(CryptoKey, [u8; SALT_BYTES]), LockError> {
    if passcode.chars().count() < MIN_PASSCODE_CHARS {
        return Err(LockError::TooShort);
    }
    let salt = crypto::random_bytes::<SALT_BYTES>()?;
    Ok((
        crypto::derive_key(passcode, &salt, KDF_ITERATIONS).await?,
        salt,
    ))
}

const META: &str = "lock";

/// The stored keys; `None` while the lock is off.
pub(super) fn stored_meta() -> Option<Meta> {
    local::load(META)
}

pub(super) fn store_meta(meta: &Meta) -> Result<(), StoreError> {
    local::save(META, meta)
}

/// Turns the lock off, as far as storage knows.
pub(super) fn forget_meta() {
    local::remove(META);
}
