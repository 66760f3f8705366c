//! What session mode shows: each kid's card, and the sweep at the end.

use chrono::{Datelike, NaiveDate};

use super::follow_up::Standing;
use super::today::{TodayItem, open_follow_ups_of};
use super::{FollowUpStatus, Journal, KidId, Mood, SessionId};

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
                connected: connected_in(journal, session, a.kid),
                asks,
                interest,
            })
        })
        .collect()
}

/// Whether the leader connected with `kid` in `session`: an arrival mood,
/// marked connected, a note written in the session, or a follow-up done that day.
pub fn connected_in(journal: &Journal, session: SessionId, kid: KidId) -> bool {
    let Some(s) = journal.session(session) else {
        return false;
    };
    let noticed = s.attendance.iter().any(|a| a.kid == kid && a.noticed());
    noticed
        || journal
            .notes()
            .any(|n| n.session == Some(session) && n.kids.contains(&kid))
        || journal.follow_ups_for(kid).any(|f| match f.status {
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
