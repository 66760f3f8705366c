//! Small values in localStorage: preferences and the drafts of unsaved forms,
//! stored plain through `local`, or sealed through the vault under the lock.
//!
//! A draft is written on every keystroke so a reload or a crash never loses
//! what the leader was typing; it is cleared only once the form is saved or
//! discarded.

use chrono::{NaiveDate, Weekday};
use serde::{Deserialize, Serialize, de::DeserializeOwned};
use wasm_bindgen::JsValue;

use super::{local, vault};
use crate::domain::date_phrase::DateOrder;
use crate::persist::StoreError;

/// Under the app lock, drafts and the week's intention are kept sealed; the
/// vault holds them opened in memory.
fn sealed_here(key: &str) -> bool {
    vault::is_sensitive(key) && vault::is_enabled()
}

/// Reads a value; a missing or unreadable one reads as `None`.
pub fn load<T: DeserializeOwned>(key: &str) -> Option<T> {
    serde_json::from_str(&load_json(key)?).ok()
}

/// The JSON stored under `key`, opened if sealed: compiled once, not per type.
fn load_json(key: &str) -> Option<String> {
    match sealed_here(key) {
        true => vault::cached(key),
        false => local::get(key),
    }
}

pub fn save<T: Serialize>(key: &str, value: &T) -> Result<(), StoreError> {
    save_json(key, local::to_json(value)?)
}

/// What `save` does once the value is JSON: compiled once, not per type.
fn save_json(key: &str, json: String) -> Result<(), StoreError> {
    if sealed_here(key) {
        vault::keep(key, Some(json));
        return Ok(());
    }
    local::set(key, &json)
}

const DATE_ORDER: &str = "date_order";

/// How the leader writes numeric dates: as they chose in Settings, or else
/// as the phone's language and region write them (5/12 is May 12 in the
/// United States, 5 December in most other places).
pub fn date_order() -> DateOrder {
    load(DATE_ORDER).unwrap_or_else(locale_date_order)
}

/// Whether the browser's own date format puts the month before the day.
fn locale_date_order() -> DateOrder {
    let format = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new());
    let parts = format.format_to_parts(&js_sys::Date::new_0());
    let kind = |part: JsValue| {
        js_sys::Reflect::get(&part, &JsValue::from_str("type"))
            .ok()
            .and_then(|t| t.as_string())
    };
    let first = parts
        .iter()
        .filter_map(kind)
        .find(|t| t == "day" || t == "month");
    match first.as_deref() {
        Some("month") => DateOrder::MonthDay,
        _ => DateOrder::DayMonth,
    }
}

pub fn set_date_order(order: DateOrder) -> Result<(), StoreError> {
    save(DATE_ORDER, &order)
}

const REFLECTION_DAY: &str = "reflection_day";
const REFLECTION: &str = "reflection";

/// The weekday the weekly reflection comes back on; Monday unless chosen.
pub fn reflection_day() -> Weekday {
    load(REFLECTION_DAY).unwrap_or(Weekday::Mon)
}

pub fn set_reflection_day(day: Weekday) -> Result<(), StoreError> {
    save(REFLECTION_DAY, &day)
}

/// This week's reflection: the week it belongs to, the intention written,
/// and whether the card was put away.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Reflection {
    pub week: Option<NaiveDate>,
    pub intention: String,
    pub dismissed: bool,
}

/// The stored reflection when it belongs to `week`, else a fresh one for it.
pub fn reflection(week: NaiveDate) -> Reflection {
    load::<Reflection>(REFLECTION)
        .filter(|r| r.week == Some(week))
        .unwrap_or(Reflection {
            week: Some(week),
            ..Reflection::default()
        })
}

pub fn save_reflection(r: &Reflection) -> Result<(), StoreError> {
    save(REFLECTION, r)
}

const LAST_BACKUP: &str = "last_backup";
const BACKUP_EVERY: &str = "backup_every_days";

/// The day a backup was last saved from this browser.
pub fn last_backup() -> Option<NaiveDate> {
    load(LAST_BACKUP)
}

pub fn set_last_backup(day: NaiveDate) -> Result<(), StoreError> {
    save(LAST_BACKUP, &day)
}

/// Days between backup reminders on Today; 0 turns them off.
pub fn backup_every_days() -> u32 {
    load(BACKUP_EVERY).unwrap_or(crate::domain::backup_nudge::DEFAULT_BACKUP_EVERY_DAYS)
}

pub fn set_backup_every_days(days: u32) -> Result<(), StoreError> {
    save(BACKUP_EVERY, &days)
}

const RETENTION: &str = "retention_months";

/// How many months of notes to keep; 0 keeps them forever.
pub fn retention_months() -> u32 {
    load(RETENTION).unwrap_or(0)
}

pub fn set_retention_months(months: u32) -> Result<(), StoreError> {
    save(RETENTION, &months)
}

const HAD_RECORDS: &str = "had_records";

/// Whether storage held records the last time Attune wrote to it: if it is
/// found empty after that, something cleared it.
pub fn had_records() -> bool {
    load(HAD_RECORDS).unwrap_or(false)
}

pub fn set_had_records(had: bool) -> Result<(), StoreError> {
    match had == had_records() {
        true => Ok(()),
        false => save(HAD_RECORDS, &had),
    }
}

pub fn clear(key: &str) {
    if sealed_here(key) {
        // Forgotten in memory too, and any sealing under way is dropped.
        vault::keep(key, None);
    }
    local::remove(key);
}

/// Forgets every preference and draft: all of this origin's localStorage.
pub fn clear_all() {
    local::clear_all();
}

const LOCK_IDLE: &str = "lock_idle_minutes";
const LOCK_HIDDEN: &str = "lock_when_hidden";

/// Minutes without a tap or key before the app lock closes Attune.
pub fn lock_idle_minutes() -> u32 {
    load(LOCK_IDLE).unwrap_or(5)
}

pub fn set_lock_idle_minutes(minutes: u32) -> Result<(), StoreError> {
    save(LOCK_IDLE, &minutes)
}

/// Whether the app lock closes Attune as soon as it is hidden.
pub fn lock_when_hidden() -> bool {
    load(LOCK_HIDDEN).unwrap_or(true)
}

pub fn set_lock_when_hidden(on: bool) -> Result<(), StoreError> {
    save(LOCK_HIDDEN, &on)
}
