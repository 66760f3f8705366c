//! The record format: one JSON envelope per entity, keyed by kind and id.
//!
//! `{"v":1,"kind":"kid","data":{...}}` under the key `kid:00ab…`. The version
//! is the schema of `data`; [`super::restore`] brings older ones up to date.

use serde::Serialize;

use super::Write;

use crate::domain::{Change, Entity, EntityKind, EntityRef};

/// The schema version this build writes.
pub const CURRENT_SCHEMA: u32 = 1;

/// Settled history (notes, closed follow-ups, ended sessions) is keyed under
/// this prefix, after everything else, so start-up can read what Today needs
/// in one short range and the history in a second one.
pub const HISTORY_PREFIX: &str = "~";

fn is_history(entity: &Entity) -> bool {
    match entity {
        Entity::Note(_) => true,
        Entity::FollowUp(f) => !f.is_open(),
        Entity::Session(s) => s.ended,
        Entity::Kid(_) | Entity::Group(_) => false,
    }
}

/// The key an entity is stored under.
pub fn key_of(entity: &Entity) -> String {
    let plain = entity.entity_ref().to_string();
    match is_history(entity) {
        true => format!("{HISTORY_PREFIX}{plain}"),
        false => plain,
    }
}

/// Every key an entity of this kind and id may be stored under.
fn possible_keys(target: EntityRef) -> Vec<String> {
    let plain = target.to_string();
    let history = format!("{HISTORY_PREFIX}{plain}");
    match target.kind {
        EntityKind::Kid | EntityKind::Group => vec![plain],
        EntityKind::Note => vec![history],
        EntityKind::FollowUp | EntityKind::Session => vec![plain, history],
    }
}

/// One record as the storage layer holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredRecord {
    pub key: String,
    pub value: String,
}

#[derive(Serialize)]
struct Envelope<'a, T: Serialize> {
    v: u32,
    kind: &'a str,
    data: &'a T,
}

fn envelope<T: Serialize>(kind: &str, data: &T) -> String {
    let envelope = Envelope {
        v: CURRENT_SCHEMA,
        kind,
        data,
    };
    // Serializing plain structs with string keys into a String cannot fail.
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// Encodes an entity at the current schema version.
pub fn encode(entity: &Entity) -> StoredRecord {
    let tag = entity.entity_ref().kind.tag();
    let value = match entity {
        Entity::Kid(x) => envelope(tag, x),
        Entity::Group(x) => envelope(tag, x),
        Entity::Note(x) => envelope(tag, x),
        Entity::FollowUp(x) => envelope(tag, x),
        Entity::Session(x) => envelope(tag, x),
    };
    StoredRecord {
        key: key_of(entity),
        value,
    }
}

/// Turns planned journal changes into storage writes, in order. A put also
/// deletes the entity's other possible key, so a follow-up that closes moves
/// into the history range within the same transaction.
pub fn encode_changes(changes: &[Change]) -> Vec<Write> {
    encode_all(changes, false)
}

/// [`encode_changes`] for changes the journal's commands planned. Those never
/// make a settled record open again (a follow-up is not reopened, a session
/// not resumed), so a put of an open record has no settled copy to delete:
/// no tombstone is written for one, and each tap in a session stays one put.
pub fn encode_commands(changes: &[Change]) -> Vec<Write> {
    encode_all(changes, true)
}

fn encode_all(changes: &[Change], forward: bool) -> Vec<Write> {
    let mut writes = Vec::with_capacity(changes.len());
    for change in changes {
        match change {
            Change::Put(entity) => {
                let record = encode(entity);
                let stale = possible_keys(entity.entity_ref())
                    .into_iter()
                    .filter(|k| *k != record.key)
                    .filter(|k| !(forward && k.starts_with(HISTORY_PREFIX)));
                writes.extend(stale.map(Write::Delete));
                writes.push(Write::Put(record));
            }
            Change::Delete(target) => {
                writes.extend(possible_keys(*target).into_iter().map(Write::Delete));
            }
        }
    }
    writes
}
