//! [`Reminders`]: the leader's reminder settings, and the service worker's
//! due index kept in step with the journal, those settings and the app lock.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::AppState;
use crate::domain::due_index::{DueIndex, ReminderSettings};
use crate::persist::StoreError;
use crate::platform::{reminders, vault};

/// What should be in the reminders' database: the index's JSON, or
/// nothing at all (reminders off).
type Wanted = Option<String>;

#[derive(Clone, Copy)]
pub struct Reminders {
    settings: RwSignal<ReminderSettings>,
    locked: RwSignal<bool>,
    /// The index could not be stored: the next reminder may be out of date.
    pub failed: RwSignal<Option<StoreError>>,
    /// The last state asked for, and the last one stored.
    wanted: StoredValue<Option<Wanted>>,
    stored: StoredValue<Option<Wanted>>,
    writing: StoredValue<bool>,
}

impl Reminders {
    /// Provided once, by the shell. From the moment the journal has loaded,
    /// every change to it, to the settings or to the lock writes the index
    /// again (or, with reminders off, deletes it).
    pub fn provide(state: AppState) -> Reminders {
        let reminders = Reminders {
            settings: RwSignal::new(reminders::settings()),
            locked: RwSignal::new(vault::is_enabled()),
            failed: RwSignal::new(None),
            wanted: StoredValue::new(None),
            stored: StoredValue::new(None),
            writing: StoredValue::new(false),
        };
        provide_context(reminders);
        Effect::new(move |_| {
            if !state.is_ready() {
                return;
            }
            let settings = reminders.settings.get();
            // What is stored is the truth: deleting everything clears it.
            let on = settings.on && reminders::settings().on;
            let locked = reminders.locked.get();
            let wanted = on.then(|| {
                state
                    .journal
                    .with(|j| DueIndex::of(j, &settings, locked).to_json())
            });
            reminders.store(wanted);
        });
        spawn_local(async {
            // Nothing to tell: the Settings card checks again when opened.
            let _ = reminders::keep_registered().await;
        });
        reminders
    }

    pub fn expect() -> Reminders {
        expect_context::<Reminders>()
    }

    pub fn settings(self) -> ReminderSettings {
        self.settings.get()
    }

    /// Whether the app lock is on, as this tab last learnt.
    pub fn locked(self) -> bool {
        self.locked.get()
    }

    /// Whether reminders and calendar events may name kids.
    pub fn shows_names(self) -> bool {
        self.settings.get().shows_names(self.locked.get())
    }

    /// Stores new settings; a failed write changes nothing.
    pub fn set(self, settings: ReminderSettings) -> Result<(), StoreError> {
        reminders::save_settings(&settings)?;
        self.settings.set(settings);
        Ok(())
    }

    /// The lock was turned on or off: names leave the index (and the
    /// leader's choice of names is dropped) when it comes on.
    pub fn lock_changed(self) {
        let locked = vault::is_enabled();
        let settings = self.settings.get_untracked();
        if locked && settings.names {
            let without = ReminderSettings {
                names: false,
                ..settings
            };
            // Never shown with the lock on even if this write fails.
            let _ = self.set(without);
        }
        self.locked.set(locked);
    }

    /// Brings the database to `wanted`, one write at a time, the latest
    /// asked for winning. A failed write is shown, and tried again at the
    /// next change.
    fn store(self, wanted: Wanted) {
        if self.stored.with_value(|s| s.as_ref() == Some(&wanted)) && !self.writing.get_value() {
            return;
        }
        self.wanted.set_value(Some(wanted));
        if self.writing.get_value() {
            return;
        }
        self.writing.set_value(true);
        spawn_local(async move {
            while let Some(next) = self.wanted.try_get_value().flatten() {
                if self.stored.get_value().as_ref() == Some(&next) {
                    break;
                }
                let result = match &next {
                    Some(json) => reminders::put_index(json).await,
                    None => {
                        reminders::forget().await;
                        Ok(())
                    }
                };
                match result {
                    Ok(()) => {
                        self.stored.set_value(Some(next));
                        self.failed.set(None);
                    }
                    Err(e) => {
                        self.failed.set(Some(e));
                        break;
                    }
                }
            }
            self.writing.set_value(false);
        });
    }
}
