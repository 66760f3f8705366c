//! A group the leader runs: when it meets and how often each kid should be checked in with.

use super::order;
use chrono::Weekday;
use serde::{Deserialize, Serialize};

use super::text::tidy;
use super::{GroupId, JournalError};

/// Days between check-ins when the leader has not chosen otherwise.
pub const DEFAULT_CADENCE_DAYS: u16 = 14;
/// Longest group name, in characters.
pub const MAX_GROUP_NAME_CHARS: usize = 60;
/// The check-in cadences a leader may choose, in days.
pub const CADENCE_DAYS: std::ops::RangeInclusive<u16> = 1..=365;

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
        let name = clean_name(&self.name)?;
        check_cadence(self.cadence_days)?;
        let mut days = self.meeting_days.clone();
        order::sort_by_key(&mut days, |d| d.num_days_from_monday());
        days.dedup();
        Ok((name, days, self.cadence_days))
    }
}

/// A group name as the form takes it: tidied, present, and within
/// [`MAX_GROUP_NAME_CHARS`]. A stored group's name is held to the same.
pub(crate) fn clean_name(typed: &str) -> Result<String, JournalError> {
    let name = tidy(typed);
    if name.is_empty() {
        return Err(JournalError::GroupNameMissing);
    }
    if name.chars().count() > MAX_GROUP_NAME_CHARS {
        return Err(JournalError::GroupNameTooLong);
    }
    Ok(name)
}

pub(crate) fn check_cadence(days: u16) -> Result<(), JournalError> {
    match CADENCE_DAYS.contains(&days) {
        true => Ok(()),
        false => Err(JournalError::CadenceOutOfRange),
    }
}
