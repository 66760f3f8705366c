//! Finding every day phrase in a note's tokens: the day each names, and how
//! sure its words alone are that the day is ahead.

use chrono::NaiveDate;

use super::DateOrder;
use super::calendar::{after, numeric};
use super::month_days::{day_of_month, month_day, with_year};
use super::phrase::{Phrase, Sense, on, previous_word, word};
use super::relative;
use super::tokens::{Kind, Token};
use super::words::{month, opens_a_phrase, part_of_day, weekday};

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
