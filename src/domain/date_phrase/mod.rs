//! Finding the day phrases inside a note ("big game on Saturday!") and
//! resolving them against `today`.
//!
//! The date crates that exist parse a whole string that is already a date;
//! none finds one inside a sentence or reads "in three days" or "the 12th",
//! so the finding and resolving are written here. A phrase without a year
//! means its next occurrence from today on.

mod calendar;
pub(crate) mod days;
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
            days::When::On(date) => Some(FoundDate {
                date,
                start: tokens.get(p.first)?.start,
                end: tokens.get(p.last)?.end,
            }),
            _ => None,
        })
}

/// Words that lead into a date phrase and go with it when it is cut out.
const LEAD_INS: [&str; 9] = [
    "on", "this", "next", "by", "until", "till", "coming", "is", "at",
];

/// A follow-up prompt suggested from a note and the date phrase found in it:
/// "Big game on Saturday" gives "Ask about the big game".
pub fn suggest_prompt(text: &str, found: &FoundDate) -> String {
    let before = text.get(..found.start).unwrap_or("");
    let after = text.get(found.end..).unwrap_or("");
    let mut words: Vec<&str> = before.split_whitespace().collect();
    while words
        .last()
        .is_some_and(|w| LEAD_INS.contains(&w.to_lowercase().as_str()))
    {
        words.pop();
    }
    if words.is_empty() {
        words = after.split_whitespace().collect();
    }
    let subject = words
        .join(" ")
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .to_string();
    if subject.is_empty() {
        return "Ask how it went".to_string();
    }
    let first = subject
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    let determined = matches!(
        first.as_str(),
        "the" | "a" | "an" | "his" | "her" | "their" | "my" | "our" | "its" | "your"
    ) || first.ends_with("'s")
        || first.ends_with("’s")
        || first.ends_with("ing");
    let starts_with_name = subject.chars().next().is_some_and(char::is_uppercase)
        && (first.ends_with("'s") || first.ends_with("’s"));
    let subject = if starts_with_name {
        subject
    } else {
        lower_first(&subject)
    };
    match determined {
        true => format!("Ask about {subject}"),
        false => format!("Ask about the {subject}"),
    }
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests;
