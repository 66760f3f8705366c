//! What a note's text says about coming back to it: whether something lies
//! ahead, when to come back, and what to ask.
//!
//! The days read are those of `date_phrase`: weekdays and their short forms
//! and typos ("sat", "thurs", "weds", "tmrw", "tommorow"), "Monday the
//! 22nd", "this weekend", "the weekend of the 20th", "next week", "in a
//! couple of days", "in a few weeks", "a week from Friday", "the day after
//! tomorrow", "end of the month", "next month", "in March", month names
//! with and without ordinals, numeric dates in the leader's order, and
//! Christmas, New Year, Halloween and Valentine's Day.
//!
//! When it is due:
//! - a day ahead: the first time the kid is seen on or after that day;
//! - today, tonight, this afternoon or this evening, when the clause names
//!   an event ("match tonight", "spelling test today") or a plan ("going
//!   to …") and nothing in it or after it in the sentence is in the past:
//!   the first time the kid is seen after today;
//! - something ahead without a day: the next time the kid is seen. Read as
//!   such: "coming up", "upcoming", "soon", "before long", "any day now",
//!   "next time", "next session", "later this week", "later this month",
//!   "in the coming weeks", and, unless the clause is in the past or only
//!   describes the kid, "this week", "this month", "this term", "after the
//!   break", "over the holidays", "christmas break", "half term";
//! - nothing, when the note only tells of the past or the present:
//!   "yesterday", "last night", "last week", "the other day", "this
//!   morning" (a note is written after the session), a day in a clause
//!   whose verbs are in the past ("won on Saturday"), a habit ("every
//!   Tuesday", "on saturdays"), or words that only describe the kid next to
//!   a day ("quiet today", "tired this week").
//!
//! When a note names several days, the first one ahead wins; "coming up"
//! gives way to a day named in the same clause ("big game coming up on
//! Saturday"), and a holiday naming a thing ("the halloween party") to any
//! other day.

mod clause;
mod event;
mod lexicon;
mod np_words;
mod prompt;

use std::ops::Range;

use chrono::NaiveDate;

use self::clause::{clause_of, is_description, is_event_today, reads_past};
use self::event::{Reader, names_a_time_off};
use crate::domain::Due;
use crate::domain::date_phrase::DateOrder;
use crate::domain::date_phrase::days::scan;
use crate::domain::date_phrase::phrase::{Phrase, Sense, When};
use crate::domain::date_phrase::tokens::tokenize;

/// What a note's text says about coming back to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    /// When the follow-up the form offers is due. `None`: the text names
    /// nothing ahead (only the past or present, or nothing at all); the form
    /// then offers "Ask next time I see them" collapsed, one tap away.
    pub due: Option<Due>,
    /// The suggested prompt: never empty, at most eight words, starting
    /// "Ask about" (`Ask about the big game`), or a short quote of the
    /// sentence when no event can be named (`Ask about “quiet today,
    /// didn't want to…”`, also the prompt of a note with `due: None`), or
    /// `Ask how it went` for a note that is only its day.
    pub prompt: String,
    /// Byte range of the day phrase `due` was read from ("Saturday",
    /// "coming up"); `None` when `due` is.
    pub phrase: Option<Range<usize>>,
}

/// The prompt of a note with no words at all.
const ASK_HOW_THEY_ARE: &str = "Ask how they are doing";

/// Reads a note as the leader types it, against the day it is written.
pub fn read_note(text: &str, today: NaiveDate, order: DateOrder) -> Reading {
    let tokens = tokenize(text);
    let phrases = scan(&tokens, today, order);
    let clauses = clause::clauses(&tokens);
    let reader = Reader {
        text,
        t: &tokens,
        clauses: &clauses,
        phrases: &phrases,
    };
    match choose(&reader, today) {
        Some((day, due)) => Reading {
            due: Some(due),
            prompt: reader.prompt(&day),
            phrase: tokens
                .get(day.first)
                .zip(tokens.get(day.last))
                .map(|(a, b)| a.start..b.end),
        },
        None => Reading {
            due: None,
            prompt: match tokens.is_empty() {
                true => ASK_HOW_THEY_ARE.to_string(),
                false => reader.quote(0),
            },
            phrase: None,
        },
    }
}

/// The day phrase the follow-up is read from, and when it is due.
fn choose(r: &Reader, today: NaiveDate) -> Option<(Phrase, Due)> {
    let ahead: Vec<(Phrase, Due)> = r
        .phrases
        .iter()
        .filter_map(|p| Some((*p, due_of(r, p, today)?)))
        .collect();
    let first = ahead
        .iter()
        .find(|(p, _)| !p.modifier)
        .or_else(|| ahead.first())
        .copied()?;
    if first.1 == Due::NextTimeSeen {
        let clause = clause_of(r.clauses, first.0.first);
        let dated = ahead.iter().find(|(p, due)| {
            !p.modifier && *due != Due::NextTimeSeen && clause_of(r.clauses, p.first) == clause
        });
        if let Some(dated) = dated {
            return Some(*dated);
        }
    }
    Some(first)
}

/// When a follow-up read from this phrase is due, if the phrase is ahead.
fn due_of(r: &Reader, p: &Phrase, today: NaiveDate) -> Option<Due> {
    let at = clause_of(r.clauses, p.first)?;
    let clause = r.clauses.get(at)?;
    let ahead = match p.sense {
        Sense::Ahead => true,
        Sense::Tense => {
            // "excited about christmas break": a holiday is the event, not the time of one.
            let named = names_a_time_off(r.t.get(p.first).map_or("", |t| t.word()));
            !reads_past(r.t, r.clauses, at, p) && (named || !is_description(r.t, clause, p))
        }
        Sense::Today => is_event_today(r.t, r.clauses, at, p),
    };
    if !ahead {
        return None;
    }
    match p.when {
        When::Past => None,
        When::Soon => Some(Due::NextTimeSeen),
        // Never due today: an event today is asked about once it is over.
        When::On(day) if day <= today => today.succ_opt().map(Due::FirstSeenOnOrAfter),
        When::On(day) => Some(Due::FirstSeenOnOrAfter(day)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    fn read(text: &str) -> Reading {
        read_note(text, day("2026-12-01"), DateOrder::DayMonth)
    }

    #[test]
    fn a_day_ahead_comes_back_the_first_time_seen_on_or_after_it() {
        let after = |d: &str| Some(Due::FirstSeenOnOrAfter(day(d)));
        #[rustfmt::skip]
        let cases = [
            ("Wore his jersey again. Big game on Saturday!", after("2026-12-05")),
            ("match tonight vs eastside", after("2026-12-02")),
            ("spelling test today", after("2026-12-02")),
            ("recital this evening", after("2026-12-02")),
            ("Has karate tonight", after("2026-12-02")),
            ("This Tuesday we start", after("2026-12-02")),
            ("was sick yesterday, back at practice Friday", after("2026-12-04")),
            ("said his team is playing on Saturday", after("2026-12-05")),
            ("big game coming up on saturday", after("2026-12-05")),
            ("halloween party friday", after("2026-12-04")),
            ("in a couple of days", after("2026-12-03")),
            ("Monday the 21st", after("2026-12-21")),
        ];
        for (text, due) in cases {
            assert_eq!(read(text).due, due, "{text}");
        }
    }

    #[test]
    fn something_ahead_without_a_day_comes_back_next_time() {
        for text in [
            "Mentioned there is a big game coming up.",
            "upcoming surgery",
            "moving soon",
            "There's a spelling bee this week",
            "so excited about christmas break",
            "starting a new school after the break",
        ] {
            assert_eq!(read(text).due, Some(Due::NextTimeSeen), "{text}");
        }
    }

    #[test]
    fn the_past_and_the_present_offer_nothing() {
        for text in [
            "Quiet today, didn't want to talk",
            "Scored twice today",
            "quiet today",
            "had a rough week",
            "was sick yesterday",
            "cried this morning",
            "last night he didn't sleep",
            "won the game on saturday, so proud",
            "Saturday he scored a hat trick",
            "Big game today, scored twice",
            "quiet this week",
            "tired after the holidays",
            "quiet tonight",
            "has practice every tuesday",
            "Got a new bike for christmas",
            "",
            "🎉",
        ] {
            let reading = read(text);
            assert_eq!(reading.due, None, "{text}");
            assert_eq!(reading.phrase, None, "{text}");
            assert!(!reading.prompt.is_empty(), "{text}");
        }
    }

    #[test]
    fn the_phrase_is_where_the_due_day_was_read() {
        let text = "Zoë’s recital 🎻 on Saturday’s stage";
        let reading = read(text);
        assert_eq!(reading.phrase.map(|p| &text[p]), Some("Saturday’s"));
        let text = "Quiet today. Big game coming up";
        assert_eq!(read(text).phrase.map(|p| &text[p]), Some("coming up"));
    }
}
