//! What session mode shows: each kid's card, and the sweep at the end.

use std::collections::HashSet;

use chrono::{Datelike, NaiveDate};

use super::follow_up::Standing;
use super::today::{TodayItem, open_follow_ups_of};
use super::{Attendance, FollowUpStatus, Journal, KidId, Mood, Note, Session, SessionId, order};

/// One kid on the session screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionCard {
    pub kid: KidId,
    pub name: String,
    pub present: bool,
    pub mood: Option<Mood>,
    /// Connected in this session: a note, a follow-up asked, or marked connected.
    pub connected: bool,
    /// What to ask about now: overdue, due today, and "next time seen".
    pub asks: Vec<TodayItem>,
    /// One interest to remember, a different one each session day.
    pub interest: Option<String>,
    /// Their newest note (with its chips when it has no text), so what was
    /// said last time, or a moment ago, is on the card.
    pub last_note: Option<String>,
}

/// Whether a follow-up should be asked when the kid is seen today.
pub fn ask_now(standing: Standing) -> bool {
    matches!(
        standing,
        Standing::Overdue(_)
            | Standing::DueToday
            | Standing::WaitingToBeSeen
            | Standing::WaitingSince(_)
    )
}

/// Every kid on the session's list, in list (name) order.
pub fn session_cards(journal: &Journal, session: SessionId, today: NaiveDate) -> Vec<SessionCard> {
    let Some(s) = journal.session(session) else {
        return Vec::new();
    };
    // Each kid's own notes, not every note: a session holds a handful of
    // kids, the journal years of notes.
    let noted: HashSet<KidId> = s
        .attendance
        .iter()
        .map(|a| a.kid)
        .filter(|kid| journal.noted_in(*kid, session))
        .collect();
    s.attendance
        .iter()
        .filter_map(|a| {
            let kid = journal.kid(a.kid)?;
            let asks = match a.present {
                true => open_follow_ups_of(journal, a.kid, today)
                    .into_iter()
                    .filter(|i| ask_now(i.standing))
                    .collect(),
                false => Vec::new(),
            };
            let interest = match kid.interests.len() {
                0 => None,
                n => kid
                    .interests
                    .get(s.date.num_days_from_ce().unsigned_abs() as usize % n)
                    .cloned(),
            };
            let last_note = match a.present {
                true => journal.newest_note_about(a.kid).map(note_line),
                false => None,
            };
            Some(SessionCard {
                kid: a.kid,
                name: kid.name().to_string(),
                present: a.present,
                mood: a.mood,
                connected: connected_in(journal, s, a, &noted),
                asks,
                interest,
                last_note,
            })
        })
        .collect()
}

/// The present kids' cards, those with something to ask first, then by name
/// (the list's order).
pub fn present_cards(cards: &[SessionCard]) -> Vec<SessionCard> {
    let mut present: Vec<SessionCard> = cards.iter().filter(|c| c.present).cloned().collect();
    order::sort_by_key(&mut present, |c| c.asks.is_empty());
    present
}

/// A note in one line: its text, or its chips when it has none.
fn note_line(note: &Note) -> String {
    match note.text.is_empty() {
        true => note
            .chips
            .iter()
            .map(|c| c.label())
            .collect::<Vec<_>>()
            .join(", "),
        false => note.text.clone(),
    }
}

/// Whether the leader connected with `a.kid` in session `s`: marked
/// connected, a note written in the session (`noted` holds the kids of the
/// session's notes), or a follow-up done that day.
fn connected_in(journal: &Journal, s: &Session, a: &Attendance, noted: &HashSet<KidId>) -> bool {
    a.marked_connected()
        || noted.contains(&a.kid)
        || journal.follow_ups_for(a.kid).any(|f| match f.status {
            FollowUpStatus::Done { at, .. } => at.date_naive() == s.date,
            _ => false,
        })
}

/// The present kids nobody connected with, for the sweep at the end.
pub fn sweep(journal: &Journal, session: SessionId, today: NaiveDate) -> Vec<SessionCard> {
    session_cards(journal, session, today)
        .into_iter()
        .filter(|c| c.present && !c.connected)
        .collect()
}
