//! The IndexedDB store in a real browser (headless Chromium).
#![cfg(target_arch = "wasm32")]

use attune::domain::{Change, Journal, KidDraft, KidId, NoteDraft, NoteId};
use attune::persist::{Part, Store, StoredRecord, Write, encode_changes, load_all, load_part};
use attune::platform::{IndexedDbStore, clock, prefs};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// A database of its own for each test, so tests never see each other's data.
fn fresh_name() -> String {
    format!("attune-test-{:016x}", clock::new_id())
}

async fn open(name: &str) -> IndexedDbStore {
    IndexedDbStore::open(name).await.expect("IndexedDB opens")
}

type Plan = Result<Vec<Change>, attune::domain::JournalError>;

fn apply(journal: &mut Journal, plan: impl FnOnce(&Journal) -> Plan) -> Vec<Change> {
    let changes = plan(journal).expect("command accepted");
    journal.apply(changes.clone());
    changes
}

fn draft(name: &str, interests: &str) -> KidDraft {
    KidDraft {
        first_name: name.into(),
        interests: interests.into(),
        ..KidDraft::default()
    }
}

#[wasm_bindgen_test]
async fn saved_records_load_back_after_reopening_and_deletes_stick() {
    let name = fresh_name();
    let store = open(&name).await;
    let mut journal = Journal::default();
    let mut written = Vec::new();
    written.extend(apply(&mut journal, |j| {
        j.add_kid(KidId(1), &draft("Marco", "soccer"), clock::now())
    }));
    written.extend(apply(&mut journal, |j| {
        j.add_kid(KidId(2), &draft("Zoë", "art"), clock::now())
    }));
    let note = NoteDraft {
        text: "Big game Saturday #final".into(),
        kids: vec![KidId(1), KidId(2)],
        ..NoteDraft::default()
    };
    written.extend(apply(&mut journal, |j| {
        j.add_note(NoteId(3), &note, clock::now())
    }));
    store.write(&encode_changes(&written)).await.expect("saved");
    store.close();

    let reopened = open(&name).await;
    let loaded = load_all(&reopened, clock::today()).await.expect("loads");
    assert!(loaded.quarantined.is_empty());
    assert_eq!(loaded.journal, journal);

    let deleted = apply(&mut journal, |j| j.delete_kid(KidId(1)));
    reopened
        .write(&encode_changes(&deleted))
        .await
        .expect("deleted");
    reopened.close();

    let again = load_all(&open(&name).await, clock::today())
        .await
        .expect("loads");
    assert!(again.journal.kid(KidId(1)).is_none());
    assert_eq!(
        again.journal.note(NoteId(3)).map(|n| n.kids.clone()),
        Some(vec![KidId(2)])
    );
    assert_eq!(again.journal, journal);
}

#[wasm_bindgen_test]
async fn a_corrupted_record_is_quarantined_and_kept_while_the_rest_loads() {
    let name = fresh_name();
    let store = open(&name).await;
    let mut journal = Journal::default();
    let kid = apply(&mut journal, |j| {
        j.add_kid(KidId(7), &draft("Lena", "piano"), clock::now())
    });
    let mut batch = encode_changes(&kid);
    let broken = StoredRecord {
        key: "kid:0000000000000008".into(),
        value: "{\"v\":1,\"kind\":\"kid\",\"data\":".into(),
    };
    batch.push(Write::Put(broken.clone()));
    store.write(&batch).await.expect("saved");

    let loaded = load_all(&store, clock::today()).await.expect("loads");
    assert_eq!(loaded.journal, journal);
    assert_eq!(loaded.quarantined.len(), 1);
    assert_eq!(loaded.quarantined[0].key, broken.key);
    let head = load_part(&store, Part::Head).await.expect("loads");
    assert_eq!(
        head.quarantined.len(),
        1,
        "the broken kid is in the head part"
    );
    // Loading never rewrites what it could not read.
    let records = store.records(Part::Head).await.expect("records");
    let kept = records.iter().find(|(k, _)| *k == broken.key);
    assert_eq!(kept.map(|(_, v)| v), Some(&broken.value), "still stored");
}

#[wasm_bindgen_test]
fn drafts_round_trip_through_local_storage() {
    let key = format!("test.{:016x}", clock::new_id());
    let typed = draft("Half-typ", "socc");
    prefs::save(&key, &typed).expect("saved");
    assert_eq!(prefs::load::<KidDraft>(&key), Some(typed));
    prefs::clear(&key);
    assert_eq!(prefs::load::<KidDraft>(&key), None);
}

#[wasm_bindgen_test]
async fn a_long_load_gives_the_page_its_turn_between_slices() {
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::{JsCast, closure::Closure};

    let store = open(&fresh_name()).await;
    // A tap's handler, say, queued while the load is busy decoding.
    let answered = Rc::new(Cell::new(false));
    let mark = answered.clone();
    let handler = Closure::once_into_js(move || mark.set(true));
    web_sys::window()
        .expect("a window")
        .set_timeout_with_callback_and_timeout_and_arguments_0(handler.unchecked_ref(), 0)
        .expect("timer set");
    assert!(!answered.get());
    store.give_way().await;
    assert!(
        answered.get(),
        "the queued task ran before the load went on"
    );
}

/// Enough notes about one kid that packing is due.
fn many_notes(journal: &mut Journal, from: u64, count: u64) -> Vec<Change> {
    notes_saying(journal, from, count, "loves soccer")
}

/// `count` notes about kid 1, numbered from `from`, each saying `words`.
fn notes_saying(journal: &mut Journal, from: u64, count: u64, words: &str) -> Vec<Change> {
    let mut written = Vec::new();
    for n in from..from + count {
        let note = NoteDraft {
            text: format!("Note {n}: {words}"),
            kids: vec![KidId(1)],
            ..NoteDraft::default()
        };
        written.extend(apply(journal, |j| {
            j.add_note(NoteId(n), &note, clock::now())
        }));
    }
    written
}

#[wasm_bindgen_test]
async fn history_is_packed_in_one_transaction_and_reads_back_after_reopening() {
    use attune::persist::pack::{LOOSE_LIMIT, PACK_PREFIX};
    use attune::platform::vault::RawRecords;

    let name = fresh_name();
    let store = open(&name).await;
    let mut journal = Journal::default();
    let mut written = apply(&mut journal, |j| {
        j.add_kid(KidId(1), &draft("Marco", "soccer"), clock::now())
    });
    written.extend(many_notes(&mut journal, 10, LOOSE_LIMIT as u64 + 44));
    store.write(&encode_changes(&written)).await.expect("saved");
    assert!(store.packing_due());

    // Another tab (a second connection) writes while this one packs: the
    // packing sees the history changed inside its transaction and gives up.
    let other = open(&name).await;
    let late = many_notes(&mut journal, 5_000, 1);
    let late_writes = encode_changes(&late);
    let racing = store.pack(&[]);
    wasm_bindgen_futures::spawn_local(async move {
        other
            .write(&late_writes)
            .await
            .expect("saved by the other tab");
        other.close();
    });
    assert_eq!(racing.await, Ok(false), "gave way to the other tab's write");
    let loaded = load_all(&store, clock::today()).await.expect("loads");
    assert_eq!(loaded.journal, journal, "nothing lost in the race");

    // Due again after the next write, and this time it goes through.
    let more = many_notes(&mut journal, 6_000, LOOSE_LIMIT as u64);
    store.write(&encode_changes(&more)).await.expect("saved");
    assert_eq!(store.pack(&[]).await, Ok(true));
    let stored = store.raw_records().await.expect("read");
    let loose: Vec<_> = stored
        .iter()
        .filter(|(k, _)| Part::History.contains(k) && !k.starts_with(PACK_PREFIX))
        .collect();
    assert!(loose.is_empty(), "{} loose records left", loose.len());
    assert!(stored.len() < 10, "{} records stored", stored.len());
    store.close();

    let reopened = open(&name).await;
    let again = load_all(&reopened, clock::today()).await.expect("loads");
    assert!(again.quarantined.is_empty());
    assert_eq!(again.journal, journal);
}

#[wasm_bindgen_test]
async fn a_history_of_many_slices_reads_back_whole_with_its_later_changes() {
    use attune::persist::pack::LOOSE_LIMIT;

    let name = fresh_name();
    let store = open(&name).await;
    let mut journal = Journal::default();
    let mut written = apply(&mut journal, |j| {
        j.add_kid(KidId(1), &draft("Marco", "soccer"), clock::now())
    });
    // About 2 MB of notes: read back in several slices, packed or not.
    let long = "He told the whole group about the match on Saturday. ".repeat(8);
    written.extend(notes_saying(&mut journal, 10, 4_000, &long));
    store.write(&encode_changes(&written)).await.expect("saved");
    let loose = load_all(&store, clock::today()).await.expect("loads");
    assert_eq!(loose.journal, journal, "read back unpacked");
    assert_eq!(store.pack(&[]).await, Ok(true));

    // Loose records over the packs: new notes, and one packed note deleted.
    let mut later = many_notes(&mut journal, 50_000, LOOSE_LIMIT as u64 / 2);
    let gone = journal.note(NoteId(2_000)).cloned().expect("a note");
    let delete = Change::Delete(attune::domain::Entity::Note(gone).entity_ref());
    journal.apply([delete.clone()]);
    later.push(delete);
    store.write(&encode_changes(&later)).await.expect("saved");
    store.close();

    let reopened = open(&name).await;
    let again = load_all(&reopened, clock::today()).await.expect("loads");
    assert!(again.quarantined.is_empty());
    assert_eq!(again.journal.note_count(), 4_000 + LOOSE_LIMIT / 2 - 1);
    assert_eq!(again.journal, journal);
}

/// Giving way is a task of its own each time, taken in the order asked, and
/// not held back like a timer nested deep: a browser waits at least 4 ms for
/// each of those, 800 ms for 200 in a row.
#[wasm_bindgen_test]
async fn turns_come_back_in_order_and_are_not_held_back_like_nested_timers() {
    use std::cell::RefCell;
    use std::rc::Rc;
    let order = Rc::new(RefCell::new(Vec::new()));
    for i in 0..5 {
        let order = order.clone();
        wasm_bindgen_futures::spawn_local(async move {
            attune::platform::next_task().await;
            order.borrow_mut().push(i);
        });
    }
    // The five ask for their turns once this one gives way; its second turn
    // comes after theirs.
    attune::platform::next_task().await;
    attune::platform::next_task().await;
    assert_eq!(*order.borrow(), [0, 1, 2, 3, 4]);

    let performance = web_sys::window()
        .and_then(|w| w.performance())
        .expect("performance");
    let start = performance.now();
    for _ in 0..200 {
        attune::platform::next_task().await;
    }
    let took = performance.now() - start;
    assert!(took < 400.0, "200 turns in a row took {took:.0} ms");
}
