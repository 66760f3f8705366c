//! The storage interface the app state writes through.

use super::StoredRecord;

/// One write inside a batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Write {
    Put(StoredRecord),
    Delete(String),
    /// Every record, readable or not: "Delete everything".
    Clear,
    /// Every stored record of the history part, packs and loose alike: only
    /// ever followed, in the same batch, by the history written again.
    ClearHistory,
}

/// Which records a read covers. History (notes, closed follow-ups, ended
/// sessions) is by far the largest part and Today does not need it, so
/// start-up reads the head first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Kids, groups, open follow-ups and sessions in progress: keys before
    /// [`HISTORY_PREFIX`](super::HISTORY_PREFIX).
    Head,
    /// Everything keyed under [`HISTORY_PREFIX`](super::HISTORY_PREFIX).
    History,
}

impl Part {
    pub fn contains(self, key: &str) -> bool {
        key.starts_with(super::HISTORY_PREFIX) == (self == Part::History)
    }
}

/// Why storage refused. Becomes user text in the UI's error module.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    #[error("storage is full")]
    QuotaExceeded,
    #[error("storage is not available: {0}")]
    Unavailable(String),
    #[error("the save was cancelled before it finished")]
    Aborted,
    #[error("storage failed: {0}")]
    Failed(String),
}

/// A place records live, in key order. A batch is written all or nothing,
/// and `write` returns only once the batch is durable.
#[allow(async_fn_in_trait)] // single-threaded (wasm32): no Send bound is wanted
pub trait Store {
    /// The `(key, value)` records of one part, in key order, as the journal
    /// sees them: packed history is unpacked.
    async fn records(&self, part: Part) -> Result<Vec<(String, String)>, StoreError>;
    async fn write(&self, batch: &[Write]) -> Result<(), StoreError>;
    /// Whether enough loose history has gathered to pack it.
    fn packing_due(&self) -> bool {
        false
    }
    /// Writes the history again as full packs (see [`super::pack`]), leaving
    /// the records under `leave` (those that could not be read) as they are.
    /// `Ok(false)` when there was nothing to pack, or another tab wrote to
    /// the history meanwhile: nothing changed, and it is tried again later.
    async fn pack(&self, leave: &[String]) -> Result<bool, StoreError> {
        let _ = leave;
        Ok(false)
    }
    /// Gives way between slices of a long load, so the page still answers
    /// taps while a year of history is decoded. A store with no page to give
    /// way to carries straight on.
    async fn give_way(&self) {}
}
