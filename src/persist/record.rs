//! The record format: one JSON envelope per entity, keyed by kind and id.
//!
//! `{"v":1,"kind":"kid","data":{...}}` under the key `kid:00ab…`. The version
//! is the schema of `data`; [`super::restore`] brings older ones up to date.

use serde::Serialize;

use crate::domain::{Change, Entity};

/// The schema version this build writes.
pub const CURRENT_SCHEMA: u32 = 1;

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
    let target = entity.entity_ref();
    let tag = target.kind.tag();
    let value = match entity {
        Entity::Kid(x) => envelope(tag, x),
        Entity::Group(x) => envelope(tag, x),
        Entity::Note(x) => envelope(tag, x),
        Entity::FollowUp(x) => envelope(tag, x),
        Entity::Session(x) => envelope(tag, x),
    };
    StoredRecord {
        key: target.to_string(),
        value,
    }
}

/// Turns planned journal changes into storage writes, in order.
pub fn encode_changes(changes: &[Change]) -> Vec<super::Write> {
    changes
        .iter()
        .map(|change| match change {
            Change::Put(entity) => super::Write::Put(encode(entity)),
            Change::Delete(target) => super::Write::Delete(target.to_string()),
        })
        .collect()
}
