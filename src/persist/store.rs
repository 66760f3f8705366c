//! The storage interface the app state writes through.

use super::StoredRecord;

/// One write inside a batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Write {
    Put(StoredRecord),
    Delete(String),
}

/// Which records a read covers. Notes are by far the most numerous and
/// Today does not need them, so start-up reads everything else first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Kids, groups, follow-ups and sessions.
    Head,
    /// Notes.
    Notes,
}

/// Keys of notes start with this; every other kind sorts before or after them.
pub const NOTE_PREFIX: &str = "note:";
/// The first key after every note key (';' follows ':').
pub const AFTER_NOTES: &str = "note;";

impl Part {
    pub fn contains(self, key: &str) -> bool {
        key.starts_with(NOTE_PREFIX) == (self == Part::Notes)
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
    /// The values of one part, in key order.
    async fn values(&self, part: Part) -> Result<Vec<String>, StoreError>;
    /// The keys of one part, in the same order as [`Store::values`]. Only
    /// needed to name a record that could not be read.
    async fn keys(&self, part: Part) -> Result<Vec<String>, StoreError>;
    async fn write(&self, batch: &[Write]) -> Result<(), StoreError>;
}
