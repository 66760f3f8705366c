//! Notes: written, changed and taken back, with what follows from each for
//! the kids they are about (interests from `#tags`, when they were last noted)
//! and the follow-ups they brought.

use std::collections::BTreeSet;

use super::{Journal, JournalError, Result};
use crate::domain::note::{check_text, tags_in};
use crate::domain::text::fold;
use crate::domain::{
    Change, Chip, Due, Entity, FollowUp, FollowUpId, FollowUpStatus, KidId, Moment, Note,
    NoteDraft, NoteId,
};

/// A note's words, kids and chips as the leader left them, checked.
struct CleanNote {
    text: String,
    kids: Vec<KidId>,
    chips: Vec<Chip>,
    tags: Vec<String>,
}

/// A change to a saved note, from its edit form.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NoteEdit {
    pub text: String,
    pub kids: Vec<KidId>,
    pub chips: Vec<Chip>,
    /// When its follow-ups still open should now come back, if the leader
    /// chose to move them with a day the edit changed.
    pub move_to: Option<Due>,
}

impl Journal {
    fn clean_note(&self, text: &str, kids: &[KidId], chips: &[Chip]) -> Result<CleanNote> {
        let text = text.trim().to_string();
        check_text(&text, chips)?;
        let mut kids = kids.to_vec();
        kids.dedup();
        if kids.is_empty() {
            return Err(JournalError::NoteWithoutKid);
        }
        for kid in &kids {
            self.existing_kid(*kid)?;
        }
        let mut chips = chips.to_vec();
        chips.dedup();
        let tags = tags_in(&text);
        Ok(CleanNote {
            text,
            kids,
            chips,
            tags,
        })
    }

    /// Adds a note; its `#tags` become interests of every kid it is about, and
    /// each kid's `last_noted` moves up to it.
    pub fn add_note(&self, id: NoteId, draft: &NoteDraft, now: Moment) -> Result<Vec<Change>> {
        if self.notes.contains_key(&id) {
            return Err(JournalError::IdTaken);
        }
        let clean = self.clean_note(&draft.text, &draft.kids, &draft.chips)?;
        if let Some(session) = draft.session {
            self.sessions
                .get(&session)
                .ok_or(JournalError::SessionNotFound)?;
        }
        let mut changes = Vec::with_capacity(clean.kids.len() + 1);
        for kid in &clean.kids {
            changes.extend(self.kid_noted(*kid, &clean.tags, now)?);
        }
        changes.push(Change::Put(Entity::Note(Note {
            id,
            text: clean.text,
            kids: clean.kids,
            chips: clean.chips,
            tags: clean.tags,
            created_at: now,
            session: draft.session,
            edited_at: None,
        })));
        Ok(changes)
    }

    /// A kid with `tags` among their interests and noted at `at`, if either
    /// changes them.
    fn kid_noted(&self, kid: KidId, tags: &[String], at: Moment) -> Result<Option<Change>> {
        let kid = self.existing_kid(kid)?;
        let new: Vec<&String> = tags
            .iter()
            .filter(|t| !kid.interests.iter().any(|i| fold(i) == fold(t)))
            .collect();
        let newer = kid.last_noted.is_none_or(|last| last < at);
        if new.is_empty() && !newer {
            return Ok(None);
        }
        let mut kid = kid.clone();
        kid.interests.extend(new.into_iter().cloned());
        kid.last_noted = kid.last_noted.max(Some(at));
        Ok(Some(Change::Put(Entity::Kid(kid))))
    }

    /// A kid whose note `gone` no longer counts for them: their `last_noted`
    /// goes back to the newest of their other notes.
    fn kid_unnoted(&self, kid: KidId, gone: NoteId) -> Option<Change> {
        let kid = self.kids.get(&kid)?;
        let newest = self
            .about
            .get(&kid.id)
            .into_iter()
            .flatten()
            .filter(|id| **id != gone)
            .filter_map(|id| self.notes.get(id))
            .map(|n| n.created_at)
            .max();
        (newest != kid.last_noted).then(|| {
            let mut kid = kid.clone();
            kid.last_noted = newest;
            Change::Put(Entity::Kid(kid))
        })
    }

    fn existing_note(&self, id: NoteId) -> Result<&Note> {
        self.notes.get(&id).ok_or(JournalError::NoteNotFound)
    }

    /// The follow-ups a note brought that are still open.
    pub fn open_follow_ups_from(&self, note: NoteId) -> Vec<&FollowUp> {
        self.follow_ups
            .values()
            .filter(|f| f.from_note == Some(note) && f.is_open())
            .collect()
    }

    /// Changes what a note says, who it is about and its chips. It keeps its
    /// day and is marked edited at `now`. `#tags` the edit adds become
    /// interests, as on a new note, and a kid added gets the note's tags and
    /// a copy of its open follow-up (one id of `new_ids` each); a kid taken
    /// off loses the open follow-ups it brought them.
    pub fn edit_note(
        &self,
        id: NoteId,
        edit: &NoteEdit,
        new_ids: &[FollowUpId],
        now: Moment,
    ) -> Result<Vec<Change>> {
        let old = self.existing_note(id)?;
        let clean = self.clean_note(&edit.text, &edit.kids, &edit.chips)?;
        let before: BTreeSet<KidId> = old.kids.iter().copied().collect();
        let added_tags: Vec<String> = clean
            .tags
            .iter()
            .filter(|t| !old.tags.iter().any(|o| fold(o) == fold(t)))
            .cloned()
            .collect();
        let mut changes = Vec::new();
        for kid in &clean.kids {
            let tags = match before.contains(kid) {
                true => &added_tags,
                false => &clean.tags,
            };
            changes.extend(self.kid_noted(*kid, tags, old.created_at)?);
        }
        for kid in old.kids.iter().filter(|k| !clean.kids.contains(k)) {
            changes.extend(self.kid_unnoted(*kid, id));
        }
        let open = self.open_follow_ups_from(id);
        for f in &open {
            match clean.kids.contains(&f.kid) {
                false => changes.push(Change::Delete(Entity::FollowUp((*f).clone()).entity_ref())),
                true => {
                    if let Some(due) = edit.move_to {
                        changes.push(Change::Put(Entity::FollowUp(FollowUp {
                            due,
                            snoozed_until: None,
                            ..(*f).clone()
                        })));
                    }
                }
            }
        }
        let added = clean.kids.iter().filter(|k| !before.contains(k));
        if let Some(model) = open.first() {
            for (kid, new_id) in added.zip(new_ids) {
                if self.follow_ups.contains_key(new_id) {
                    return Err(JournalError::IdTaken);
                }
                changes.push(Change::Put(Entity::FollowUp(FollowUp {
                    id: *new_id,
                    kid: *kid,
                    due: edit.move_to.unwrap_or(model.due),
                    snoozed_until: None,
                    status: FollowUpStatus::Open,
                    created_at: now,
                    ..(*model).clone()
                })));
            }
        }
        changes.push(Change::Put(Entity::Note(Note {
            text: clean.text,
            kids: clean.kids,
            chips: clean.chips,
            tags: clean.tags,
            edited_at: Some(now),
            ..old.clone()
        })));
        Ok(changes)
    }

    /// Takes a note back: it goes, with the follow-ups it brought that are
    /// still open. Follow-ups already asked stay as they were; one whose
    /// outcome it was keeps its "asked", without the words.
    pub fn delete_note(&self, id: NoteId) -> Result<Vec<Change>> {
        let note = self.existing_note(id)?;
        let mut changes = vec![Change::Delete(Entity::Note(note.clone()).entity_ref())];
        for f in self.open_follow_ups_from(id) {
            changes.push(Change::Delete(Entity::FollowUp(f.clone()).entity_ref()));
        }
        // A follow-up already settled stays, as it was asked, with no
        // reference left to the note that is gone.
        for f in self.follow_ups.values().filter(|f| !f.is_open()) {
            let from_it = f.from_note == Some(id);
            let status = match f.status {
                FollowUpStatus::Done {
                    at,
                    outcome_note: Some(outcome),
                } if outcome == id => FollowUpStatus::Done {
                    at,
                    outcome_note: None,
                },
                ref other if from_it => other.clone(),
                _ => continue,
            };
            let from_note = if from_it { None } else { f.from_note };
            changes.push(Change::Put(Entity::FollowUp(FollowUp {
                status,
                from_note,
                ..f.clone()
            })));
        }
        for kid in &note.kids {
            changes.extend(self.kid_unnoted(*kid, id));
        }
        Ok(changes)
    }
}
