//! [`AppState`]: provided once at the root, reached through `AppState::expect()`.

mod loading;

use std::rc::Rc;

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::ledger::{AppError, Ledger, Memory, Plan};
use crate::domain::{Change, Journal};
use crate::persist::{Backup, MergePlan, StoreError, Vetting, WriteQueue};
use crate::platform::vault::LockError;
use crate::platform::{self, IndexedDbStore};
use crate::state::Preferences;

/// How long a write may take before the top bar says "Saving…".
const SAVING_SHOWN_AFTER: std::time::Duration = std::time::Duration::from_millis(150);

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
    /// The path every change takes to storage, once storage is open.
    ledger: StoredValue<Option<Rc<Ledger<IndexedDbStore, AppState>>>, LocalStorage>,
    /// Writes begun and writes ended, success or not: "Saving…" is shown
    /// only while the write begun last is still under way.
    begun: StoredValue<u64>,
    ended: StoredValue<u64>,
    /// Changes are planned and stored one at a time, in the order asked;
    /// locking waits its turn among them.
    queue: StoredValue<WriteQueue, LocalStorage>,
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
            ledger: StoredValue::new_local(None),
            begun: StoredValue::new(0),
            ended: StoredValue::new(0),
            queue: StoredValue::new_local(WriteQueue::new()),
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

    /// The path to storage; not there until storage is open.
    fn ledger(self) -> Result<Rc<Ledger<IndexedDbStore, AppState>>, AppError> {
        self.ledger.get_value().ok_or(AppError::NotReady)
    }

    /// Everything but the history is in memory: enough for Today and the lists.
    pub fn head_ready(&self) -> bool {
        matches!(self.boot.get(), Boot::HeadLoaded | Boot::Ready { .. })
    }

    pub fn is_ready(&self) -> bool {
        matches!(self.boot.get(), Boot::Ready { .. })
    }

    /// Makes storage, then memory, hold exactly the backup but for its
    /// broken entries (see [`Ledger::replace_with`]). Says what was left out.
    pub async fn replace_with(self, backup: Backup, today: NaiveDate) -> Result<Vetting, AppError> {
        self.ledger()?.replace_with(backup, today).await
    }

    /// Adds what the backup holds and this phone lacks (see [`Ledger::merge_from`]).
    pub async fn merge_from(self, backup: Backup, today: NaiveDate) -> Result<MergePlan, AppError> {
        self.ledger()?.merge_from(backup, today).await
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
        let Some(ledger) = self.ledger.get_value() else {
            return Err(LockError::Storage(StoreError::Unavailable(
                "storage is not open yet".into(),
            )));
        };
        change(ledger.store().clone()).await
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
        let ledger = self.ledger()?;
        let turn = self.queue.get_value().turn().await;
        ledger.clear().await?;
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
        self.ledger()?.commit(plan, platform::clock::today()).await
    }

    /// Puts records back as they were, taking back a change (see [`Ledger::put_back`]).
    pub async fn put_back(self, plan: Plan) -> Result<(), AppError> {
        self.ledger()?.put_back(plan).await
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
}

/// The journal on screen is a signal; each write shows in the save
/// indicator, and the kept copy of Today, the other tabs and the preferences
/// hear of it.
impl Memory for AppState {
    fn read<R>(&self, look: impl FnOnce(&Journal) -> R) -> R {
        self.journal.with_untracked(look)
    }

    fn change(&self, change: impl FnOnce(&mut Journal)) {
        self.journal.update(change);
    }

    fn writing(&self) {
        self.show_saving_if_slow();
        // Before the write: a copy of Today kept from before it would be out
        // of date, even if the page ends before the write is answered.
        platform::today_copy::discard();
    }

    fn written(&self, stored: Result<(), &StoreError>) {
        self.ended.update_value(|n| *n += 1);
        if let Err(e) = stored {
            let error = AppError::Storage(e.clone());
            self.save.set(SaveStatus::Failed(error));
            return;
        }
        self.wiped.set(false);
        let holds = self
            .journal
            .with_untracked(|j| j.entities().next().is_some());
        self.preferences
            .kept(platform::prefs::set_had_records(holds));
        self.save.set(SaveStatus::Saved);
        platform::tabs::announce_change();
        if let Some(ledger) = self.ledger.get_value().filter(|l| l.packing_due()) {
            spawn_local(async move { ledger.pack_in_turn().await });
        }
    }
}
