//! Taking back a change: the records it touched, put back as they were.

use std::collections::BTreeSet;

use super::Journal;
use crate::domain::{
    Change, Entity, EntityKind, EntityRef, FollowUpId, GroupId, KidId, NoteId, SessionId,
};

impl Journal {
    /// The changes that undo `changes`, planned before they are applied:
    /// each record they touch is put back exactly as it is now, and each
    /// they create is deleted. Stored through the same path as any change.
    pub fn undo_of(&self, changes: &[Change]) -> Vec<Change> {
        let mut seen: BTreeSet<EntityRef> = BTreeSet::new();
        changes
            .iter()
            .map(Change::target)
            .filter(|target| seen.insert(*target))
            .map(|target| match self.entity(target) {
                Some(entity) => Change::Put(entity),
                None => Change::Delete(target),
            })
            .collect()
    }

    /// One record, as it is stored.
    pub fn entity(&self, target: EntityRef) -> Option<Entity> {
        match target.kind {
            EntityKind::Kid => self.kids.get(&KidId(target.id)).cloned().map(Entity::Kid),
            EntityKind::Group => self
                .groups
                .get(&GroupId(target.id))
                .cloned()
                .map(Entity::Group),
            EntityKind::Note => self
                .notes
                .get(&NoteId(target.id))
                .cloned()
                .map(Entity::Note),
            EntityKind::FollowUp => self
                .follow_ups
                .get(&FollowUpId(target.id))
                .cloned()
                .map(Entity::FollowUp),
            EntityKind::Session => self
                .sessions
                .get(&SessionId(target.id))
                .cloned()
                .map(Entity::Session),
        }
    }
}
