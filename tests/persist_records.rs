//! Stored records: every schema fixture loads, records round-trip, bad ones are set aside.

mod support;

use attune::domain::{FollowUpStatus, KidId, NoteDraft, NoteId};
use attune::persist::{
    CURRENT_SCHEMA, DecodeError, HeadRecords, MemoryStore, Part, Store, StoreError, StoredRecord,
    decode_record, encode, encode_changes, encode_commands, load_all, load_head, load_part,
    read_history,
};
use support::{at, fixture, journal_with_kid, load, run, today};

fn fixture_for(version: u32) -> String {
    format!("schema-v{version}.json")
}

#[test]
fn every_schema_version_has_a_fixture_that_loads_completely() {
    for version in 1..=CURRENT_SCHEMA {
        let records = fixture(&fixture_for(version));
        let count = records.len();
        let loaded = load(records);
        assert!(
            loaded.quarantined.is_empty(),
            "v{version}: {:?}",
            loaded.quarantined
        );
        assert_eq!(loaded.journal.entities().count(), count, "v{version}");
    }
}

#[test]
fn the_v1_fixture_means_what_it_says() {
    let j = load(fixture("schema-v1.json")).journal;
    let names: Vec<&str> = j.kids_by_name(false).iter().map(|k| k.name()).collect();
    assert_eq!(names, ["Marco", "Zo"], "Sam is archived");
    let marco = j.kid(KidId(0xb1)).map(|k| k.interests.clone());
    assert_eq!(marco, Some(vec!["soccer".to_string()]));
    assert_eq!(j.notes_about(KidId(0xb1)).len(), 2);
    let done = j
        .follow_ups_for(KidId(0xb2))
        .next()
        .map(|f| f.status.clone());
    assert!(matches!(
        done,
        Some(FollowUpStatus::Done {
            outcome_note: Some(_),
            ..
        })
    ));
}

#[test]
fn every_entity_round_trips_through_its_record() {
    let stored = fixture("schema-v1.json");
    let j = load(stored.clone()).journal;
    let mut keys = Vec::new();
    for entity in j.entities() {
        let record = encode(&entity);
        assert_eq!(decode_record(&record.value).as_ref(), Ok(&entity));
        keys.push(record.key);
    }
    // The fixture is laid out as this build keys its records.
    let mut fixture_keys: Vec<String> = stored.into_iter().map(|r| r.key).collect();
    keys.sort();
    fixture_keys.sort();
    assert_eq!(keys, fixture_keys);
}

/// The record's text with its envelope written another way: `data` first,
/// or with an unknown field, or the kind spelled with an escape.
fn rewritten(value: &str, how: usize) -> String {
    let envelope: serde_json::Map<String, serde_json::Value> = serde_json::from_str(value).unwrap();
    let field = |name: &str| serde_json::to_string(&envelope[name]).unwrap();
    let (v, kind, data) = (field("v"), field("kind"), field("data"));
    match how {
        0 => format!(r#"{{"data":{data},"kind":{kind},"v":{v}}}"#),
        1 => format!(r#"{{"kind":{kind},"v":{v},"data":{data}}}"#),
        2 => format!(r#"{{"v":{v},"note":"later","kind":{kind},"data":{data},"more":[1,{{}}]}}"#),
        _ => {
            // `"note"` as `"\u006eote"`: the same text, escaped.
            let kind = format!("\"\\u{:04x}{}", kind.as_bytes()[1], &kind[2..]);
            format!(r#"{{"v":{v},"kind":{kind},"data":{data}}}"#)
        }
    }
}

#[test]
fn a_record_reads_the_same_whatever_way_its_envelope_is_written() {
    let j = load(fixture("schema-v1.json")).journal;
    for entity in j.entities() {
        let record = encode(&entity);
        for how in 0..4 {
            let text = rewritten(&record.value, how);
            assert_eq!(decode_record(&text).as_ref(), Ok(&entity), "{text}");
        }
    }
}

#[test]
fn a_record_that_goes_wrong_after_its_data_is_still_refused() {
    let kid =
        r#"{"id":"00000000000000f1","display_name":"Ana","created_at":"2026-09-01T10:00:00Z"}"#;
    let read = |text: String| decode_record(&text);
    assert!(read(format!(r#"{{"v":1,"kind":"kid","data":{kid}}}"#)).is_ok());
    assert_eq!(
        read(format!(r#"{{"v":1,"kind":"kid","data":{kid},"v":1}}"#)),
        Err(DecodeError::NotJson),
        "a field given twice"
    );
    assert_eq!(
        read(format!(
            r#"{{"v":1,"kind":"kid","data":{kid},"data":{kid}}}"#
        )),
        Err(DecodeError::NotJson)
    );
    assert_eq!(
        read(format!(r#"{{"v":1,"kind":"kid","data":{kid}}} x"#)),
        Err(DecodeError::NotJson),
        "text after the record"
    );
    assert_eq!(
        read(format!(r#"{{"v":1,"kind":"note","data":{kid}}}"#)),
        Err(DecodeError::BadFields),
        "a kid's fields under the note kind"
    );
    assert_eq!(
        read(format!(r#"{{"v":2,"kind":"kid","data":{kid}}}"#)),
        Err(DecodeError::TooNew(2))
    );
    assert_eq!(
        read(format!(r#"{{"v":null,"kind":"kid","data":{kid}}}"#)),
        Err(DecodeError::NoVersion)
    );
}

#[test]
fn unreadable_records_are_quarantined_and_the_rest_loads() {
    let mut records = fixture("schema-v1.json");
    let good = records.len();
    let bad = [
        ("kid:00000000000000f1", "{not json", DecodeError::NotJson),
        (
            "kid:00000000000000f2",
            r#"{"kind":"kid","data":{}}"#,
            DecodeError::NoVersion,
        ),
        (
            "kid:00000000000000f3",
            r#"{"v":99,"kind":"kid","data":{}}"#,
            DecodeError::TooNew(99),
        ),
        (
            "kid:00000000000000f4",
            r#"{"v":1,"kind":"pet","data":{}}"#,
            DecodeError::UnknownKind,
        ),
        (
            "kid:00000000000000f5",
            r#"{"v":1,"kind":"kid","data":{"id":"00000000000000f5"}}"#,
            DecodeError::BadFields,
        ),
        (
            "note:00000000000000f6",
            r#"{"v":1,"kind":"note","data":{"id":"00000000000000f6","text":7}}"#,
            DecodeError::BadFields,
        ),
        ("session:00000000000000f7", "", DecodeError::NotJson),
    ];
    for (key, value, _) in &bad {
        records.push(StoredRecord {
            key: (*key).into(),
            value: (*value).into(),
        });
    }
    let loaded = load(records);
    assert_eq!(loaded.journal.entities().count(), good);
    let mut reasons: Vec<(String, DecodeError)> = loaded
        .quarantined
        .into_iter()
        .map(|q| (q.key, q.reason))
        .collect();
    let mut expected: Vec<(String, DecodeError)> = bad
        .into_iter()
        .map(|(k, _, r)| (k.to_string(), r))
        .collect();
    reasons.sort_by(|a, b| a.0.cmp(&b.0));
    expected.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(reasons, expected);
}

#[test]
fn a_journal_survives_a_trip_through_the_memory_store() {
    pollster::block_on(async {
        let store = MemoryStore::default();
        let mut j = journal_with_kid("Marco", 1);
        let draft = NoteDraft {
            text: "Big game Saturday #soccer".into(),
            kids: vec![KidId(1)],
            ..NoteDraft::default()
        };
        let planned = j.add_note(NoteId(2), &draft, at("2026-12-01T17:00:00+01:00"));
        let changes = planned.clone().unwrap_or_default();
        let everything: Vec<_> = j.entities().map(attune::domain::Change::Put).collect();
        assert_eq!(store.write(&encode_changes(&everything)).await, Ok(()));
        assert_eq!(store.write(&encode_changes(&changes)).await, Ok(()));
        run(&mut j, planned);

        let reloaded = load_all(&store, today()).await.unwrap_or_default();
        assert!(reloaded.quarantined.is_empty());
        assert_eq!(reloaded.journal, j);
    });
}

#[test]
fn a_failed_write_changes_nothing_in_the_store() {
    pollster::block_on(async {
        let j = journal_with_kid("Marco", 1);
        let store = MemoryStore::default();
        let all: Vec<_> = j.entities().map(attune::domain::Change::Put).collect();
        assert_eq!(store.write(&encode_changes(&all)).await, Ok(()));
        let before = store.raw("kid:0000000000000001");

        let delete = j.delete_kid(KidId(1)).unwrap_or_default();
        store.fail_next_write(StoreError::QuotaExceeded);
        assert_eq!(
            store.write(&encode_changes(&delete)).await,
            Err(StoreError::QuotaExceeded)
        );
        assert_eq!(store.raw("kid:0000000000000001"), before);
        assert_eq!(store.write(&encode_changes(&delete)).await, Ok(()));
        assert!(store.is_empty());
    });
}

#[test]
fn the_head_loads_without_the_notes_and_kids_still_know_when_they_were_last_noted() {
    pollster::block_on(async {
        let store = MemoryStore::with_records(fixture("schema-v1.json"));
        let everything = load_all(&store, today()).await.unwrap_or_default().journal;
        // Store the journal as this build writes it, last_noted included.
        let puts: Vec<_> = everything
            .entities()
            .map(attune::domain::Change::Put)
            .collect();
        assert_eq!(store.write(&encode_changes(&puts)).await, Ok(()));

        let head = load_part(&store, Part::Head).await.unwrap_or_default();
        let head_kinds: Vec<_> = head
            .entities
            .iter()
            .map(|e| e.entity_ref().kind.tag())
            .collect();
        // Kids, groups and the one open follow-up; no notes, closed follow-ups or ended sessions.
        assert_eq!(
            head_kinds,
            ["followup", "group", "group", "kid", "kid", "kid"]
        );
        let partial = attune::domain::Journal::from_head(head.entities);
        assert_eq!(partial.note_count(), 0);
        let marco = partial.kid(KidId(0xb1)).and_then(|k| k.last_noted);
        assert_eq!(marco, Some(at("2026-12-08T17:00:00+01:00")));

        let notes = load_part(&store, Part::History).await.unwrap_or_default();
        assert_eq!(notes.entities.len(), 5);
        let mut complete = partial;
        complete.take_in_history(notes.entities.into_iter().collect());
        assert_eq!(complete, everything);
    });
}

#[test]
fn a_follow_up_that_closes_moves_into_the_history_in_the_same_batch() {
    pollster::block_on(async {
        let store = MemoryStore::with_records(fixture("schema-v1.json"));
        let mut j = load_all(&store, today()).await.unwrap_or_default().journal;
        let open = attune::domain::FollowUpId(0xd1);
        let done = j.dismiss_follow_up(open, at("2026-12-09T10:00:00+01:00"));
        let done = done.unwrap_or_default();
        assert_eq!(store.write(&encode_changes(&done)).await, Ok(()));
        j.apply(done);
        assert_eq!(store.raw("followup:00000000000000d1"), None);
        assert!(store.raw("~followup:00000000000000d1").is_some());
        assert_eq!(
            load_all(&store, today()).await.unwrap_or_default().journal,
            j
        );
    });
}

#[test]
fn a_follow_up_closed_and_taken_back_is_open_at_the_next_start() {
    pollster::block_on(async {
        let store = MemoryStore::with_records(fixture("schema-v1.json"));
        let mut j = load_all(&store, today()).await.unwrap_or_default().journal;
        let before = j.clone();
        let open = attune::domain::FollowUpId(0xd1);
        let done = j.dismiss_follow_up(open, at("2026-12-09T10:00:00+01:00"));
        let done = done.unwrap_or_default();
        let undo = j.undo_of(&done);
        assert_eq!(store.write(&encode_commands(&done)).await, Ok(()));
        j.apply(done);
        // Taken back as the undo bar does: the settled copy goes with it.
        assert_eq!(store.write(&encode_changes(&undo)).await, Ok(()));
        j.apply(undo);
        assert_eq!(j, before);
        assert_eq!(
            load_all(&store, today()).await.unwrap_or_default().journal,
            before
        );
    });
}

/// Counts the moments a load gave way, and what had been decoded by then.
struct Pausing {
    inner: MemoryStore,
    pauses: std::cell::Cell<usize>,
}

impl Store for Pausing {
    async fn records(&self, part: Part) -> Result<Vec<(String, String)>, StoreError> {
        self.inner.records(part).await
    }
    async fn write(&self, batch: &[attune::persist::Write]) -> Result<(), StoreError> {
        self.inner.write(batch).await
    }
    async fn give_way(&self) {
        self.pauses.set(self.pauses.get() + 1);
    }
}

#[test]
fn a_long_history_loads_in_slices_and_loses_nothing() {
    pollster::block_on(async {
        let mut j = journal_with_kid("Marco", 1);
        for n in 0..1_234u64 {
            let draft = NoteDraft {
                text: format!("Note {n}"),
                kids: vec![KidId(1)],
                ..NoteDraft::default()
            };
            let planned = j.add_note(NoteId(100 + n), &draft, at("2026-12-01T17:00:00+01:00"));
            run(&mut j, planned);
        }
        let all: Vec<_> = j.entities().map(attune::domain::Change::Put).collect();
        let mut records = encode_changes(&all);
        // One unreadable note late in the history, past the first slices.
        records.push(attune::persist::Write::Put(StoredRecord {
            key: "~note:ffffffffffffffff".into(),
            value: "{\"v\":1,\"kind\":\"note\",\"data\":{}}".into(),
        }));
        let store = Pausing {
            inner: MemoryStore::default(),
            pauses: std::cell::Cell::new(0),
        };
        assert_eq!(store.write(&records).await, Ok(()));

        let history = load_part(&store, Part::History).await.expect("loads");
        assert_eq!(history.entities.len(), 1_234);
        assert_eq!(store.pauses.get(), 2, "after 500 and 1,000 records");
        let keys: Vec<_> = history.quarantined.iter().map(|q| q.key.as_str()).collect();
        assert_eq!(keys, ["~note:ffffffffffffffff"], "the bad one is named");

        let reloaded = load_all(&store, today()).await.expect("loads");
        assert_eq!(reloaded.journal, j);
    });
}

#[test]
fn history_built_apart_and_taken_in_at_once_equals_loading_everything() {
    pollster::block_on(async {
        let store = MemoryStore::with_records(fixture("schema-v1.json"));
        let everything = load_all(&store, today()).await.unwrap_or_default().journal;
        let window = attune::domain::rules::Window::around(today());
        let head = load_head(&store, &window).await.unwrap_or_default();
        let mut shown = attune::domain::Journal::from_head(head.entities);
        // As start-up does it: each note checked and indexed as it is
        // decoded, apart from the journal on screen, then taken in at once.
        let mut loaded = attune::domain::History::default();
        let known = HeadRecords::of(&shown);
        let take = &mut |e| loaded.add(e);
        let quarantined = read_history(&store, &known, &window, take).await;
        assert_eq!(quarantined, Ok(vec![]));
        assert_eq!(loaded.note_count(), 2, "the fixture's two notes");
        shown.take_in_history(loaded);
        let links = attune::domain::rules::dropped_links(&shown);
        assert_eq!(links, vec![], "the fixture's links all hold");
        assert_eq!(shown, everything);
        assert_eq!(shown.notes_about(KidId(0xb1)).len(), 2, "searchable too");
    });
}

#[test]
fn a_record_in_the_history_wins_over_the_same_one_in_the_head() {
    let mut head = load(fixture("schema-v1.json")).journal;
    let open = attune::domain::FollowUpId(0xd1);
    let closing = head.dismiss_follow_up(open, at("2026-12-09T10:00:00+01:00"));
    let mut closed = head.clone();
    run(&mut closed, closing);
    let settled = closed
        .follow_up(open)
        .cloned()
        .map(attune::domain::Entity::FollowUp);
    let history = settled.into_iter().collect();
    head.take_in_history(history);
    let status = head.follow_up(open).map(|f| f.status.clone());
    assert!(
        matches!(status, Some(FollowUpStatus::Dismissed { .. })),
        "{status:?}"
    );
}

#[test]
fn a_session_in_the_history_replaces_the_days_seen_its_copy_in_the_head_gave() {
    use attune::domain::{Attendance, Entity, Session, SessionId};
    let mut head = load(fixture("schema-v1.json")).journal;
    let group = head.groups().next().map(|g| g.id).expect("a group");
    let kid = KidId(0xb1);
    let day = today() + chrono::Days::new(30);
    let running = Session {
        id: SessionId(0x5e),
        group,
        date: day,
        attendance: vec![Attendance {
            kid,
            present: true,
            mood: None,
            connected: false,
        }],
        ended: false,
    };
    head.apply([attune::domain::Change::Put(Entity::Session(
        running.clone(),
    ))]);
    assert_eq!(head.first_seen(kid, day, None), Some(day));
    // Stored again as ended, with the kid marked absent after all.
    let mut ended = running;
    ended.ended = true;
    ended.attendance[0].present = false;
    let history = [Entity::Session(ended)].into_iter().collect();

    head.take_in_history(history);
    assert_eq!(
        head.first_seen(kid, day, None),
        None,
        "not seen that day after all"
    );
    let everything = attune::domain::Journal::from_records(head.entities());
    assert_eq!(
        head, everything,
        "the days seen, as built from every record"
    );
}

#[test]
fn a_note_read_twice_in_the_history_counts_only_the_days_of_its_later_copy() {
    use attune::domain::{Entity, History, Journal, Note};
    let everything = load(fixture("schema-v1.json")).journal;
    let note = everything.notes().next().cloned().expect("a note");
    let mut others = everything.kids_by_name(false).into_iter().map(|k| k.id);
    let other = others
        .find(|k| !note.kids.contains(k))
        .expect("another kid");
    let people = |e: &Entity| matches!(e, Entity::Kid(_) | Entity::Group(_));
    let mut shown = Journal::from_head(everything.entities().filter(people));
    let mut history: History = everything.entities().filter(|e| !people(e)).collect();
    // Read again, about another kid: only this copy counts.
    let later = Note {
        kids: vec![other],
        ..note.clone()
    };
    history.add(Entity::Note(later));

    shown.take_in_history(history);
    let day = note.created_at.date_naive();
    assert_eq!(shown.first_seen(other, day, None), Some(day));
    assert_eq!(
        shown,
        Journal::from_records(shown.entities()),
        "as built from every record"
    );
}
