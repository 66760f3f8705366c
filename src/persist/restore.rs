//! Reading a stored record back, whatever schema version wrote it.

use std::borrow::Cow;

use serde::Deserialize;
use serde_json::value::RawValue;

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
    #[error("fields are missing or malformed")]
    BadFields,
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
pub fn restore_value(value: &str) -> Result<Entity, RestoreError> {
    let envelope: Envelope = serde_json::from_str(value).map_err(|_| RestoreError::NotJson)?;
    let version = envelope.v.ok_or(RestoreError::NoVersion)?;
    if version > u64::from(CURRENT_SCHEMA) {
        return Err(RestoreError::TooNew(version));
    }
    let kind = envelope
        .kind
        .as_deref()
        .and_then(EntityKind::from_tag)
        .ok_or(RestoreError::UnknownKind)?;
    let data = envelope.data.ok_or(RestoreError::BadFields)?;
    let data = migrate(kind, version, data.get())?;
    decode(kind, &data)
}

/// One step per schema version, each taking `data` from version n to n + 1.
/// Schema 1 is the first, so there is nothing to step through yet: records
/// at the current version are decoded straight from their text. When the
/// format changes, the step for the old version is added here and a fixture
/// for it under `tests/fixtures/`.
fn migrate(_kind: EntityKind, version: u64, data: &str) -> Result<Cow<'_, str>, RestoreError> {
    match version {
        0 => Err(RestoreError::NoVersion),
        _ => Ok(Cow::Borrowed(data)),
    }
}

fn decode(kind: EntityKind, data: &str) -> Result<Entity, RestoreError> {
    fn typed<'a, T: Deserialize<'a>>(data: &'a str) -> Result<T, RestoreError> {
        serde_json::from_str(data).map_err(|_| RestoreError::BadFields)
    }
    Ok(match kind {
        EntityKind::Kid => Entity::Kid(typed(data)?),
        EntityKind::Group => Entity::Group(typed(data)?),
        EntityKind::Note => Entity::Note(typed(data)?),
        EntityKind::FollowUp => Entity::FollowUp(typed(data)?),
        EntityKind::Session => Entity::Session(typed(data)?),
    })
}
