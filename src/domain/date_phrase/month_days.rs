//! Days named by their month and day: "Dec 3", "the 12th", "3rd of December
//! 2027", the next one from today on when no year is given.

use chrono::NaiveDate;

use super::calendar::{next_day_of_month, next_month_day};
use super::phrase::{Phrase, Sense, on, previous_word, word};
use super::tokens::{Kind, Token};
use super::words::{counts_a_position, month};

/// An ordinal at `at` read as a day ("the 12th", "3rd of December"),
/// the phrase starting at `first`.
pub(crate) fn day_of_month(
    t: &[Token],
    first: usize,
    at: usize,
    day: u32,
    today: NaiveDate,
) -> Option<Phrase> {
    let of = usize::from(word(t, at + 1) == "of");
    if let Some(m) = month(word(t, at + 1 + of)) {
        let (date, last) = with_year(t, at + 1 + of, m, day, today)?;
        return on(first, last, Some(date), Sense::Tense);
    }
    // A bare "3rd" is only a day after "the" or "on" ("came 3rd" is a place).
    let introduced = at > first || matches!(previous_word(t, at), "the" | "on");
    if !introduced || counts_a_position(word(t, at + 1)) {
        return None;
    }
    on(first, at, next_day_of_month(today, day), Sense::Tense)
}

/// A month and day, with a year if the next token is one; otherwise the next
/// occurrence from today on. `month_at` is the month token's index.
pub(super) fn with_year(
    t: &[Token],
    month_at: usize,
    m: u32,
    day: u32,
    today: NaiveDate,
) -> Option<(NaiveDate, usize)> {
    // The year follows the day ("Dec 3 2027") or the month ("3 December 2027").
    let year_at = [month_at + 1, month_at + 2].into_iter().find(|&k| {
        matches!(t.get(k).map(|x| &x.kind), Some(Kind::Number(y)) if (2000..=2100).contains(y))
    });
    if let Some(k) = year_at
        && let Some(Kind::Number(y)) = t.get(k).map(|x| &x.kind)
    {
        let date = NaiveDate::from_ymd_opt(i32::try_from(*y).ok()?, m, day)?;
        return Some((date, k));
    }
    Some((next_month_day(today, m, day)?, month_at))
}

/// "Dec 3", "December 3rd", "Dec. 3, 2027", "Jan 4-8" (from its first day).
pub(super) fn month_day(t: &[Token], i: usize, w: &str, today: NaiveDate) -> Option<Phrase> {
    let m = month(w)?;
    let day = match &t.get(i + 1)?.kind {
        Kind::Number(d) | Kind::Ordinal(d) => *d,
        Kind::Numeric {
            parts: [d, _, _],
            len: 2,
            sep: '-',
        } => *d,
        _ => return None,
    };
    let (date, last) = with_year(t, i, m, day, today)?;
    on(i, last.max(i + 1), Some(date), Sense::Tense)
}
