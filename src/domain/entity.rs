//! Entities as units of storage, and the changes a command asks the store to make.

use std::fmt;

use super::{FollowUp, Group, Kid, Note, Session};

/// The kinds of record the journal keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityKind {
    Kid,
    Group,
    Note,
    FollowUp,
    Session,
}

impl EntityKind {
    pub const ALL: [EntityKind; 5] = [
        EntityKind::Kid,
        EntityKind::Group,
        EntityKind::Note,
        EntityKind::FollowUp,
        EntityKind::Session,
    ];

    /// The short tag used in storage keys and record envelopes.
    pub fn tag(self) -> &'static str {
        match self {
            EntityKind::Kid => "kid",
            EntityKind::Group => "group",
            EntityKind::Note => "note",
            EntityKind::FollowUp => "followup",
            EntityKind::Session => "session",
        }
    }

    pub fn from_tag(tag: &str) -> Option<EntityKind> {
        EntityKind::ALL.into_iter().find(|k| k.tag() == tag)
    }
}

/// Names one stored entity: its kind and its raw id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EntityRef {
    pub kind: EntityKind,
    pub id: u64,
}

impl fmt::Display for EntityRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{:016x}", self.kind.tag(), self.id)
    }
}

/// One whole entity, as it is stored.
#[derive(Debug, Clone, PartialEq)]
pub enum Entity {
    Kid(Kid),
    Group(Group),
    Note(Note),
    FollowUp(FollowUp),
    Session(Session),
}

impl Entity {
    pub fn entity_ref(&self) -> EntityRef {
        let (kind, id) = match self {
            Entity::Kid(k) => (EntityKind::Kid, k.id.0),
            Entity::Group(g) => (EntityKind::Group, g.id.0),
            Entity::Note(n) => (EntityKind::Note, n.id.0),
            Entity::FollowUp(f) => (EntityKind::FollowUp, f.id.0),
            Entity::Session(s) => (EntityKind::Session, s.id.0),
        };
        EntityRef { kind, id }
    }
}

/// What a journal command asks to be written. A command only plans changes;
/// the caller stores them and applies them to memory once storage succeeded,
/// so a failed save leaves both the journal and the leader's form untouched.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    Put(Entity),
    Delete(EntityRef),
}

impl Change {
    pub fn target(&self) -> EntityRef {
        match self {
            Change::Put(entity) => entity.entity_ref(),
            Change::Delete(r) => *r,
        }
    }
}
