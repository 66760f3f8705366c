//! What is due when, for the service worker's morning reminder: a small
//! index the app writes after every change and the worker reads on waking,
//! without loading the app or opening the (perhaps sealed) records.
//!
//! Each open follow-up is reduced to two days: from when Today counts it as
//! due, and from when a session would ask it. Seeing a kid (a note, a
//! session) is itself a change, after which the index is written again, so
//! until then those two days answer for any later day exactly as
//! [`Journal::standing`] does. By default the index holds no name, prompt
//! or note text: kids are numbered within the index, and a group's name is
//! kept only with the app lock off, since the leader may have named a group
//! after someone.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::{Due, FollowUp, GroupId, Journal, KidId, order};

/// The morning hour a reminder waits for, unless the leader picks another.
pub const DEFAULT_MORNING_HOUR: u8 = 8;
/// No reminder is shown from this hour on: a late wake waits for the next morning.
pub const EVENING_HOUR: u8 = 21;
/// The morning hours the leader can pick from.
pub const MORNING_HOURS: std::ops::RangeInclusive<u8> = 5..=20;

/// The leader's reminder settings, kept with the preferences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReminderSettings {
    pub on: bool,
    pub morning_hour: u8,
    /// First names and prompts in reminders and calendar events. Never
    /// honoured while the app lock is on.
    pub names: bool,
}

impl Default for ReminderSettings {
    fn default() -> Self {
        ReminderSettings {
            on: false,
            morning_hour: DEFAULT_MORNING_HOUR,
            names: false,
        }
    }
}

impl ReminderSettings {
    /// Whether names may appear in what leaves the app's sealed records.
    pub fn shows_names(&self, locked: bool) -> bool {
        self.names && !locked
    }

    /// A picked hour outside the offered ones reads as the default.
    pub fn hour(&self) -> u8 {
        match MORNING_HOURS.contains(&self.morning_hour) {
            true => self.morning_hour,
            false => DEFAULT_MORNING_HOUR,
        }
    }
}

/// The index as stored; `public/sw.js` reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DueIndex {
    /// The index's format.
    pub v: u32,
    /// No reminder before this hour, nor from [`EVENING_HOUR`] on.
    pub morning: u8,
    pub evening: u8,
    /// Groups that meet on set days.
    pub groups: Vec<IndexGroup>,
    /// For each kid with something open, numbered by position: their groups,
    /// by position in `groups`.
    pub kids: Vec<Vec<usize>>,
    /// Open follow-ups of kids still in the leader's list, soonest due first.
    pub items: Vec<IndexItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IndexGroup {
    /// Meeting days, 0 for Sunday, as JavaScript's `Date.getDay()` counts.
    pub days: Vec<u32>,
    /// Only with the app lock off.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IndexItem {
    /// The kid, by position in `kids`.
    pub kid: usize,
    /// From this day on Today lists it as due (overdue after it); `None`
    /// while it waits to see the kid.
    pub due: Option<NaiveDate>,
    /// From this day on a session would ask it; `None` for "any day".
    pub ask: Option<NaiveDate>,
    /// Only when the leader asked for names, with the lock off.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt: Option<String>,
}

/// The current format of [`DueIndex`].
pub const INDEX_VERSION: u32 = 1;

/// The two days that decide a follow-up's standing from here on: when it
/// is due and when it is asked (see [`IndexItem`]). Mirrors
/// [`FollowUp::standing`]; the tests hold the two to the same answers.
fn days_of(journal: &Journal, f: &FollowUp) -> (Option<NaiveDate>, Option<NaiveDate>) {
    let seen = || {
        f.seen_from()
            .and_then(|from| journal.first_seen(f.kid, from, f.from_note))
    };
    match f.due {
        Due::OnDate(_) => (f.comes_back_on(), f.comes_back_on()),
        // Snoozed or not, its day is the first it could come back on.
        Due::FirstSeenOnOrAfter(_) => (seen(), f.comes_back_on()),
        Due::NextTimeSeen => (seen(), f.snoozed_until),
    }
}

impl DueIndex {
    /// The index of `journal` as it stands, for these settings; `locked`
    /// says the app lock is on, which keeps every name out of it.
    pub fn of(journal: &Journal, settings: &ReminderSettings, locked: bool) -> DueIndex {
        let names = settings.shows_names(locked);
        let group_names = !locked;
        let open: Vec<&FollowUp> = journal
            .open_follow_ups()
            .filter(|f| journal.kid(f.kid).is_some_and(|k| !k.archived))
            .collect();
        let mut kid_ids: Vec<KidId> = open.iter().map(|f| f.kid).collect();
        order::sort_by_key(&mut kid_ids, |k| *k);
        kid_ids.dedup();
        let mut group_ids: Vec<GroupId> = Vec::new();
        let groups: Vec<IndexGroup> = journal
            .groups()
            .filter(|g| !g.archived && !g.meeting_days.is_empty())
            .map(|g| {
                group_ids.push(g.id);
                IndexGroup {
                    days: g
                        .meeting_days
                        .iter()
                        .map(|d| d.num_days_from_sunday())
                        .collect(),
                    name: group_names.then(|| g.name.clone()),
                }
            })
            .collect();
        let kids = kid_ids
            .iter()
            .map(|id| {
                let of_kid = journal.kid(*id).map(|k| k.groups.as_slice());
                group_ids
                    .iter()
                    .enumerate()
                    .filter(|(_, g)| of_kid.is_some_and(|mine| mine.contains(g)))
                    .map(|(at, _)| at)
                    .collect()
            })
            .collect();
        let mut items: Vec<IndexItem> = open
            .iter()
            .map(|f| {
                let (due, ask) = days_of(journal, f);
                let kid = kid_ids.iter().position(|k| *k == f.kid).unwrap_or(0);
                IndexItem {
                    kid,
                    due,
                    ask,
                    name: names
                        .then(|| journal.kid(f.kid).map(|k| k.name().to_string()))
                        .flatten(),
                    prompt: names.then(|| f.prompt.clone()),
                }
            })
            .collect();
        // `None` (waiting to see them) last; what is due longest first.
        order::sort_by_cached_key(&mut items, |i| {
            (i.due.is_none(), i.due, i.ask, i.kid, i.name.clone())
        });
        DueIndex {
            v: INDEX_VERSION,
            morning: settings.hour(),
            evening: EVENING_HOUR,
            groups,
            kids,
            items,
        }
    }

    /// How many follow-ups are due or overdue on `day`: the badge's number.
    pub fn due_on(&self, day: NaiveDate) -> usize {
        self.items
            .iter()
            .filter(|i| i.due.is_some_and(|d| d <= day))
            .count()
    }

    /// For each group meeting on `day`, by position, how many of its kids a
    /// session that day would ask something; groups with none are left out.
    pub fn asks_on(&self, day: NaiveDate) -> Vec<(usize, usize)> {
        let weekday = day.weekday().num_days_from_sunday();
        let asked: Vec<bool> = (0..self.kids.len())
            .map(|kid| {
                self.items
                    .iter()
                    .any(|i| i.kid == kid && i.ask.is_none_or(|a| a <= day))
            })
            .collect();
        self.groups
            .iter()
            .enumerate()
            .filter(|(_, g)| g.days.contains(&weekday))
            .map(|(at, _)| {
                let kids = self
                    .kids
                    .iter()
                    .zip(&asked)
                    .filter(|(groups, asked)| **asked && groups.contains(&at))
                    .count();
                (at, kids)
            })
            .filter(|(_, kids)| *kids > 0)
            .collect()
    }

    /// The stored form.
    pub fn to_json(&self) -> String {
        // Plain structs with string keys always serialize.
        serde_json::to_string(self).unwrap_or_default()
    }
}
