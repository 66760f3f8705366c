//! Something to come back to with a kid, and when it is due.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{FollowUpId, KidId, Moment, NoteId};

/// Longest follow-up prompt, in characters: one may be taken from a note,
/// so it may be as long as one.
pub const MAX_PROMPT_CHARS: usize = super::MAX_NOTE_CHARS;

/// What to ask about, as the forms take it: tidied, present, and within
/// [`MAX_PROMPT_CHARS`]. A stored follow-up is held to the same.
pub(crate) fn clean_prompt(typed: &str) -> Result<String, super::JournalError> {
    let prompt = super::text::tidy(typed);
    if prompt.is_empty() {
        return Err(super::JournalError::PromptMissing);
    }
    if prompt.len() > MAX_PROMPT_CHARS && prompt.chars().count() > MAX_PROMPT_CHARS {
        return Err(super::JournalError::PromptTooLong);
    }
    Ok(prompt)
}

/// When a follow-up should come back to the leader. Read back by
/// `follow_up_wire`, written as `{"rule": …, "date": …}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "rule", content = "date", rename_all = "snake_case")]
pub enum Due {
    /// On this date, whether or not the kid is seen.
    OnDate(NaiveDate),
    /// The next time the kid is marked present.
    NextTimeSeen,
    /// The first time the kid is seen on or after this date.
    FirstSeenOnOrAfter(NaiveDate),
}

/// Read back by `follow_up_wire`, written as `{"state": …, "at": …}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum FollowUpStatus {
    Open,
    Done {
        at: Moment,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        outcome_note: Option<NoteId>,
    },
    Dismissed {
        at: Moment,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FollowUp {
    pub id: FollowUpId,
    pub kid: KidId,
    pub prompt: String,
    pub due: Due,
    pub status: FollowUpStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snoozed_until: Option<NaiveDate>,
    #[serde(deserialize_with = "super::wire_time::moment")]
    pub created_at: Moment,
    /// The note that gave rise to it, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_note: Option<NoteId>,
}

impl FollowUp {
    pub fn is_open(&self) -> bool {
        matches!(self.status, FollowUpStatus::Open)
    }
}

/// What the leader accepted or typed for a new follow-up.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FollowUpDraft {
    pub kid: KidId,
    pub prompt: String,
    pub due: Due,
    #[serde(default)]
    pub from_note: Option<NoteId>,
}

/// Where a follow-up stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Standing {
    /// It came due this many days ago and was not asked.
    Overdue(u32),
    DueToday,
    /// Its day is still to come.
    Upcoming(NaiveDate),
    /// Comes back the next time the kid is seen, whenever that is.
    WaitingToBeSeen,
    /// Its day has come, but the kid has not been seen since: it is due the
    /// first time they are, and nobody is behind until then.
    WaitingSince(NaiveDate),
    /// Put off by the leader until this day.
    Snoozed(NaiveDate),
    Done,
    Dismissed,
}

impl FollowUp {
    /// The day it comes back, counting a snooze: `None` for "next time seen".
    pub fn comes_back_on(&self) -> Option<NaiveDate> {
        let due = match self.due {
            Due::OnDate(d) | Due::FirstSeenOnOrAfter(d) => Some(d),
            Due::NextTimeSeen => None,
        };
        match (due, self.snoozed_until) {
            (Some(d), Some(s)) => Some(d.max(s)),
            (d, s) => d.or(s),
        }
    }

    /// From which day seeing the kid brings it due, for a follow-up that
    /// waits to see them: its day (or the end of a snooze), or for "next
    /// time seen" the day after it was set, since the leader saw the kid
    /// the day they set it.
    pub fn seen_from(&self) -> Option<NaiveDate> {
        match self.due {
            Due::OnDate(_) => None,
            Due::FirstSeenOnOrAfter(_) => self.comes_back_on(),
            Due::NextTimeSeen => {
                let after_set = self.created_at.date_naive().succ_opt()?;
                Some(self.snoozed_until.map_or(after_set, |s| s.max(after_set)))
            }
        }
    }

    /// Where it stands on `today`. `seen` is the first day on or after
    /// [`FollowUp::seen_from`] the kid was seen (at a session, or in a
    /// note), if they have been; it matters only to a follow-up that waits
    /// to see them.
    pub fn standing(&self, today: NaiveDate, seen: Option<NaiveDate>) -> Standing {
        match self.status {
            FollowUpStatus::Done { .. } => return Standing::Done,
            FollowUpStatus::Dismissed { .. } => return Standing::Dismissed,
            FollowUpStatus::Open => {}
        }
        if let Some(until) = self.snoozed_until.filter(|s| *s > today) {
            return Standing::Snoozed(until);
        }
        let seen = seen.filter(|s| *s <= today);
        let day = match (self.due, self.comes_back_on()) {
            (Due::OnDate(_), Some(d)) => d,
            (Due::FirstSeenOnOrAfter(_), Some(d)) if d > today => return Standing::Upcoming(d),
            (Due::FirstSeenOnOrAfter(_), Some(d)) => match seen {
                Some(s) => s.max(d),
                None => return Standing::WaitingSince(d),
            },
            (_, _) => match seen {
                Some(s) => s,
                None => return Standing::WaitingToBeSeen,
            },
        };
        match day {
            d if d > today => Standing::Upcoming(d),
            d if d == today => Standing::DueToday,
            d => Standing::Overdue(u32::try_from((today - d).num_days()).unwrap_or(u32::MAX)),
        }
    }
}
