//! A backup file as read: each of its records, and why a file is refused;
//! shared by reading the file and by vetting what a restore leaves out.

use super::DecodeError;
use crate::domain::rules::Broken;
use crate::domain::{Entity, EntityRef};

/// Why a backup file cannot be restored. Each variant becomes one sentence
/// for the leader in the UI's error module.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BackupError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is larger than 50 MB")]
    TooLarge,
    #[error("the file is not JSON, or is cut short")]
    NotJson,
    #[error("the file is not an Attune backup")]
    NotABackup,
    #[error("the backup was made by a newer version of Attune (format {0})")]
    TooNew(u32),
    #[error("record {index} cannot be read: {reason}")]
    BadRecord { index: usize, reason: DecodeError },
    #[error("record {index} repeats an earlier record")]
    Duplicate { index: usize },
    #[error("the locked backup's wrapping is damaged")]
    LockDamaged,
    #[error("the passphrase does not open the backup, or the file was changed")]
    WrongPassphrase,
    #[error("{left_out} of the file's {entries} entries break a rule or need one that does")]
    MostlyBroken { left_out: usize, entries: usize },
}

/// One record of a backup file.
#[derive(Debug, Clone)]
pub(super) enum Entry {
    Read(Entity),
    /// Read only far enough to name it: it holds a value of a choice that
    /// this version does not know.
    Unknown(EntityRef, Broken),
}

impl Entry {
    pub(super) fn target(&self) -> EntityRef {
        match self {
            Entry::Read(entity) => entity.entity_ref(),
            Entry::Unknown(target, _) => *target,
        }
    }
}
