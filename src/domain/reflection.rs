//! The weekly reflection: once a week, three concrete ways to show
//! attunement, drawn from the leader's own notes.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::dates::short_day;
use super::radar::radar;
use super::today::UPCOMING_DAYS;
use super::{Journal, KidId};

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

/// Up to three suggestions: an upcoming event to ask about, the kid least
/// connected with, and a new kid. A kind with nothing to draw on is left out,
/// and no kid is suggested twice.
pub fn suggestions(journal: &Journal, today: NaiveDate) -> Vec<Suggestion> {
    let mut out: Vec<Suggestion> = Vec::new();
    let horizon = today + Days::new(UPCOMING_DAYS);
    let event = journal
        .open_follow_ups()
        .filter_map(|f| {
            let day = f.comes_back_on()?;
            let kid = journal.kid(f.kid).filter(|k| !k.archived)?;
            (day >= today && day <= horizon).then_some((day, kid, f))
        })
        .min_by_key(|(day, kid, _)| (*day, kid.called().to_string()));
    if let Some((day, kid, f)) = event {
        out.push(Suggestion {
            kid: kid.id,
            text: format!("{} ({}, {})", f.prompt, kid.called(), short_day(day)),
        });
    }
    let quiet = radar(journal, today)
        .into_iter()
        .find(|r| out.iter().all(|s| s.kid != r.kid));
    if let Some(r) = quiet {
        let since = match r.ever {
            true => format!("{} days since you last connected", r.days),
            false => "no connection noted yet".to_string(),
        };
        out.push(Suggestion {
            kid: r.kid,
            text: format!("Find a moment with {}: {since}", r.name),
        });
    }
    let newest = journal
        .kids_by_name(false)
        .into_iter()
        .filter(|k| (today - k.created_at.date_naive()).num_days() <= NEW_KID_DAYS)
        .filter(|k| out.iter().all(|s| s.kid != k.id))
        .max_by_key(|k| k.created_at);
    if let Some(k) = newest {
        out.push(Suggestion {
            kid: k.id,
            text: format!(
                "Get to know {}, new since {}: ask what they enjoy",
                k.called(),
                short_day(k.created_at.date_naive())
            ),
        });
    }
    out
}
