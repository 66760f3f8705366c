//! A note as the leader is writing it, and the follow-up it may bring.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::date_phrase::{DateOrder, find_date, suggest_prompt};
use super::{
    Change, Chip, Due, FollowUpDraft, FollowUpId, Journal, JournalError, KidId, Moment, NoteDraft,
    NoteId,
};

/// Everything in the capture form; kept as a draft until saved or discarded.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CaptureDraft {
    pub text: String,
    pub kids: Vec<KidId>,
    pub chips: Vec<Chip>,
    /// The leader's own wording for the follow-up, once they edit it.
    pub prompt: Option<String>,
    /// A due date the leader chose instead of the one found in the text.
    pub due: Option<NaiveDate>,
    /// The leader declined the follow-up.
    pub no_follow_up: bool,
}

impl CaptureDraft {
    /// When a note's text, read on `day`, says to come back: what its
    /// follow-up would be due, if it brings one.
    pub fn reading_due(text: &str, day: NaiveDate, order: DateOrder) -> Option<Due> {
        find_date(text, day, order).map(|f| Due::FirstSeenOnOrAfter(f.date))
    }

    /// Nothing typed or tapped yet: who it is about alone is not worth keeping.
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty() && self.chips.is_empty()
    }
}

/// The note being written, and notes begun and left unfinished: each kept
/// until the leader saves or discards it, none ever merged into another.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NoteDrafts {
    pub active: CaptureDraft,
    /// Newest first.
    pub unfinished: Vec<CaptureDraft>,
}

impl NoteDrafts {
    /// The note form opened, about `kid` when it was opened from their page.
    /// An unfinished note about anyone else is set aside, not carried into
    /// this one: "Add a note about Sofia" is about Sofia.
    pub fn open(mut self, kid: Option<KidId>) -> NoteDrafts {
        let Some(kid) = kid else {
            // Who a blank form was about is no reason to choose them again.
            if self.active.is_blank() {
                self.active = CaptureDraft::default();
            }
            return self;
        };
        if let Some(at) = self.unfinished.iter().position(|d| d.kids == [kid]) {
            return self.resume(at);
        }
        if self.active.kids != [kid] {
            self.set_aside();
            self.active = CaptureDraft {
                kids: vec![kid],
                ..CaptureDraft::default()
            };
        }
        self
    }

    /// Goes on with an unfinished note; the one in the form, if begun, is
    /// set aside in its place.
    pub fn resume(mut self, at: usize) -> NoteDrafts {
        if at >= self.unfinished.len() {
            return self;
        }
        let chosen = self.unfinished.remove(at);
        self.set_aside();
        self.active = chosen;
        self
    }

    /// Forgets an unfinished note the leader discarded.
    pub fn discard(mut self, at: usize) -> NoteDrafts {
        if at < self.unfinished.len() {
            self.unfinished.remove(at);
        }
        self
    }

    fn set_aside(&mut self) {
        let begun = std::mem::take(&mut self.active);
        if !begun.is_blank() {
            self.unfinished.insert(0, begun);
        }
    }
}

/// The follow-up offered for a draft: due the first time the kid is seen on
/// or after `date`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    pub prompt: String,
    pub date: NaiveDate,
    /// The date phrase as written, for showing what was understood.
    pub phrase: String,
}

impl CaptureDraft {
    /// The follow-up this draft would create, if its text names a date (or
    /// the leader chose one) and the leader has not declined it.
    pub fn offer(&self, today: NaiveDate, order: DateOrder) -> Option<Offer> {
        if self.no_follow_up {
            return None;
        }
        let found = find_date(&self.text, today, order);
        let date = self.due.or(found.as_ref().map(|f| f.date))?;
        let suggested = match &found {
            Some(f) => suggest_prompt(&self.text, f),
            None => "Ask how it went".to_string(),
        };
        Some(Offer {
            prompt: self.prompt.clone().unwrap_or(suggested),
            date,
            phrase: found
                .map(|f| self.text[f.start..f.end].to_string())
                .unwrap_or_default(),
        })
    }

    /// The changes saving this draft makes: the note, and one follow-up for
    /// each kid when a follow-up is offered. `follow_up_ids` needs one id per kid.
    pub fn plan(
        &self,
        journal: &Journal,
        note: NoteId,
        follow_up_ids: &[FollowUpId],
        now: Moment,
        order: DateOrder,
    ) -> Result<Vec<Change>, JournalError> {
        let note_draft = NoteDraft {
            text: self.text.clone(),
            kids: self.kids.clone(),
            chips: self.chips.clone(),
            session: None,
        };
        let mut changes = journal.add_note(note, &note_draft, now)?;
        if let Some(offer) = self.offer(now.date_naive(), order) {
            for (kid, id) in self.kids.iter().zip(follow_up_ids) {
                let draft = FollowUpDraft {
                    kid: *kid,
                    prompt: offer.prompt.clone(),
                    due: Due::FirstSeenOnOrAfter(offer.date),
                    from_note: Some(note),
                };
                changes.extend(journal.add_follow_up(*id, &draft, now)?);
            }
        }
        Ok(changes)
    }
}
