//! The one path every change takes to storage, apart from the screen: a
//! change is planned against the journal as it is once earlier changes have
//! landed, held to the rules, stored, and only then made in memory.
//!
//! Generic over the [`Store`] and over where the journal in memory is kept
//! ([`Memory`]), so the same path runs in the app (IndexedDB, a signal) and
//! natively in the tests (`MemoryStore`, a `RefCell`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use chrono::NaiveDate;

use crate::domain::rules::{self, Broken, Window};
use crate::domain::{Change, Journal, JournalError};
use crate::persist::{
    Backup, BackupError, MergePlan, Store, StoreError, Vetting, Write, WriteQueue, encode_changes,
    encode_commands, load_all, merge_plan, replace_writes,
};

/// A change to plan against the journal as it is once earlier changes have
/// landed. Boxed, so the path that stores it is compiled once for every
/// kind of change.
pub type Plan = Box<dyn FnOnce(&Journal) -> Result<Vec<Change>, JournalError>>;

/// Why a change did not happen. The UI's error module words it.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AppError {
    #[error(transparent)]
    Refused(#[from] JournalError),
    #[error(transparent)]
    Storage(#[from] StoreError),
    /// A command planned a record that breaks a rule every record holds.
    #[error(transparent)]
    Breaks(#[from] Broken),
    /// A backup refused as it was applied.
    #[error(transparent)]
    Backup(#[from] BackupError),
    #[error("storage is not open yet")]
    NotReady,
}

/// Where the journal in memory is kept, and who hears of each write.
pub trait Memory {
    fn read<R>(&self, look: impl FnOnce(&Journal) -> R) -> R;
    fn change(&self, change: impl FnOnce(&mut Journal));
    /// A write is about to start.
    fn writing(&self) {}
    /// A write ended; on success, memory has been changed already.
    fn written(&self, stored: Result<(), &StoreError>) {
        let _ = stored;
    }
}

pub struct Ledger<S, M> {
    store: Rc<S>,
    memory: M,
    /// Changes are planned and stored one at a time, in the order asked.
    queue: WriteQueue,
    /// Counts the changes stored, so a re-read from storage that raced one
    /// of them is done again rather than dropping it.
    writes: Cell<u64>,
    /// Keys of the records that could not be read: packing and replacing
    /// leave them be.
    unreadable: RefCell<Vec<String>>,
}

impl<S: Store, M: Memory> Ledger<S, M> {
    /// `queue` is shared with whatever else must wait its turn (locking).
    pub fn new(store: Rc<S>, memory: M, queue: WriteQueue) -> Ledger<S, M> {
        Ledger {
            store,
            memory,
            queue,
            writes: Cell::new(0),
            unreadable: RefCell::new(Vec::new()),
        }
    }

    pub fn store(&self) -> &Rc<S> {
        &self.store
    }

    pub fn set_unreadable(&self, keys: Vec<String>) {
        *self.unreadable.borrow_mut() = keys;
    }

    /// Plans a change against the current journal, stores it, and only then
    /// applies it in memory. Returns the changes made and the changes that
    /// would put every record they touched back as it was. On any error
    /// nothing changes and the caller keeps whatever the leader typed.
    pub async fn commit(
        &self,
        plan: Plan,
        today: NaiveDate,
    ) -> Result<(Vec<Change>, Vec<Change>), AppError> {
        // Planned only once every earlier change has landed: two quick taps
        // on one session would otherwise both start from the same record.
        let _turn = self.queue.turn().await;
        let (changes, undo) = self.memory.read(|j| {
            let changes = plan(j)?;
            // The commands hold most rules themselves; this holds the rest (a
            // date typed into a date field, say) to what start-up will check.
            rules::check_changes(j, &changes, &Window::around(today))?;
            let undo = j.undo_of(&changes);
            Ok::<_, AppError>((changes, undo))
        })?;
        let made = changes.clone();
        self.write(&encode_commands(&changes), move |j| j.apply(changes))
            .await?;
        Ok((made, undo))
    }

    /// Puts records back as they were, taking back a change. Unlike a
    /// command's changes, these may reopen a settled record (a follow-up
    /// done, undone), so each is written with every other key it may have
    /// had deleted, lest its settled copy win at the next start.
    pub async fn put_back(&self, plan: Plan) -> Result<(), AppError> {
        let _turn = self.queue.turn().await;
        let changes = self.memory.read(plan)?;
        self.write(&encode_changes(&changes), move |j| j.apply(changes))
            .await
    }

    /// Makes storage, then memory, hold exactly the backup but for its
    /// broken entries, in one transaction: if it fails or the file is
    /// mostly broken, nothing changed. Says what was left out.
    pub async fn replace_with(
        &self,
        backup: Backup,
        today: NaiveDate,
    ) -> Result<Vetting, AppError> {
        let _turn = self.queue.turn().await;
        let replacement = backup.replacement(today)?;
        let writes = self
            .memory
            .read(|j| replace_writes(j, &replacement.journal, &self.unreadable.borrow()));
        let journal = replacement.journal;
        self.write(&writes, move |j| *j = journal).await?;
        // Written record by record when unreadable history is kept: packed
        // now, so the next start need not open 10,000 records one by one.
        self.pack_if_due().await;
        Ok(replacement.vetting)
    }

    /// Adds what the backup holds and this phone lacks, in one transaction,
    /// planned against the journal as it is once earlier changes have landed.
    pub async fn merge_from(
        &self,
        backup: Backup,
        today: NaiveDate,
    ) -> Result<MergePlan, AppError> {
        let _turn = self.queue.turn().await;
        let plan = self.memory.read(|j| merge_plan(j, &backup, today));
        plan.vetting.verdict()?;
        let changes = plan.changes.clone();
        if !changes.is_empty() {
            self.write(&encode_changes(&changes), move |j| j.apply(changes))
                .await?;
            self.pack_if_due().await;
        }
        Ok(plan)
    }

    /// Deletes every record, readable or not, while the caller holds the turn.
    pub async fn clear(&self) -> Result<(), AppError> {
        self.write(&[Write::Clear], |j| *j = Journal::default())
            .await
    }

    /// Whether enough loose history has gathered to pack it.
    pub fn packing_due(&self) -> bool {
        self.store.packing_due()
    }

    /// Packs the history once enough loose records have gathered, while the
    /// caller holds the turn. It is not the leader's doing and changes
    /// nothing they see: should it fail, the history stays as it was, and
    /// it is tried again later.
    pub async fn pack_if_due(&self) {
        if self.store.packing_due() {
            let leave = self.unreadable.borrow().clone();
            let _ = self.store.pack(&leave).await;
        }
    }

    /// [`Ledger::pack_if_due`], once earlier changes have landed.
    pub async fn pack_in_turn(&self) {
        let _turn = self.queue.turn().await;
        self.pack_if_due().await;
    }

    /// Reads the whole journal from storage again (another tab stored
    /// something), and again should one of this tab's own changes land
    /// meanwhile. `false` when storage could not be read: memory stays as
    /// it is, and the next change brings another try.
    pub async fn reread(&self, today: NaiveDate) -> bool {
        loop {
            let before = self.writes.get();
            let Ok(loaded) = load_all(&*self.store, today).await else {
                return false;
            };
            if self.writes.get() != before {
                continue;
            }
            let keys = loaded.quarantined.iter().map(|q| q.key.clone()).collect();
            self.set_unreadable(keys);
            self.memory.change(|j| *j = loaded.journal);
            return true;
        }
    }

    /// Writes, then changes memory only on success.
    async fn write(
        &self,
        writes: &[Write],
        then: impl FnOnce(&mut Journal),
    ) -> Result<(), AppError> {
        self.memory.writing();
        match self.store.write(writes).await {
            Ok(()) => {
                self.writes.set(self.writes.get() + 1);
                self.memory.change(then);
                self.memory.written(Ok(()));
                Ok(())
            }
            Err(e) => {
                self.memory.written(Err(&e));
                Err(AppError::Storage(e))
            }
        }
    }
}
