//! The words that name days, months and counts, in the spellings leaders type.

use chrono::Weekday;

use super::tokens::{Kind, Token};

/// A weekday, and whether it was a short form ("sat", "thurs") that is also
/// an ordinary word or needs its context to be read as a day.
pub(crate) fn weekday(word: &str) -> Option<(Weekday, bool)> {
    let full = match word {
        "monday" | "mondy" => Weekday::Mon,
        "tuesday" | "tusday" | "tuseday" | "teusday" => Weekday::Tue,
        "wednesday" | "wensday" | "wendsday" | "wedensday" | "wednsday" | "wednesay" => {
            Weekday::Wed
        }
        "thursday" | "thrusday" | "thurday" | "thursdy" => Weekday::Thu,
        "friday" | "fridy" => Weekday::Fri,
        "saturday" | "saterday" | "satuday" | "saturdy" => Weekday::Sat,
        "sunday" | "sundy" => Weekday::Sun,
        _ => {
            let short = match word {
                "mon" => Weekday::Mon,
                "tue" | "tues" => Weekday::Tue,
                "wed" | "weds" => Weekday::Wed,
                "thu" | "thur" | "thurs" => Weekday::Thu,
                "fri" => Weekday::Fri,
                "sat" => Weekday::Sat,
                "sun" => Weekday::Sun,
                _ => return None,
            };
            return Some((short, true));
        }
    };
    Some((full, false))
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A month's number from its name or a three-letter form ("sept" too).
pub(crate) fn month(word: &str) -> Option<u32> {
    let index = MONTHS
        .iter()
        .position(|m| *m == word)
        .or_else(|| match word {
            "sept" => Some(8),
            w if w.len() == 3 => MONTHS.iter().position(|m| m.starts_with(w)),
            _ => None,
        })?;
    u32::try_from(index + 1).ok()
}

/// A month written out in full, which can stand alone ("in march") without
/// being mistaken for a short word.
pub(crate) fn full_month(word: &str) -> Option<u32> {
    let index = MONTHS.iter().position(|m| *m == word)?;
    u32::try_from(index + 1).ok()
}

/// A count written as digits or a word: "3", "three", "a".
pub(crate) fn small_number(token: Option<&Token>) -> Option<u32> {
    const WORDS: [&str; 12] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
    ];
    match &token?.kind {
        Kind::Number(n) => Some(*n),
        Kind::Word(w) if w == "a" || w == "an" => Some(1),
        Kind::Word(w) => WORDS
            .iter()
            .position(|x| x == w)
            .and_then(|i| u32::try_from(i + 1).ok()),
        _ => None,
    }
}

pub(crate) fn is_tomorrow(word: &str) -> bool {
    matches!(
        word,
        "tomorrow"
            | "tmrw"
            | "tmr"
            | "tmw"
            | "tmrrw"
            | "tomorow"
            | "tommorow"
            | "tommorrow"
            | "tomorrw"
            | "tomoro"
            | "tomoz"
    )
}

pub(crate) fn is_today(word: &str) -> bool {
    matches!(word, "today" | "tonight" | "tonite" | "todays")
}

/// A part of a day that goes with the day before it: "fri night".
pub(crate) fn part_of_day(word: &str) -> bool {
    matches!(
        word,
        "morning" | "afternoon" | "evening" | "night" | "arvo" | "nite" | "am" | "pm"
    )
}

pub(crate) fn is_weekend(word: &str) -> bool {
    matches!(word, "weekend" | "wknd" | "wkend")
}

/// The unit of "in 3 days", in days, when the word is one.
pub(crate) fn unit_days(word: &str) -> Option<u64> {
    match word {
        "day" | "days" => Some(1),
        "week" | "weeks" | "wk" | "wks" => Some(7),
        _ => None,
    }
}

/// Words that say a "the 2nd" is a position, not a day of the month.
pub(crate) fn counts_a_position(word: &str) -> bool {
    matches!(
        word,
        "place"
            | "round"
            | "grade"
            | "time"
            | "times"
            | "half"
            | "floor"
            | "try"
            | "goal"
            | "period"
            | "quarter"
            | "birthday"
            | "anniversary"
            | "inning"
            | "set"
            | "game"
            | "match"
            | "lap"
            | "attempt"
            | "question"
            | "person"
            | "one"
            | "kid"
            | "book"
            | "level"
            | "class"
            | "spot"
            | "seed"
            | "year"
            | "week"
            | "day"
            | "row"
            | "team"
            | "chapter"
            | "verse"
            | "step"
            | "hole"
            | "base"
    )
}

/// Words that join a sentence rather than name a thing: what follows a
/// holiday's name when the holiday is not a modifier ("christmas was hard").
pub(crate) fn is_function_word(word: &str) -> bool {
    matches!(
        word,
        "" | "is"
            | "was"
            | "are"
            | "were"
            | "be"
            | "been"
            | "and"
            | "or"
            | "but"
            | "so"
            | "with"
            | "at"
            | "for"
            | "to"
            | "in"
            | "on"
            | "of"
            | "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "it"
            | "his"
            | "her"
            | "their"
            | "my"
            | "our"
            | "has"
            | "had"
            | "have"
            | "will"
            | "went"
            | "from"
            | "by"
            | "after"
            | "before"
            | "until"
            | "till"
            | "when"
            | "because"
            | "as"
            | "again"
            | "too"
            | "though"
    )
}

/// Words that can open a day phrase. A note is read on every keystroke, and
/// most of its words are none of these, so they are passed over at once.
#[rustfmt::skip]
const OPENERS: &[&str] = &[
    "a", "after", "an", "any", "apr", "april", "aug", "august", "autumn", "before", "chrismas",
    "christmas", "christmass", "comin", "coming", "day", "dec", "december", "earlier", "easter",
    "eight", "eleven", "end", "fall", "feb", "february", "five", "four", "fri", "friday", "fridy",
    "half", "halloween", "in", "jan", "january", "jul", "july", "jun", "june", "last", "later",
    "mar", "march", "may", "mon", "monday", "mondy", "new", "next", "nine", "nov", "november",
    "nye", "oct", "october", "on", "one", "over", "sat", "saterday", "satuday", "saturday",
    "saturdy", "sep", "sept", "september", "seven", "six", "soon", "soonish", "spring", "summer",
    "sun", "sunday", "sundy", "ten", "teusday", "thanksgiving", "the", "this", "three", "thrusday",
    "thu", "thur", "thurday", "thurs", "thursday", "thursdy", "tmr", "tmrrw", "tmrw", "tmw",
    "today", "todays", "tommorow", "tommorrow", "tomoro", "tomorow", "tomorrow", "tomorrw",
    "tomoz", "tonight", "tonite", "tue", "tues", "tuesday", "tusday", "tuseday", "twelve", "two",
    "upcoming", "valentine", "valentines", "wed", "wedensday", "wednesay", "wednesday", "wednsday",
    "weds", "wendsday", "wensday", "winter", "xmas", "yday", "yest", "yesterday", "yesterdy",
];

pub(crate) fn opens_a_phrase(word: &str) -> bool {
    OPENERS.binary_search(&word).is_ok()
}
