//! Reading a stored record back, whatever schema version wrote it.

use std::borrow::Cow;
use std::fmt;

use serde::Deserialize;
use serde::de::{DeserializeSeed, Deserializer, Error as _, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;

use super::CURRENT_SCHEMA;
use crate::domain::rules::Broken;
use crate::domain::{Entity, EntityKind, FollowUp, Group, Kid, Note, Session};

/// Why a stored record could not be read. The record itself is left alone.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("not valid JSON")]
    NotJson,
    #[error("no schema version")]
    NoVersion,
    #[error("written by a newer version of Attune (schema {0})")]
    TooNew(u64),
    #[error("unknown kind of record")]
    UnknownKind,
    #[error("fields are missing or malformed")]
    BadFields,
    /// Read, but it breaks a rule every record holds (see `domain::rules`).
    #[error("it breaks a rule: {0}")]
    Breaks(Broken),
}

#[derive(Deserialize)]
struct Envelope<'a> {
    v: Option<u64>,
    #[serde(borrow)]
    kind: Option<Cow<'a, str>>,
    #[serde(borrow)]
    data: Option<&'a RawValue>,
}

/// Decodes one record envelope, migrating it to the current schema first.
pub fn decode_record(value: &str) -> Result<Entity, DecodeError> {
    // Nearly every record is just as this version writes it, and is decoded
    // in one pass over its text. Any other (an older schema, fields in
    // another order, an error) is read again in steps, which also says what
    // is wrong with it: the one pass only ever agrees with the steps, and
    // leaves to them whatever it is unsure of.
    match serde_json::from_str::<OnePass>(value) {
        Ok(OnePass(entity)) => Ok(entity),
        Err(_) => decode_in_steps(value),
    }
}

/// The envelope and the entity read in one pass: `v` and `kind` first, at
/// the current schema, then `data`, decoded as it is reached. A record
/// written any other way is refused here, and read by [`decode_in_steps`].
struct OnePass(Entity);

impl<'de> Deserialize<'de> for OnePass {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(OnePassVisitor)
    }
}

struct OnePassVisitor;

impl<'de> Visitor<'de> for OnePassVisitor {
    type Value = OnePass;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a record at the current schema")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<OnePass, A::Error> {
        let not_here = || A::Error::custom("read in steps");
        let (mut version, mut kind, mut entity) = (None, None, None);
        // Borrowed keys and tag: one with an escape in it goes the long way.
        while let Some(key) = map.next_key::<&str>()? {
            match key {
                "v" if version.is_none() => version = Some(map.next_value::<u64>()?),
                "kind" if kind.is_none() => {
                    kind = Some(EntityKind::from_tag(map.next_value()?).ok_or_else(not_here)?);
                }
                "data" if entity.is_none() => {
                    if version != Some(u64::from(CURRENT_SCHEMA)) {
                        return Err(not_here());
                    }
                    entity = Some(map.next_value_seed(Data(kind.ok_or_else(not_here)?))?);
                }
                // A repeated field is an error in steps too.
                "v" | "kind" | "data" => return Err(not_here()),
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        entity.map(OnePass).ok_or_else(not_here)
    }
}

/// Reads a record step by step: the envelope, its schema, its kind, then
/// its data migrated to the current schema.
fn decode_in_steps(value: &str) -> Result<Entity, DecodeError> {
    let envelope: Envelope = serde_json::from_str(value).map_err(|_| DecodeError::NotJson)?;
    let version = envelope.v.ok_or(DecodeError::NoVersion)?;
    if version > u64::from(CURRENT_SCHEMA) {
        return Err(DecodeError::TooNew(version));
    }
    let kind = envelope
        .kind
        .as_deref()
        .and_then(EntityKind::from_tag)
        .ok_or(DecodeError::UnknownKind)?;
    let data = envelope.data.ok_or(DecodeError::BadFields)?;
    let data = migrate(kind, version, data.get())?;
    decode(kind, &data)
}

/// One step per schema version, each taking `data` from version n to n + 1.
/// Schema 1 is the first, so there is nothing to step through yet: records
/// at the current version are decoded straight from their text. When the
/// format changes, the step for the old version is added here and a fixture
/// for it under `tests/fixtures/`.
fn migrate(_kind: EntityKind, version: u64, data: &str) -> Result<Cow<'_, str>, DecodeError> {
    match version {
        0 => Err(DecodeError::NoVersion),
        _ => Ok(Cow::Borrowed(data)),
    }
}

fn decode(kind: EntityKind, data: &str) -> Result<Entity, DecodeError> {
    let mut text = serde_json::Deserializer::from_str(data);
    let entity = Data(kind)
        .deserialize(&mut text)
        .map_err(|_| DecodeError::BadFields)?;
    text.end().map_err(|_| DecodeError::BadFields)?;
    Ok(entity)
}

/// The data of a record of `kind`, read by whichever pass reached it: the
/// one place that says which type each kind of record holds.
struct Data(EntityKind);

impl<'de> DeserializeSeed<'de> for Data {
    type Value = Entity;

    fn deserialize<D: Deserializer<'de>>(self, data: D) -> Result<Entity, D::Error> {
        Ok(match self.0 {
            EntityKind::Kid => Entity::Kid(Kid::deserialize(data)?),
            EntityKind::Group => Entity::Group(Group::deserialize(data)?),
            EntityKind::Note => Entity::Note(Note::deserialize(data)?),
            EntityKind::FollowUp => Entity::FollowUp(FollowUp::deserialize(data)?),
            EntityKind::Session => Entity::Session(Session::deserialize(data)?),
        })
    }
}
