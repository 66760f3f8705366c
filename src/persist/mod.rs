//! How the journal is written down: versioned records, their restore step, and
//! the storage interface with an in-memory implementation for native tests.

mod backup;
mod backup_file;
mod choices;
mod decode;
mod load;
mod memory;
pub mod pack;
mod queue;
mod record;
mod sealed;
mod store;
mod vet;

pub use backup::{
    BACKUP_VERSION, Backup, BackupSummary, MAX_BACKUP_BYTES, MergePlan, Replacement, export_backup,
    merge_plan, parse_backup, replace_writes,
};
pub use backup_file::BackupError;
pub use decode::{DecodeError, decode_record};
pub use load::{
    HeadRecords, Loaded, PartLoad, Quarantined, load_all, load_head, load_part, read_history,
    read_part,
};
pub use memory::MemoryStore;
pub use queue::{Turn, WriteQueue};
pub use record::{
    CURRENT_SCHEMA, HISTORY_PREFIX, StoredRecord, encode, encode_changes, encode_commands, key_of,
};
pub use sealed::{
    KDF_ITERATIONS, LOCKED_VERSION, MIN_PASSCODE_CHARS, NONCE_BYTES, SALT_BYTES, SealParams,
    Sealed, passphrase_problem, read_sealed, wait_after, write_sealed,
};
pub use store::{Part, Store, StoreError, Write};
pub use vet::{Problem, Vetting};
