//! [`AppState`]: provided once at the root, reached through `AppState::expect()`.

use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::{Change, Journal, JournalError};
use crate::persist::{Backup, Store, StoreError, Write, encode_changes, load, replace_writes};
use crate::platform::{self, IndexedDbStore, indexed_db::DATABASE};

/// Where start-up is.
#[derive(Debug, Clone, PartialEq)]
pub enum Boot {
    Loading,
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
    #[error("storage is not open yet")]
    NotReady,
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub journal: RwSignal<Journal>,
    pub boot: RwSignal<Boot>,
    pub save: RwSignal<SaveStatus>,
    store: StoredValue<Option<Rc<IndexedDbStore>>, LocalStorage>,
}

impl AppState {
    /// Creates the state, provides it to the tree, and starts loading.
    pub fn provide() -> AppState {
        let state = AppState {
            journal: RwSignal::new(Journal::default()),
            boot: RwSignal::new(Boot::Loading),
            save: RwSignal::new(SaveStatus::Idle),
            store: StoredValue::new_local(None),
        };
        provide_context(state);
        spawn_local(state.load());
        state
    }

    /// The state provided at the root. Only `App` provides it, before any page exists.
    pub fn expect() -> AppState {
        expect_context::<AppState>()
    }

    async fn load(self) {
        let store = match IndexedDbStore::open(DATABASE).await {
            Ok(store) => store,
            Err(e) => {
                self.boot.set(Boot::Failed(e));
                return;
            }
        };
        match store.load_all().await {
            Ok(records) => {
                let loaded = load(records);
                self.journal.set(loaded.journal);
                self.store.set_value(Some(Rc::new(store)));
                self.boot.set(Boot::Ready {
                    quarantined: loaded.quarantined.len(),
                });
            }
            Err(e) => self.boot.set(Boot::Failed(e)),
        }
        platform::mark("attune:loaded");
    }

    pub fn is_ready(&self) -> bool {
        matches!(self.boot.get(), Boot::Ready { .. })
    }

    /// Makes storage, then memory, hold exactly the backup, in one transaction:
    /// if it fails, nothing changed.
    pub async fn replace_with(self, backup: Backup) -> Result<(), AppError> {
        let writes = self.journal.with_untracked(|j| replace_writes(j, &backup));
        self.write(&writes, move |j| {
            *j = Journal::from_entities(backup.entities)
        })
        .await
    }

    /// Plans a change against the current journal, stores it, and only then
    /// applies it in memory. On any error nothing changes and the caller
    /// keeps whatever the leader typed.
    pub async fn commit(
        self,
        plan: impl FnOnce(&Journal) -> Result<Vec<Change>, JournalError>,
    ) -> Result<(), AppError> {
        let changes = self.journal.with_untracked(plan)?;
        self.write(&encode_changes(&changes), move |j| j.apply(changes))
            .await
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
        self.save.set(SaveStatus::Saving);
        match store.write(writes).await {
            Ok(()) => {
                self.journal.update(then);
                self.save.set(SaveStatus::Saved);
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
