//! A kid's story, newest first: notes, the follow-ups set for them, and how
//! those follow-ups ended.

use super::order;
use std::collections::BTreeMap;

use chrono::NaiveTime;

use super::{Chip, Due, FollowUpStatus, Journal, KidId, Moment, Mood, NoteId};

/// One line of a kid's timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineEntry {
    pub at: Moment,
    pub what: Happened,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Happened {
    /// A note about them; `with` names the other kids it is about.
    Note {
        text: String,
        chips: Vec<Chip>,
        with: Vec<String>,
    },
    /// A follow-up was set.
    FollowUpSet {
        prompt: String,
        due: Due,
    },
    /// The leader asked; `outcome` is how it went, when they said.
    FollowUpDone {
        prompt: String,
        outcome: Option<String>,
    },
    FollowUpDismissed {
        prompt: String,
    },
    /// A session of one of their groups: there (with the arrival mood) or not.
    Session {
        group: String,
        present: bool,
        mood: Option<Mood>,
    },
}

/// Every entry about `kid`, newest first. An outcome note is told once, as
/// part of the follow-up it closed, not again as a note of its own.
pub fn timeline(journal: &Journal, kid: KidId) -> Vec<TimelineEntry> {
    let mut entries = Vec::new();
    let mut outcomes: BTreeMap<NoteId, usize> = BTreeMap::new();
    for f in journal.follow_ups_for(kid) {
        entries.push(TimelineEntry {
            at: f.created_at,
            what: Happened::FollowUpSet {
                prompt: f.prompt.clone(),
                due: f.due,
            },
        });
        match f.status {
            FollowUpStatus::Open => {}
            FollowUpStatus::Done { at, outcome_note } => {
                if let Some(note) = outcome_note {
                    outcomes.insert(note, entries.len());
                }
                entries.push(TimelineEntry {
                    at,
                    what: Happened::FollowUpDone {
                        prompt: f.prompt.clone(),
                        outcome: None,
                    },
                });
            }
            FollowUpStatus::Dismissed { at } => entries.push(TimelineEntry {
                at,
                what: Happened::FollowUpDismissed {
                    prompt: f.prompt.clone(),
                },
            }),
        }
    }
    for note in journal.notes_about(kid) {
        if let Some(&done) = outcomes.get(&note.id) {
            if let Happened::FollowUpDone { outcome, .. } = &mut entries[done].what {
                *outcome = Some(note.text.clone());
            }
            continue;
        }
        let with = note
            .kids
            .iter()
            .filter(|k| **k != kid)
            .filter_map(|k| journal.kid(*k))
            .map(|k| k.called().to_string())
            .collect();
        entries.push(TimelineEntry {
            at: note.created_at,
            what: Happened::Note {
                text: note.text.clone(),
                chips: note.chips.clone(),
                with,
            },
        });
    }
    for session in journal.sessions() {
        let Some(a) = session.attendance.iter().find(|a| a.kid == kid) else {
            continue;
        };
        let group = journal
            .group(session.group)
            .map(|g| g.name.clone())
            .unwrap_or_default();
        // At the start of its day, so the day's notes come above it.
        let at = session
            .date
            .and_time(NaiveTime::MIN)
            .and_utc()
            .fixed_offset();
        entries.push(TimelineEntry {
            at,
            what: Happened::Session {
                group,
                present: a.present,
                mood: a.mood,
            },
        });
    }
    // Newest first; at one moment, a close above what it closes, and a note
    // above the follow-up it brought, so a note just saved is on top.
    order::sort_by(&mut entries, |a, b| {
        b.at.cmp(&a.at).then(rank(&a.what).cmp(&rank(&b.what)))
    });
    entries
}

fn rank(what: &Happened) -> u8 {
    match what {
        Happened::FollowUpDone { .. } | Happened::FollowUpDismissed { .. } => 0,
        Happened::Note { .. } => 1,
        Happened::FollowUpSet { .. } => 2,
        Happened::Session { .. } => 3,
    }
}
