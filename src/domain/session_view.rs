//! What session mode shows: each kid's card, and the sweep at the end.

use std::collections::HashSet;

use chrono::{Datelike, NaiveDate};

use super::follow_up::Standing;
use super::today::{TodayItem, open_follow_ups_of};
use super::{Attendance, FollowUpStatus, Journal, KidId, Mood, Session, SessionId};

/// One kid on the session screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionCard {
    pub kid: KidId,
    pub name: String,
    pub present: bool,
    pub mood: Option<Mood>,
    /// Noticed in this session: a mood, a note, a follow-up asked, or marked connected.
    pub connected: bool,
    /// What to ask about now: overdue, due today, and "next time seen".
    pub asks: Vec<TodayItem>,
    /// One interest to remember, a different one each session day.
    pub interest: Option<String>,
}

/// Whether a follow-up should be asked when the kid is seen today.
pub fn ask_now(standing: Standing) -> bool {
    matches!(
        standing,
        Standing::Overdue(_) | Standing::DueToday | Standing::WaitingToBeSeen
    )
}

/// Every kid on the session's list, in list (name) order.
pub fn session_cards(journal: &Journal, session: SessionId, today: NaiveDate) -> Vec<SessionCard> {
    let Some(s) = journal.session(session) else {
        return Vec::new();
    };
    // One pass over the notes for the whole session, not one per kid.
    let noted: HashSet<KidId> = journal
        .notes()
        .filter(|n| n.session == Some(session))
        .flat_map(|n| n.kids.iter().copied())
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
            Some(SessionCard {
                kid: a.kid,
                name: kid.called().to_string(),
                present: a.present,
                mood: a.mood,
                connected: connected_in(journal, s, a, &noted),
                asks,
                interest,
            })
        })
        .collect()
}

/// Whether the leader connected with `a.kid` in session `s`: an arrival
/// mood, marked connected, a note written in the session (`noted` holds the
/// kids of the session's notes), or a follow-up done that day.
fn connected_in(journal: &Journal, s: &Session, a: &Attendance, noted: &HashSet<KidId>) -> bool {
    a.noticed()
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
