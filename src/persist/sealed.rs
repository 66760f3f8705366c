//! A backup locked with a passphrase: the plain backup document, encrypted.
//!
//! ```json
//! {"attune_locked_backup": 1,
//!  "kdf": "PBKDF2-SHA256", "iterations": 600000, "salt": "<16 bytes, base64>",
//!  "cipher": "AES-256-GCM", "nonce": "<12 bytes, base64>",
//!  "data": "<ciphertext followed by the 16-byte tag, base64>"}
//! ```
//! The key is PBKDF2-HMAC-SHA256 of the passphrase's UTF-8 bytes with the
//! salt, 32 bytes long; `data` is AES-256-GCM of the plain backup's UTF-8
//! bytes under that key and nonce, with no additional data. Salt and nonce
//! are new and random for every file. This module only reads and writes the
//! wrapping; the encryption itself is the browser's.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};

use super::{BackupError, MAX_BACKUP_BYTES};

/// The locked format version this build writes and reads.
pub const LOCKED_VERSION: u32 = 1;
/// PBKDF2 rounds for a new file. Several hundred milliseconds on a phone:
/// slow enough to make guessing costly, quick enough to open a backup.
pub const KDF_ITERATIONS: u32 = 600_000;
/// Fewer rounds than this is not a file Attune wrote.
pub const MIN_ITERATIONS: u32 = 100_000;
/// More than this would hold the phone for minutes: a damaged or hostile file.
pub const MAX_ITERATIONS: u32 = 10_000_000;
pub const SALT_BYTES: usize = 16;
pub const NONCE_BYTES: usize = 12;
/// AES-GCM's tag, carried at the end of `data`.
pub const TAG_BYTES: usize = 16;
/// Shorter passphrases are refused when locking a backup.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

const KDF: &str = "PBKDF2-SHA256";
const CIPHER: &str = "AES-256-GCM";

/// How the key was made and the data sealed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SealParams {
    pub iterations: u32,
    pub salt: [u8; SALT_BYTES],
    pub nonce: [u8; NONCE_BYTES],
}

/// A locked backup as read from its file, not yet opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sealed {
    pub params: SealParams,
    /// Ciphertext and tag.
    pub data: Vec<u8>,
}

#[derive(Serialize, Deserialize)]
struct SealedFile {
    attune_locked_backup: u32,
    kdf: String,
    iterations: u32,
    salt: String,
    cipher: String,
    nonce: String,
    data: String,
}

#[derive(Deserialize)]
struct Probe {
    attune_locked_backup: Option<serde::de::IgnoredAny>,
}

/// Writes the locked file around already encrypted data.
pub fn write_sealed(sealed: &Sealed) -> String {
    let file = SealedFile {
        attune_locked_backup: LOCKED_VERSION,
        kdf: KDF.into(),
        iterations: sealed.params.iterations,
        salt: STANDARD.encode(sealed.params.salt),
        cipher: CIPHER.into(),
        nonce: STANDARD.encode(sealed.params.nonce),
        data: STANDARD.encode(&sealed.data),
    };
    serde_json::to_string(&file).unwrap_or_default()
}

/// `None` when the text is not a locked backup (it may be a plain one);
/// otherwise the wrapping, checked, or why it cannot be opened.
pub fn read_sealed(text: &str) -> Result<Option<Sealed>, BackupError> {
    if text.len() > MAX_BACKUP_BYTES {
        return Err(BackupError::TooLarge);
    }
    match serde_json::from_str::<Probe>(text) {
        Ok(Probe {
            attune_locked_backup: Some(_),
        }) => {}
        _ => return Ok(None),
    }
    let file: SealedFile = serde_json::from_str(text).map_err(|_| BackupError::LockDamaged)?;
    if file.attune_locked_backup > LOCKED_VERSION {
        return Err(BackupError::TooNew(file.attune_locked_backup));
    }
    if file.attune_locked_backup == 0 || file.kdf != KDF || file.cipher != CIPHER {
        return Err(BackupError::LockDamaged);
    }
    if !(MIN_ITERATIONS..=MAX_ITERATIONS).contains(&file.iterations) {
        return Err(BackupError::LockDamaged);
    }
    let bytes = |b64: &str| STANDARD.decode(b64).map_err(|_| BackupError::LockDamaged);
    let salt = bytes(&file.salt)?
        .try_into()
        .map_err(|_| BackupError::LockDamaged)?;
    let nonce = bytes(&file.nonce)?
        .try_into()
        .map_err(|_| BackupError::LockDamaged)?;
    let data = bytes(&file.data)?;
    if data.len() < TAG_BYTES {
        return Err(BackupError::LockDamaged);
    }
    Ok(Some(Sealed {
        params: SealParams {
            iterations: file.iterations,
            salt,
            nonce,
        },
        data,
    }))
}

/// Why a passphrase is not accepted for locking, in the leader's words.
pub fn passphrase_problem(passphrase: &str, repeated: &str) -> Option<&'static str> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        Some("Use at least 8 characters for the passphrase.")
    } else if passphrase != repeated {
        Some("The two passphrases are not the same.")
    } else {
        None
    }
}

/// App lock passcodes shorter than this are refused.
pub const MIN_PASSCODE_CHARS: usize = 6;

/// Seconds before another passcode may be tried after `failed` wrong ones in
/// a row: none for the first three, then 5 s, doubling, up to 5 minutes.
pub fn wait_after(failed: u32) -> u32 {
    match failed {
        0..=2 => 0,
        n => 5u32.saturating_mul(1 << (n - 3).min(6)).min(300),
    }
}
