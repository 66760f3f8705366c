//! Packed history: whatever was written, packing changes how it is stored
//! and never what is read back; the unreadable stays where it was.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::BTreeMap;

use attune::domain::{Change, Entity, EntityKind, EntityRef, KidId, NoteDraft, NoteId};
use attune::persist::pack::{self, LOOSE_LIMIT, PACK_PREFIX, TOMBSTONE};
use attune::persist::{MemoryStore, Part, Store, StoredRecord, Write, encode_changes, load_all};
use proptest::prelude::*;
use support::{at, journal_with_kid, run, today};

/// Applies stored writes to stored records, as the browser's database does.
fn apply(stored: &mut BTreeMap<String, String>, batch: &[Write]) {
    for write in batch {
        match write {
            Write::Put(r) => drop(stored.insert(r.key.clone(), r.value.clone())),
            Write::Delete(key) => drop(stored.remove(key)),
            Write::Clear => stored.clear(),
            Write::ClearHistory => stored.retain(|k, _| Part::Head.contains(k)),
        }
    }
}

/// Packs as a store does, but whenever at least one record would move.
fn pack_now(stored: &mut BTreeMap<String, String>, leave: &[String]) -> bool {
    let history: Vec<(String, String)> = stored
        .iter()
        .filter(|(k, _)| Part::History.contains(k))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let Some(plan) = pack::plan(&history, leave, 1) else {
        return false;
    };
    let packs = plan.packs.iter().cloned().map(Write::Put).collect();
    apply(stored, &pack::packing_writes(packs, &plan, &history));
    true
}

fn history_view(stored: &BTreeMap<String, String>) -> Vec<(String, String)> {
    let history = stored
        .iter()
        .filter(|(k, _)| Part::History.contains(k))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    pack::view(history).records
}

#[derive(Debug, Clone)]
enum Op {
    Put { key: u8, value: String },
    Delete { key: u8 },
    Pack { leave: Vec<u8> },
}

fn key(n: u8) -> String {
    format!("~note:{n:016x}")
}

fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        // A record, sometimes long enough that packs fill up and split.
        (0usize..6_000, any::<u8>())
            .prop_map(|(len, n)| format!("{{\"v\":1,\"n\":{n},\"pad\":\"{}\"}}", "x".repeat(len))),
        // Text that is not a record (damaged, or sealed and not opened).
        Just("sealed1:k1:AAAA".to_string()),
        Just("{\"v\":1,\n\"broken\"".to_string()),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0u8..40, value()).prop_map(|(key, value)| Op::Put { key, value }),
        2 => (0u8..40).prop_map(|key| Op::Delete { key }),
        1 => proptest::collection::vec(0u8..40, 0..4).prop_map(|leave| Op::Pack { leave }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// After every put, delete and packing, the history reads back exactly
    /// as plain one-record-per-key storage would hold it.
    #[test]
    fn packing_never_changes_what_is_read(ops in proptest::collection::vec(op(), 1..60)) {
        let mut stored = BTreeMap::new();
        // A kid in the head part, which packing must never touch.
        let kid = ("kid:0000000000000001".to_string(), "{\"v\":1}".to_string());
        stored.insert(kid.0.clone(), kid.1.clone());
        let mut model: BTreeMap<String, String> = BTreeMap::new();
        for op in ops {
            match op {
                Op::Put { key: n, value } => {
                    let put = Write::Put(StoredRecord { key: key(n), value: value.clone() });
                    apply(&mut stored, &pack::stored_writes(&[put]));
                    model.insert(key(n), value);
                }
                Op::Delete { key: n } => {
                    apply(&mut stored, &pack::stored_writes(&[Write::Delete(key(n))]));
                    model.remove(&key(n));
                }
                Op::Pack { leave } => {
                    let leave: Vec<String> = leave.into_iter().map(key).collect();
                    let before: BTreeMap<String, String> = stored.clone();
                    if pack_now(&mut stored, &leave) {
                        // What could not be read, or was to be left, is still
                        // there under its own key, as it was.
                        for (k, v) in before.iter().filter(|(k, _)| !k.starts_with(PACK_PREFIX)) {
                            let unmovable = leave.contains(k) || !v.starts_with('{') || v.contains('\n');
                            if unmovable && v != TOMBSTONE {
                                prop_assert_eq!(stored.get(k), Some(v));
                            }
                        }
                        // Nothing loose is left that could have been packed.
                        let movable = stored.iter().filter(|(k, v)| {
                            Part::History.contains(k) && !k.starts_with(PACK_PREFIX)
                                && !leave.contains(*k) && v.starts_with('{') && !v.contains('\n')
                        });
                        prop_assert_eq!(movable.count(), 0);
                    }
                }
            }
            prop_assert_eq!(history_view(&stored), model.clone().into_iter().collect::<Vec<_>>());
            prop_assert_eq!(stored.get(&kid.0), Some(&kid.1));
        }
    }
}

/// A year of notes, written as restoring a backup writes them.
fn year(notes: u64) -> attune::domain::Journal {
    let mut j = journal_with_kid("Marco", 1);
    for n in 0..notes {
        let draft = NoteDraft {
            text: format!("Note {n}: asked about the big game, he said they won"),
            kids: vec![KidId(1)],
            ..NoteDraft::default()
        };
        let planned = j.add_note(NoteId(100 + n), &draft, at("2026-12-01T17:00:00+01:00"));
        run(&mut j, planned);
    }
    j
}

#[test]
fn a_year_of_notes_is_stored_in_a_few_dozen_records_and_reads_back_whole() {
    pollster::block_on(async {
        let j = year(10_000);
        let all: Vec<Change> = j.entities().map(Change::Put).collect();
        let store = MemoryStore::default();
        store.write(&encode_changes(&all)).await.expect("stored");
        assert_eq!(store.len(), 10_001, "written one record each");
        assert!(store.packing_due());

        assert_eq!(store.pack(&[]).await, Ok(true));
        assert!(!store.packing_due());
        let packs = store.stored();
        let history: Vec<_> = packs
            .iter()
            .filter(|(k, _)| Part::History.contains(k))
            .collect();
        assert!(
            history.iter().all(|(k, _)| k.starts_with(PACK_PREFIX)),
            "every note is in a pack"
        );
        let bytes: usize = history.iter().map(|(_, v)| v.len()).sum();
        assert!(
            history.len() <= bytes / pack::PACK_BYTES + 1,
            "packs are full"
        );
        assert!(history.len() < 60, "{} packs", history.len());
        assert!(
            store.raw("kid:0000000000000001").is_some(),
            "the head is as it was"
        );

        let loaded = load_all(&store, today()).await.expect("loads");
        assert!(loaded.quarantined.is_empty());
        assert_eq!(loaded.journal, j);
    });
}

#[test]
fn packing_waits_until_enough_loose_records_have_gathered() {
    pollster::block_on(async {
        let j = year(LOOSE_LIMIT as u64 - 1);
        let all: Vec<Change> = j.entities().map(Change::Put).collect();
        let store = MemoryStore::default();
        store.write(&encode_changes(&all)).await.expect("stored");
        assert!(!store.packing_due());
        assert_eq!(store.pack(&[]).await, Ok(false));
        assert_eq!(store.len(), LOOSE_LIMIT, "nothing was packed");
    });
}

#[test]
fn edits_and_deletes_after_packing_read_back_and_survive_the_next_packing() {
    pollster::block_on(async {
        let mut j = year(600);
        let all: Vec<Change> = j.entities().map(Change::Put).collect();
        let store = MemoryStore::default();
        store.write(&encode_changes(&all)).await.expect("stored");
        assert_eq!(store.pack(&[]).await, Ok(true));

        // One packed note deleted, one edited, 300 new ones.
        let mut edited = j.note(NoteId(101)).expect("stored").clone();
        edited.text = "Quiet today".into();
        let changes = vec![
            Change::Delete(EntityRef {
                kind: EntityKind::Note,
                id: 100,
            }),
            Change::Put(Entity::Note(edited)),
        ];
        j.apply(changes.clone());
        store
            .write(&encode_changes(&changes))
            .await
            .expect("stored");
        assert_eq!(
            store.raw("~note:0000000000000064").as_deref(),
            Some(TOMBSTONE)
        );
        assert_eq!(load_all(&store, today()).await.expect("loads").journal, j);

        for n in 0..300 {
            let draft = NoteDraft {
                text: format!("Later note {n}"),
                kids: vec![KidId(1)],
                ..NoteDraft::default()
            };
            let planned = j.add_note(NoteId(10_000 + n), &draft, at("2026-12-02T17:00:00+01:00"));
            let changes = planned.clone().expect("accepted");
            run(&mut j, planned);
            store
                .write(&encode_changes(&changes))
                .await
                .expect("stored");
        }
        assert!(store.packing_due());
        assert_eq!(store.pack(&[]).await, Ok(true));
        assert_eq!(
            store.raw("~note:0000000000000064"),
            None,
            "the tombstone is spent"
        );
        let loaded = load_all(&store, today()).await.expect("loads");
        assert_eq!(loaded.journal, j);
    });
}

#[test]
fn a_pack_that_cannot_be_read_is_reported_and_left_as_it_is() {
    pollster::block_on(async {
        let j = year(LOOSE_LIMIT as u64 + 10);
        let all: Vec<Change> = j.entities().map(Change::Put).collect();
        let damaged = StoredRecord {
            key: format!("{PACK_PREFIX}00000000.0000"),
            value: "attune-pack 9\n~note:1\t{}\n".into(),
        };
        let store = MemoryStore::with_records([damaged.clone()]);
        store.write(&encode_changes(&all)).await.expect("stored");
        // An unreadable loose record too, which packing must leave be.
        let broken = StoredRecord {
            key: "~note:ffffffffffffffff".into(),
            value: "{\"v\":1,\"kind\":\"note\",\"data\":{\"broken\":".into(),
        };
        store
            .write(&[Write::Put(broken.clone())])
            .await
            .expect("stored");

        let loaded = load_all(&store, today()).await.expect("loads");
        let mut bad: Vec<_> = loaded.quarantined.iter().map(|q| q.key.clone()).collect();
        bad.sort();
        assert_eq!(bad, [damaged.key.clone(), broken.key.clone()]);

        let leave = bad;
        assert_eq!(store.pack(&leave).await, Ok(true));
        assert_eq!(store.raw(&damaged.key), Some(damaged.value));
        assert_eq!(store.raw(&broken.key), Some(broken.value));
        let again = load_all(&store, today()).await.expect("loads");
        assert_eq!(again.quarantined.len(), 2);
        assert_eq!(again.journal, loaded.journal);
        assert_eq!(again.journal.note_count(), j.note_count());
    });
}

#[test]
fn taps_in_a_session_do_not_bring_a_packing() {
    pollster::block_on(async {
        // Each tap stores the running session and clears its settled key.
        let store = MemoryStore::default();
        for tap in 0..(LOOSE_LIMIT * 2) {
            let session = StoredRecord {
                key: "session:0000000000000001".into(),
                value: format!("{{\"v\":1,\"tap\":{tap}}}"),
            };
            let batch = [
                Write::Delete("~session:0000000000000001".into()),
                Write::Put(session),
            ];
            store.write(&batch).await.expect("stored");
        }
        assert!(!store.packing_due());
        assert_eq!(store.len(), 2, "one tombstone, rewritten in place");
    });
}

#[test]
fn a_command_writes_no_tombstone_for_an_open_record_but_still_moves_a_closing_one() {
    use attune::persist::encode_commands;
    let session = attune::domain::Session {
        id: attune::domain::SessionId(1),
        group: attune::domain::GroupId(2),
        date: chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date"),
        attendance: Vec::new(),
        ended: false,
    };
    let running = encode_commands(&[Change::Put(Entity::Session(session.clone()))]);
    assert_eq!(running.len(), 1, "one put per tap: {running:?}");

    let ended = attune::domain::Session {
        ended: true,
        ..session
    };
    let writes = encode_commands(&[Change::Put(Entity::Session(ended))]);
    assert_eq!(
        writes.first(),
        Some(&Write::Delete("session:0000000000000001".into())),
        "the running copy is deleted as the ended one is put"
    );
    assert!(matches!(writes.last(), Some(Write::Put(r)) if r.key == "~session:0000000000000001"));
}
