//! Building the journal from stored records, setting aside the unreadable.

use super::{Part, RestoreError, Store, StoreError, restore_value};
use crate::domain::{Entity, Journal};

/// A record that could not be read: left in storage untouched, and reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quarantined {
    pub key: String,
    pub reason: RestoreError,
}

/// What one part of storage held.
#[derive(Debug, Default)]
pub struct PartLoad {
    pub entities: Vec<Entity>,
    pub quarantined: Vec<Quarantined>,
}

/// Everything, for tests and tools that need the whole journal at once.
#[derive(Debug, Default)]
pub struct Loaded {
    pub journal: Journal,
    pub quarantined: Vec<Quarantined>,
}

/// Records decoded between two chances for the page to answer a tap: about
/// ten milliseconds of work on a mid-range phone.
const SLICE: usize = 500;

/// Restores every record of a part it can; one bad record never stops the rest.
pub async fn load_part(store: &impl Store, part: Part) -> Result<PartLoad, StoreError> {
    let mut entities = Vec::new();
    let quarantined = read_part(store, part, &mut |entity| entities.push(entity)).await?;
    Ok(PartLoad {
        entities,
        quarantined,
    })
}

/// Hands `take` every record of a part it can restore, giving way between
/// slices, so what is done with each one is sliced too; returns the rest.
pub async fn read_part(
    store: &impl Store,
    part: Part,
    // Not generic: the decoding it wraps would be copied for every caller.
    take: &mut dyn FnMut(Entity),
) -> Result<Vec<Quarantined>, StoreError> {
    let records = store.records(part).await?;
    let mut quarantined = Vec::new();
    for (index, (key, value)) in records.into_iter().enumerate() {
        if index > 0 && index % SLICE == 0 {
            store.give_way().await;
        }
        match restore_value(&value) {
            Ok(entity) => take(entity),
            Err(reason) => quarantined.push(Quarantined { key, reason }),
        }
    }
    Ok(quarantined)
}

/// Loads both parts into one journal.
pub async fn load_all(store: &impl Store) -> Result<Loaded, StoreError> {
    let head = load_part(store, Part::Head).await?;
    let history = load_part(store, Part::History).await?;
    let mut journal = Journal::head_only(head.entities);
    journal.add_loaded(history.entities);
    let mut quarantined = head.quarantined;
    quarantined.extend(history.quarantined);
    Ok(Loaded {
        journal,
        quarantined,
    })
}
