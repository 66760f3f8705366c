//! The journal's durable store: one IndexedDB object store, one record per entity.

use std::cell::RefCell;

use idb::{
    Database, DatabaseEvent, Factory, KeyRange, ObjectStoreParams, Query, TransactionMode,
    TransactionResult,
};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{IdbDatabase, IdbTransaction};

use super::vault::{self, RawRecords};
use crate::persist::{HISTORY_PREFIX, Part, Store, StoreError, Write};

/// The database every build of Attune opens. `index.html` opens it too, at
/// the same version and with the same object store, so both must change together.
pub const DATABASE: &str = "attune";
const RECORDS: &str = "records";
const VERSION: u32 = 1;

pub struct IndexedDbStore {
    db: Database,
    /// Reads `index.html` started before the app ran, one per part, each
    /// used once for the first read of its part.
    preloaded: RefCell<Option<js_sys::Object>>,
}

fn failed(e: impl std::fmt::Display) -> StoreError {
    StoreError::Failed(e.to_string())
}

fn from_dom(name: &str, message: String) -> StoreError {
    match name {
        "QuotaExceededError" => StoreError::QuotaExceeded,
        "AbortError" => StoreError::Aborted,
        _ => StoreError::Failed(message),
    }
}

fn from_idb(e: idb::Error) -> StoreError {
    match &e {
        idb::Error::DomException(dom) => from_dom(&dom.name(), dom.message()),
        _ => failed(e),
    }
}

impl IndexedDbStore {
    /// Opens (creating on first use) the named database. For the app's own
    /// database, the connection `index.html` began opening while the app was
    /// still downloading is used when there is one.
    pub async fn open(name: &str) -> Result<IndexedDbStore, StoreError> {
        if name == DATABASE
            && let Some(db) = early_connection().await
        {
            return Ok(IndexedDbStore {
                db: Database::from(db),
                preloaded: RefCell::new(preloaded().await),
            });
        }
        let factory = Factory::new().map_err(|e| StoreError::Unavailable(e.to_string()))?;
        let mut request = factory
            .open(name, Some(VERSION))
            .map_err(|e| StoreError::Unavailable(e.to_string()))?;
        request.on_upgrade_needed(|event| {
            if let Ok(db) = event.database()
                && !db.store_names().iter().any(|s| s == RECORDS)
            {
                let _ = db.create_object_store(RECORDS, ObjectStoreParams::new());
            }
        });
        let db = request
            .await
            .map_err(|e| StoreError::Unavailable(e.to_string()))?;
        Ok(IndexedDbStore {
            db,
            preloaded: RefCell::new(None),
        })
    }

    /// Closes the connection; used by tests that reopen the same database.
    pub fn close(&self) {
        self.db.close();
    }

    /// Runs `get_all` (values) or `get_all_keys` over the key range of a part,
    /// in key order.
    async fn read(&self, part: Part, keys: bool) -> Result<Vec<JsValue>, StoreError> {
        let tx = self
            .db
            .transaction(&[RECORDS], TransactionMode::ReadOnly)
            .map_err(from_idb)?;
        let store = tx.object_store(RECORDS).map_err(from_idb)?;
        let query = Some(Query::from(range(part)?));
        let found = match keys {
            true => store.get_all_keys(query, None).map_err(from_idb)?.await,
            false => store.get_all(query, None).map_err(from_idb)?.await,
        };
        found.map_err(from_idb)
    }

    /// The values `index.html` already asked for, if this part's are unused.
    async fn take_preloaded(&self, part: Part) -> Option<Vec<JsValue>> {
        let name = JsValue::from_str(match part {
            Part::Head => "head",
            Part::History => "history",
        });
        let pending = {
            let preloaded = self.preloaded.borrow();
            let preloaded = preloaded.as_ref()?;
            let pending = js_sys::Reflect::get(preloaded, &name).ok()?;
            let _ = js_sys::Reflect::delete_property(preloaded, &name);
            pending
        };
        let values = await_promise(pending).await?;
        Some(values.dyn_into::<js_sys::Array>().ok()?.to_vec())
    }
}

/// The key range of a part: history is everything from the prefix on.
fn range(part: Part) -> Result<KeyRange, StoreError> {
    let history = JsValue::from_str(HISTORY_PREFIX);
    match part {
        Part::Head => KeyRange::upper_bound(&history, Some(true)),
        Part::History => KeyRange::lower_bound(&history, Some(false)),
    }
    .map_err(from_idb)
}

async fn await_promise(value: JsValue) -> Option<JsValue> {
    let promise = value.dyn_into::<js_sys::Promise>().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise).await.ok()
}

fn window_field(name: &str) -> Option<JsValue> {
    let window: JsValue = web_sys::window()?.into();
    js_sys::Reflect::get(&window, &JsValue::from_str(name)).ok()
}

/// The fault-injection seam, used only by the end-to-end tests: when the
/// page sets `window.attuneFailWrites` to a DOMException name such as
/// "QuotaExceededError", every write fails with it, before anything is
/// written, until the value is removed. Nothing in Attune sets it.
fn injected_fault() -> Option<String> {
    window_field("attuneFailWrites")?.as_string()
}

/// The connection `index.html` started opening, if the page has one.
async fn early_connection() -> Option<IdbDatabase> {
    await_promise(window_field("attuneDb")?)
        .await?
        .dyn_into()
        .ok()
}

/// The reads `index.html` started on that connection: `{head, history}`.
async fn preloaded() -> Option<js_sys::Object> {
    await_promise(window_field("attunePreload")?)
        .await?
        .dyn_into()
        .ok()
}

impl Store for IndexedDbStore {
    async fn values(&self, part: Part) -> Result<Vec<String>, StoreError> {
        let values = match self.take_preloaded(part).await {
            Some(values) => values,
            None => self.read(part, false).await?,
        };
        // A value that is not a string reaches restore as text it cannot read,
        // so it is quarantined rather than dropped.
        let values = values
            .into_iter()
            .map(|v| v.as_string().unwrap_or_default())
            .collect();
        if !vault::is_enabled() {
            return Ok(values);
        }
        if !vault::is_open() {
            return Err(StoreError::Unavailable("Attune is locked".into()));
        }
        Ok(vault::open_values(values).await)
    }

    async fn keys(&self, part: Part) -> Result<Vec<String>, StoreError> {
        let keys = self.read(part, true).await?;
        Ok(keys
            .into_iter()
            .map(|k| k.as_string().unwrap_or_default())
            .collect())
    }

    async fn write(&self, batch: &[Write]) -> Result<(), StoreError> {
        // Sealed before the transaction starts: it must not wait on anything
        // but IndexedDB, or the browser commits it early.
        let sealed = vault::seal_writes(batch).await?;
        self.write_raw(&sealed).await
    }

    async fn give_way(&self) {
        super::next_task().await;
    }
}

impl RawRecords for IndexedDbStore {
    async fn raw_records(&self) -> Result<Vec<(String, String)>, StoreError> {
        let mut all = Vec::new();
        for part in [Part::Head, Part::History] {
            let keys = self.read(part, true).await?;
            let values = self.read(part, false).await?;
            all.extend(keys.into_iter().zip(values).map(|(k, v)| {
                (
                    k.as_string().unwrap_or_default(),
                    v.as_string().unwrap_or_default(),
                )
            }));
        }
        Ok(all)
    }

    async fn write_raw(&self, batch: &[Write]) -> Result<(), StoreError> {
        if let Some(name) = injected_fault() {
            return Err(from_dom(&name, format!("{name} (injected)")));
        }
        let tx = self
            .db
            .transaction(&[RECORDS], TransactionMode::ReadWrite)
            .map_err(from_idb)?;
        let raw: IdbTransaction = tx.into();
        let watch = raw.clone();
        let tx = idb::Transaction::from(raw);
        let store = tx.object_store(RECORDS).map_err(from_idb)?;
        for write in batch {
            let issued = match write {
                Write::Put(record) => store
                    .put(
                        &JsValue::from_str(&record.value),
                        Some(&JsValue::from_str(&record.key)),
                    )
                    .map(drop),
                Write::Delete(key) => store.delete(JsValue::from_str(key)).map(drop),
                Write::Clear => store.clear().map(drop),
            };
            if let Err(e) = issued {
                let _ = watch.abort();
                return Err(from_idb(e));
            }
        }
        // Saved means the transaction completed, not merely that it was queued.
        match tx.await.map_err(from_idb)? {
            TransactionResult::Committed => Ok(()),
            TransactionResult::Aborted => Err(match watch.error() {
                Some(dom) => from_dom(&dom.name(), dom.message()),
                None => StoreError::Aborted,
            }),
        }
    }
}
