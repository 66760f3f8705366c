//! [`AppState`]: provided once at the root, reached through `AppState::expect()`.

mod loading;

use std::rc::Rc;

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::rules::{self, Broken, Window};
use crate::domain::{Change, Journal, JournalError};
use crate::persist::{
    Backup, BackupError, MergePlan, Store, StoreError, Vetting, Write, WriteQueue, encode_changes,
    encode_commands, merge_plan, replace_writes,
};
use crate::platform::vault::LockError;
use crate::platform::{self, IndexedDbStore};
use crate::state::Preferences;

/// How long a write may take before the top bar says "Saving…".
const SAVING_SHOWN_AFTER: std::time::Duration = std::time::Duration::from_millis(150);

/// A change to plan against the journal as it is once earlier changes have
/// landed. Boxed, so the path that stores it is compiled once for every
/// kind of change.
pub type Plan = Box<dyn FnOnce(&Journal) -> Result<Vec<Change>, JournalError>>;

/// Where start-up is.
#[derive(Debug, Clone, PartialEq)]
pub enum Boot {
    Loading,
    /// Kids, groups, open follow-ups and running sessions are in; the history
    /// (notes above all) is still loading.
    HeadLoaded,
    /// Loaded; `quarantined` records could not be read and were left untouched.
    Ready {
        quarantined: usize,
    },
    /// Storage could not be opened at all.
    Failed(StoreError),
}

/// What the leader sees about saving.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveStatus {
    Idle,
    Saving,
    Saved,
    Failed(AppError),
}

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

#[derive(Clone, Copy)]
pub struct AppState {
    pub journal: RwSignal<Journal>,
    pub boot: RwSignal<Boot>,
    pub save: RwSignal<SaveStatus>,
    /// Storage turned out empty though this browser had kept records before:
    /// something cleared it behind Attune's back.
    pub wiped: RwSignal<bool>,
    /// The first screen of the leader's records is on screen (or start-up
    /// stopped): from here on, what waits its turn (`AfterFirstScreen`) may be drawn.
    pub drawn: RwSignal<bool>,
    store: StoredValue<Option<Rc<IndexedDbStore>>, LocalStorage>,
    /// Counts this tab's stored changes, so a re-read from storage that
    /// raced one of them is done again rather than dropping it.
    writes: StoredValue<u64>,
    /// Writes begun and writes ended, success or not: "Saving…" is shown
    /// only while the write begun last is still under way.
    begun: StoredValue<u64>,
    ended: StoredValue<u64>,
    /// Changes are planned and stored one at a time, in the order asked.
    queue: StoredValue<WriteQueue, LocalStorage>,
    /// Keys of the records that could not be read: packing leaves them be.
    unreadable: StoredValue<Vec<String>>,
    preferences: Preferences,
}

impl AppState {
    /// Creates the state, provides it to the tree, and starts loading.
    pub fn provide() -> AppState {
        let state = AppState {
            journal: RwSignal::new(Journal::default()),
            boot: RwSignal::new(Boot::Loading),
            save: RwSignal::new(SaveStatus::Idle),
            wiped: RwSignal::new(false),
            drawn: RwSignal::new(false),
            store: StoredValue::new_local(None),
            writes: StoredValue::new(0),
            begun: StoredValue::new(0),
            ended: StoredValue::new(0),
            queue: StoredValue::new_local(WriteQueue::new()),
            unreadable: StoredValue::new(Vec::new()),
            preferences: Preferences::expect(),
        };
        provide_context(state);
        spawn_local(state.load());
        state
    }

    /// The state provided at the root. Only `App` provides it, before any page exists.
    pub fn expect() -> AppState {
        expect_context::<AppState>()
    }

    /// Packs the history once enough loose records have gathered, while the
    /// caller holds the turn. It is not the leader's doing and changes
    /// nothing they see: should it fail, the history stays as it was, and
    /// it is tried again later.
    async fn pack_if_due(self) {
        let Some(store) = self.store.get_value() else {
            return;
        };
        if store.packing_due() {
            let _ = store.pack(&self.unreadable.get_value()).await;
        }
    }

    /// Everything but the history is in memory: enough for Today and the lists.
    pub fn head_ready(&self) -> bool {
        matches!(self.boot.get(), Boot::HeadLoaded | Boot::Ready { .. })
    }

    pub fn is_ready(&self) -> bool {
        matches!(self.boot.get(), Boot::Ready { .. })
    }

    /// Makes storage, then memory, hold exactly the backup but for its
    /// broken entries, in one transaction: if it fails or the file is
    /// mostly broken, nothing changed. Says what was left out.
    pub async fn replace_with(self, backup: Backup, today: NaiveDate) -> Result<Vetting, AppError> {
        let _turn = self.queue.get_value().turn().await;
        let replacement = backup.replacement(today)?;
        let unreadable = self.unreadable.get_value();
        let writes = self
            .journal
            .with_untracked(|j| replace_writes(j, &replacement.journal, &unreadable));
        let journal = replacement.journal;
        self.write(&writes, move |j| *j = journal).await?;
        // Written record by record when unreadable history is kept: packed
        // now, so the next start need not open 10,000 records one by one.
        self.pack_if_due().await;
        Ok(replacement.vetting)
    }

    /// Adds what the backup holds and this phone lacks, in one transaction,
    /// planned against the journal as it is once earlier changes have landed.
    pub async fn merge_from(self, backup: Backup, today: NaiveDate) -> Result<MergePlan, AppError> {
        let _turn = self.queue.get_value().turn().await;
        let plan = self
            .journal
            .with_untracked(|j| merge_plan(j, &backup, today));
        plan.vetting.verdict()?;
        let changes = plan.changes.clone();
        if !changes.is_empty() {
            self.write(&encode_changes(&changes), move |j| j.apply(changes))
                .await?;
            self.pack_if_due().await;
        }
        Ok(plan)
    }

    /// Runs a change of the app lock (on, off, new passcode) once earlier
    /// changes have landed and with none starting meanwhile: it rewrites
    /// every record.
    pub async fn change_lock<F, Fut>(self, change: F) -> Result<(), LockError>
    where
        F: FnOnce(Rc<IndexedDbStore>) -> Fut,
        Fut: std::future::Future<Output = Result<(), LockError>>,
    {
        let _turn = self.queue.get_value().turn().await;
        let Some(store) = self.store.get_value() else {
            return Err(LockError::Storage(StoreError::Unavailable(
                "storage is not open yet".into(),
            )));
        };
        change(store).await
    }

    /// Locks once every change asked for has been stored; in every tab, or
    /// in this one only.
    pub async fn lock(self, every_tab: bool) {
        let _turn = self.queue.get_value().turn().await;
        // Drafts are sealed a moment after they change; give them that moment.
        platform::after_paint().await;
        platform::vault::lock_now(every_tab);
    }

    /// Deletes every record, readable or not, then every preference and
    /// draft in localStorage and every cached copy of the app. Storage is
    /// empty afterwards; the app keeps running from memory until reloaded.
    pub async fn delete_everything(self) -> Result<(), AppError> {
        let turn = self.queue.get_value().turn().await;
        self.write(&[Write::Clear], |j| *j = Journal::default())
            .await?;
        drop(turn);
        if let Boot::Ready { .. } = self.boot.get_untracked() {
            self.boot.set(Boot::Ready { quarantined: 0 });
        }
        crate::platform::prefs::clear_all();
        self.preferences.reload();
        // The app's cached copy holds nothing of the leader's; removing it
        // follows on its own, so the answer does not wait for the browser.
        spawn_local(crate::platform::pwa::delete_caches());
        Ok(())
    }

    /// Plans a change against the current journal, stores it, and only then
    /// applies it in memory. On any error nothing changes and the caller
    /// keeps whatever the leader typed.
    pub async fn commit(self, plan: Plan) -> Result<(), AppError> {
        self.commit_undoable(plan).await.map(drop)
    }

    /// [`AppState::commit`], returning the changes made and the changes that
    /// would put every record they touched back as it was.
    pub async fn commit_undoable(self, plan: Plan) -> Result<(Vec<Change>, Vec<Change>), AppError> {
        // Planned only once every earlier change has landed: two quick taps
        // on one session would otherwise both start from the same record.
        let _turn = self.queue.get_value().turn().await;
        let (changes, undo) = self.journal.with_untracked(|j| {
            let changes = plan(j)?;
            // The commands hold most rules themselves; this holds the rest (a
            // date typed into a date field, say) to what start-up will check.
            let window = Window::around(platform::clock::today());
            rules::check_changes(j, &changes, &window)?;
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
    pub async fn put_back(self, plan: Plan) -> Result<(), AppError> {
        let _turn = self.queue.get_value().turn().await;
        let changes = self.journal.with_untracked(plan)?;
        self.write(&encode_changes(&changes), move |j| j.apply(changes))
            .await
    }

    /// Shows "Saving…" for a write still under way after a moment. Most are
    /// answered within a frame or two, and drawing the word for those few
    /// milliseconds would only hold up the answer.
    fn show_saving_if_slow(self) {
        self.begun.update_value(|n| *n += 1);
        let begun = self.begun.get_value();
        set_timeout(
            move || {
                // The shell may be gone by then (the app locked).
                if self
                    .ended
                    .try_get_value()
                    .is_some_and(|ended| ended < begun)
                {
                    self.save.set(SaveStatus::Saving);
                }
            },
            SAVING_SHOWN_AFTER,
        );
    }

    /// The one path to storage: write, then change memory only on success,
    /// and show the outcome in the save indicator either way.
    async fn write(
        self,
        writes: &[Write],
        then: impl FnOnce(&mut Journal),
    ) -> Result<(), AppError> {
        let Some(store) = self.store.get_value() else {
            return Err(AppError::NotReady);
        };
        self.show_saving_if_slow();
        // Before the write: a copy of Today kept from before it would be out
        // of date, even if the page ends before the write is answered.
        platform::today_copy::discard();
        let stored = store.write(writes).await;
        self.ended.update_value(|n| *n += 1);
        match stored {
            Ok(()) => {
                self.writes.update_value(|n| *n += 1);
                self.journal.update(then);
                self.wiped.set(false);
                let holds = self
                    .journal
                    .with_untracked(|j| j.entities().next().is_some());
                self.preferences
                    .kept(platform::prefs::set_had_records(holds));
                self.save.set(SaveStatus::Saved);
                platform::tabs::announce_change();
                if store.packing_due() {
                    spawn_local(async move {
                        let _turn = self.queue.get_value().turn().await;
                        self.pack_if_due().await;
                    });
                }
                Ok(())
            }
            Err(e) => {
                let error = AppError::Storage(e);
                self.save.set(SaveStatus::Failed(error.clone()));
                Err(error)
            }
        }
    }
}
