//! Finding the day phrases inside a note ("big game on Saturday!") and
//! resolving them against `today`.
//!
//! The date crates that exist parse a whole string that is already a date;
//! none finds one inside a sentence or reads "in three days" or "the 12th",
//! so the finding and resolving are written here. A phrase without a year
//! means its next occurrence from today on.

mod calendar;
pub(crate) mod days;
mod month_days;
pub(crate) mod phrase;
mod relative;
pub(crate) mod tokens;
mod words;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// How the leader writes numeric dates: 5/12 is 5 December or May 12.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateOrder {
    #[default]
    DayMonth,
    MonthDay,
}

/// A date phrase found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundDate {
    pub date: NaiveDate,
    /// Byte range of the phrase in the text, so it can be shown or removed.
    pub start: usize,
    pub end: usize,
}

/// The first phrase in `text` that names a day from today on, resolved
/// against `today`. Whether that day is an event or only how the day went
/// is for `reading` to tell.
pub fn find_date(text: &str, today: NaiveDate, order: DateOrder) -> Option<FoundDate> {
    let tokens = tokens::tokenize(text);
    days::scan(&tokens, today, order)
        .into_iter()
        .filter(|p| !p.modifier)
        .find_map(|p| match p.when {
            phrase::When::On(date) => Some(FoundDate {
                date,
                start: tokens.get(p.first)?.start,
                end: tokens.get(p.last)?.end,
            }),
            _ => None,
        })
}

#[cfg(test)]
mod tests;
