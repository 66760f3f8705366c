//! Import is fuzzed: whatever bytes a file holds, reading it never panics,
//! and whatever is accepted is a journal that exports and reads back the same.
//!
//! A short run (256 cases a property) is part of the tests; `cargo xtask
//! fuzz` runs 100,000 cases a property (`PROPTEST_CASES`).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use attune::domain::Moment;
use attune::domain::wire_time::parse_moment;
use attune::persist::{
    BackupError, SealParams, Sealed, decode_record, encode, export_backup, merge_plan,
    parse_backup, read_sealed, write_sealed,
};
use chrono::SecondsFormat;
use proptest::prelude::*;
use support::{at, fixture, load, soundness, today};

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

/// Accepted means whole and sound: what replacing everything with the file
/// brings passes the journal's invariant check and holds every rule, and
/// exported and read again it comes back the same, nothing left out; adding
/// the file to the fixture's journal keeps every record that was there, and
/// passes the check too.
fn accepted_is_whole(text: &str) -> Result<(), TestCaseError> {
    // A locked wrapping is read or refused without panic too.
    let _ = read_sealed(text);
    let Ok(backup) = parse_backup(text) else {
        return Ok(());
    };
    let here = load(fixture("schema-v1.json")).journal;
    let mut merged = here.clone();
    merged.apply(merge_plan(&here, &backup, today()).changes);
    soundness(&merged).map_err(TestCaseError::fail)?;
    for entity in here.entities() {
        prop_assert!(merged.entities().any(|e| e == entity));
    }
    let restored = match backup.replacement(today()) {
        Ok(restored) => restored,
        Err(BackupError::MostlyBroken { .. }) => return Ok(()),
        Err(e) => return Err(TestCaseError::fail(format!("replacement refused: {e}"))),
    };
    soundness(&restored.journal).map_err(TestCaseError::fail)?;
    let again = export_backup(&restored.journal, at("2026-12-21T09:00:00+00:00"));
    let reread = parse_backup(&again).and_then(|b| b.replacement(today()));
    let reread = reread.map_err(|e| TestCaseError::fail(format!("re-read refused: {e}")))?;
    prop_assert_eq!(reread.vetting.left_out(), 0);
    prop_assert_eq!(&reread.journal, &restored.journal);
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

/// A moment as Attune writes one: any date, time, fraction and offset,
/// some of them out of range.
fn written_moment() -> impl Strategy<Value = String> {
    let fraction = prop::option::of((1usize..11, any::<u64>())).prop_map(|f| {
        f.map_or(String::new(), |(n, x)| {
            format!(".{:010}", x % 10_000_000_000)[..=n].to_string()
        })
    });
    let offset = prop_oneof![
        Just("Z".to_string()),
        (any::<bool>(), 0u32..26, 0u32..62)
            .prop_map(|(west, h, m)| format!("{}{h:02}:{m:02}", if west { '-' } else { '+' })),
    ];
    (
        0u32..10_000,
        0u32..14,
        0u32..33,
        0u32..25,
        0u32..61,
        0u32..62,
        fraction,
        offset,
    )
        .prop_map(|(y, mo, d, h, mi, s, fraction, offset)| {
            format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}{fraction}{offset}")
        })
}

/// How `text` reads here and how chrono reads it, to the nanosecond and
/// with the offset: a `DateTime`'s `==` compares instants only.
fn read_both(text: &str) -> (Option<String>, Option<String>) {
    let exactly = |m: Option<Moment>| m.map(|m| m.to_rfc3339_opts(SecondsFormat::Nanos, false));
    (exactly(parse_moment(text).ok()), exactly(text.parse().ok()))
}

proptest! {
    #[test]
    fn a_moment_is_read_as_chrono_reads_it(
        text in written_moment(),
        damage in prop::collection::vec(damage(), 0..3),
    ) {
        let (mine, chrono) = read_both(&text);
        prop_assert_eq!(mine, chrono, "{}", text);
        let damaged = apply(&text, &damage);
        let (mine, chrono) = read_both(&damaged);
        prop_assert_eq!(mine, chrono, "{}", damaged);
    }

    /// Each record of the fixture, damaged inside its data: read in one pass
    /// (its envelope as written) or in steps (`data` first), it comes out
    /// the same, or is refused for the same reason.
    #[test]
    fn a_damaged_record_reads_the_same_in_one_pass_or_in_steps(
        pick in any::<prop::sample::Index>(),
        damage in prop::collection::vec(damage(), 1..3),
    ) {
        let journal = load(fixture("schema-v1.json")).journal;
        let entities: Vec<_> = journal.entities().collect();
        let record = encode(&entities[pick.index(entities.len())]);
        let envelope: serde_json::Value = serde_json::from_str(&record.value).unwrap();
        let data = apply(&envelope["data"].to_string(), &damage);
        let (v, kind) = (&envelope["v"], &envelope["kind"]);
        let one_pass = format!(r#"{{"v":{v},"kind":{kind},"data":{data}}}"#);
        let in_steps = format!(r#"{{"data":{data},"v":{v},"kind":{kind}}}"#);
        prop_assert_eq!(decode_record(&one_pass), decode_record(&in_steps), "{}", data);
    }
}

#[test]
fn undamaged_the_backup_is_accepted() {
    assert!(parse_backup(&apply(&valid_backup(), &[])).is_ok());
}
