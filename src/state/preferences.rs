//! [`Preferences`]: the leader's choices as signals, provided once at the
//! root, changed only through [`Preferences::set`].

use chrono::{NaiveDate, Weekday};
use leptos::prelude::*;

use crate::domain::date_phrase::DateOrder;
use crate::persist::StoreError;
use crate::platform::prefs;

/// One choice, with its new value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Preference {
    DateOrder(DateOrder),
    ReflectionDay(Weekday),
    LastBackup(NaiveDate),
    BackupEveryDays(u32),
    RetentionMonths(u32),
    LockIdleMinutes(u32),
    LockWhenHidden(bool),
}

#[derive(Clone, Copy)]
pub struct Preferences {
    date_order: RwSignal<DateOrder>,
    reflection_day: RwSignal<Weekday>,
    last_backup: RwSignal<Option<NaiveDate>>,
    backup_every_days: RwSignal<u32>,
    retention_months: RwSignal<u32>,
    lock_idle_minutes: RwSignal<u32>,
    lock_when_hidden: RwSignal<bool>,
    /// Why the last choice was not stored; the next one stored clears it.
    failed: RwSignal<Option<StoreError>>,
    /// Why something kept on the side (what the leader types, until saved)
    /// is not being kept.
    not_kept: RwSignal<Option<StoreError>>,
}

impl Preferences {
    /// Reads every choice from storage and provides them to the tree. Another
    /// tab's change is read again as it is stored.
    pub fn provide() -> Preferences {
        let preferences = Preferences {
            date_order: RwSignal::new(prefs::date_order()),
            reflection_day: RwSignal::new(prefs::reflection_day()),
            last_backup: RwSignal::new(prefs::last_backup()),
            backup_every_days: RwSignal::new(prefs::backup_every_days()),
            retention_months: RwSignal::new(prefs::retention_months()),
            lock_idle_minutes: RwSignal::new(prefs::lock_idle_minutes()),
            lock_when_hidden: RwSignal::new(prefs::lock_when_hidden()),
            failed: RwSignal::new(None),
            not_kept: RwSignal::new(None),
        };
        provide_context(preferences);
        let listening = window_event_listener(leptos::ev::storage, move |_| preferences.reload());
        on_cleanup(move || listening.remove());
        preferences
    }

    /// The preferences provided at the root, by `App`, before any page exists.
    pub fn expect() -> Preferences {
        expect_context::<Preferences>()
    }

    /// Reads every choice from storage again, after another tab or "Delete
    /// everything" changed it.
    pub(super) fn reload(self) {
        set_if_changed(self.date_order, prefs::date_order());
        set_if_changed(self.reflection_day, prefs::reflection_day());
        set_if_changed(self.last_backup, prefs::last_backup());
        set_if_changed(self.backup_every_days, prefs::backup_every_days());
        set_if_changed(self.retention_months, prefs::retention_months());
        set_if_changed(self.lock_idle_minutes, prefs::lock_idle_minutes());
        set_if_changed(self.lock_when_hidden, prefs::lock_when_hidden());
    }

    /// Takes the choice at once and stores it; should storing fail, the
    /// choice holds until Attune closes and the reason is shown.
    pub fn set(self, preference: Preference) {
        use Preference as P;
        let stored = match preference {
            P::DateOrder(order) => {
                self.date_order.set(order);
                prefs::set_date_order(order)
            }
            P::ReflectionDay(day) => {
                self.reflection_day.set(day);
                prefs::set_reflection_day(day)
            }
            P::LastBackup(day) => {
                self.last_backup.set(Some(day));
                prefs::set_last_backup(day)
            }
            P::BackupEveryDays(days) => {
                self.backup_every_days.set(days);
                prefs::set_backup_every_days(days)
            }
            P::RetentionMonths(months) => {
                self.retention_months.set(months);
                prefs::set_retention_months(months)
            }
            P::LockIdleMinutes(minutes) => {
                self.lock_idle_minutes.set(minutes);
                prefs::set_lock_idle_minutes(minutes)
            }
            P::LockWhenHidden(on) => {
                self.lock_when_hidden.set(on);
                prefs::set_lock_when_hidden(on)
            }
        };
        self.failed.set(stored.err());
    }

    /// Hears how keeping something on the side went (a draft, a mark of
    /// what storage held): a failure is shown quietly until a later one is kept.
    pub fn kept(self, kept: Result<(), StoreError>) {
        let now = kept.err();
        if self.not_kept.with_untracked(|was| *was != now) {
            self.not_kept.set(now);
        }
    }

    pub fn date_order(self) -> ReadSignal<DateOrder> {
        self.date_order.read_only()
    }

    pub fn reflection_day(self) -> ReadSignal<Weekday> {
        self.reflection_day.read_only()
    }

    pub fn last_backup(self) -> ReadSignal<Option<NaiveDate>> {
        self.last_backup.read_only()
    }

    pub fn backup_every_days(self) -> ReadSignal<u32> {
        self.backup_every_days.read_only()
    }

    pub fn retention_months(self) -> ReadSignal<u32> {
        self.retention_months.read_only()
    }

    pub fn lock_idle_minutes(self) -> ReadSignal<u32> {
        self.lock_idle_minutes.read_only()
    }

    pub fn lock_when_hidden(self) -> ReadSignal<bool> {
        self.lock_when_hidden.read_only()
    }

    /// Why the last choice was not stored, if it was not.
    pub fn failed(self) -> ReadSignal<Option<StoreError>> {
        self.failed.read_only()
    }

    /// Why what the leader types is not being kept, if it is not.
    pub fn not_kept(self) -> ReadSignal<Option<StoreError>> {
        self.not_kept.read_only()
    }
}

/// Sets `signal` only when the value differs, so nothing reading it is
/// drawn again for another tab's change to some other value.
fn set_if_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
    if signal.with_untracked(|now| *now != value) {
        signal.set(value);
    }
}
