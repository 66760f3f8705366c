//! Kids: added, changed, archived, snoozed on the radar and deleted for good,
//! each checked against the groups and the names already there.

use chrono::NaiveDate;

use super::{Journal, JournalError, Result};
use crate::domain::kid::identity;
use crate::domain::text::fold;
use crate::domain::{Change, Entity, EntityKind, EntityRef, GroupId, Kid, KidDraft, KidId, Moment};

impl Journal {
    pub(super) fn existing_kid(&self, id: KidId) -> Result<&Kid> {
        self.kids.get(&id).ok_or(JournalError::KidNotFound)
    }

    fn check_groups(&self, groups: &[GroupId]) -> Result<()> {
        match groups.iter().all(|g| self.groups.contains_key(g)) {
            true => Ok(()),
            false => Err(JournalError::GroupNotFound),
        }
    }

    fn check_unique_name(&self, name: &str, nickname: Option<&str>, except: KidId) -> Result<()> {
        let wanted = identity(name, nickname);
        let taken = self
            .kids
            .values()
            .any(|k| k.id != except && k.identity() == wanted);
        match taken {
            true => Err(JournalError::DuplicateName),
            false => Ok(()),
        }
    }

    pub fn add_kid(&self, id: KidId, draft: &KidDraft, now: Moment) -> Result<Vec<Change>> {
        if self.kids.contains_key(&id) {
            return Err(JournalError::IdTaken);
        }
        let clean = draft.clean()?;
        self.check_groups(&clean.groups)?;
        self.check_unique_name(&clean.first_name, clean.nickname.as_deref(), id)?;
        Ok(vec![Change::Put(Entity::Kid(Kid {
            id,
            first_name: clean.first_name,
            nickname: clean.nickname,
            interests: clean.interests,
            groups: clean.groups,
            archived: false,
            created_at: now,
            last_noted: None,
            radar_snoozed_until: None,
        }))])
    }

    pub fn update_kid(&self, id: KidId, draft: &KidDraft) -> Result<Vec<Change>> {
        let kid = self.existing_kid(id)?;
        let clean = draft.clean()?;
        self.check_groups(&clean.groups)?;
        self.check_unique_name(&clean.first_name, clean.nickname.as_deref(), id)?;
        Ok(vec![Change::Put(Entity::Kid(Kid {
            first_name: clean.first_name,
            nickname: clean.nickname,
            interests: clean.interests,
            groups: clean.groups,
            ..kid.clone()
        }))])
    }

    pub fn set_kid_archived(&self, id: KidId, archived: bool) -> Result<Vec<Change>> {
        let kid = self.existing_kid(id)?;
        Ok(vec![Change::Put(Entity::Kid(Kid {
            archived,
            ..kid.clone()
        }))])
    }

    /// Takes one interest off a kid (a `#tag` written by mistake, or an
    /// interest they have left behind).
    pub fn remove_interest(&self, id: KidId, interest: &str) -> Result<Vec<Change>> {
        let kid = self.existing_kid(id)?;
        let mut interests = kid.interests.clone();
        interests.retain(|i| fold(i) != fold(interest));
        Ok(vec![Change::Put(Entity::Kid(Kid {
            interests,
            ..kid.clone()
        }))])
    }

    /// "Not now": leaves a kid off the radar until `until`.
    pub fn snooze_radar(&self, id: KidId, until: NaiveDate) -> Result<Vec<Change>> {
        let kid = self.existing_kid(id)?;
        Ok(vec![Change::Put(Entity::Kid(Kid {
            radar_snoozed_until: Some(until),
            ..kid.clone()
        }))])
    }

    /// Deletes a kid for good, with their follow-ups, the notes only about
    /// them, and their place in notes and sessions shared with others.
    pub fn delete_kid(&self, id: KidId) -> Result<Vec<Change>> {
        self.existing_kid(id)?;
        let mut changes = vec![Change::Delete(EntityRef {
            kind: EntityKind::Kid,
            id: id.0,
        })];
        for f in self.follow_ups.values().filter(|f| f.kid == id) {
            changes.push(Change::Delete(Entity::FollowUp(f.clone()).entity_ref()));
        }
        for note in self.notes.values().filter(|n| n.kids.contains(&id)) {
            if note.kids.len() == 1 {
                changes.push(Change::Delete(Entity::Note(note.clone()).entity_ref()));
            } else {
                let mut kept = note.clone();
                kept.kids.retain(|k| *k != id);
                changes.push(Change::Put(Entity::Note(kept)));
            }
        }
        for session in self.sessions.values() {
            if session.attendance.iter().any(|a| a.kid == id) {
                let mut kept = session.clone();
                kept.attendance.retain(|a| a.kid != id);
                changes.push(Change::Put(Entity::Session(kept)));
            }
        }
        Ok(changes)
    }
}
