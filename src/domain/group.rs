//! A group the leader runs: when it meets and how often each kid should be checked in with.

use super::order;
use chrono::Weekday;
use serde::{Deserialize, Serialize};

use super::text::tidy;
use super::{GroupId, JournalError};

/// Days between check-ins when the leader has not chosen otherwise.
pub const DEFAULT_CADENCE_DAYS: u16 = 14;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    pub id: GroupId,
    pub name: String,
    #[serde(default)]
    pub meeting_days: Vec<Weekday>,
    #[serde(default = "default_cadence")]
    pub cadence_days: u16,
    #[serde(default)]
    pub archived: bool,
}

fn default_cadence() -> u16 {
    DEFAULT_CADENCE_DAYS
}

/// What the leader typed into the group form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupDraft {
    pub name: String,
    pub meeting_days: Vec<Weekday>,
    pub cadence_days: u16,
}

impl Default for GroupDraft {
    fn default() -> Self {
        GroupDraft {
            name: String::new(),
            meeting_days: Vec::new(),
            cadence_days: DEFAULT_CADENCE_DAYS,
        }
    }
}

impl GroupDraft {
    pub(crate) fn clean(&self) -> Result<(String, Vec<Weekday>, u16), JournalError> {
        let name = tidy(&self.name);
        if name.is_empty() {
            return Err(JournalError::GroupNameMissing);
        }
        if name.chars().count() > 60 {
            return Err(JournalError::GroupNameTooLong);
        }
        if !(1..=365).contains(&self.cadence_days) {
            return Err(JournalError::CadenceOutOfRange);
        }
        let mut days = self.meeting_days.clone();
        order::sort_by_key(&mut days, |d| d.num_days_from_monday());
        days.dedup();
        Ok((name, days, self.cadence_days))
    }
}
