//! The storage interface the app state writes through.

use super::StoredRecord;

/// One write inside a batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Write {
    Put(StoredRecord),
    Delete(String),
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

/// A place records live. A batch is written all or nothing, and `write`
/// returns only once the batch is durable.
#[allow(async_fn_in_trait)] // single-threaded (wasm32): no Send bound is wanted
pub trait Store {
    async fn load_all(&self) -> Result<Vec<StoredRecord>, StoreError>;
    async fn write(&self, batch: &[Write]) -> Result<(), StoreError>;
}
