//! An in-memory [`Store`] for native tests, with a fault switch.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

use super::{Part, Store, StoreError, StoredRecord, Write, pack};

/// Holds records as IndexedDB would, history packs included.
#[derive(Debug, Default)]
pub struct MemoryStore {
    records: RefCell<BTreeMap<String, String>>,
    fail_next_write: RefCell<Option<StoreError>>,
    writes: Cell<usize>,
    loose: pack::LooseCount,
}

impl MemoryStore {
    /// A store holding these raw records, as if an earlier version wrote them.
    pub fn with_records(records: impl IntoIterator<Item = StoredRecord>) -> MemoryStore {
        let store = MemoryStore::default();
        store
            .records
            .borrow_mut()
            .extend(records.into_iter().map(|r| (r.key, r.value)));
        store
    }

    /// Makes the next write fail with `error`, writing nothing.
    pub fn fail_next_write(&self, error: StoreError) {
        *self.fail_next_write.borrow_mut() = Some(error);
    }

    pub fn raw(&self, key: &str) -> Option<String> {
        self.records.borrow().get(key).cloned()
    }

    /// Every stored record, packs as they are stored: what a look at the
    /// browser's database would show.
    pub fn stored(&self) -> Vec<(String, String)> {
        self.records
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    }

    pub fn len(&self) -> usize {
        self.records.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.borrow().is_empty()
    }

    /// How many batches were written successfully.
    pub fn write_count(&self) -> usize {
        self.writes.get()
    }

    fn part<T>(&self, part: Part, pick: impl Fn(&String, &String) -> T) -> Vec<T> {
        self.records
            .borrow()
            .iter()
            .filter(|(key, _)| part.contains(key))
            .map(|(key, value)| pick(key, value))
            .collect()
    }
}

fn apply(records: &mut BTreeMap<String, String>, batch: &[Write]) {
    for write in batch {
        match write {
            Write::Put(r) => drop(records.insert(r.key.clone(), r.value.clone())),
            Write::Delete(key) => drop(records.remove(key)),
            Write::Clear => records.clear(),
            Write::ClearHistory => records.retain(|key, _| Part::Head.contains(key)),
        }
    }
}

impl Store for MemoryStore {
    async fn records(&self, part: Part) -> Result<Vec<(String, String)>, StoreError> {
        let stored = self.part(part, |key, value| (key.clone(), value.clone()));
        Ok(self.loose.read(part, stored))
    }

    async fn write(&self, batch: &[Write]) -> Result<(), StoreError> {
        if let Some(error) = self.fail_next_write.borrow_mut().take() {
            return Err(error);
        }
        let batch = pack::stored_writes(batch);
        apply(&mut self.records.borrow_mut(), &batch);
        self.loose.wrote(&batch);
        self.writes.set(self.writes.get() + 1);
        Ok(())
    }

    fn packing_due(&self) -> bool {
        self.loose.due()
    }

    async fn pack(&self, leave: &[String]) -> Result<bool, StoreError> {
        let stored = self.part(Part::History, |key, value| (key.clone(), value.clone()));
        let Some(plan) = pack::plan(&stored, leave, pack::LOOSE_LIMIT) else {
            self.loose.packed();
            return Ok(false);
        };
        if let Some(error) = self.fail_next_write.borrow_mut().take() {
            return Err(error);
        }
        let packs = plan.packs.iter().cloned().map(Write::Put).collect();
        let batch = pack::packing_writes(packs, &plan, &stored);
        apply(&mut self.records.borrow_mut(), &batch);
        self.loose.packed();
        Ok(true)
    }
}
