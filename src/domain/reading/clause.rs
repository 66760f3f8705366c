//! A note's clauses, and how each one reads: in the past or not, an event
//! or only a description of the day.

use std::ops::RangeInclusive;

use super::lexicon::{
    is_event, is_filler, is_past_verb, is_present_marker, is_pronoun, is_reporting, is_state,
};
use crate::domain::date_phrase::phrase::Phrase;
use crate::domain::date_phrase::tokens::{Stop, Token};

/// A run of tokens between punctuation or joining words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Clause {
    pub first: usize,
    pub last: usize,
    /// Clauses of one sentence share this number.
    pub sentence: usize,
}

impl Clause {
    pub fn tokens(&self) -> RangeInclusive<usize> {
        self.first..=self.last
    }
}

/// Words that join two clauses: "quiet today and has a game Saturday".
fn is_joining(w: &str) -> bool {
    matches!(
        w,
        "and" | "but" | "because" | "bc" | "cause" | "cuz" | "coz" | "though" | "although"
    )
}

/// The clauses of a note in order; every token belongs to exactly one. A
/// joining word opens the clause it introduces.
pub(crate) fn clauses(t: &[Token]) -> Vec<Clause> {
    let mut found = Vec::new();
    let mut sentence = 0;
    let mut first = 0;
    for (i, token) in t.iter().enumerate() {
        if i > first && is_joining(token.word()) {
            found.push(Clause {
                first,
                last: i - 1,
                sentence,
            });
            first = i;
        }
        if token.stop != Stop::None {
            found.push(Clause {
                first,
                last: i,
                sentence,
            });
            first = i + 1;
            sentence += usize::from(token.stop == Stop::Sentence);
        }
    }
    found
}

/// The clause holding token `i`.
pub(crate) fn clause_of(clauses: &[Clause], i: usize) -> Option<usize> {
    clauses.iter().position(|c| c.tokens().contains(&i))
}

/// What the verbs of some tokens say about when they happened.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Tense {
    pub past: bool,
    pub present: bool,
}

impl Tense {
    fn any(self) -> bool {
        self.past || self.present
    }

    fn merge(self, other: Tense) -> Tense {
        Tense {
            past: self.past || other.past,
            present: self.present || other.present,
        }
    }
}

fn outside(phrase: &Phrase, i: usize) -> bool {
    i < phrase.first || i > phrase.last
}

fn tense_of(t: &[Token], range: RangeInclusive<usize>, phrase: &Phrase) -> Tense {
    let mut tense = Tense::default();
    for i in range.filter(|&i| outside(phrase, i)) {
        let Some(token) = t.get(i) else { break };
        let w = token.word();
        let previous = i.checked_sub(1).and_then(|p| t.get(p));
        // "has got", "he's got" say what someone has now.
        let has_got = w == "got"
            && previous.is_some_and(|p| {
                matches!(
                    p.word(),
                    "has" | "have" | "i've" | "we've" | "they've" | "you've"
                ) || (p.s_suffix && is_pronoun(p.word()))
            });
        if has_got || is_present_marker(w) || (token.s_suffix && is_pronoun(w)) {
            tense.present = true;
        } else if is_past_verb(w) {
            tense.past = true;
        }
    }
    tense
}

/// Whether the clause around a day that may be past or ahead ("Saturday")
/// tells of the past: a verb in the past and none in the present ("won on
/// Saturday", not "said the game is Saturday"). A clause with no verb
/// takes its tense from the next one ("On Saturday, he scored").
pub(crate) fn reads_past(t: &[Token], clauses: &[Clause], at: usize, phrase: &Phrase) -> bool {
    let Some(clause) = clauses.get(at) else {
        return false;
    };
    let mut tense = tense_of(t, clause.tokens(), phrase);
    if !tense.any()
        && let Some(next) = clauses
            .get(at + 1)
            .filter(|n| n.sentence == clause.sentence)
    {
        tense = tense_of(t, next.tokens(), phrase);
    }
    tense.past && !tense.present
}

/// Whether "today", "tonight" or "this evening" in this clause names an
/// event still to come: something that happens on a day ("match tonight",
/// "spelling test today") or a plan ("going to …"), with no verb in the past
/// in its clause or after it in the sentence ("big game today, scored twice").
pub(crate) fn is_event_today(t: &[Token], clauses: &[Clause], at: usize, phrase: &Phrase) -> bool {
    let Some(clause) = clauses.get(at) else {
        return false;
    };
    let event = clause.tokens().filter(|&i| outside(phrase, i)).any(|i| {
        let w = t.get(i).map_or("", Token::word);
        let previous = i
            .checked_sub(1)
            .and_then(|p| t.get(p))
            .map_or("", Token::word);
        let next = t.get(i + 1).map_or("", Token::word);
        // "has karate tonight", but not "has been quiet today".
        let has_something = matches!(w, "has" | "have" | "got")
            && !(is_filler(next) || is_state(next) || is_past_verb(next));
        is_event(w)
            || (w == "day" && matches!(previous, "first" | "last"))
            || matches!(w, "going" | "gonna" | "will")
            || w.ends_with("'ll")
            || has_something
    });
    let mut tense = tense_of(t, clause.tokens(), phrase);
    for later in clauses
        .iter()
        .skip(at + 1)
        .take_while(|c| c.sentence == clause.sentence)
    {
        tense = tense.merge(tense_of(t, later.tokens(), phrase));
    }
    event && !tense.past
}

/// Whether a clause only says how the kid was ("quiet this week", "tired
/// after the holidays"): a word for a state, and nothing else of substance.
pub(crate) fn is_description(t: &[Token], clause: &Clause, phrase: &Phrase) -> bool {
    let mut state = false;
    for i in clause.tokens().filter(|&i| outside(phrase, i)) {
        let w = t.get(i).map_or("", Token::word);
        if is_state(w) {
            state = true;
        } else if !is_filler(w) && !is_reporting(w) {
            return false;
        }
    }
    state
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date_phrase::DateOrder;
    use crate::domain::date_phrase::days::scan;
    use crate::domain::date_phrase::tokens::tokenize;

    /// How the clause around the note's first day phrase reads: (in the past,
    /// an event still to come, only a description).
    fn reads(text: &str) -> (bool, bool, bool) {
        let t = tokenize(text);
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
        let Some(phrase) = scan(&t, today, DateOrder::DayMonth).into_iter().next() else {
            panic!("{text}: no day phrase");
        };
        let clauses = clauses(&t);
        let Some(at) = clause_of(&clauses, phrase.first) else {
            panic!("{text}: the phrase is in no clause");
        };
        (
            reads_past(&t, &clauses, at, &phrase),
            is_event_today(&t, &clauses, at, &phrase),
            is_description(&t, &clauses[at], &phrase),
        )
    }

    #[test]
    fn clauses_read_as_past_event_or_description() {
        #[rustfmt::skip]
        let cases = [
            ("won the game on saturday", (true, false, false)),
            ("said the game is on saturday", (false, true, false)),
            ("he's got a game saturday", (false, true, false)),
            ("got into a fight on thursday", (true, false, false)),
            ("her cat died on tuesday", (true, false, false)),
            ("On Saturday, he scored twice", (true, false, false)),
            ("On Saturday, big game", (false, false, false)),
            ("spelling test today", (false, true, false)),
            ("quiet today", (false, false, true)),
            ("had a test today", (true, false, false)),
            ("big game today, scored twice", (true, false, false)),
            ("has karate tonight", (false, true, false)),
            ("has been quiet today", (false, false, true)),
            ("going to the movies tonight", (false, true, false)),
            ("really tired this week", (false, false, true)),
        ];
        for (text, want) in cases {
            assert_eq!(reads(text), want, "{text}");
        }
    }

    #[test]
    fn joining_words_and_punctuation_split_clauses() {
        let t = tokenize("Quiet today and has a game Saturday. Nervous, though");
        let found: Vec<(usize, usize, usize)> = clauses(&t)
            .iter()
            .map(|c| (c.first, c.last, c.sentence))
            .collect();
        assert_eq!(found, vec![(0, 1, 0), (2, 6, 0), (7, 7, 1), (8, 8, 1)]);
    }
}
