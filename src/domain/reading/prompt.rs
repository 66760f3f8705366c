//! Putting an event as a prompt: "Ask about the big game", cut to a few
//! words, or a short quote of the note when no event has a name.

use super::clause::{Clause, clause_of};
use super::event::{Event, Reader, listed, names_a_time_off};
use super::np_words::{ADJECTIVES, NO_ARTICLE, NOUNS_IN_ING, TRAILING};
use crate::domain::date_phrase::phrase::Phrase;
use crate::domain::date_phrase::tokens::{Kind, Stop};

/// Most words an event may take in a prompt, an added "the" included:
/// with "Ask about" that makes eight.
const EVENT_WORDS: usize = 6;
/// Most words of the note quoted when no event can be named.
const QUOTE_WORDS: usize = 6;
/// Most characters of the note quoted.
const QUOTE_CHARS: usize = 48;
/// The prompt when a note is nothing but its day ("Sat.").
const ASK_HOW_IT_WENT: &str = "Ask how it went";

/// How the event's first word takes "the".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Article {
    /// "his cousin's wedding", "going camping", "practice".
    Keep,
    /// "big game" becomes "the big game".
    Add,
    /// "a big game" becomes "the big game".
    Replace,
}

impl Reader<'_> {
    fn article(&self, event: &Event) -> Article {
        let w = self.word(event.first);
        if event.owner.is_some() {
            return Article::Keep;
        }
        if matches!(w, "a" | "an") {
            return Article::Replace;
        }
        let Some(token) = self.t.get(event.first) else {
            return Article::Keep;
        };
        let raw = self.text.get(token.start..token.end).unwrap_or("");
        if self.is_determiner(event.first)
            || token.s_suffix
            || raw.ends_with(['\'', '’'])
            || (w.ends_with("ing") && !listed(NOUNS_IN_ING, w))
        {
            return Article::Keep;
        }
        let head = (event.first..=event.last)
            .find(|&i| i > event.first && self.is_preposition(i))
            .map_or(event.last, |p| p - 1);
        // "Ms. Carter's class trip": an owner named inside takes no "the".
        let owned = (event.first..head)
            .any(|i| !self.in_named_time(i) && self.t.get(i).is_some_and(|t| t.s_suffix));
        if owned {
            return Article::Keep;
        }
        let described = (event.first..head).any(|i| listed(ADJECTIVES, self.word(i)));
        if listed(NO_ARTICLE, self.word(head)) && !described {
            return Article::Keep;
        }
        let a_name =
            event.first == event.last && token.capital && !self.starts_sentence(event.first);
        match a_name {
            true => Article::Keep,
            false => Article::Add,
        }
    }

    fn starts_sentence(&self, i: usize) -> bool {
        i == 0
            || i.checked_sub(1)
                .and_then(|p| self.t.get(p))
                .is_some_and(|p| p.stop == Stop::Sentence)
    }

    /// Cut to fit a prompt: the longest part before a preposition that
    /// fits ("the first hockey game" of the season), else its last words.
    fn fit(&self, event: Event, article: Article) -> Event {
        let limit = EVENT_WORDS - usize::from(article == Article::Add);
        let owner = usize::from(event.owner.is_some());
        let words = |last: usize| last + 1 - event.first + owner;
        if words(event.last) <= limit {
            return event;
        }
        let cut = (event.first + 1..=event.last)
            .rev()
            .find(|&p| self.is_preposition(p) && words(p - 1) <= limit);
        match cut {
            Some(p) => Event {
                last: p - 1,
                ..event
            },
            None => Event {
                first: (event.last + 1).saturating_sub(limit).max(event.first),
                ..event
            },
        }
    }

    fn render(&self, event: Event) -> Option<String> {
        let article = self.article(&event);
        let event = self.fit(event, article);
        let from = event.first + usize::from(article == Article::Replace);
        let (first, last) = (self.t.get(from)?, self.t.get(event.last)?);
        let mut name = self.text.get(first.start..last.end)?;
        // "game's on Saturday": the event is the game; but "at Maya's" is a place.
        let next = event.last + 1;
        let is_on = self.in_phrase(next) || matches!(self.word(next), "on" | "this" | "next");
        let place = (from..event.last).any(|i| self.is_preposition(i));
        if last.s_suffix && event.last > from && is_on && !place {
            name = name
                .strip_suffix("'s")
                .or_else(|| name.strip_suffix("’s"))
                .unwrap_or(name);
        }
        // A sentence's capital goes ("Big game"), a name's stays ("Zoë's
        // exam", "Ms. Carter's", "PSAT", "Christmas").
        let lower = self.starts_sentence(from)
            && first.capital
            && !first.s_suffix
            && !matches!(
                first.word(),
                "christmas" | "xmas" | "halloween" | "new" | "valentine"
            )
            && !name.chars().nth(1).is_some_and(char::is_uppercase)
            && !self
                .t
                .get(from + 1)
                .is_some_and(|t| t.capital && from < event.last);
        let name = match lower {
            true => lower_first(name),
            false => name.to_string(),
        };
        let owner = event
            .owner
            .and_then(|o| self.t.get(o))
            .and_then(|o| self.text.get(o.start..o.end))
            .map(|o| format!("{} ", o.to_lowercase()))
            .unwrap_or_default();
        let the = if article == Article::Keep { "" } else { "the " };
        Some(format!("Ask about {the}{owner}{name}"))
    }

    /// The prompt for a follow-up read from `day`.
    pub(super) fn prompt(&self, day: &Phrase) -> String {
        let Some(at) = clause_of(self.clauses, day.first) else {
            return ASK_HOW_IT_WENT.to_string();
        };
        let event = match (day.modifier, self.clauses.get(at)) {
            (true, Some(clause)) => self.forwards(day.first, clause.last),
            (false, Some(clause)) => self.in_clause(clause, day).or_else(|| self.beside(at)),
            _ => None,
        };
        let named = || {
            names_a_time_off(self.word(day.first)).then_some(Event {
                first: day.first,
                last: day.last,
                owner: None,
            })
        };
        if let Some(prompt) = event.or_else(named).and_then(|e| self.render(e)) {
            return prompt;
        }
        let sentence = self.clauses.get(at).map_or(0, |c| c.sentence);
        match self.has_more_than(day, sentence) {
            true => self.quote(sentence),
            false => ASK_HOW_IT_WENT.to_string(),
        }
    }

    /// Whether the sentence says anything besides its day.
    fn has_more_than(&self, day: &Phrase, sentence: usize) -> bool {
        self.clauses
            .iter()
            .filter(|c| c.sentence == sentence)
            .flat_map(Clause::tokens)
            .filter(|&i| i < day.first || i > day.last)
            .any(|i| {
                let word = matches!(self.t.get(i).map(|t| &t.kind), Some(Kind::Word(_)));
                let small = listed(TRAILING, self.word(i))
                    || self.is_leading(i)
                    || self.is_determiner(i)
                    || self.is_preposition(i);
                !self.in_phrase(i) && (!word || !small)
            })
    }

    /// A short quote of a sentence, for a note whose event has no name:
    /// `Ask about “quiet today, didn't want to…”`.
    pub(super) fn quote(&self, sentence: usize) -> String {
        let mut words = self
            .clauses
            .iter()
            .filter(|c| c.sentence == sentence)
            .flat_map(Clause::tokens);
        let Some(first) = words.next() else {
            return ASK_HOW_IT_WENT.to_string();
        };
        let last = words.last().unwrap_or(first);
        let cut = last.min(first + QUOTE_WORDS - 1);
        let (Some(a), Some(b)) = (self.t.get(first), self.t.get(cut)) else {
            return ASK_HOW_IT_WENT.to_string();
        };
        let mut quoted = self.text.get(a.start..b.end).unwrap_or("");
        let mut more = cut < last;
        // A run of letters with no spaces still makes a short prompt.
        if let Some((at, _)) = quoted.char_indices().nth(QUOTE_CHARS) {
            quoted = quoted.get(..at).unwrap_or(quoted);
            more = true;
        }
        let more = if more { "…" } else { "" };
        format!("Ask about “{quoted}{more}”")
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
mod tests {
    use crate::domain::date_phrase::DateOrder;
    use crate::domain::reading::read_note;

    fn prompt(text: &str) -> String {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
        read_note(text, today, DateOrder::DayMonth).prompt
    }

    #[test]
    fn the_event_is_taken_from_the_clause_of_its_day() {
        #[rustfmt::skip]
        let cases = [
            ("Wore his jersey again. Big game on Saturday!", "Ask about the big game"),
            ("wore his jersey again, big game on saturday", "Ask about the big game"),
            ("Nervous about volleyball tryouts tomorrow", "Ask about the volleyball tryouts"),
            ("Mentioned there is a big game coming up.", "Ask about the big game"),
            ("He's got his cousin's wedding on the 12th", "Ask about his cousin's wedding"),
            ("grandma's visit this weekend", "Ask about grandma's visit"),
            ("Zoë's exam in two weeks", "Ask about Zoë's exam"),
            ("spelling test today", "Ask about the spelling test"),
            ("excited for the dance fri", "Ask about the dance"),
            ("Her audition is next Tuesday", "Ask about her audition"),
            ("Next week is her recital", "Ask about her recital"),
            ("Tomorrow she has a test.", "Ask about the test"),
            ("Tomorrow: dentist", "Ask about the dentist"),
            (
                "On Saturday, big game against the Tigers",
                "Ask about the big game against the Tigers",
            ),
            ("Saturday's match vs. the Eagles", "Ask about the match vs. the Eagles"),
            ("big game's on saturday", "Ask about the big game"),
            ("Sleepover at Maya's on Friday", "Ask about the sleepover at Maya's"),
            (
                "said there's a field trip to the aquarium next tuesday",
                "Ask about the field trip to the aquarium",
            ),
            ("first hockey game of the season saturday", "Ask about the first hockey game"),
            ("going camping this weekend.", "Ask about going camping"),
            ("Getting his cast off soon!!", "Ask about getting his cast off"),
            ("his upcoming trip to mexico", "Ask about his trip to mexico"),
            ("next time ask about her dog's surgery", "Ask about her dog's surgery"),
            ("was sick yesterday, back at practice Friday", "Ask about practice"),
            ("soccer practice tmrw", "Ask about soccer practice"),
            ("new school starts on the 5th", "Ask about the new school"),
            ("so excited for christmas", "Ask about christmas"),
            ("Fall break starts friday", "Ask about fall break"),
            ("Halloween party at school", "Ask about the Halloween party at school"),
            ("Ms. Carter's class trip Thursday", "Ask about Ms. Carter's class trip"),
            (
                "he told me his team made the finals and the game is on saturday",
                "Ask about the game",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(prompt(text), want, "{text}");
        }
    }

    #[test]
    fn without_an_event_the_note_is_quoted_or_asked_after() {
        #[rustfmt::skip]
        let cases = [
            ("Quiet today, didn't want to talk", "Ask about “Quiet today, didn't want to talk”"),
            (
                "Sat down next to Marco at lunch, first time",
                "Ask about “Sat down next to Marco at…”",
            ),
            ("Turns 12 tomorrow!", "Ask about “Turns 12 tomorrow”"),
            ("tomorrow", "Ask how it went"),
            ("Sat.", "Ask how it went"),
            ("", "Ask how they are doing"),
        ];
        for (text, want) in cases {
            assert_eq!(prompt(text), want, "{text}");
        }
        let long = prompt(&"a".repeat(500));
        assert!(long.chars().count() < 70, "{long}");
    }

    #[test]
    fn a_prompt_stays_short() {
        let text =
            "Going camping with his scout troop and all his friends from school next weekend";
        let words = prompt(text).split_whitespace().count();
        assert!(words <= 8, "{words} words");
    }
}
