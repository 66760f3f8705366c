//! The journal's durable store: one IndexedDB object store, one record per entity.

use idb::{
    Database, DatabaseEvent, Factory, KeyRange, ObjectStoreParams, Query, TransactionMode,
    TransactionResult,
};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{IdbDatabase, IdbTransaction};

use crate::persist::{AFTER_NOTES, NOTE_PREFIX, Part, Store, StoreError, Write};

/// The database every build of Attune opens. `index.html` opens it too, at
/// the same version and with the same object store, so both must change together.
pub const DATABASE: &str = "attune";
const RECORDS: &str = "records";
const VERSION: u32 = 1;

pub struct IndexedDbStore {
    db: Database,
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
        Ok(IndexedDbStore { db })
    }

    /// Closes the connection; used by tests that reopen the same database.
    pub fn close(&self) {
        self.db.close();
    }

    /// Runs `get_all` (values) or `get_all_keys` over the key ranges of a part,
    /// in one read-only transaction, in key order.
    async fn read(&self, part: Part, keys: bool) -> Result<Vec<JsValue>, StoreError> {
        let tx = self
            .db
            .transaction(&[RECORDS], TransactionMode::ReadOnly)
            .map_err(from_idb)?;
        let store = tx.object_store(RECORDS).map_err(from_idb)?;
        let mut out = Vec::new();
        for range in ranges(part)? {
            let query = Some(Query::from(range));
            let found = match keys {
                true => store.get_all_keys(query, None).map_err(from_idb)?.await,
                false => store.get_all(query, None).map_err(from_idb)?.await,
            };
            out.extend(found.map_err(from_idb)?);
        }
        Ok(out)
    }
}

/// Key ranges of a part: notes are one range; the rest sort before and after it.
fn ranges(part: Part) -> Result<Vec<KeyRange>, StoreError> {
    let notes = JsValue::from_str(NOTE_PREFIX);
    let after = JsValue::from_str(AFTER_NOTES);
    let ranges = match part {
        Part::Notes => vec![KeyRange::bound(&notes, &after, Some(false), Some(true))],
        Part::Head => vec![
            KeyRange::upper_bound(&notes, Some(true)),
            KeyRange::lower_bound(&after, Some(false)),
        ],
    };
    ranges.into_iter().map(|r| r.map_err(from_idb)).collect()
}

/// The connection `index.html` started opening, if the page has one.
async fn early_connection() -> Option<IdbDatabase> {
    let window = web_sys::window()?;
    let pending = js_sys::Reflect::get(&window, &JsValue::from_str("attuneDb")).ok()?;
    let promise = pending.dyn_into::<js_sys::Promise>().ok()?;
    let db = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    db.dyn_into::<IdbDatabase>().ok()
}

impl Store for IndexedDbStore {
    async fn values(&self, part: Part) -> Result<Vec<String>, StoreError> {
        // A value that is not a string reaches restore as text it cannot read,
        // so it is quarantined rather than dropped.
        let values = self.read(part, false).await?;
        Ok(values
            .into_iter()
            .map(|v| v.as_string().unwrap_or_default())
            .collect())
    }

    async fn keys(&self, part: Part) -> Result<Vec<String>, StoreError> {
        let keys = self.read(part, true).await?;
        Ok(keys
            .into_iter()
            .map(|k| k.as_string().unwrap_or_default())
            .collect())
    }

    async fn write(&self, batch: &[Write]) -> Result<(), StoreError> {
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
