//! The journal's durable store: one IndexedDB object store, one record per
//! entity, with the settled history packed (see [`crate::persist::pack`]).

mod errors;

use std::cell::RefCell;

use idb::{
    Database, DatabaseEvent, Factory, KeyRange, ObjectStoreParams, Query, TransactionMode,
    TransactionResult,
};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{IdbDatabase, IdbTransaction};

use super::vault::{self, RawRecords};
use crate::persist::{HISTORY_PREFIX, Part, Store, StoreError, Write, pack};
use errors::{from_dom, from_idb};

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
    /// Loose history records written since the history was last read or packed.
    loose: pack::LooseCount,
}

/// Stored keys and values, in key order, as IndexedDB gives them.
struct Raw {
    keys: Vec<JsValue>,
    values: Vec<JsValue>,
}

impl Raw {
    fn strings(self) -> (Vec<String>, Vec<String>) {
        (
            self.keys.into_iter().map(text).collect(),
            self.values.into_iter().map(text).collect(),
        )
    }
}

fn text(value: JsValue) -> String {
    value.as_string().unwrap_or_default()
}

/// Bytes of stored text read between two chances for the page to answer a
/// tap: a year of history is about 3 MB, which taken in one go holds up the
/// first tap after Today is shown by tens of milliseconds.
const SLICE_BYTES: usize = 512 * 1024;

/// Counts the bytes a long read has worked through, and gives the page its
/// turn once a slice's worth has gone by.
#[derive(Default)]
struct Slices(usize);

impl Slices {
    async fn done(&mut self, bytes: usize) {
        self.0 += bytes;
        if self.0 >= SLICE_BYTES {
            self.0 = 0;
            super::next_task().await;
        }
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
                loose: pack::LooseCount::default(),
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
            loose: pack::LooseCount::default(),
        })
    }

    /// Closes the connection; used by tests that reopen the same database.
    pub fn close(&self) {
        self.db.close();
    }

    /// The keys and values of a part, read in one transaction.
    async fn read(&self, part: Part) -> Result<Raw, StoreError> {
        let tx = self
            .db
            .transaction(&[RECORDS], TransactionMode::ReadOnly)
            .map_err(from_idb)?;
        let store = tx.object_store(RECORDS).map_err(from_idb)?;
        read_in(&store, part).await
    }

    /// What `index.html` already read of this part, if not used yet.
    async fn take_preloaded(&self, part: Part) -> Option<Raw> {
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
        let both: js_sys::Array = await_promise(pending).await?.dyn_into().ok()?;
        let list = |i| both.get(i).dyn_into::<js_sys::Array>().map(|a| a.to_vec());
        Some(Raw {
            keys: list(0).ok()?,
            values: list(1).ok()?,
        })
    }

    /// The part as stored, values opened if the lock is on.
    async fn opened(&self, part: Part) -> Result<(Vec<String>, Vec<String>), StoreError> {
        let raw = match self.take_preloaded(part).await {
            Some(raw) => raw,
            None => self.read(part).await?,
        };
        // A value that is not a string reaches restore as text it cannot read,
        // so it is quarantined rather than dropped.
        let keys = raw.keys.into_iter().map(text).collect();
        let mut values = Vec::with_capacity(raw.values.len());
        let mut slices = Slices::default();
        for value in raw.values {
            let value = text(value);
            let bytes = value.len();
            values.push(value);
            slices.done(bytes).await;
        }
        Ok((keys, open(values).await?))
    }

    /// Stores `batch` only if the history is still exactly `expected`: checked
    /// inside the same transaction, so no other tab's write falls between.
    async fn write_if_unchanged(
        &self,
        expected: &[(String, String)],
        batch: &[Write],
    ) -> Result<bool, StoreError> {
        let (tx, watch) = self.begin_write()?;
        let store = tx.object_store(RECORDS).map_err(from_idb)?;
        let (keys, values) = read_in(&store, Part::History).await?.strings();
        let same = keys.len() == expected.len()
            && keys
                .iter()
                .zip(&values)
                .zip(expected)
                .all(|((k, v), (ek, ev))| k == ek && v == ev);
        if !same {
            let _ = watch.abort();
            return Ok(false);
        }
        issue(&store, batch, &watch)?;
        finish(tx, watch).await.map(|()| true)
    }

    fn begin_write(&self) -> Result<(idb::Transaction, IdbTransaction), StoreError> {
        let tx = self
            .db
            .transaction(&[RECORDS], TransactionMode::ReadWrite)
            .map_err(from_idb)?;
        let raw: IdbTransaction = tx.into();
        let watch = raw.clone();
        Ok((idb::Transaction::from(raw), watch))
    }
}

async fn read_in(store: &idb::ObjectStore, part: Part) -> Result<Raw, StoreError> {
    let keys = store
        .get_all_keys(Some(Query::from(range(part)?)), None)
        .map_err(from_idb)?;
    let values = store
        .get_all(Some(Query::from(range(part)?)), None)
        .map_err(from_idb)?;
    Ok(Raw {
        keys: keys.await.map_err(from_idb)?,
        values: values.await.map_err(from_idb)?,
    })
}

/// Opens sealed values while the lock is on; plain ones pass as they are.
async fn open(values: Vec<String>) -> Result<Vec<String>, StoreError> {
    if !vault::is_enabled() {
        return Ok(values);
    }
    if !vault::is_open() {
        return Err(StoreError::Unavailable("Attune is locked".into()));
    }
    Ok(vault::open_values(values).await)
}

/// Issues every write of a batch on an open transaction.
fn issue(
    store: &idb::ObjectStore,
    batch: &[Write],
    watch: &IdbTransaction,
) -> Result<(), StoreError> {
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
            Write::ClearHistory => match range(Part::History) {
                Ok(range) => store.delete(Query::from(range)).map(drop),
                Err(e) => {
                    let _ = watch.abort();
                    return Err(e);
                }
            },
        };
        if let Err(e) = issued {
            let _ = watch.abort();
            return Err(from_idb(e));
        }
    }
    // Nothing more is asked of this transaction: the browser may commit it
    // as soon as the writes are done, without first telling the page each
    // one succeeded and waiting for the page to be free to hear it. Should
    // the browser refuse, the transaction still ends on its own, and `finish`
    // reports how. (web-sys marks `commit` deprecated after an old draft of
    // the standard; IndexedDB 3.0 has it, as every current browser does.)
    #[allow(deprecated)]
    let _ = watch.commit();
    Ok(())
}

/// Saved means the transaction completed, not merely that it was queued.
async fn finish(tx: idb::Transaction, watch: IdbTransaction) -> Result<(), StoreError> {
    match tx.await.map_err(from_idb)? {
        TransactionResult::Committed => Ok(()),
        TransactionResult::Aborted => Err(match watch.error() {
            Some(dom) => from_dom(&dom.name(), dom.message()),
            None => StoreError::Aborted,
        }),
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
    async fn records(&self, part: Part) -> Result<Vec<(String, String)>, StoreError> {
        let (keys, values) = self.opened(part).await?;
        let stored = keys.into_iter().zip(values);
        if part == Part::Head {
            return Ok(stored.collect());
        }
        let mut unpacking = pack::Unpacking::default();
        let mut slices = Slices::default();
        for (key, value) in stored {
            let bytes = value.len();
            unpacking.add(key, value);
            slices.done(bytes).await;
        }
        Ok(self.loose.viewed(unpacking.finish()))
    }

    async fn write(&self, batch: &[Write]) -> Result<(), StoreError> {
        let batch = pack::stored_writes(batch);
        // Sealed before the transaction starts: it must not wait on anything
        // but IndexedDB, or the browser commits it early.
        let sealed = vault::seal_writes(&batch).await?;
        self.write_raw(&sealed).await?;
        self.loose.wrote(&batch);
        Ok(())
    }

    fn packing_due(&self) -> bool {
        self.loose.due()
    }

    async fn pack(&self, leave: &[String]) -> Result<bool, StoreError> {
        let (keys, stored) = self.read(Part::History).await?.strings();
        let opened: Vec<(String, String)> = keys
            .iter()
            .cloned()
            .zip(open(stored.clone()).await?)
            .collect();
        let Some(plan) = pack::plan(&opened, leave, pack::LOOSE_LIMIT) else {
            self.loose.packed();
            return Ok(false);
        };
        let packs: Vec<Write> = plan.packs.iter().cloned().map(Write::Put).collect();
        let sealed = vault::seal_writes(&packs).await?;
        let stored: Vec<(String, String)> = keys.into_iter().zip(stored).collect();
        let batch = pack::packing_writes(sealed, &plan, &stored);
        let packed = self.write_if_unchanged(&stored, &batch).await?;
        if packed {
            self.loose.packed();
        }
        Ok(packed)
    }

    async fn give_way(&self) {
        super::next_task().await;
    }
}

impl RawRecords for IndexedDbStore {
    async fn raw_records(&self) -> Result<Vec<(String, String)>, StoreError> {
        let mut all = Vec::new();
        for part in [Part::Head, Part::History] {
            let (keys, values) = self.read(part).await?.strings();
            all.extend(keys.into_iter().zip(values));
        }
        Ok(all)
    }

    async fn write_raw(&self, batch: &[Write]) -> Result<(), StoreError> {
        let (tx, watch) = self.begin_write()?;
        let store = tx.object_store(RECORDS).map_err(from_idb)?;
        issue(&store, batch, &watch)?;
        finish(tx, watch).await
    }
}
