//! Building the journal from every stored record, setting aside the unreadable.

use super::{RestoreError, StoredRecord, restore};
use crate::domain::Journal;

/// A record that could not be read: left in storage untouched, and reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quarantined {
    pub key: String,
    pub reason: RestoreError,
}

#[derive(Debug, Default)]
pub struct Loaded {
    pub journal: Journal,
    pub quarantined: Vec<Quarantined>,
}

/// Restores every record it can; one bad record never stops the rest.
pub fn load(records: impl IntoIterator<Item = StoredRecord>) -> Loaded {
    let mut quarantined = Vec::new();
    let entities: Vec<_> = records
        .into_iter()
        .filter_map(|record| match restore(&record.key, &record.value) {
            Ok(entity) => Some(entity),
            Err(reason) => {
                quarantined.push(Quarantined {
                    key: record.key,
                    reason,
                });
                None
            }
        })
        .collect();
    Loaded {
        journal: Journal::from_entities(entities),
        quarantined,
    }
}
