//! Something to come back to with a kid, and when it is due.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{FollowUpId, KidId, Moment, NoteId};

/// When a follow-up should come back to the leader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "rule", content = "date", rename_all = "snake_case")]
pub enum Due {
    /// On this date, whether or not the kid is seen.
    OnDate(NaiveDate),
    /// The next time the kid is marked present.
    NextTimeSeen,
    /// The first time the kid is seen on or after this date.
    FirstSeenOnOrAfter(NaiveDate),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
