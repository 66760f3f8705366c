//! The browser's WebCrypto, as Attune uses it, against the locked backup
//! fixture made by an independent implementation.
#![cfg(target_arch = "wasm32")]

use attune::persist::{BackupError, KDF_ITERATIONS, parse_backup, read_sealed, write_sealed};
use attune::platform::crypto::{fresh_params, seal, unseal};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const LOCKED: &str = include_str!("fixtures/backup-locked-v1.json");
const PASSPHRASE: &str = "correct horse battery staple";

fn fixture() -> attune::persist::Sealed {
    read_sealed(LOCKED)
        .ok()
        .flatten()
        .expect("the fixture is a locked backup")
}

#[wasm_bindgen_test]
async fn the_fixture_opens_and_sealing_it_again_gives_the_same_bytes() {
    let sealed = fixture();
    let plain = unseal(PASSPHRASE, &sealed)
        .await
        .expect("the passphrase opens it");
    let backup = parse_backup(&plain).expect("inside is a backup");
    assert!(backup.entry_count() > 5);
    // Same passphrase, salt and nonce: byte for byte what the other
    // implementation wrote.
    let again = seal(PASSPHRASE, sealed.params.clone(), &plain)
        .await
        .expect("sealed");
    assert_eq!(again, sealed);
}

#[wasm_bindgen_test]
async fn another_passphrase_or_a_changed_byte_is_refused() {
    let sealed = fixture();
    assert_eq!(
        unseal("Correct horse battery staple", &sealed).await,
        Err(BackupError::WrongPassphrase)
    );
    let mut changed = sealed.clone();
    changed.data[0] ^= 0x80;
    assert_eq!(
        unseal(PASSPHRASE, &changed).await,
        Err(BackupError::WrongPassphrase)
    );
}

#[wasm_bindgen_test]
async fn each_backup_gets_its_own_salt_and_nonce_and_round_trips() {
    let (a, b) = (
        fresh_params().expect("random"),
        fresh_params().expect("random"),
    );
    assert_eq!(a.iterations, KDF_ITERATIONS);
    assert_ne!(a.salt, b.salt);
    assert_ne!(a.nonce, b.nonce);
    let plain = r#"{"attune_backup":1,"records":[]}"#;
    let sealed = seal("a long passphrase", a, plain).await.expect("sealed");
    let read = read_sealed(&write_sealed(&sealed))
        .ok()
        .flatten()
        .expect("reads back");
    assert_eq!(
        unseal("a long passphrase", &read).await.as_deref(),
        Ok(plain)
    );
    assert!(!write_sealed(&sealed).contains("attune_backup\""));
}
