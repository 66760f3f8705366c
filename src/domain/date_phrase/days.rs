//! Finding every day phrase in a note's tokens: the day each names, and how
//! sure its words alone are that the day is ahead.

use chrono::NaiveDate;

use super::DateOrder;
use super::calendar::{after, next_day_of_month, next_month_day, numeric};
use super::relative;
use super::tokens::{Kind, Token};
use super::words::{counts_a_position, month, opens_a_phrase, part_of_day, weekday};

/// What a day phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum When {
    /// A day, today or later.
    On(NaiveDate),
    /// Something ahead without a day: "coming up", "soon", "after the break".
    Soon,
    /// The past: "yesterday", "last week", "this morning", "the other day".
    Past,
}

/// How far a phrase's own words tell that it lies ahead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sense {
    /// Ahead whatever the sentence says: "tomorrow", "next week", "coming up".
    Ahead,
    /// A day that may just as well be gone ("won on Saturday"): the tense of
    /// its clause decides.
    Tense,
    /// Today or tonight: an event then ("match tonight"), or only how the
    /// day went ("quiet today").
    Today,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Phrase {
    /// Indices of the phrase's first and last tokens.
    pub first: usize,
    pub last: usize,
    pub when: When,
    pub sense: Sense,
    /// A holiday naming a thing rather than a time ("the christmas concert"):
    /// it counts only when nothing else in the note names a day.
    pub modifier: bool,
}

pub(crate) fn phrase(first: usize, last: usize, when: When, sense: Sense) -> Option<Phrase> {
    Some(Phrase {
        first,
        last: last.max(first),
        when,
        sense,
        modifier: false,
    })
}

/// A phrase naming a day, when the day could be worked out.
pub(crate) fn on(
    first: usize,
    last: usize,
    day: Option<NaiveDate>,
    sense: Sense,
) -> Option<Phrase> {
    phrase(first, last, When::On(day?), sense)
}

/// The lower-cased word at `i`, or "" past the end or for a number.
pub(crate) fn word(t: &[Token], i: usize) -> &str {
    t.get(i).map_or("", Token::word)
}

pub(crate) fn previous_word(t: &[Token], i: usize) -> &str {
    i.checked_sub(1).map_or("", |p| word(t, p))
}

/// Every day phrase in the tokens, in order, none overlapping.
pub(crate) fn scan(t: &[Token], today: NaiveDate, order: DateOrder) -> Vec<Phrase> {
    scan_with(t, today, order, opens_a_phrase)
}

/// `scan`, trying phrases only at the words `opens` lets through.
pub(crate) fn scan_with(
    t: &[Token],
    today: NaiveDate,
    order: DateOrder,
    opens: fn(&str) -> bool,
) -> Vec<Phrase> {
    let mut found = Vec::new();
    let mut i = 0;
    while let Some(token) = t.get(i) {
        if matches!(&token.kind, Kind::Word(w) if !opens(w)) {
            i += 1;
            continue;
        }
        match phrase_at(t, i, today, order) {
            Some(p) => {
                i = p.last + 1;
                found.push(p);
            }
            None => i += 1,
        }
    }
    found
}

fn phrase_at(t: &[Token], i: usize, today: NaiveDate, order: DateOrder) -> Option<Phrase> {
    match &t.get(i)?.kind {
        Kind::Numeric { parts, len, sep } => {
            let parts = parts.get(..*len)?;
            numeric_phrase(t, i, parts, *sep, today, order)
        }
        Kind::Ordinal(day) => day_of_month(t, i, i, *day, today),
        Kind::Number(day) => match month(word(t, i + 1)) {
            Some(m) => with_year(t, i + 1, m, *day, today)
                .and_then(|(date, last)| on(i, last, Some(date), Sense::Tense)),
            None => relative::counted_from(t, i, today),
        },
        Kind::Word(w) => relative::word_phrase(t, i, w, today)
            .or_else(|| month_day(t, i, w, today))
            .or_else(|| weekday_phrase(t, i, w, today, order)),
        Kind::Other => None,
    }
}

/// "3/4 of a pizza" and "got 8/10" are fractions, not the 3rd of April.
fn numeric_phrase(
    t: &[Token],
    i: usize,
    parts: &[u32],
    sep: char,
    today: NaiveDate,
    order: DateOrder,
) -> Option<Phrase> {
    let fraction = sep == '/'
        && parts.len() == 2
        && (word(t, i + 1) == "of"
            || matches!(
                previous_word(t, i),
                "got" | "get" | "gets" | "scored" | "score" | "scores" | "only" | "rated" | "marks"
            ));
    if fraction {
        return None;
    }
    on(i, i, numeric(parts, sep, today, order), Sense::Tense)
}

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
fn with_year(
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
fn month_day(t: &[Token], i: usize, w: &str, today: NaiveDate) -> Option<Phrase> {
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

/// "Saturday", "fri night", "Monday the 22nd" (the day of the month wins).
fn weekday_phrase(
    t: &[Token],
    i: usize,
    w: &str,
    today: NaiveDate,
    order: DateOrder,
) -> Option<Phrase> {
    let (day, short) = weekday(w)?;
    // "every saturday" is a habit, "sunday school" a place.
    if matches!(
        previous_word(t, i),
        "every" | "each" | "other" | "most" | "some"
    ) || word(t, i + 1) == "school"
    {
        return None;
    }
    if let Some(dated) = dated_weekday(t, i, today, order) {
        return Some(dated);
    }
    if short && !short_form_is_a_day(t, i) {
        return None;
    }
    let last = i + usize::from(part_of_day(word(t, i + 1)));
    on(i, last, after(today, day), Sense::Tense)
}

/// A weekday followed by the date it falls on: "Monday the 22nd", "Sat 6th",
/// "Friday 5 Dec", "sat 5/12".
fn dated_weekday(t: &[Token], i: usize, today: NaiveDate, order: DateOrder) -> Option<Phrase> {
    let at = i + 1 + usize::from(word(t, i + 1) == "the");
    match &t.get(at)?.kind {
        Kind::Ordinal(day) => day_of_month(t, i, at, *day, today),
        Kind::Number(_) | Kind::Numeric { .. } => {
            let dated = phrase_at(t, at, today, order)?;
            Some(Phrase { first: i, ..dated })
        }
        _ => None,
    }
}

/// "sat", "sun" and friends are ordinary words too ("sat down", "the sun"):
/// they count as days only after a word that introduces a day, or at the
/// end of a clause or before a part of the day or an opponent when no
/// subject comes before them ("big game sat", "game sat vs the hawks").
fn short_form_is_a_day(t: &[Token], i: usize) -> bool {
    let previous = previous_word(t, i);
    if matches!(
        previous,
        "on" | "by" | "until" | "till" | "before" | "from" | "this" | "next" | "coming" | "last"
    ) {
        return true;
    }
    let subject = matches!(
        previous,
        "i" | "he"
            | "she"
            | "they"
            | "we"
            | "you"
            | "who"
            | "it"
            | "just"
            | "then"
            | "and"
            | "had"
            | "has"
            | "have"
            | "the"
            | "a"
            | "always"
            | "never"
    );
    let next = word(t, i + 1);
    let ends = t.get(i).is_some_and(Token::ends_clause);
    (ends || part_of_day(next) || matches!(next, "vs" | "v" | "against")) && !subject
}
