//! How the journal is written down: versioned records, their restore step, and
//! the storage interface with an in-memory implementation for native tests.

mod load;
mod memory;
mod record;
mod restore;
mod store;

pub use load::{Loaded, Quarantined, load};
pub use memory::MemoryStore;
pub use record::{CURRENT_SCHEMA, StoredRecord, encode, encode_changes};
pub use restore::{RestoreError, restore};
pub use store::{Store, StoreError, Write};
