//! Naming the unknown value in a backup record that could not be decoded.
//!
//! A record that holds a value its choice does not know (a mood of
//! "angry", a chip of "grumpy") cannot be decoded, but it is not damaged:
//! it is an entry that breaks a rule, and the rest of the file can come in
//! without it. Read loosely here, such a record gives its kind and id (so
//! the records that need it are left out too) and the value.

use std::borrow::Cow;

use serde::Deserialize;
use serde_json::value::RawValue;

use crate::domain::rules::{Broken, Choice};
use crate::domain::{Chip, Due, EntityKind, EntityRef, FollowUpStatus, KidId, Mood};

#[derive(Deserialize)]
struct Envelope<'a> {
    #[serde(borrow)]
    kind: Cow<'a, str>,
    #[serde(borrow)]
    data: &'a RawValue,
}

/// The fields that hold a choice, whatever the kind; the rest are skipped.
#[derive(Deserialize)]
struct Loose<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(default, borrow)]
    chips: Vec<Cow<'a, str>>,
    #[serde(default, borrow)]
    meeting_days: Vec<Cow<'a, str>>,
    #[serde(default, borrow)]
    attendance: Vec<LooseAttendance<'a>>,
    #[serde(default, borrow)]
    due: Option<LooseDue<'a>>,
    #[serde(default, borrow)]
    status: Option<LooseStatus<'a>>,
}

#[derive(Deserialize)]
struct LooseAttendance<'a> {
    #[serde(default, borrow)]
    mood: Option<Cow<'a, str>>,
}

#[derive(Deserialize)]
struct LooseDue<'a> {
    #[serde(borrow)]
    rule: Cow<'a, str>,
}

#[derive(Deserialize)]
struct LooseStatus<'a> {
    #[serde(borrow)]
    state: Cow<'a, str>,
}

/// The record a backup entry is, and the first value of a choice in it
/// that this version does not know; `None` if it holds none (then it is
/// damaged, and the file is refused as before).
pub(super) fn unknown_choice(record: &str) -> Option<(EntityRef, Broken)> {
    let envelope: Envelope = serde_json::from_str(record).ok()?;
    let kind = EntityKind::from_tag(&envelope.kind)?;
    let loose: Loose = serde_json::from_str(envelope.data.get()).ok()?;
    // Every kind of id is the same 16 hex digits.
    let id = loose.id.parse::<KidId>().ok()?.0;
    let moods = loose.attendance.iter().filter_map(|a| a.mood.as_deref());
    let values = (loose.chips.iter().map(|c| (Choice::Chip, &**c)))
        .chain(moods.map(|m| (Choice::Mood, m)))
        .chain(loose.meeting_days.iter().map(|d| (Choice::Weekday, &**d)))
        .chain(loose.due.as_ref().map(|d| (Choice::DueRule, &*d.rule)))
        .chain(
            loose
                .status
                .as_ref()
                .map(|s| (Choice::FollowUpState, &*s.state)),
        );
    let (choice, value) = values
        .into_iter()
        .find(|(choice, value)| !knows(*choice, value))?;
    Some((EntityRef { kind, id }, Broken::unknown(choice, value)))
}

/// Whether `value` is one of its choice's values as records write them:
/// read in a minimal record part by the types a record's fields are read
/// as, so the values each knows are said once, where it is defined.
fn knows(choice: Choice, value: &str) -> bool {
    let Ok(quoted) = serde_json::to_string(value) else {
        return false;
    };
    match choice {
        Choice::Chip => serde_json::from_str::<Chip>(&quoted).is_ok(),
        Choice::Mood => serde_json::from_str::<Mood>(&quoted).is_ok(),
        Choice::Weekday => serde_json::from_str::<chrono::Weekday>(&quoted).is_ok(),
        Choice::DueRule => {
            let due = format!(r#"{{"rule":{quoted},"date":"2026-01-01"}}"#);
            serde_json::from_str::<Due>(&due).is_ok()
        }
        Choice::FollowUpState => {
            let status = format!(r#"{{"state":{quoted},"at":"2026-01-01T00:00:00Z"}}"#);
            serde_json::from_str::<FollowUpStatus>(&status).is_ok()
        }
    }
}
