//! Morning reminders in the browser: the leader's settings, the small
//! database the service worker reads on waking, notification permission,
//! and Periodic Background Sync, which wakes the worker with no server.
//!
//! The due index lives in a database of its own, not among the records:
//! every record there is sealed under the app lock and read by the app's
//! loader, while the worker must read the index with the lock on and the
//! loader must never see it. Its own database also needs no upgrade of the
//! records' one, which an older Attune still open in another tab would block.

use idb::{DatabaseEvent, Factory, ObjectStoreParams, TransactionMode, TransactionResult};
use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::prefs;
use crate::domain::Moment;
use crate::domain::due_index::ReminderSettings;
use crate::persist::StoreError;

/// `public/sw.js` opens the same database, version and store.
pub const DATABASE: &str = "attune-reminders";
const VERSION: u32 = 1;
const STORE: &str = "due";
const INDEX_KEY: &str = "index";
/// Written by the worker each time it wakes.
const WOKE_KEY: &str = "woke";
/// The periodic sync `public/sw.js` answers.
const SYNC_TAG: &str = "attune-morning";
/// Asked of the browser, which waits longer between wakes as it sees fit
/// (Chrome at least 12 hours): asking for less only lets a wake that came
/// before the morning hour be followed by another the same day.
const MIN_INTERVAL_MS: f64 = 3.0 * 60.0 * 60.0 * 1000.0;
/// How long turning reminders on waits for the service worker to be ready.
const READY_WAIT_MS: i32 = 10_000;

const SETTINGS: &str = "reminders";

/// Why reminders could not be turned on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReminderError {
    #[error("notifications are blocked")]
    Blocked,
    #[error("the browser wakes only installed apps")]
    NotInstalled,
    #[error("the service worker is not running")]
    NoWorker,
}

/// The leader's reminder settings; off until they turn them on.
pub fn settings() -> ReminderSettings {
    prefs::load(SETTINGS).unwrap_or_default()
}

pub fn save_settings(settings: &ReminderSettings) -> Result<(), StoreError> {
    prefs::save(SETTINGS, settings)
}

fn global(name: &str) -> Option<JsValue> {
    let window: JsValue = web_sys::window()?.into();
    Reflect::get(&window, &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_undefined())
}

fn get(target: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(target, &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// Calls `target.name(...args)` and hands back the promise it returns.
fn call(target: &JsValue, name: &str, args: &[JsValue]) -> Option<Promise> {
    let method: Function = get(target, name)?.dyn_into().ok()?;
    let args: js_sys::Array = args.iter().collect();
    method.apply(target, &args).ok()?.dyn_into().ok()
}

/// Whether this browser can wake Attune while it is closed and show a
/// notification: Periodic Background Sync (Chrome on Android, and installed
/// desktop Chrome while it runs) with notifications. Safari and Firefox
/// have neither wake-up.
pub fn can_wake() -> bool {
    let has_sync = global("ServiceWorkerRegistration")
        .and_then(|r| get(&r, "prototype"))
        .is_some_and(|p| Reflect::has(&p, &JsValue::from_str("periodicSync")).unwrap_or(false));
    has_sync && global("Notification").is_some()
}

/// The notification permission: "granted", "denied" or "default".
pub fn permission() -> String {
    global("Notification")
        .and_then(|n| get(&n, "permission"))
        .and_then(|p| p.as_string())
        .unwrap_or_else(|| "denied".into())
}

/// Asks for notification permission. Called in the tap itself: browsers
/// show the question only for a tap, not after an await.
pub fn ask_permission() -> Option<Promise> {
    call(&global("Notification")?, "requestPermission", &[])
}

async fn settle(promise: Promise) -> Result<JsValue, JsValue> {
    JsFuture::from(promise).await
}

/// The service worker's registration once it is active, if it gets there
/// soon: a browser that blocks workers never would.
async fn ready_registration() -> Option<JsValue> {
    let container = get(&web_sys::window()?.navigator().into(), "serviceWorker")?;
    let ready: Promise = get(&container, "ready")?.dyn_into().ok()?;
    let timeout = Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, READY_WAIT_MS);
        }
    });
    let first = settle(Promise::race(&js_sys::Array::of2(&ready, &timeout)))
        .await
        .ok()?;
    get(&first, "periodicSync").map(|_| first)
}

/// Turns reminders on once the leader has answered the permission
/// question (`asked`, from [`ask_permission`]): the worker is asked to be
/// woken every morning.
pub async fn turn_on(asked: Option<Promise>) -> Result<(), ReminderError> {
    if let Some(asked) = asked {
        let _ = settle(asked).await;
    }
    if permission() != "granted" {
        return Err(ReminderError::Blocked);
    }
    register().await
}

/// Asks again to be woken, as the settings say: the browser may have
/// dropped the request (site data cleared, permission revoked and given
/// back). Asking twice is harmless.
pub async fn keep_registered() -> Result<(), ReminderError> {
    match settings().on && can_wake() && permission() == "granted" {
        true => register().await,
        false => Ok(()),
    }
}

async fn register() -> Result<(), ReminderError> {
    let registration = ready_registration().await.ok_or(ReminderError::NoWorker)?;
    let sync = get(&registration, "periodicSync").ok_or(ReminderError::NoWorker)?;
    let options = Object::new();
    let _ = Reflect::set(
        &options,
        &JsValue::from_str("minInterval"),
        &JsValue::from_f64(MIN_INTERVAL_MS),
    );
    let asked = call(
        &sync,
        "register",
        &[JsValue::from_str(SYNC_TAG), options.into()],
    )
    .ok_or(ReminderError::NoWorker)?;
    // Refused (NotAllowedError) where the app is not installed.
    settle(asked)
        .await
        .map(drop)
        .map_err(|_| ReminderError::NotInstalled)
}

/// Stops the morning wake-ups.
pub async fn turn_off() {
    let Some(registration) = ready_registration().await else {
        return;
    };
    if let Some(sync) = get(&registration, "periodicSync")
        && let Some(done) = call(&sync, "unregister", &[JsValue::from_str(SYNC_TAG)])
    {
        let _ = settle(done).await;
    }
}

fn failed(e: idb::Error) -> StoreError {
    StoreError::Failed(e.to_string())
}

/// The reminders' database, created on first use.
async fn open() -> Result<idb::Database, StoreError> {
    let factory = Factory::new().map_err(|e| StoreError::Unavailable(e.to_string()))?;
    let mut request = factory
        .open(DATABASE, Some(VERSION))
        .map_err(|e| StoreError::Unavailable(e.to_string()))?;
    request.on_upgrade_needed(|event| {
        if let Ok(db) = event.database()
            && !db.store_names().iter().any(|s| s == STORE)
        {
            let _ = db.create_object_store(STORE, ObjectStoreParams::new());
        }
    });
    request
        .await
        .map_err(|e| StoreError::Unavailable(e.to_string()))
}

/// Stores the due index for the worker. The database is opened for the
/// write and closed after it, so it never holds up a deletion from another tab.
pub async fn put_index(json: &str) -> Result<(), StoreError> {
    let db = open().await?;
    let written = async {
        let tx = db
            .transaction(&[STORE], TransactionMode::ReadWrite)
            .map_err(failed)?;
        let store = tx.object_store(STORE).map_err(failed)?;
        store
            .put(
                &JsValue::from_str(json),
                Some(&JsValue::from_str(INDEX_KEY)),
            )
            .map_err(failed)?;
        match tx.await.map_err(failed)? {
            TransactionResult::Committed => Ok(()),
            TransactionResult::Aborted => Err(StoreError::Aborted),
        }
    }
    .await;
    db.close();
    written
}

/// When the phone last woke the worker, as the worker noted it; `None` if
/// it never has. Read only with reminders on, when the database is there.
pub async fn last_woke() -> Option<Moment> {
    let db = open().await.ok()?;
    let woke = async {
        let tx = db.transaction(&[STORE], TransactionMode::ReadOnly).ok()?;
        let store = tx.object_store(STORE).ok()?;
        let request = store.get(JsValue::from_str(WOKE_KEY)).ok()?;
        request.await.ok()??.as_f64()
    }
    .await;
    db.close();
    woke.map(super::clock::at_millis)
}

/// Deletes the reminders' database, with the index and the day the last
/// reminder was shown: with reminders off, and when deleting everything.
/// Where there is none, nothing is created.
pub async fn forget() {
    if let Ok(factory) = Factory::new()
        && let Ok(request) = factory.delete(DATABASE)
    {
        let _ = request.await;
    }
}
