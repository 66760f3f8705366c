//! Finding a date phrase inside a note ("big game on Saturday!") and
//! resolving it against `today`.
//!
//! The date crates that exist parse a whole string that is already a date;
//! none finds one inside a sentence or reads "in three days" or "the 12th",
//! so the finding and resolving are written here. A phrase without a year
//! means its next occurrence from today on.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
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

#[derive(Debug, Clone, PartialEq)]
enum Kind {
    Word(String),
    Number(u32),
    Ordinal(u32),
    /// Digits separated by '/' or '-': 12/3, 12/3/2027, 2027-03-12.
    Numeric(Vec<u32>, char),
}

#[derive(Debug, Clone)]
struct Token {
    kind: Kind,
    start: usize,
    end: usize,
    /// Punctuation such as . , ! ? follows, or the text ends here.
    ends_clause: bool,
}

fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens: Vec<Token> = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if c.is_alphabetic() {
            let mut j = i;
            while j < chars.len()
                && (chars[j].1.is_alphabetic() || chars[j].1 == '\'' || chars[j].1 == '’')
            {
                j += 1;
            }
            let end = chars.get(j).map_or(text.len(), |(b, _)| *b);
            let raw = text[start..end].to_lowercase();
            let word = raw
                .trim_end_matches("'s")
                .trim_end_matches("’s")
                .trim_end_matches(['\'', '’']);
            tokens.push(Token {
                kind: Kind::Word(word.to_string()),
                start,
                end,
                ends_clause: false,
            });
            i = j;
        } else if c.is_ascii_digit() {
            let mut j = i;
            while j < chars.len()
                && (chars[j].1.is_ascii_alphanumeric() || chars[j].1 == '/' || chars[j].1 == '-')
            {
                j += 1;
            }
            let end = chars.get(j).map_or(text.len(), |(b, _)| *b);
            if let Some(kind) = number_kind(&text[start..end]) {
                tokens.push(Token {
                    kind,
                    start,
                    end,
                    ends_clause: false,
                });
            } else {
                tokens.push(Token {
                    kind: Kind::Word(String::new()),
                    start,
                    end,
                    ends_clause: false,
                });
            }
            i = j;
        } else {
            if matches!(c, '.' | ',' | '!' | '?' | ';' | ':' | ')' | '(')
                && let Some(last) = tokens.last_mut()
            {
                last.ends_clause = true;
            }
            i += 1;
        }
    }
    if let Some(last) = tokens.last_mut() {
        last.ends_clause = true;
    }
    tokens
}

fn number_kind(raw: &str) -> Option<Kind> {
    let lower = raw.to_ascii_lowercase();
    for sep in ['/', '-'] {
        if lower.contains(sep) {
            let parts: Option<Vec<u32>> = lower.split(sep).map(|p| p.parse().ok()).collect();
            return parts
                .filter(|p| (2..=3).contains(&p.len()))
                .map(|p| Kind::Numeric(p, sep));
        }
    }
    let digits_end = lower
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(lower.len());
    let n: u32 = lower[..digits_end].parse().ok()?;
    match &lower[digits_end..] {
        "" => Some(Kind::Number(n)),
        "st" | "nd" | "rd" | "th" => Some(Kind::Ordinal(n)),
        _ => None,
    }
}

fn weekday(word: &str) -> Option<(Weekday, bool)> {
    let full = [
        ("monday", Weekday::Mon),
        ("tuesday", Weekday::Tue),
        ("wednesday", Weekday::Wed),
        ("thursday", Weekday::Thu),
        ("friday", Weekday::Fri),
        ("saturday", Weekday::Sat),
        ("sunday", Weekday::Sun),
    ];
    if let Some((_, day)) = full.iter().find(|(name, _)| *name == word) {
        return Some((*day, false));
    }
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
    Some((short, true))
}

fn month(word: &str) -> Option<u32> {
    const NAMES: [&str; 12] = [
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
    let index = NAMES
        .iter()
        .position(|m| *m == word)
        .or_else(|| match word {
            "sept" => Some(8),
            w if w.len() == 3 => NAMES.iter().position(|m| m.starts_with(w)),
            _ => None,
        })?;
    Some(index as u32 + 1)
}

fn small_number(token: &Token) -> Option<u32> {
    const WORDS: [&str; 12] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
    ];
    match &token.kind {
        Kind::Number(n) => Some(*n),
        Kind::Word(w) if w == "a" || w == "an" => Some(1),
        Kind::Word(w) => WORDS.iter().position(|x| x == w).map(|i| i as u32 + 1),
        _ => None,
    }
}

fn word(tokens: &[Token], i: usize) -> &str {
    match tokens.get(i).map(|t| &t.kind) {
        Some(Kind::Word(w)) => w,
        _ => "",
    }
}

/// The first date phrase in `text`, resolved against `today`.
pub fn find_date(text: &str, today: NaiveDate, order: DateOrder) -> Option<FoundDate> {
    let tokens = tokenize(text);
    (0..tokens.len()).find_map(|i| {
        let (date, last) = match_at(&tokens, i, today, order)?;
        Some(FoundDate {
            date,
            start: tokens[i].start,
            end: tokens[last].end,
        })
    })
}

/// A phrase starting at token `i`: its date and the index of its last token.
fn match_at(
    t: &[Token],
    i: usize,
    today: NaiveDate,
    order: DateOrder,
) -> Option<(NaiveDate, usize)> {
    match &t[i].kind {
        Kind::Numeric(parts, sep) => {
            numeric(parts, *sep, word(t, i + 1), today, order).map(|d| (d, i))
        }
        Kind::Ordinal(day) => {
            // "3rd of December", "3rd December"
            let of = usize::from(word(t, i + 1) == "of");
            if let Some(m) = month(word(t, i + 1 + of)) {
                let (date, last) = with_year(t, i + 1 + of, m, *day, today)?;
                return Some((date, last));
            }
            None
        }
        Kind::Number(day) => {
            let m = month(word(t, i + 1))?;
            with_year(t, i + 1, m, *day, today)
        }
        Kind::Word(w) => word_phrase(t, i, w, today),
    }
}

fn word_phrase(t: &[Token], i: usize, w: &str, today: NaiveDate) -> Option<(NaiveDate, usize)> {
    let next = word(t, i + 1);
    match w {
        "today" | "tonight" => return Some((today, i)),
        "tomorrow" | "tmrw" => return Some((today + Days::new(1), i)),
        "this" if matches!(next, "morning" | "afternoon" | "evening") => {
            return Some((today, i + 1));
        }
        "this" if next == "weekend" => return Some((this_weekend(today), i + 1)),
        "next" if next == "weekend" => return Some((next_week_day(today, Weekday::Sat), i + 1)),
        "next" if next == "week" => return Some((next_monday(today), i + 1)),
        "in" => return in_n(t, i, today),
        "the" | "on" => return ordinal_day(t, i, today),
        _ => {}
    }
    if let Some(m) = month(w) {
        // "Dec 3", "December 3rd", "Dec. 3, 2027"
        let day = match t.get(i + 1).map(|x| &x.kind) {
            Some(Kind::Number(d) | Kind::Ordinal(d)) => *d,
            _ => return None,
        };
        return with_year(t, i, m, day, today).map(|(date, last)| (date, last.max(i + 1)));
    }
    if matches!(w, "this" | "next" | "coming") {
        let (day, _) = weekday(next)?;
        let date = match w {
            "next" => next_week_day(today, day),
            _ => on_or_after(today, day),
        };
        return Some((date, i + 1));
    }
    let (day, short) = weekday(w)?;
    if short && !short_form_is_a_day(t, i) {
        return None;
    }
    Some((after(today, day), i))
}

/// "sat", "sun" and friends are ordinary words too ("sat down", "the sun"):
/// they count as days only after a word that introduces a day, or at the
/// end of a clause when no subject comes before them ("big game sat").
fn short_form_is_a_day(t: &[Token], i: usize) -> bool {
    let previous = if i == 0 { "" } else { word(t, i - 1) };
    if matches!(
        previous,
        "on" | "by" | "until" | "till" | "before" | "from" | "this" | "next" | "coming"
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
    );
    let part_of_day = matches!(
        word(t, i + 1),
        "night" | "morning" | "afternoon" | "evening"
    );
    (t[i].ends_clause || part_of_day) && !subject
}

/// "in 3 days", "in two weeks", "in a week".
fn in_n(t: &[Token], i: usize, today: NaiveDate) -> Option<(NaiveDate, usize)> {
    let n = small_number(t.get(i + 1)?)?;
    if !(1..=12).contains(&n) && !matches!(t[i + 1].kind, Kind::Number(_)) {
        return None;
    }
    let days = match word(t, i + 2) {
        "day" | "days" => u64::from(n),
        "week" | "weeks" => u64::from(n) * 7,
        _ => return None,
    };
    Some((today + Days::new(days), i + 2))
}

/// "the 12th", "on the 12th", "on 12th", "the 3rd of December".
fn ordinal_day(t: &[Token], i: usize, today: NaiveDate) -> Option<(NaiveDate, usize)> {
    let at = if word(t, i) == "on" && word(t, i + 1) == "the" {
        i + 2
    } else {
        i + 1
    };
    let Some(Kind::Ordinal(day)) = t.get(at).map(|x| &x.kind) else {
        return None;
    };
    let of = usize::from(word(t, at + 1) == "of");
    if let Some(m) = month(word(t, at + 1 + of)) {
        return with_year(t, at + 1 + of, m, *day, today);
    }
    if matches!(
        word(t, at + 1),
        "place"
            | "round"
            | "grade"
            | "time"
            | "half"
            | "floor"
            | "try"
            | "goal"
            | "period"
            | "quarter"
    ) {
        return None;
    }
    next_day_of_month(today, *day).map(|d| (d, at))
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
        return NaiveDate::from_ymd_opt(*y as i32, m, day).map(|d| (d, k));
    }
    next_month_day(today, m, day).map(|d| (d, month_at))
}

fn numeric(
    parts: &[u32],
    sep: char,
    after_word: &str,
    today: NaiveDate,
    order: DateOrder,
) -> Option<NaiveDate> {
    if sep == '-' {
        // Only the ISO form: 2027-03-12.
        let [y, m, d] = parts else { return None };
        return (*y >= 1000)
            .then(|| NaiveDate::from_ymd_opt(*y as i32, *m, *d))
            .flatten();
    }
    let (a, b) = (parts[0], parts[1]);
    let (day, m) = match order {
        DateOrder::DayMonth => (a, b),
        DateOrder::MonthDay => (b, a),
    };
    match parts.get(2) {
        // "3/4 of a pizza" is a fraction, not the 3rd of April.
        None if after_word == "of" => None,
        Some(&y) => {
            let year = if y < 100 { 2000 + y } else { y };
            NaiveDate::from_ymd_opt(year as i32, m, day)
        }
        None => next_month_day(today, m, day),
    }
}

/// The next date from today on with this month and day (29 February waits
/// for a leap year).
fn next_month_day(today: NaiveDate, m: u32, day: u32) -> Option<NaiveDate> {
    if !(1..=12).contains(&m) || !(1..=31).contains(&day) {
        return None;
    }
    (0..8)
        .filter_map(|k| NaiveDate::from_ymd_opt(today.year() + k, m, day))
        .find(|d| *d >= today)
}

/// The next date from today on that falls on this day of a month.
fn next_day_of_month(today: NaiveDate, day: u32) -> Option<NaiveDate> {
    if !(1..=31).contains(&day) {
        return None;
    }
    let first = today.with_day(1)?;
    (0..12)
        .filter_map(|k| first.checked_add_months(Months::new(k))?.with_day(day))
        .find(|d| *d >= today)
}

/// The next `day` strictly after today.
fn after(today: NaiveDate, day: Weekday) -> NaiveDate {
    on_or_after(today + Days::new(1), day)
}

fn on_or_after(today: NaiveDate, day: Weekday) -> NaiveDate {
    let ahead = (7 + day.num_days_from_monday() - today.weekday().num_days_from_monday()) % 7;
    today + Days::new(u64::from(ahead))
}

fn next_monday(today: NaiveDate) -> NaiveDate {
    after(today, Weekday::Mon)
}

/// "next Saturday": that day in the week after this one (weeks start Monday).
fn next_week_day(today: NaiveDate, day: Weekday) -> NaiveDate {
    on_or_after(next_monday(today), day)
}

/// Saturday of this weekend; on a Sunday, today.
fn this_weekend(today: NaiveDate) -> NaiveDate {
    match today.weekday() {
        Weekday::Sun => today,
        _ => on_or_after(today, Weekday::Sat),
    }
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
