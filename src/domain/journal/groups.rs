//! Groups: added, renamed, archived, and filled from a roster.

use super::{Journal, JournalError, Result};
use crate::domain::{Change, Entity, Group, GroupDraft, GroupId, KidDraft, KidId, Moment};

impl Journal {
    pub fn add_group(&self, id: GroupId, draft: &GroupDraft) -> Result<Vec<Change>> {
        if self.groups.contains_key(&id) {
            return Err(JournalError::IdTaken);
        }
        let (name, meeting_days, cadence_days) = draft.clean()?;
        Ok(vec![Change::Put(Entity::Group(Group {
            id,
            name,
            meeting_days,
            cadence_days,
            archived: false,
        }))])
    }

    pub fn update_group(&self, id: GroupId, draft: &GroupDraft) -> Result<Vec<Change>> {
        let group = self.groups.get(&id).ok_or(JournalError::GroupNotFound)?;
        let (name, meeting_days, cadence_days) = draft.clean()?;
        Ok(vec![Change::Put(Entity::Group(Group {
            name,
            meeting_days,
            cadence_days,
            ..group.clone()
        }))])
    }

    pub fn set_group_archived(&self, id: GroupId, archived: bool) -> Result<Vec<Change>> {
        let group = self.groups.get(&id).ok_or(JournalError::GroupNotFound)?;
        Ok(vec![Change::Put(Entity::Group(Group {
            archived,
            ..group.clone()
        }))])
    }

    /// Adds a roster to a group: a new kid for each new name, and the group
    /// for each kid already known. `ids` needs one id per new name.
    pub fn import_roster(
        &self,
        group: GroupId,
        new: &[String],
        existing: &[KidId],
        ids: &[KidId],
        now: Moment,
    ) -> Result<Vec<Change>> {
        self.groups.get(&group).ok_or(JournalError::GroupNotFound)?;
        let mut changes = Vec::new();
        for (name, id) in new.iter().zip(ids) {
            let draft = KidDraft {
                first_name: name.clone(),
                groups: vec![group],
                ..KidDraft::default()
            };
            changes.extend(self.add_kid(*id, &draft, now)?);
        }
        for id in existing {
            let kid = self.existing_kid(*id)?;
            if !kid.groups.contains(&group) {
                let mut kid = kid.clone();
                kid.groups.push(group);
                changes.push(Change::Put(Entity::Kid(kid)));
            }
        }
        Ok(changes)
    }
}
