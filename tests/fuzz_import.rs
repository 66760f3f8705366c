//! Import is fuzzed: whatever bytes a file holds, reading it never panics,
//! and whatever is accepted is a journal that exports and reads back the same.
//!
//! A short run (256 cases a property) is part of the tests; `cargo xtask
//! fuzz` runs 100,000 cases a property (`PROPTEST_CASES`).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use attune::persist::{
    SealParams, Sealed, export_backup, merge_plan, parse_backup, read_sealed, write_sealed,
};
use proptest::prelude::*;
use support::{at, fixture, load};

fn valid_backup() -> String {
    export_backup(
        &load(fixture("schema-v1.json")).journal,
        at("2026-12-20T18:00:00+01:00"),
    )
}

/// What can happen to a file on its way: cut short, a character changed, text
/// inserted, a stretch lost.
#[derive(Debug, Clone)]
enum Damage {
    Truncate(usize),
    Replace(usize, char),
    Insert(usize, String),
    Remove(usize, usize),
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        any::<usize>().prop_map(Damage::Truncate),
        (any::<usize>(), any::<char>()).prop_map(|(i, c)| Damage::Replace(i, c)),
        (any::<usize>(), "[\\[\\]{}\",:0-9a-z\\\\ ]{0,12}").prop_map(|(i, s)| Damage::Insert(i, s)),
        (any::<usize>(), 0usize..40).prop_map(|(i, n)| Damage::Remove(i, n)),
    ]
}

fn apply(text: &str, damage: &[Damage]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for d in damage {
        let at = |i: usize, len: usize| if len == 0 { 0 } else { i % (len + 1) };
        match d {
            Damage::Truncate(i) => chars.truncate(at(*i, chars.len())),
            Damage::Replace(i, c) if !chars.is_empty() => {
                let i = i % chars.len();
                chars[i] = *c;
            }
            Damage::Replace(..) => {}
            Damage::Insert(i, s) => {
                let i = at(*i, chars.len());
                chars.splice(i..i, s.chars());
            }
            Damage::Remove(i, n) => {
                let start = at(*i, chars.len());
                let end = (start + n).min(chars.len());
                chars.drain(start..end);
            }
        }
    }
    chars.into_iter().collect()
}

/// Accepted means whole: exporting what was read and reading it again gives
/// the same journal; and adding it to the fixture's journal keeps every
/// record that was there.
fn accepted_is_whole(text: &str) -> Result<(), TestCaseError> {
    // A locked wrapping is read or refused without panic too.
    let _ = read_sealed(text);
    if let Ok(backup) = parse_backup(text) {
        let again = export_backup(&backup.journal, at("2026-12-21T09:00:00+00:00"));
        let reread = parse_backup(&again)
            .map_err(|e| TestCaseError::fail(format!("re-read refused: {e}")))?;
        prop_assert_eq!(&reread.journal, &backup.journal);
        let here = load(fixture("schema-v1.json")).journal;
        let mut merged = here.clone();
        merged.apply(merge_plan(&here, &backup).changes);
        for entity in here.entities() {
            prop_assert!(
                merged
                    .entities()
                    .any(|e| e.entity_ref() == entity.entity_ref())
            );
        }
    }
    Ok(())
}

fn valid_locked() -> String {
    write_sealed(&Sealed {
        params: SealParams {
            iterations: 600_000,
            salt: [1; 16],
            nonce: [2; 12],
        },
        data: (0..64).collect(),
    })
}

proptest! {
    #[test]
    fn any_text_is_read_or_refused_without_panic(text in any::<String>()) {
        accepted_is_whole(&text)?;
    }

    #[test]
    fn a_damaged_backup_is_read_whole_or_refused(damage in prop::collection::vec(damage(), 1..4)) {
        let text = apply(&valid_backup(), &damage);
        accepted_is_whole(&text)?;
    }

    #[test]
    fn json_shaped_noise_is_read_whole_or_refused(
        version in prop_oneof![Just("1".to_string()), Just("0".to_string()), Just("2".to_string()), "[0-9a-z\\\"-]{0,6}"],
        records in "[\\[\\]{}\",:0-9a-z ]{0,80}",
    ) {
        let text = format!("{{\"attune_backup\": {version}, \"records\": {records}}}");
        accepted_is_whole(&text)?;
    }

    #[test]
    fn a_damaged_locked_backup_is_read_whole_or_refused(damage in prop::collection::vec(damage(), 1..4)) {
        let text = apply(&valid_locked(), &damage);
        if let Ok(Some(sealed)) = read_sealed(&text) {
            // Whatever is accepted writes back to a file that reads the same.
            prop_assert_eq!(read_sealed(&write_sealed(&sealed)), Ok(Some(sealed)));
        }
    }
}

#[test]
fn undamaged_the_backup_is_accepted() {
    assert!(parse_backup(&apply(&valid_backup(), &[])).is_ok());
}
