//! What a day phrase is once found: the tokens it spans, the day it names and
//! how sure its words are that the day is ahead; shared by every finder.

use chrono::NaiveDate;

use super::tokens::Token;

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
