//! Building the journal from stored records, setting aside the unreadable
//! and those that break a rule.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::{DecodeError, Part, Store, StoreError, decode_record};
use crate::domain::rules::{self, Broken, Window};
use crate::domain::{Entity, EntityKind, EntityRef, History, Journal};

/// A record that could not be read, or breaks a rule: left in storage
/// untouched, and reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quarantined {
    pub key: String,
    pub reason: DecodeError,
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

/// Restores every record of a part it can, as stored, checking no rule: for
/// tests and tools that look at one part.
pub async fn load_part(store: &impl Store, part: Part) -> Result<PartLoad, StoreError> {
    let mut entities = Vec::new();
    let quarantined = read_part(store, part, &mut |_, entity| {
        entities.push(entity);
        Ok(())
    })
    .await?;
    Ok(PartLoad {
        entities,
        quarantined,
    })
}

/// Hands `take` every record of a part it can decode, with its key,
/// giving way between slices, so what is done with each one is sliced too.
/// Returns the rest, and what `take` refused as breaking a rule.
pub async fn read_part(
    store: &impl Store,
    part: Part,
    // Not generic: the decoding it wraps would be copied for every caller.
    take: &mut dyn FnMut(&str, Entity) -> Result<(), Broken>,
) -> Result<Vec<Quarantined>, StoreError> {
    let records = store.records(part).await?;
    let mut quarantined = Vec::new();
    for (index, (key, value)) in records.into_iter().enumerate() {
        if index > 0 && index % SLICE == 0 {
            store.give_way().await;
        }
        let reason = match decode_record(&value) {
            Ok(entity) => match take(&key, entity) {
                Ok(()) => continue,
                Err(broken) => DecodeError::Breaks(broken),
            },
            Err(reason) => reason,
        };
        quarantined.push(Quarantined { key, reason });
    }
    Ok(quarantined)
}

/// Reads the head (kids, groups, open follow-ups, sessions in progress),
/// setting aside each record that breaks a rule, or needs one set aside or
/// missing: a kid in a group that is not there, a session of such a kid.
pub async fn load_head(store: &impl Store, window: &Window) -> Result<PartLoad, StoreError> {
    let mut read: Vec<(String, Entity)> = Vec::new();
    let mut quarantined = read_part(store, Part::Head, &mut |key, entity| {
        read.push((key.to_string(), entity));
        Ok(())
    })
    .await?;
    let mut apart = HashMap::new();
    let records: Vec<&Entity> = read.iter().map(|(_, e)| e).collect();
    rules::vet(&records, &mut apart, window, &|_| false);
    let mut entities = Vec::with_capacity(read.len());
    for (key, entity) in read {
        match apart.get(&entity.entity_ref()) {
            Some(why) => quarantined.push(Quarantined {
                key,
                reason: DecodeError::Breaks(why.clone()),
            }),
            None => entities.push(entity),
        }
    }
    Ok(PartLoad {
        entities,
        quarantined,
    })
}

/// The head's kids and groups: every record of the history is about some
/// of them, and only them.
pub struct HeadRecords(HashSet<EntityRef>);

impl HeadRecords {
    pub fn of(head: &Journal) -> HeadRecords {
        let kids = head
            .kids_by_name(true)
            .into_iter()
            .map(|k| (EntityKind::Kid, k.id.0));
        let groups = head.groups().map(|g| (EntityKind::Group, g.id.0));
        let refs = kids.chain(groups).map(|(kind, id)| EntityRef { kind, id });
        HeadRecords(refs.collect())
    }
}

/// Hands `take` every record of the history that holds the rules, its
/// references looked up in the head as it is decoded; sets the rest aside.
pub async fn read_history(
    store: &impl Store,
    head: &HeadRecords,
    window: &Window,
    take: &mut dyn FnMut(Entity),
) -> Result<Vec<Quarantined>, StoreError> {
    let has = |t: EntityRef| head.0.contains(&t);
    read_part(store, Part::History, &mut |_, entity| {
        rules::check(&entity, window, &has)?;
        take(entity);
        Ok(())
    })
    .await
}

/// Loads both parts into one journal, as start-up does on `today`: the
/// head, then the history checked against it, then every link back to a
/// note or session that is not there dropped.
pub async fn load_all(store: &impl Store, today: NaiveDate) -> Result<Loaded, StoreError> {
    let window = Window::around(today);
    let head = load_head(store, &window).await?;
    let mut journal = Journal::from_head(head.entities);
    let mut loaded = History::default();
    let history = read_history(store, &HeadRecords::of(&journal), &window, &mut |e| {
        loaded.add(e)
    })
    .await?;
    journal.take_in_history(loaded);
    let links = rules::dropped_links(&journal);
    journal.apply(links);
    let mut quarantined = head.quarantined;
    quarantined.extend(history);
    Ok(Loaded {
        journal,
        quarantined,
    })
}
