//! Start-up holds stored records to the same rules as a restore: one that
//! breaks a rule, or needs a record set aside, is set aside like an
//! unreadable one, left in storage untouched and counted.

mod support;

use attune::domain::rules::{Broken, Link, Text};
use attune::domain::{EntityKind, EntityRef, FollowUpId, KidId, NoteId};
use attune::persist::{DecodeError, MemoryStore, StoredRecord, load_all};
use serde_json::{Value, json};
use support::records::{follow_up, hex, kid, note, session, sound, with};
use support::{soundness, today};

/// A record under the key Attune stores it at: settled history after `~`.
fn stored(record: &Value) -> StoredRecord {
    let data = &record["data"];
    let kind = record["kind"].as_str().unwrap_or_default();
    let settled = match kind {
        "note" => true,
        "followup" => data["status"]["state"] != "open",
        "session" => data["ended"] == true,
        _ => false,
    };
    let id = data["id"].as_str().unwrap_or_default();
    StoredRecord {
        key: format!("{}{kind}:{id}", if settled { "~" } else { "" }),
        value: record.to_string(),
    }
}

fn store_of(records: &[Value]) -> MemoryStore {
    MemoryStore::with_records(records.iter().map(stored))
}

fn load(store: &MemoryStore) -> attune::persist::Loaded {
    pollster::block_on(load_all(store, today())).unwrap_or_else(|e| panic!("{e}"))
}

fn kid_ref(id: u64) -> EntityRef {
    EntityRef {
        kind: EntityKind::Kid,
        id,
    }
}

fn set_aside(loaded: &attune::persist::Loaded) -> Vec<(String, DecodeError)> {
    let mut aside: Vec<_> = (loaded.quarantined.iter())
        .map(|q| (q.key.clone(), q.reason.clone()))
        .collect();
    aside.sort_by(|a, b| a.0.cmp(&b.0));
    aside
}

#[test]
fn a_sound_store_loads_whole() {
    let loaded = load(&store_of(&sound()));
    assert_eq!(loaded.quarantined, vec![]);
    assert_eq!(loaded.journal.entities().count(), 7);
    assert_eq!(soundness(&loaded.journal), Ok(()));
}

#[test]
fn a_kid_breaking_a_rule_is_set_aside_with_their_history_and_kept_in_storage() {
    let mut records = sound();
    let long = kid(0xb3, &"x".repeat(3_000_000));
    records.extend([
        long.clone(),
        note(0xc3, &[0xb3], "Quiet today"),
        follow_up(0xd3, 0xb3, "Ask how it went"),
        with(kid(0xb4, "Sam"), "groups", json!([hex(0xaf)])),
    ]);
    let store = store_of(&records);
    let loaded = load(&store);
    let breaks = |b| DecodeError::Breaks(b);
    let needs = |link, id| {
        breaks(Broken::Missing {
            link,
            target: kid_ref(id),
        })
    };
    let group = EntityRef {
        kind: EntityKind::Group,
        id: 0xaf,
    };
    let too_long = Broken::TooLong {
        text: Text::Name,
        chars: 3_000_000,
    };
    assert_eq!(
        set_aside(&loaded),
        vec![
            (
                format!("followup:{}", hex(0xd3)),
                needs(Link::FollowUpKid, 0xb3)
            ),
            (format!("kid:{}", hex(0xb3)), breaks(too_long)),
            (
                format!("kid:{}", hex(0xb4)),
                breaks(Broken::Missing {
                    link: Link::KidGroup,
                    target: group
                })
            ),
            (format!("~note:{}", hex(0xc3)), needs(Link::NoteKid, 0xb3)),
        ]
    );
    assert_eq!(soundness(&loaded.journal), Ok(()));
    assert_eq!(loaded.journal.entities().count(), 7);
    assert_eq!(
        store.raw(&format!("kid:{}", hex(0xb3))),
        Some(long.to_string())
    );
}

#[test]
fn history_breaking_a_rule_is_set_aside_alongside_the_unreadable() {
    let mut records = sound();
    records.extend([
        with(
            note(0xc3, &[0xb1], "Hi"),
            "created_at",
            json!("9999-12-31T10:00:00Z"),
        ),
        note(0xc4, &[0x99], "About nobody here"),
        with(session(0xe2, 0xa1, &[0xb1]), "date", json!("1970-01-01")),
    ]);
    let mut all: Vec<StoredRecord> = records.iter().map(stored).collect();
    all.push(StoredRecord {
        key: format!("~note:{}", hex(0xc5)),
        value: "{\"v\":1,\"kind\":\"note\",\"data\":".into(),
    });
    let loaded = load(&MemoryStore::with_records(all));
    let reasons: Vec<DecodeError> = set_aside(&loaded).into_iter().map(|(_, r)| r).collect();
    assert_eq!(
        reasons,
        vec![
            DecodeError::Breaks(Broken::OutOfRange("9999-12-31".parse().unwrap_or_default())),
            DecodeError::Breaks(Broken::Missing {
                link: Link::NoteKid,
                target: kid_ref(0x99)
            }),
            DecodeError::NotJson,
            DecodeError::Breaks(Broken::OutOfRange("1970-01-01".parse().unwrap_or_default())),
        ]
    );
    assert_eq!(soundness(&loaded.journal), Ok(()));
    assert_eq!(loaded.journal.notes_about(KidId(0xb1)).len(), 2);
}

#[test]
fn a_link_to_a_note_no_longer_kept_is_dropped_in_memory_only() {
    let mut records = sound();
    // The note it came from was deleted long ago (keeping notes 6 months).
    records[5] = with(records[5].clone(), "from_note", json!(hex(0xcf)));
    let store = store_of(&records);
    let loaded = load(&store);
    assert_eq!(loaded.quarantined, vec![]);
    assert_eq!(soundness(&loaded.journal), Ok(()));
    let f = loaded.journal.follow_up(FollowUpId(0xd1));
    assert_eq!(f.map(|f| f.from_note), Some(None));
    let raw = store
        .raw(&format!("followup:{}", hex(0xd1)))
        .unwrap_or_default();
    assert!(
        raw.contains(&hex(0xcf)),
        "storage keeps the record as it was"
    );
    assert!(loaded.journal.note(NoteId(0xc1)).is_some());
}
