//! A note as the leader is writing it, and the follow-up it may bring.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::date_phrase::DateOrder;
use super::reading::read_note;
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
    /// The leader chose "next time I see them" instead.
    #[serde(default)]
    pub next_time: bool,
    /// The leader declined the follow-up.
    pub no_follow_up: bool,
}

impl CaptureDraft {
    /// When a note's text, read on `day`, says to come back: what its
    /// follow-up would be due, if it brings one.
    pub fn reading_due(text: &str, day: NaiveDate, order: DateOrder) -> Option<Due> {
        read_note(text, day, order).due
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

    pub(crate) fn set_aside(&mut self) {
        let begun = std::mem::take(&mut self.active);
        if !begun.is_blank() {
            self.unfinished.insert(0, begun);
        }
    }
}

/// What the form offers to bring back from a note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FollowUpChoice {
    /// The leader said no follow-up.
    Declined,
    /// The text names nothing ahead: a follow-up is one tap away, "Ask next
    /// time I see them", with this prompt.
    Folded { prompt: String },
    /// The follow-up saving the note creates.
    Offered(Offer),
}

/// A follow-up as the form shows it before saving.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    pub prompt: String,
    pub due: Due,
    /// The words of the note the day was read from, for showing what was
    /// understood; empty when the leader chose the day.
    pub phrase: String,
}

impl CaptureDraft {
    /// The follow-up this draft would bring: from the leader's own choices
    /// first, then from what the text says.
    pub fn choice(&self, today: NaiveDate, order: DateOrder) -> FollowUpChoice {
        if self.no_follow_up {
            return FollowUpChoice::Declined;
        }
        let reading = read_note(&self.text, today, order);
        let prompt = self.prompt.clone().unwrap_or(reading.prompt);
        let chosen = match (self.due, self.next_time) {
            (Some(day), _) => Some(Due::FirstSeenOnOrAfter(day)),
            (None, true) => Some(Due::NextTimeSeen),
            (None, false) => None,
        };
        let phrase = match chosen {
            Some(_) => String::new(),
            None => reading
                .phrase
                .and_then(|r| self.text.get(r))
                .unwrap_or_default()
                .to_string(),
        };
        match chosen.or(reading.due) {
            Some(due) => FollowUpChoice::Offered(Offer {
                prompt,
                due,
                phrase,
            }),
            None => FollowUpChoice::Folded { prompt },
        }
    }

    /// The follow-up saving this draft creates, if any.
    pub fn offer(&self, today: NaiveDate, order: DateOrder) -> Option<Offer> {
        match self.choice(today, order) {
            FollowUpChoice::Offered(offer) => Some(offer),
            _ => None,
        }
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
                    due: offer.due,
                    from_note: Some(note),
                };
                changes.extend(journal.add_follow_up(*id, &draft, now)?);
            }
        }
        Ok(changes)
    }
}
