//! Finding the thing a note asks about: the event named in the clause of
//! its day phrase ("big game" in "Wore his jersey again. Big game on
//! Saturday!").

use super::clause::Clause;
use super::lexicon::{is_past_verb, is_present_marker, is_pronoun, is_reporting, is_state};
use super::np_words::{
    ADJECTIVES, DETERMINERS, INNER_PREPOSITIONS, LEADING, NOUNS_IN_ING, STOPS, TRAILING,
};
use crate::domain::date_phrase::phrase::Phrase;
use crate::domain::date_phrase::tokens::{Kind, Token};

pub(super) fn listed(list: &[&str], w: &str) -> bool {
    list.binary_search(&w).is_ok()
}

/// Holidays and breaks, which are events in themselves ("so excited for christmas").
pub(super) fn names_a_time_off(w: &str) -> bool {
    matches!(
        w,
        "christmas"
            | "xmas"
            | "halloween"
            | "nye"
            | "valentine"
            | "valentines"
            | "winter"
            | "spring"
            | "summer"
            | "fall"
            | "autumn"
            | "easter"
            | "thanksgiving"
            | "half"
    )
}

/// An event: tokens `first..=last`, perhaps after a word kept from before
/// its day ("his" in "his upcoming trip").
#[derive(Debug, Clone, Copy)]
pub(super) struct Event {
    pub(super) first: usize,
    pub(super) last: usize,
    pub(super) owner: Option<usize>,
}

pub(super) struct Reader<'a> {
    pub(super) text: &'a str,
    pub(super) t: &'a [Token],
    pub(super) clauses: &'a [Clause],
    pub(super) phrases: &'a [Phrase],
}

impl Reader<'_> {
    pub(super) fn word(&self, i: usize) -> &str {
        self.t.get(i).map_or("", Token::word)
    }

    /// Inside a day phrase that is no event's name: "Saturday" is, "the
    /// halloween party" and "fall break" are not.
    pub(super) fn in_phrase(&self, i: usize) -> bool {
        self.phrases.iter().any(|p| {
            (p.first..=p.last).contains(&i) && !p.modifier && !names_a_time_off(self.word(p.first))
        })
    }

    pub(super) fn in_named_time(&self, i: usize) -> bool {
        self.phrases.iter().any(|p| {
            (p.first..=p.last).contains(&i) && (p.modifier || names_a_time_off(self.word(p.first)))
        })
    }

    pub(super) fn is_determiner(&self, i: usize) -> bool {
        listed(DETERMINERS, self.word(i))
    }

    pub(super) fn is_preposition(&self, i: usize) -> bool {
        listed(INNER_PREPOSITIONS, self.word(i))
    }

    /// A word that can stand in an event's name: not a verb, a pronoun, a
    /// feeling, a joining word or part of a day phrase.
    pub(super) fn is_plain(&self, i: usize) -> bool {
        let Some(Kind::Word(w)) = self.t.get(i).map(|t| &t.kind) else {
            return false;
        };
        if w.is_empty() || self.in_phrase(i) {
            return false;
        }
        // A particle after a doing belongs to it ("going back to his mom's",
        // "moving in with her aunt"), and "off" or "out" after a thing ("his
        // cast off"), but not alone ("back at practice").
        if matches!(
            w.as_str(),
            "back" | "over" | "out" | "up" | "off" | "away" | "in"
        ) {
            let previous = i.checked_sub(1);
            let after_doing = previous.is_some_and(|p| self.word(p).ends_with("ing"));
            let after_thing =
                matches!(w.as_str(), "off" | "out") && previous.is_some_and(|p| self.is_plain(p));
            return after_doing || after_thing;
        }
        if self.is_determiner(i) || self.is_preposition(i) {
            return false;
        }
        // "new year's eve party", "fall break": a holiday's words name the event.
        if self.in_named_time(i) {
            return true;
        }
        // "foster home", "a home game", but "comes home".
        if w == "home" {
            return i
                .checked_sub(1)
                .is_some_and(|p| self.is_determiner(p) || self.is_plain(p));
        }
        !(listed(STOPS, w)
            || is_pronoun(w)
            || is_state(w)
            || is_past_verb(w)
            || is_reporting(w)
            || (is_present_marker(w) && !matches!(w.as_str(), "going" | "getting")))
    }

    pub(super) fn is_gerund(&self, i: usize) -> bool {
        let w = self.word(i);
        self.is_plain(i) && w.ends_with("ing") && !listed(NOUNS_IN_ING, w)
    }

    /// Between an event and its day: "is on", "come out", a time.
    pub(super) fn is_trailing(&self, i: usize) -> bool {
        let Some(token) = self.t.get(i) else {
            return true;
        };
        let w = token.word();
        let come_out = w == "out"
            && i.checked_sub(1)
                .is_some_and(|p| matches!(self.word(p), "come" | "comes" | "came"));
        !matches!(token.kind, Kind::Word(_))
            || listed(TRAILING, w)
            || self.in_phrase(i)
            || come_out
            || (token.s_suffix && is_pronoun(w))
    }

    pub(super) fn is_leading(&self, i: usize) -> bool {
        let w = self.word(i);
        let object = matches!(w, "him" | "her" | "them")
            && matches!(self.word(i + 1), "about" | "how" | "if");
        listed(LEADING, w)
            || object
            || is_reporting(w)
            || (self.t.get(i).is_some_and(|t| t.s_suffix) && is_pronoun(w))
    }

    /// The event ending at `end`, read backwards no further than `start`.
    pub(super) fn backwards(&self, start: usize, end: usize) -> Option<Event> {
        if end < start || !self.is_plain(end) {
            return None;
        }
        let mut first = end;
        while first > start {
            let p = first - 1;
            if self.is_determiner(p) {
                first = p;
                if p > start && self.is_gerund(p - 1) {
                    first = p - 1;
                    continue;
                }
                if p >= start + 2 && self.is_preposition(p - 1) && self.is_plain(p - 2) {
                    first = p - 2;
                    continue;
                }
                break;
            }
            if self.is_plain(p) {
                first = p;
            } else if p > start && self.is_preposition(p) && self.is_plain(p - 1) {
                first = p - 1;
            } else {
                break;
            }
        }
        Some(Event {
            first,
            last: end,
            owner: None,
        })
    }

    /// The event starting at `start` once lead-in words are passed ("she has
    /// a test"), read no further than `end`.
    pub(super) fn forwards(&self, start: usize, end: usize) -> Option<Event> {
        let mut k = start;
        while k <= end && self.is_leading(k) {
            k += 1;
        }
        let first = k;
        let mut last = None;
        while k <= end {
            if self.is_determiner(k) || self.is_plain(k) {
                last = Some(k);
            } else if !(last.is_some()
                && self.is_preposition(k)
                && k < end
                && (self.is_determiner(k + 1) || self.is_plain(k + 1)))
            {
                break;
            }
            k += 1;
        }
        let mut last = last?;
        // "at her dad's for the first time": a describing word cannot end a name.
        while last > first && listed(ADJECTIVES, self.word(last)) {
            let before = (first..last).rev().find(|&p| self.is_preposition(p));
            last = before.map_or(last - 1, |p| p.saturating_sub(1).max(first));
        }
        (first..=last).any(|i| self.is_plain(i)).then_some(Event {
            first,
            last,
            owner: None,
        })
    }

    /// The event in the clause of the day phrase: before the day, else
    /// after it.
    pub(super) fn in_clause(&self, clause: &Clause, day: &Phrase) -> Option<Event> {
        if day.first > clause.first {
            let mut end = day.first - 1;
            while end > clause.first && self.is_trailing(end) {
                end -= 1;
            }
            if !self.is_trailing(end)
                && let Some(event) = self.backwards(clause.first, end)
            {
                return Some(event);
            }
        }
        if day.last >= clause.last {
            return None;
        }
        let mut event = self.forwards(day.last + 1, clause.last)?;
        // "his upcoming trip": the owner stays with the event.
        let before = day.first.checked_sub(1).filter(|&b| b >= clause.first);
        if let Some(b) = before.filter(|&b| self.is_determiner(b) && self.word(b) != "the") {
            event.owner = Some(b);
        }
        Some(event)
    }

    /// The event in the clause next to the day's, when the day's clause has
    /// none ("Tomorrow: dentist", "On Saturday, big game").
    pub(super) fn beside(&self, at: usize) -> Option<Event> {
        let clause = self.clauses.get(at)?;
        let same = |c: &&Clause| c.sentence == clause.sentence;
        if let Some(next) = self.clauses.get(at + 1).filter(same)
            && let Some(event) = self.forwards(next.first, next.last)
        {
            return Some(event);
        }
        let previous = at
            .checked_sub(1)
            .and_then(|p| self.clauses.get(p))
            .filter(same)?;
        let mut end = previous.last;
        while end > previous.first && self.is_trailing(end) {
            end -= 1;
        }
        self.backwards(previous.first, end)
    }
}
