//! Reading a stored record back, whatever schema version wrote it.

use serde::Deserialize;
use serde_json::Value;

use super::CURRENT_SCHEMA;
use crate::domain::{Entity, EntityKind};

/// Why a stored record could not be read. The record itself is left alone.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RestoreError {
    #[error("not valid JSON")]
    NotJson,
    #[error("no schema version")]
    NoVersion,
    #[error("written by a newer version of Attune (schema {0})")]
    TooNew(u64),
    #[error("unknown kind of record")]
    UnknownKind,
    #[error("the key does not match the record")]
    KeyMismatch,
    #[error("fields are missing or malformed")]
    BadFields,
}

/// Decodes one stored record, migrating it to the current schema first, and
/// checks that it is the entity its storage key names.
pub fn restore(key: &str, value: &str) -> Result<Entity, RestoreError> {
    let entity = restore_value(value)?;
    if entity.entity_ref().to_string() != key {
        return Err(RestoreError::KeyMismatch);
    }
    Ok(entity)
}

/// Decodes one record envelope, migrating it to the current schema first.
pub fn restore_value(value: &str) -> Result<Entity, RestoreError> {
    let mut envelope: Value = serde_json::from_str(value).map_err(|_| RestoreError::NotJson)?;
    let version = envelope
        .get("v")
        .and_then(Value::as_u64)
        .ok_or(RestoreError::NoVersion)?;
    if version > u64::from(CURRENT_SCHEMA) {
        return Err(RestoreError::TooNew(version));
    }
    let kind = envelope
        .get("kind")
        .and_then(Value::as_str)
        .and_then(EntityKind::from_tag)
        .ok_or(RestoreError::UnknownKind)?;
    let data = envelope
        .get_mut("data")
        .map(Value::take)
        .ok_or(RestoreError::BadFields)?;
    let data = migrate(kind, version, data)?;
    decode(kind, data)
}

/// One step per schema version, each taking `data` from version n to n + 1.
/// Schema 1 is the first, so there is nothing to step through yet; when the
/// format changes, the step for the old version is added here and a fixture
/// for it under `tests/fixtures/`.
fn migrate(_kind: EntityKind, version: u64, data: Value) -> Result<Value, RestoreError> {
    match version {
        0 => Err(RestoreError::NoVersion),
        _ => Ok(data),
    }
}

fn decode(kind: EntityKind, data: Value) -> Result<Entity, RestoreError> {
    fn typed<T: for<'de> Deserialize<'de>>(data: Value) -> Result<T, RestoreError> {
        T::deserialize(data).map_err(|_| RestoreError::BadFields)
    }
    Ok(match kind {
        EntityKind::Kid => Entity::Kid(typed(data)?),
        EntityKind::Group => Entity::Group(typed(data)?),
        EntityKind::Note => Entity::Note(typed(data)?),
        EntityKind::FollowUp => Entity::FollowUp(typed(data)?),
        EntityKind::Session => Entity::Session(typed(data)?),
    })
}
