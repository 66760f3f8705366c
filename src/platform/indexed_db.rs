//! The journal's durable store: one IndexedDB object store, one record per entity.

use idb::{
    Database, DatabaseEvent, Factory, ObjectStoreParams, TransactionMode, TransactionResult,
};
use wasm_bindgen::JsValue;
use web_sys::IdbTransaction;

use crate::persist::{Store, StoreError, StoredRecord, Write};

/// The database every build of Attune opens.
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
    /// Opens (creating on first use) the named database.
    pub async fn open(name: &str) -> Result<IndexedDbStore, StoreError> {
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
}

impl Store for IndexedDbStore {
    async fn load_all(&self) -> Result<Vec<StoredRecord>, StoreError> {
        let tx = self
            .db
            .transaction(&[RECORDS], TransactionMode::ReadOnly)
            .map_err(from_idb)?;
        let store = tx.object_store(RECORDS).map_err(from_idb)?;
        // Both lists come back in key order, so they pair up one to one.
        let keys = store
            .get_all_keys(None, None)
            .map_err(from_idb)?
            .await
            .map_err(from_idb)?;
        let values = store
            .get_all(None, None)
            .map_err(from_idb)?
            .await
            .map_err(from_idb)?;
        let records = keys
            .into_iter()
            .zip(values)
            .map(|(key, value)| StoredRecord {
                key: key.as_string().unwrap_or_default(),
                // A value that is not a string is kept in storage and reaches
                // restore as text it cannot read, so it is quarantined.
                value: value.as_string().unwrap_or_default(),
            })
            .collect();
        Ok(records)
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
