//! The quiet-kid radar: who has gone longest without a real connection,
//! measured against how often their groups mean to check in.

use super::order;
use chrono::NaiveDate;

use super::{DEFAULT_CADENCE_DAYS, Journal, KidId};

/// A kid past their check-in cadence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RadarKid {
    pub kid: KidId,
    pub name: String,
    /// Days since the last connection, or since they were added when there was none.
    pub days: i64,
    /// Whether there has been any connection at all.
    pub ever: bool,
    /// The strictest cadence of their groups, in days.
    pub cadence: u16,
    /// Sessions since the last connection where they were there and nobody
    /// connected with them.
    pub unnoticed: usize,
}

/// Active kids past their cadence: first those who came to sessions and
/// went unnoticed (most such sessions first), then the longest without a
/// connection. Kids the leader put off with "Not now" wait until that day.
pub fn radar(journal: &Journal, today: NaiveDate) -> Vec<RadarKid> {
    let last = journal.last_connections();
    let mut out: Vec<RadarKid> = journal
        .kids_by_name(false)
        .into_iter()
        .filter(|k| k.radar_snoozed_until.is_none_or(|d| d <= today))
        .filter_map(|k| {
            let cadence = k
                .groups
                .iter()
                .filter_map(|g| journal.group(*g))
                .filter(|g| !g.archived)
                .map(|g| g.cadence_days)
                .min()
                .unwrap_or(DEFAULT_CADENCE_DAYS);
            let since = last.get(&k.id).copied();
            let from = since.unwrap_or_else(|| k.created_at.date_naive());
            let days = (today - from).num_days();
            if days < i64::from(cadence) {
                return None;
            }
            let unnoticed = journal
                .sessions()
                .filter(|s| since.is_none_or(|d| s.date > d) && s.is_present(k.id))
                .count();
            Some(RadarKid {
                kid: k.id,
                name: k.called().to_string(),
                days,
                ever: since.is_some(),
                cadence,
                unnoticed,
            })
        })
        .collect();
    order::sort_by_key(&mut out, |r| {
        (std::cmp::Reverse(r.unnoticed), std::cmp::Reverse(r.days))
    });
    out
}

/// Why a kid is on the radar, in one line.
pub fn reason(r: &RadarKid) -> String {
    let time = match r.ever {
        true => format!("{} days since you last connected", r.days),
        false => format!("no connection yet in {} days", r.days),
    };
    let sessions = match r.unnoticed {
        0 => String::new(),
        1 => "Came to a session without a word; ".into(),
        n => format!("Came to {n} sessions without a word; "),
    };
    let time = match sessions.is_empty() {
        true => capitalise(&time),
        false => time,
    };
    format!("{sessions}{time}; cadence {}", r.cadence)
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
