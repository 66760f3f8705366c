//! The quiet-kid radar: who has gone longest without a real connection,
//! measured against how often their groups mean to check in.

use super::order;
use chrono::NaiveDate;

use super::dates::short_day;
use super::{DEFAULT_CADENCE_DAYS, Journal, Kid, KidId};

/// A kid past their check-in cadence.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RadarKid {
    pub kid: KidId,
    pub name: String,
    /// Days since the last connection, or since they were added when there was none.
    pub days: i64,
    /// The day of the last connection, if there has been one.
    pub since: Option<NaiveDate>,
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
            let cadence = journal.cadence_of(k);
            let since = last.get(&k.id).copied();
            let from = since.unwrap_or_else(|| k.created_at.date_naive());
            let days = (today - from).num_days();
            // Longer than the cadence: a kid seen exactly 14 days ago is on time.
            if days <= i64::from(cadence) {
                return None;
            }
            let unnoticed = journal
                .sessions()
                .filter(|s| since.is_none_or(|d| s.date > d) && s.is_present(k.id))
                .count();
            Some(RadarKid {
                kid: k.id,
                name: k.name().to_string(),
                days,
                since,
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

/// Why a kid is on the radar, in one line: what happened, in plain words,
/// and what the leader aims for.
pub fn reason(r: &RadarKid) -> String {
    let what = match (r.unnoticed, r.since) {
        (0, Some(_)) => format!("{} days since you last connected", r.days),
        (0, None) => format!("No connection yet in {} days", r.days),
        (n, Some(day)) => format!(
            "Came to {}; no connection since {}",
            sessions(n),
            short_day(day)
        ),
        (n, None) => format!("Came to {}; no connection yet", sessions(n)),
    };
    format!("{what} · you aim for every {} days", r.cadence)
}

fn sessions(n: usize) -> String {
    match n {
        1 => "1 session".into(),
        n => format!("{n} sessions"),
    }
}

impl Journal {
    /// How often the leader means to connect with a kid: the strictest
    /// cadence of their active groups, or the default.
    pub fn cadence_of(&self, kid: &Kid) -> u16 {
        kid.groups
            .iter()
            .filter_map(|g| self.group(*g))
            .filter(|g| !g.archived)
            .map(|g| g.cadence_days)
            .min()
            .unwrap_or(DEFAULT_CADENCE_DAYS)
    }
}
