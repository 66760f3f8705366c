//! The weekly reflection: once a week, three concrete ways to show
//! attunement, drawn from the leader's own notes.

use std::collections::BTreeSet;

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::dates::short_day;
use super::order;
use super::today::UPCOMING_DAYS;
use super::{Journal, KidId, Mood};

/// The question the card asks.
pub const QUESTION: &str = "What ways can you show attunement to a child this week?";

/// Kids added this recently count as new.
pub const NEW_KID_DAYS: i64 = 30;

/// The day the current reflection week began: the latest `weekday` on or
/// before `today`.
pub fn week_start(today: NaiveDate, weekday: Weekday) -> NaiveDate {
    let back = (7 + today.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
    today - Days::new(u64::from(back))
}

/// One suggestion, about one kid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub kid: KidId,
    pub text: String,
}

/// Up to three ideas for the week, each about another kid, none about a kid
/// Today already shows (`on_today`: its follow-ups and its radar), and none
/// the leader has acted on since `week` began:
/// - a new kid not yet connected with this week;
/// - a kid who arrived low or quiet at a recent session, not connected with since;
/// - the kid drifting longest who is not yet on the radar (past half their
///   cadence), with one of their interests to bring up.
pub fn suggestions(
    journal: &Journal,
    today: NaiveDate,
    week: NaiveDate,
    on_today: &BTreeSet<KidId>,
) -> Vec<Suggestion> {
    let last = journal.last_connections();
    let connected_since = |kid: KidId, day: NaiveDate| last.get(&kid).is_some_and(|d| *d >= day);
    let mut out: Vec<Suggestion> = Vec::new();
    let free = |kid: KidId, out: &[Suggestion]| {
        !on_today.contains(&kid) && out.iter().all(|s| s.kid != kid)
    };

    let newest = journal
        .kids_by_name(false)
        .into_iter()
        .filter(|k| (today - k.created_at.date_naive()).num_days() <= NEW_KID_DAYS)
        .filter(|k| !connected_since(k.id, week) && free(k.id, &out))
        .max_by_key(|k| k.created_at);
    if let Some(k) = newest {
        let ask = match k.interests.first() {
            Some(interest) => format!("ask about {interest}"),
            None => "ask what they enjoy".to_string(),
        };
        out.push(Suggestion {
            kid: k.id,
            text: format!(
                "Get to know {}, new since {}: {ask}",
                k.name(),
                short_day(k.created_at.date_naive())
            ),
        });
    }

    let recent = today - Days::new(UPCOMING_DAYS);
    let mut arrivals: Vec<(NaiveDate, KidId, Mood)> = journal
        .sessions()
        .filter(|s| s.date >= recent && s.date <= today)
        .flat_map(|s| {
            s.attendance.iter().filter_map(move |a| match a.mood {
                Some(m @ (Mood::Low | Mood::Quiet)) if a.present => Some((s.date, a.kid, m)),
                _ => None,
            })
        })
        .collect();
    order::sort_by_key(&mut arrivals, |(day, kid, _)| {
        (std::cmp::Reverse(*day), *kid)
    });
    let low = arrivals.into_iter().find(|(day, kid, _)| {
        journal.kid(*kid).is_some_and(|k| !k.archived)
            && last.get(kid).is_none_or(|d| *d < *day)
            && free(*kid, &out)
    });
    if let Some((day, kid, mood)) = low {
        let name = journal.kid(kid).map(|k| k.name().to_string());
        out.push(Suggestion {
            kid,
            text: format!(
                "{} arrived {} on {}: a quiet word this week",
                name.unwrap_or_default(),
                mood.label(),
                short_day(day)
            ),
        });
    }

    let drifting = journal
        .kids_by_name(false)
        .into_iter()
        .filter(|k| free(k.id, &out))
        .filter_map(|k| {
            let since = last.get(&k.id).copied()?;
            let days = (today - since).num_days();
            let cadence = i64::from(journal.cadence_of(k));
            (days * 2 > cadence && days <= cadence).then_some((days, k))
        })
        .max_by_key(|(days, k)| (*days, std::cmp::Reverse(k.id)));
    if let Some((days, k)) = drifting {
        let text = match k.interests.first() {
            Some(interest) => format!(
                "Bring up {interest} with {}: {days} days since you last connected",
                k.name()
            ),
            None => format!(
                "A word with {} this week: {days} days since you last connected",
                k.name()
            ),
        };
        out.push(Suggestion { kid: k.id, text });
    }
    out
}
