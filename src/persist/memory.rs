//! An in-memory [`Store`] for native tests, with a fault switch.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

use super::{Part, Store, StoreError, StoredRecord, Write};

#[derive(Debug, Default)]
pub struct MemoryStore {
    records: RefCell<BTreeMap<String, String>>,
    fail_next_write: RefCell<Option<StoreError>>,
    writes: Cell<usize>,
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

impl Store for MemoryStore {
    async fn values(&self, part: Part) -> Result<Vec<String>, StoreError> {
        Ok(self.part(part, |_, value| value.clone()))
    }

    async fn keys(&self, part: Part) -> Result<Vec<String>, StoreError> {
        Ok(self.part(part, |key, _| key.clone()))
    }

    async fn write(&self, batch: &[Write]) -> Result<(), StoreError> {
        if let Some(error) = self.fail_next_write.borrow_mut().take() {
            return Err(error);
        }
        let mut records = self.records.borrow_mut();
        for write in batch {
            match write {
                Write::Put(r) => drop(records.insert(r.key.clone(), r.value.clone())),
                Write::Delete(key) => drop(records.remove(key)),
                Write::Clear => records.clear(),
            }
        }
        self.writes.set(self.writes.get() + 1);
        Ok(())
    }
}
