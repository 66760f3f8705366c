//! The path every change takes to storage, run natively over `MemoryStore`:
//! stored before it is shown, nothing changed by a refusal or a failed
//! write, a change taken back, a backup refused whole, another tab's change
//! read in.

mod support;

use std::cell::RefCell;
use std::rc::Rc;

use attune::domain::{
    Change, Due, Entity, FollowUpDraft, FollowUpId, Journal, JournalError, KidId, NoteId,
};
use attune::persist::{
    BackupError, MemoryStore, StoreError, WriteQueue, export_backup, load_all, parse_backup,
};
use attune::state::{AppError, Ledger, Memory, Plan};
use support::journals::{MARCO, note, two_kids};
use support::records::{file, kid};
use support::{at, today};

/// A journal in a cell, and what it heard of each write; a clone shares both.
#[derive(Clone, Default)]
struct Watched {
    journal: Rc<RefCell<Journal>>,
    heard: Rc<RefCell<Vec<&'static str>>>,
}

impl Watched {
    fn holding(journal: Journal) -> Watched {
        Watched {
            journal: Rc::new(RefCell::new(journal)),
            heard: Rc::default(),
        }
    }
}

impl Memory for Watched {
    fn read<R>(&self, look: impl FnOnce(&Journal) -> R) -> R {
        look(&self.journal.borrow())
    }

    fn change(&self, change: impl FnOnce(&mut Journal)) {
        change(&mut self.journal.borrow_mut());
    }

    fn writing(&self) {
        self.heard.borrow_mut().push("writing");
    }

    fn written(&self, stored: Result<(), &StoreError>) {
        let heard = if stored.is_ok() { "stored" } else { "failed" };
        self.heard.borrow_mut().push(heard);
    }
}

/// A ledger over a fresh store holding `journal`, as a tab would have loaded it.
fn ledger_with(journal: Journal) -> (Ledger<MemoryStore, Watched>, Watched) {
    let store = Rc::new(MemoryStore::default());
    let writes = attune::persist::replace_writes(&Journal::default(), &journal, &[]);
    pollster::block_on(attune::persist::Store::write(&*store, &writes))
        .unwrap_or_else(|e| panic!("seeding the store: {e}"));
    let memory = Watched::holding(journal);
    let ledger = Ledger::new(store, memory.clone(), WriteQueue::new());
    (ledger, memory)
}

fn plan(make: impl FnOnce(&Journal) -> Result<Vec<Change>, JournalError> + 'static) -> Plan {
    Box::new(make)
}

fn add_note(id: u64, text: &str) -> Plan {
    let draft = note(text, &[MARCO]);
    plan(move |j| j.add_note(NoteId(id), &draft, at("2026-12-20T16:00:00+01:00")))
}

/// What a reload would show: every record read back from the store.
fn reloaded(ledger: &Ledger<MemoryStore, Watched>) -> Journal {
    pollster::block_on(load_all(&**ledger.store(), today()))
        .unwrap_or_else(|e| panic!("reload: {e}"))
        .journal
}

#[test]
fn a_note_is_stored_before_it_is_shown_and_a_reload_finds_it() {
    let (ledger, memory) = ledger_with(two_kids());
    let done = pollster::block_on(ledger.commit(add_note(10, "Big game Saturday"), today()));
    assert!(done.is_ok(), "{done:?}");
    let shown = memory.journal.borrow().clone();
    assert_eq!(
        shown.note(NoteId(10)).map(|n| n.text.as_str()),
        Some("Big game Saturday")
    );
    assert_eq!(reloaded(&ledger), shown);
    assert_eq!(*memory.heard.borrow(), ["writing", "stored"]);
}

#[test]
fn a_failed_write_changes_nothing_in_memory_or_storage_and_says_why() {
    let (ledger, memory) = ledger_with(two_kids());
    let before = (memory.journal.borrow().clone(), ledger.store().stored());
    ledger.store().fail_next_write(StoreError::QuotaExceeded);
    let done = pollster::block_on(ledger.commit(add_note(10, "Big game Saturday"), today()));
    assert_eq!(done, Err(AppError::Storage(StoreError::QuotaExceeded)));
    assert_eq!(*memory.journal.borrow(), before.0);
    assert_eq!(ledger.store().stored(), before.1);
    assert_eq!(*memory.heard.borrow(), ["writing", "failed"]);
    // The same note goes through once there is room again.
    let again = pollster::block_on(ledger.commit(add_note(10, "Big game Saturday"), today()));
    assert!(again.is_ok(), "{again:?}");
    assert_eq!(reloaded(&ledger), *memory.journal.borrow());
}

#[test]
fn a_refused_change_is_never_written() {
    let (ledger, memory) = ledger_with(two_kids());
    let before = ledger.store().stored();
    let done = pollster::block_on(ledger.commit(add_note(10, "   "), today()));
    assert_eq!(done, Err(AppError::Refused(JournalError::NoteEmpty)));
    assert_eq!(ledger.store().stored(), before);
    assert!(memory.heard.borrow().is_empty(), "a write was started");
}

#[test]
fn a_planned_record_that_breaks_a_rule_is_refused_before_storage() {
    let (ledger, memory) = ledger_with(two_kids());
    let before = ledger.store().stored();
    // A plan the commands would never make: a name far over the limit.
    let long = plan(|j| {
        let mut marco = j.kid(MARCO).cloned().ok_or(JournalError::KidNotFound)?;
        marco.first_name = "M".repeat(3_000);
        Ok(vec![Change::Put(Entity::Kid(marco))])
    });
    let done = pollster::block_on(ledger.commit(long, today()));
    assert!(matches!(done, Err(AppError::Breaks(_))), "{done:?}");
    assert_eq!(ledger.store().stored(), before);
    assert_eq!(
        memory.journal.borrow().kid(MARCO).map(|k| k.name()),
        Some("Marco")
    );
}

#[test]
fn a_follow_up_marked_done_comes_back_when_it_is_taken_back() {
    let mut start = two_kids();
    let draft = FollowUpDraft {
        kid: MARCO,
        prompt: "Ask about the big game".into(),
        due: Due::NextTimeSeen,
        from_note: None,
    };
    let added = start.add_follow_up(FollowUpId(20), &draft, at("2026-12-19T16:00:00+01:00"));
    support::run(&mut start, added);
    let (ledger, memory) = ledger_with(start.clone());
    let done =
        plan(|j| j.complete_follow_up(FollowUpId(20), None, at("2026-12-20T17:00:00+01:00")));
    let (_, undo) =
        pollster::block_on(ledger.commit(done, today())).unwrap_or_else(|e| panic!("done: {e}"));
    let closed = memory
        .journal
        .borrow()
        .follow_up(FollowUpId(20))
        .map(|f| f.is_open());
    assert_eq!(closed, Some(false));
    let back = pollster::block_on(ledger.put_back(plan(move |_| Ok(undo))));
    assert!(back.is_ok(), "{back:?}");
    assert_eq!(*memory.journal.borrow(), start);
    assert_eq!(reloaded(&ledger), start, "the done copy won at a reload");
}

#[test]
fn a_mostly_broken_backup_replaces_nothing() {
    let (ledger, memory) = ledger_with(two_kids());
    let before = (memory.journal.borrow().clone(), ledger.store().stored());
    let mut records: Vec<_> = (0..4).map(|i| kid(0xb0 + i, "")).collect();
    records.push(kid(0xbf, "Sofia"));
    let backup = parse_backup(&file(&records)).unwrap_or_else(|e| panic!("{e}"));
    let done = pollster::block_on(ledger.replace_with(backup, today()));
    assert!(
        matches!(
            done,
            Err(AppError::Backup(BackupError::MostlyBroken { .. }))
        ),
        "{done:?}"
    );
    assert_eq!(*memory.journal.borrow(), before.0);
    assert_eq!(ledger.store().stored(), before.1);
}

#[test]
fn a_backup_replaces_storage_and_memory_alike() {
    let (ledger, memory) = ledger_with(two_kids());
    let mut other = support::journal_with_kid("Sofia", 0x50);
    let noted = other.add_note(
        NoteId(0x60),
        &note("Loves drawing", &[KidId(0x50)]),
        at("2026-12-18T16:00:00+01:00"),
    );
    support::run(&mut other, noted);
    let text = export_backup(&other, at("2026-12-19T18:00:00+01:00"));
    let backup = parse_backup(&text).unwrap_or_else(|e| panic!("{e}"));
    let vetting = pollster::block_on(ledger.replace_with(backup, today()))
        .unwrap_or_else(|e| panic!("replace: {e}"));
    assert_eq!(vetting.left_out(), 0);
    assert_eq!(*memory.journal.borrow(), other);
    assert_eq!(reloaded(&ledger), other);
}

#[test]
fn another_tab_reads_in_what_this_one_stored() {
    let (ledger, _) = ledger_with(two_kids());
    let other = Watched::holding(two_kids());
    let other_tab = Ledger::new(ledger.store().clone(), other.clone(), WriteQueue::new());
    let done = pollster::block_on(ledger.commit(add_note(10, "Quiet today"), today()));
    assert!(done.is_ok(), "{done:?}");
    assert!(other.journal.borrow().note(NoteId(10)).is_none());
    assert!(pollster::block_on(other_tab.reread(today())));
    assert_eq!(*other.journal.borrow(), reloaded(&ledger));
    assert!(other.journal.borrow().note(NoteId(10)).is_some());
}
