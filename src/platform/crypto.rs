//! Encryption through the browser's WebCrypto: a key from a passphrase
//! (PBKDF2-SHA256), and AES-256-GCM with it. The key never leaves WebCrypto:
//! it is made non-extractable and held only in memory.

use js_sys::{Array, Object, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesDerivedKeyParams, AesGcmParams, CryptoKey, Pbkdf2Params, SubtleCrypto};

use crate::persist::{BackupError, KDF_ITERATIONS, NONCE_BYTES, SALT_BYTES, SealParams, Sealed};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CryptoError {
    #[error("this browser offers no WebCrypto")]
    Unavailable,
    #[error("the key could not be made")]
    KeyFailed,
    /// AES-GCM's tag did not match: another key, or changed data.
    #[error("the data does not open with this key")]
    WrongKey,
    #[error("encryption failed")]
    Failed,
}

fn web_crypto() -> Result<web_sys::Crypto, CryptoError> {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or(CryptoError::Unavailable)
}

fn subtle() -> Result<SubtleCrypto, CryptoError> {
    Ok(web_crypto()?.subtle())
}

/// Fills `N` bytes from the platform's cryptographic generator; there is
/// no weaker stand-in.
pub fn random_bytes<const N: usize>() -> Result<[u8; N], CryptoError> {
    let mut bytes = [0u8; N];
    web_crypto()?
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(|_| CryptoError::Unavailable)?;
    Ok(bytes)
}

/// New parameters for sealing: the standard rounds, a random salt and nonce.
pub fn fresh_params() -> Result<SealParams, CryptoError> {
    Ok(SealParams {
        iterations: KDF_ITERATIONS,
        salt: random_bytes::<SALT_BYTES>()?,
        nonce: random_bytes::<NONCE_BYTES>()?,
    })
}

fn usages(names: &[&str]) -> Array {
    names.iter().map(|n| JsValue::from_str(n)).collect()
}

/// The key a WebCrypto promise resolves to.
async fn key_from(promise: Result<js_sys::Promise, JsValue>) -> Result<CryptoKey, CryptoError> {
    let promise = promise.map_err(|_| CryptoError::KeyFailed)?;
    Ok(JsFuture::from(promise)
        .await
        .map_err(|_| CryptoError::KeyFailed)?
        .unchecked_into())
}

/// The AES-256-GCM key for a passphrase and salt.
pub async fn derive_key(
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<CryptoKey, CryptoError> {
    let subtle = subtle()?;
    let secret = Uint8Array::from(passphrase.as_bytes());
    let base = key_from(subtle.import_key_with_str(
        "raw",
        &secret,
        "PBKDF2",
        false,
        &usages(&["deriveKey"]),
    ))
    .await?;
    let params =
        Pbkdf2Params::new_with_str("PBKDF2", "SHA-256", iterations, &Uint8Array::from(salt));
    let aes = AesDerivedKeyParams::new("AES-GCM", 256);
    key_from(subtle.derive_key_with_object_and_object(
        &params,
        &base,
        &aes,
        false,
        &usages(&["encrypt", "decrypt"]),
    ))
    .await
}

fn gcm(nonce: &[u8]) -> Object {
    AesGcmParams::new("AES-GCM", &Uint8Array::from(nonce)).into()
}

/// A key for AES-256-GCM from 32 raw bytes; it cannot be read back out.
pub async fn import_key(raw: &[u8]) -> Result<CryptoKey, CryptoError> {
    key_from(subtle()?.import_key_with_str(
        "raw",
        &Uint8Array::from(raw),
        "AES-GCM",
        false,
        &usages(&["encrypt", "decrypt"]),
    ))
    .await
}

/// The browser's promise of [`encrypt`], so many can run at once.
pub fn encrypt_promise(
    key: &CryptoKey,
    nonce: &[u8],
    plain: &[u8],
) -> Result<js_sys::Promise, CryptoError> {
    subtle()?
        .encrypt_with_object_and_u8_array(&gcm(nonce), key, plain)
        .map_err(|_| CryptoError::Failed)
}

/// The browser's promise of [`decrypt`], so many can run at once.
pub fn decrypt_promise(
    key: &CryptoKey,
    nonce: &[u8],
    data: &[u8],
) -> Result<js_sys::Promise, CryptoError> {
    subtle()?
        .decrypt_with_object_and_u8_array(&gcm(nonce), key, data)
        .map_err(|_| CryptoError::Failed)
}

/// AES-GCM: the ciphertext followed by its 16-byte tag.
pub async fn encrypt(key: &CryptoKey, nonce: &[u8], plain: &[u8]) -> Result<Vec<u8>, CryptoError> {
    let buffer = JsFuture::from(encrypt_promise(key, nonce, plain)?)
        .await
        .map_err(|_| CryptoError::Failed)?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// Opens what [`encrypt`] made; any other key or any changed byte is refused.
pub async fn decrypt(key: &CryptoKey, nonce: &[u8], data: &[u8]) -> Result<Vec<u8>, CryptoError> {
    let buffer = JsFuture::from(decrypt_promise(key, nonce, data)?)
        .await
        .map_err(|_| CryptoError::WrongKey)?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// Locks a plain backup document with a passphrase, under `params`.
pub async fn seal(
    passphrase: &str,
    params: SealParams,
    plain: &str,
) -> Result<Sealed, CryptoError> {
    let key = derive_key(passphrase, &params.salt, params.iterations).await?;
    let data = encrypt(&key, &params.nonce, plain.as_bytes()).await?;
    Ok(Sealed { params, data })
}

/// Opens a locked backup to its plain document.
pub async fn unseal(passphrase: &str, sealed: &Sealed) -> Result<String, BackupError> {
    let params = &sealed.params;
    let key = derive_key(passphrase, &params.salt, params.iterations)
        .await
        .map_err(|_| BackupError::WrongPassphrase)?;
    let plain = decrypt(&key, &params.nonce, &sealed.data)
        .await
        .map_err(|_| BackupError::WrongPassphrase)?;
    String::from_utf8(plain).map_err(|_| BackupError::NotJson)
}
