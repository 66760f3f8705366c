//! The app lock in a real browser (headless Chromium): turning it on,
//! changing the passcode and turning it off, each stopped after every
//! number of writes, as a page closed halfway would leave storage.
#![cfg(target_arch = "wasm32")]

use attune::domain::date_phrase::DateOrder;
use attune::domain::{Change, Journal, KidDraft, KidId, NoteDraft, NoteId};
use attune::persist::{Store, StoreError, Write, encode_changes};
use attune::platform::vault::{self, LockError, RawRecords};
use attune::platform::{IndexedDbStore, clock, prefs};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const OLD: &str = "old passcode 1";
const NEW: &str = "new passcode 2";
/// More writes than any of the three changes makes, so the last run ends.
const MOST_WRITES: u32 = 8;

const DRAFTS: [(&str, &str); 3] = [
    ("draft.note", "Marco scored twice, ask how"),
    ("draft.kid.new", "Zoë"),
    ("draft.roster.new", "Ana, Ben, Chloé"),
];

/// The page's storage writes, counted: once `left` reaches 0 no value or
/// record is stored or removed any more, as if the page had closed there.
fn stop_after(left: Option<u32>) {
    let global = js_sys::global();
    if js_sys::Reflect::get(&global, &"stopAfterPatched".into())
        .ok()
        .is_none_or(|v| v.is_undefined())
    {
        let patch = js_sys::Function::new_no_args(
            "const spend = () => {
               if (globalThis.writesLeft == null) return true;
               if (globalThis.writesLeft <= 0) return false;
               globalThis.writesLeft -= 1;
               return true;
             };
             const stopped = () => new DOMException('the page has stopped', 'AbortError');
             const set = Storage.prototype.setItem;
             const remove = Storage.prototype.removeItem;
             Storage.prototype.setItem = function (k, v) {
               if (!spend()) throw stopped();
               return set.call(this, k, v);
             };
             // removeItem never throws (gloo counts on it): a stopped page
             // just leaves the value.
             Storage.prototype.removeItem = function (k) {
               if (spend()) remove.call(this, k);
             };
             globalThis.spendWrite = spend;
             globalThis.stopAfterPatched = true;",
        );
        patch.call0(&JsValue::NULL).expect("storage patched");
    }
    let left = left.map_or(JsValue::NULL, JsValue::from);
    js_sys::Reflect::set(&global, &"writesLeft".into(), &left).expect("budget set");
}

/// Whether one more write may be stored before the page stops.
fn spend_write() -> bool {
    let spend = js_sys::Reflect::get(&js_sys::global(), &"spendWrite".into())
        .expect("patched")
        .unchecked_into::<js_sys::Function>();
    spend.call0(&JsValue::NULL).expect("called").is_truthy()
}

/// The record store as the lock sees it, with its one transaction refused
/// once the page has stopped.
struct Stopping<'a>(&'a IndexedDbStore);

impl RawRecords for Stopping<'_> {
    async fn raw_records(&self) -> Result<Vec<(String, String)>, StoreError> {
        self.0.raw_records().await
    }

    async fn write_raw(&self, batch: &[Write]) -> Result<(), StoreError> {
        if !spend_write() {
            return Err(StoreError::Aborted);
        }
        self.0.write_raw(batch).await
    }
}

/// A fresh page's storage: a kid and a note stored plain, three drafts and
/// a preference. Returns the store and the records as stored.
async fn start() -> (IndexedDbStore, Vec<(String, String)>) {
    stop_after(None);
    vault::close();
    prefs::clear_all();
    let name = format!("attune-vault-test-{:016x}", clock::new_id());
    let store = IndexedDbStore::open(&name).await.expect("IndexedDB opens");
    let mut journal = Journal::default();
    let kid = KidDraft {
        first_name: "Marco".into(),
        ..KidDraft::default()
    };
    let mut changes: Vec<Change> = journal.add_kid(KidId(1), &kid, clock::now()).expect("kid");
    journal.apply(changes.clone());
    let note = NoteDraft {
        text: "Big game Saturday".into(),
        kids: vec![KidId(1)],
        ..NoteDraft::default()
    };
    let more = journal
        .add_note(NoteId(2), &note, clock::now())
        .expect("note");
    changes.extend(more);
    store.write(&encode_changes(&changes)).await.expect("saved");
    for (key, text) in DRAFTS {
        prefs::save(key, &text.to_string()).expect("draft kept");
    }
    prefs::set_date_order(DateOrder::MonthDay).expect("preference kept");
    let records = store.raw_records().await.expect("read");
    assert_eq!(records.len(), 2);
    (store, records)
}

/// A page started afresh: nothing in memory, then the passcode that opens
/// storage now, if the lock is on. Returns that passcode.
async fn reopen(passcodes: &[&'static str]) -> Option<&'static str> {
    stop_after(None);
    vault::close();
    if !vault::is_enabled() {
        return None;
    }
    for passcode in passcodes {
        match vault::unlock(passcode).await {
            Ok(()) => return Some(passcode),
            Err(LockError::Wrong) => continue,
            Err(other) => panic!("unlocking failed: {other}"),
        }
    }
    panic!("no passcode opens the lock");
}

/// Everything reads back as it was before the change began.
async fn nothing_lost(store: &IndexedDbStore, records: &[(String, String)], when: &str) {
    let stored = store.raw_records().await.expect("read");
    let (keys, values): (Vec<String>, Vec<String>) = stored.into_iter().unzip();
    let opened: Vec<(String, String)> = keys
        .into_iter()
        .zip(vault::open_values(values).await)
        .collect();
    assert_eq!(opened, records, "records, {when}");
    for (key, text) in DRAFTS {
        assert_eq!(
            prefs::load::<String>(key).as_deref(),
            Some(text),
            "draft {key}, {when}"
        );
    }
    assert_eq!(
        prefs::date_order(),
        DateOrder::MonthDay,
        "preference, {when}"
    );
}

/// The lock on, with `OLD`, as a page started afresh finds it.
async fn locked(store: &IndexedDbStore) {
    vault::enable(OLD, store).await.expect("lock on");
    assert_eq!(reopen(&[OLD]).await, Some(OLD));
}

#[wasm_bindgen_test]
async fn turning_the_lock_on_stopped_halfway_loses_nothing() {
    for writes in 0..=MOST_WRITES {
        let (store, records) = start().await;
        stop_after(Some(writes));
        let outcome = vault::enable(NEW, &Stopping(&store)).await;
        let when = format!("on, stopped after {writes} writes");
        let opened = reopen(&[NEW]).await;
        nothing_lost(&store, &records, &when).await;
        if writes == MOST_WRITES {
            assert_eq!(outcome, Ok(()), "{when}");
            assert_eq!(opened, Some(NEW), "{when}");
        }
        store.close();
    }
}

#[wasm_bindgen_test]
async fn changing_the_passcode_stopped_halfway_loses_nothing() {
    for writes in 0..=MOST_WRITES {
        let (store, records) = start().await;
        locked(&store).await;
        stop_after(Some(writes));
        let outcome = vault::change(OLD, NEW, &Stopping(&store)).await;
        let when = format!("changed, stopped after {writes} writes");
        let opened = reopen(&[NEW, OLD]).await;
        assert!(opened.is_some(), "{when}");
        nothing_lost(&store, &records, &when).await;
        if writes == MOST_WRITES {
            assert_eq!(outcome, Ok(()), "{when}");
            assert_eq!(opened, Some(NEW), "{when}");
        }
        store.close();
    }
}

#[wasm_bindgen_test]
async fn turning_the_lock_off_stopped_halfway_loses_nothing() {
    for writes in 0..=MOST_WRITES {
        let (store, records) = start().await;
        locked(&store).await;
        stop_after(Some(writes));
        let outcome = vault::disable(OLD, &Stopping(&store)).await;
        let when = format!("off, stopped after {writes} writes");
        let opened = reopen(&[OLD]).await;
        nothing_lost(&store, &records, &when).await;
        if writes == MOST_WRITES {
            assert_eq!(outcome, Ok(()), "{when}");
            assert_eq!(opened, None, "{when}");
        }
        store.close();
    }
}
