//! A kid's story, newest first: notes, the follow-ups set for them, and how
//! those follow-ups ended.

use std::collections::BTreeMap;

use super::{Chip, Due, FollowUpStatus, Journal, KidId, Moment, NoteId};

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
    // Newest first; at one moment, a close above what it closes, and a note
    // above the follow-up it brought, so a note just saved is on top.
    entries.sort_by(|a, b| b.at.cmp(&a.at).then(rank(&a.what).cmp(&rank(&b.what))));
    entries
}

fn rank(what: &Happened) -> u8 {
    match what {
        Happened::FollowUpDone { .. } | Happened::FollowUpDismissed { .. } => 0,
        Happened::Note { .. } => 1,
        Happened::FollowUpSet { .. } => 2,
    }
}
