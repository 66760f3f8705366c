//! A kid's story, newest first: notes, the follow-ups set for them, and how
//! those follow-ups ended.

use super::order;

use chrono::NaiveTime;

use super::{
    Attendance, Chip, Due, FollowUp, FollowUpId, FollowUpStatus, Journal, KidId, Moment, Mood,
    Note, NoteId, Session, SessionId,
};

/// One line of a kid's timeline. Two lines are equal only when they tell
/// the same thing the same way, so a screen can keep a line that is still
/// true and redraw only what changed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TimelineEntry {
    /// What the line comes from; no two lines of a timeline share it.
    pub from: Source,
    pub at: Moment,
    pub what: Happened,
}

/// The record a timeline line tells of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Source {
    Note(NoteId),
    /// A follow-up being set.
    Set(FollowUpId),
    /// A follow-up being done or dismissed.
    Closed(FollowUpId),
    Session(SessionId),
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Happened {
    /// A note about them; `with` names the other kids it is about.
    Note {
        text: String,
        chips: Vec<Chip>,
        with: Vec<String>,
        /// Changed by the leader since it was written.
        edited: bool,
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
    timeline_page(journal, kid, usize::MAX).0
}

/// The newest `shown` entries of [`timeline`], and how many there are in
/// all. Only the entries shown are put into words: a kid's page lists the
/// newest twenty of hundreds.
pub fn timeline_page(journal: &Journal, kid: KidId, shown: usize) -> (Vec<TimelineEntry>, usize) {
    let mut lines: Vec<(Moment, Line)> = Vec::new();
    let mut outcomes: Vec<NoteId> = Vec::new();
    for f in journal.follow_ups_for(kid) {
        lines.push((f.created_at, Line::Set(f)));
        match f.status {
            FollowUpStatus::Open => {}
            FollowUpStatus::Done { at, outcome_note } => {
                outcomes.extend(outcome_note);
                lines.push((at, Line::Closed(f)));
            }
            FollowUpStatus::Dismissed { at } => lines.push((at, Line::Closed(f))),
        }
    }
    let notes = journal.notes_about(kid);
    let told: Vec<NoteId> = notes
        .iter()
        .map(|n| n.id)
        .filter(|id| outcomes.contains(id))
        .collect();
    for note in notes {
        if !told.contains(&note.id) {
            lines.push((note.created_at, Line::Note(note)));
        }
    }
    for session in journal.sessions() {
        let Some(a) = session.attendance.iter().find(|a| a.kid == kid) else {
            continue;
        };
        // At the start of its day, so the day's notes come above it.
        let at = session
            .date
            .and_time(NaiveTime::MIN)
            .and_utc()
            .fixed_offset();
        lines.push((at, Line::Session(session, a)));
    }
    // Newest first; at one moment, a close above what it closes, and a note
    // above the follow-up it brought, so a note just saved is on top.
    order::sort_by(&mut lines, |a, b| {
        b.0.cmp(&a.0).then(a.1.rank().cmp(&b.1.rank()))
    });
    let total = lines.len();
    let page = lines
        .into_iter()
        .take(shown)
        .map(|(at, line)| line.entry(journal, kid, at, &told))
        .collect();
    (page, total)
}

/// A timeline entry before it is put into words.
enum Line<'a> {
    Set(&'a FollowUp),
    /// Done or dismissed, as its status says.
    Closed(&'a FollowUp),
    Note(&'a Note),
    Session(&'a Session, &'a Attendance),
}

impl Line<'_> {
    fn rank(&self) -> u8 {
        match self {
            Line::Closed(_) => 0,
            Line::Note(_) => 1,
            Line::Set(_) => 2,
            Line::Session(..) => 3,
        }
    }

    /// `told` holds the outcome notes about this kid, each told as part of
    /// the follow-up it closed.
    fn entry(self, journal: &Journal, kid: KidId, at: Moment, told: &[NoteId]) -> TimelineEntry {
        let (from, what) = match self {
            Line::Set(f) => (
                Source::Set(f.id),
                Happened::FollowUpSet {
                    prompt: f.prompt.clone(),
                    due: f.due,
                },
            ),
            Line::Closed(f) => (
                Source::Closed(f.id),
                match f.status {
                    FollowUpStatus::Done { outcome_note, .. } => Happened::FollowUpDone {
                        prompt: f.prompt.clone(),
                        outcome: outcome_note
                            .filter(|id| told.contains(id))
                            .and_then(|id| journal.note(id))
                            .map(|n| n.text.clone()),
                    },
                    _ => Happened::FollowUpDismissed {
                        prompt: f.prompt.clone(),
                    },
                },
            ),
            Line::Note(note) => (
                Source::Note(note.id),
                Happened::Note {
                    text: note.text.clone(),
                    chips: note.chips.clone(),
                    with: note
                        .kids
                        .iter()
                        .filter(|k| **k != kid)
                        .filter_map(|k| journal.kid(*k))
                        .map(|k| k.name().to_string())
                        .collect(),
                    edited: note.edited_at.is_some(),
                },
            ),
            Line::Session(session, a) => (
                Source::Session(session.id),
                Happened::Session {
                    group: journal
                        .group(session.group)
                        .map(|g| g.name.clone())
                        .unwrap_or_default(),
                    present: a.present,
                    mood: a.mood,
                },
            ),
        };
        TimelineEntry { from, at, what }
    }
}
