//! One meeting of a group: who came, and how they arrived.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{GroupId, KidId, SessionId};

/// A small fixed set of arrival moods, observations rather than labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mood {
    Bright,
    Okay,
    Quiet,
    Low,
    Wired,
}

impl Mood {
    pub const ALL: [Mood; 5] = [
        Mood::Bright,
        Mood::Okay,
        Mood::Quiet,
        Mood::Low,
        Mood::Wired,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Mood::Bright => "bright",
            Mood::Okay => "okay",
            Mood::Quiet => "quiet",
            Mood::Low => "low",
            Mood::Wired => "wired",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attendance {
    pub kid: KidId,
    pub present: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mood: Option<Mood>,
    /// The leader marked that they connected with this kid in the session.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub connected: bool,
}

impl Attendance {
    /// Present and marked connected. How a kid arrived is an observation,
    /// not a connection: a leader who taps every kid's mood at the door has
    /// not yet spoken with any of them.
    pub fn marked_connected(&self) -> bool {
        self.present && self.connected
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub id: SessionId,
    pub group: GroupId,
    pub date: NaiveDate,
    #[serde(default)]
    pub attendance: Vec<Attendance>,
    #[serde(default)]
    pub ended: bool,
}

impl Session {
    pub fn is_present(&self, kid: KidId) -> bool {
        self.attendance.iter().any(|a| a.kid == kid && a.present)
    }
}
