//! The locked backup format: known answers from an independent
//! implementation, and every damaged wrapping refused by name.

#![cfg(not(target_arch = "wasm32"))]

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use attune::persist::{
    BackupError, KDF_ITERATIONS, SealParams, Sealed, parse_backup, passphrase_problem, read_sealed,
    wait_after, write_sealed,
};

const LOCKED: &str = include_str!("fixtures/backup-locked-v1.json");
/// The stored records the locked backup was made from.
const RECORDS: &str = include_str!("fixtures/schema-v1.json");
const PASSPHRASE: &str = "correct horse battery staple";
/// PBKDF2-HMAC-SHA256(PASSPHRASE, salt 00..0f, 600,000 rounds), 32 bytes.
const KEY_HEX: &str = "ef177144eec9420cbc1093d2a8b344a92bc506d0d4ec9c028dd19f8324d8c1e6";

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn fixture() -> Sealed {
    match read_sealed(LOCKED) {
        Ok(Some(sealed)) => sealed,
        other => panic!("the fixture should read as a locked backup: {other:?}"),
    }
}

fn key_for(passphrase: &str, params: &SealParams) -> [u8; 32] {
    let mut key = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(
        passphrase.as_bytes(),
        &params.salt,
        params.iterations,
        &mut key,
    );
    key
}

/// The fixture's key, derived once for all the tests.
fn fixture_key() -> [u8; 32] {
    static KEY: std::sync::OnceLock<[u8; 32]> = std::sync::OnceLock::new();
    *KEY.get_or_init(|| key_for(PASSPHRASE, &fixture().params))
}

fn open(key: &[u8; 32], sealed: &Sealed) -> Option<Vec<u8>> {
    let cipher = Aes256Gcm::new_from_slice(key).ok()?;
    cipher
        .decrypt(
            Nonce::from_slice(&sealed.params.nonce),
            sealed.data.as_slice(),
        )
        .ok()
}

#[test]
fn the_fixture_carries_its_parameters() {
    let sealed = fixture();
    assert_eq!(sealed.params.iterations, KDF_ITERATIONS);
    assert_eq!(sealed.params.salt, core::array::from_fn(|i| i as u8));
    assert_eq!(sealed.params.nonce, core::array::from_fn(|i| i as u8));
}

#[test]
fn the_documented_key_derivation_and_cipher_open_it_to_the_plain_backup() {
    let sealed = fixture();
    let key = fixture_key();
    assert_eq!(hex(&key), KEY_HEX);
    let plain = open(&key, &sealed).expect("the right passphrase opens the backup");
    let backup = match parse_backup(std::str::from_utf8(&plain).unwrap_or_default()) {
        Ok(backup) => backup,
        Err(e) => panic!("the opened text is a backup: {e:?}"),
    };
    let records: Vec<serde_json::Value> = serde_json::from_str(RECORDS).unwrap_or_default();
    assert!(!records.is_empty());
    assert_eq!(backup.entry_count(), records.len());
}

#[test]
fn another_passphrase_or_a_changed_byte_does_not_open_it() {
    let sealed = fixture();
    assert!(
        open(
            &key_for("correct horse battery stapl", &sealed.params),
            &sealed
        )
        .is_none()
    );
    let key = fixture_key();
    let mut changed = sealed.clone();
    changed.data[40] ^= 1;
    assert!(open(&key, &changed).is_none());
}

#[test]
fn written_then_read_gives_back_the_same() {
    let sealed = Sealed {
        params: SealParams {
            iterations: KDF_ITERATIONS,
            salt: [7; 16],
            nonce: [9; 12],
        },
        data: (0..=255).collect(),
    };
    assert_eq!(read_sealed(&write_sealed(&sealed)), Ok(Some(sealed)));
}

#[test]
fn a_plain_backup_or_any_other_text_is_not_a_locked_one() {
    assert_eq!(read_sealed(RECORDS), Ok(None));
    assert_eq!(read_sealed(r#"{"attune_backup":1,"records":[]}"#), Ok(None));
    assert_eq!(read_sealed("not json at all"), Ok(None));
    assert_eq!(read_sealed(""), Ok(None));
    assert_eq!(read_sealed("[1,2,3]"), Ok(None));
}

#[test]
fn a_damaged_wrapping_is_refused_before_any_work() {
    let good: serde_json::Value = serde_json::from_str(LOCKED).unwrap_or_default();
    let with = |field: &str, value: serde_json::Value| {
        let mut v = good.clone();
        v[field] = value;
        read_sealed(&v.to_string())
    };
    use serde_json::json;
    let damaged = [
        ("salt", json!("AAEC")),
        ("salt", json!("not base64!")),
        ("nonce", json!("AAECAwQFBgcICQoLDA0ODw==")),
        ("data", json!("AAEC")),
        ("data", json!(12)),
        ("iterations", json!(1)),
        ("iterations", json!(4_000_000_000u32)),
        ("iterations", json!(-5)),
        ("kdf", json!("MD5")),
        ("cipher", json!("AES-128-CBC")),
        ("attune_locked_backup", json!(0)),
    ];
    for (field, value) in damaged {
        assert_eq!(
            with(field, value.clone()),
            Err(BackupError::LockDamaged),
            "{field} = {value}"
        );
    }
    assert_eq!(
        with("attune_locked_backup", json!(2)),
        Err(BackupError::TooNew(2))
    );
    let mut cut = good.clone();
    if let Some(map) = cut.as_object_mut() {
        map.remove("nonce");
    }
    assert_eq!(read_sealed(&cut.to_string()), Err(BackupError::LockDamaged));
    let oversized = format!(
        "{{\"attune_locked_backup\":1,\"data\":\"{}\"}}",
        "A".repeat(51 << 20)
    );
    assert_eq!(read_sealed(&oversized), Err(BackupError::TooLarge));
}

#[test]
fn a_passphrase_must_be_long_enough_and_typed_twice_alike() {
    assert!(passphrase_problem("short", "short").is_some());
    assert!(passphrase_problem("long enough", "long enough!").is_some());
    assert_eq!(passphrase_problem("long enough", "long enough"), None);
    // Characters, not bytes: eight accented letters are enough.
    assert_eq!(passphrase_problem("éééééééé", "éééééééé"), None);
}

#[test]
fn wrong_passcodes_wait_longer_each_time_up_to_five_minutes() {
    let waits: Vec<u32> = (0..=12).map(wait_after).collect();
    assert_eq!(waits, [0, 0, 0, 5, 10, 20, 40, 80, 160, 300, 300, 300, 300]);
    assert_eq!(wait_after(u32::MAX), 300);
}
