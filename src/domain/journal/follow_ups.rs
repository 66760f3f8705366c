//! Follow-ups: set, changed, snoozed, dismissed and done, with the outcome
//! that joins the kid's timeline as a note.

use chrono::NaiveDate;

use super::{Journal, JournalError, Result};
use crate::domain::follow_up::clean_prompt;
use crate::domain::{
    Change, Due, Entity, FollowUp, FollowUpDraft, FollowUpId, FollowUpStatus, Moment, NoteDraft,
    NoteId,
};

impl Journal {
    pub fn add_follow_up(
        &self,
        id: FollowUpId,
        draft: &FollowUpDraft,
        now: Moment,
    ) -> Result<Vec<Change>> {
        if self.follow_ups.contains_key(&id) {
            return Err(JournalError::IdTaken);
        }
        self.existing_kid(draft.kid)?;
        let prompt = clean_prompt(&draft.prompt)?;
        Ok(vec![Change::Put(Entity::FollowUp(FollowUp {
            id,
            kid: draft.kid,
            prompt,
            due: draft.due,
            status: FollowUpStatus::Open,
            snoozed_until: None,
            created_at: now,
            from_note: draft.from_note,
        }))])
    }

    fn open_follow_up(&self, id: FollowUpId) -> Result<&FollowUp> {
        let f = self
            .follow_ups
            .get(&id)
            .ok_or(JournalError::FollowUpNotFound)?;
        match f.is_open() {
            true => Ok(f),
            false => Err(JournalError::FollowUpClosed),
        }
    }

    /// Marks a follow-up done; a non-empty outcome joins the kid's timeline as a note.
    pub fn complete_follow_up(
        &self,
        id: FollowUpId,
        outcome: Option<(NoteId, &str)>,
        now: Moment,
    ) -> Result<Vec<Change>> {
        let f = self.open_follow_up(id)?;
        let mut changes = Vec::new();
        let mut outcome_note = None;
        if let Some((note_id, text)) = outcome.filter(|(_, t)| !t.trim().is_empty()) {
            let draft = NoteDraft {
                text: text.to_string(),
                kids: vec![f.kid],
                ..NoteDraft::default()
            };
            changes = self.add_note(note_id, &draft, now)?;
            outcome_note = Some(note_id);
        }
        let status = FollowUpStatus::Done {
            at: now,
            outcome_note,
        };
        changes.push(Change::Put(Entity::FollowUp(FollowUp {
            status,
            ..f.clone()
        })));
        Ok(changes)
    }

    /// Records how a follow-up already marked done went; the outcome joins
    /// the kid's timeline as a note.
    pub fn add_outcome(
        &self,
        id: FollowUpId,
        note: NoteId,
        text: &str,
        now: Moment,
    ) -> Result<Vec<Change>> {
        let f = self
            .follow_ups
            .get(&id)
            .ok_or(JournalError::FollowUpNotFound)?;
        let FollowUpStatus::Done {
            at,
            outcome_note: None,
        } = f.status
        else {
            return Err(JournalError::OutcomeNotExpected);
        };
        let draft = NoteDraft {
            text: text.to_string(),
            kids: vec![f.kid],
            ..NoteDraft::default()
        };
        let mut changes = self.add_note(note, &draft, now)?;
        let status = FollowUpStatus::Done {
            at,
            outcome_note: Some(note),
        };
        changes.push(Change::Put(Entity::FollowUp(FollowUp {
            status,
            ..f.clone()
        })));
        Ok(changes)
    }

    /// Changes what an open follow-up asks and when it comes back; a snooze
    /// is dropped, since the leader has just chosen the day.
    pub fn edit_follow_up(&self, id: FollowUpId, prompt: &str, due: Due) -> Result<Vec<Change>> {
        let f = self.open_follow_up(id)?;
        let prompt = clean_prompt(prompt)?;
        Ok(vec![Change::Put(Entity::FollowUp(FollowUp {
            prompt,
            due,
            snoozed_until: None,
            ..f.clone()
        }))])
    }

    pub fn dismiss_follow_up(&self, id: FollowUpId, now: Moment) -> Result<Vec<Change>> {
        let f = self.open_follow_up(id)?;
        let status = FollowUpStatus::Dismissed { at: now };
        Ok(vec![Change::Put(Entity::FollowUp(FollowUp {
            status,
            ..f.clone()
        }))])
    }

    /// Hides an open follow-up until `until`, when it comes back as it was.
    pub fn snooze_follow_up(&self, id: FollowUpId, until: NaiveDate) -> Result<Vec<Change>> {
        let f = self.open_follow_up(id)?;
        Ok(vec![Change::Put(Entity::FollowUp(FollowUp {
            snoozed_until: Some(until),
            ..f.clone()
        }))])
    }
}
