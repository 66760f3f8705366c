//! Day phrases told from today, and the vague ones: "tomorrow", "in a couple
//! of days", "next week", "the weekend of the 20th", "end of the month",
//! "christmas", "coming up", "last night".

use chrono::{Datelike, NaiveDate, Weekday};

use super::calendar::{
    after, first_of_next_month, last_of_month, next_day_of_month, next_monday, next_month_day,
    next_week_day, on_or_after, plus_days, plus_months, this_weekend, weekend_of,
};
use super::month_days::day_of_month;
use super::phrase::{Phrase, Sense, When, on, phrase, previous_word, word};
use super::tokens::{Kind, Token};
use super::words::{
    full_month, is_function_word, is_today, is_tomorrow, is_weekend, part_of_day, small_number,
    unit_days, weekday,
};

/// The longest stretch "in N days" may name: ten years.
const MAX_DAYS_AHEAD: u64 = 3660;

fn past(first: usize, last: usize) -> Option<Phrase> {
    phrase(first, last, When::Past, Sense::Tense)
}

fn soon(first: usize, last: usize, sense: Sense) -> Option<Phrase> {
    phrase(first, last, When::Soon, sense)
}

/// 1 when the word after `i` is a part of the day ("fri night"), else 0.
fn with_part_of_day(t: &[Token], i: usize) -> usize {
    usize::from(part_of_day(word(t, i + 1)))
}

/// A phrase starting with the word `w` at `i`, other than a month's or a
/// weekday's name.
pub(crate) fn word_phrase(t: &[Token], i: usize, w: &str, today: NaiveDate) -> Option<Phrase> {
    let next = word(t, i + 1);
    if is_today(w) {
        return phrase(i, i, When::On(today), Sense::Today);
    }
    if is_tomorrow(w) {
        let last = i + with_part_of_day(t, i);
        return on(i, last, plus_days(today, 1), Sense::Ahead);
    }
    match w {
        "yesterday" | "yday" | "yest" | "yesterdy" => past(i, i + with_part_of_day(t, i)),
        "earlier" => past(i, i + usize::from(is_today(next))),
        "later" => later(t, i, today),
        "this" => this_phrase(t, i, today),
        "next" => next_phrase(t, i, today),
        "last" => last_phrase(t, i),
        "the" => the_phrase(t, i, i, today),
        "on" if next == "the" => the_phrase(t, i, i + 1, today),
        "on" => match t.get(i + 1)?.kind {
            Kind::Ordinal(day) => day_of_month(t, i, i + 1, day, today),
            _ => None,
        },
        "in" => in_phrase(t, i, today),
        "end" => end_phrase(t, i, i, today),
        "day" if next == "after" && is_tomorrow(word(t, i + 2)) => {
            on(i, i + 2, plus_days(today, 2), Sense::Ahead)
        }
        "coming" | "comin" if next == "up" => soon(i, i + 1, Sense::Ahead),
        "upcoming" | "soon" | "soonish" => soon(i, i, Sense::Ahead),
        "before" if next == "long" => soon(i, i + 1, Sense::Ahead),
        "any" if next == "day" && word(t, i + 2) == "now" => soon(i, i + 2, Sense::Ahead),
        "after" | "over" => after_the_break(t, i),
        _ => counted_from(t, i, today)
            .or_else(|| holiday(t, i, today))
            .or_else(|| season_break(t, i)),
    }
}

/// "later today", "later this week", "later in the month".
fn later(t: &[Token], i: usize, today: NaiveDate) -> Option<Phrase> {
    let span = matches!(word(t, i + 2), "week" | "month" | "year" | "term");
    match word(t, i + 1) {
        n if is_today(n) => phrase(i, i + 1, When::On(today), Sense::Today),
        "this" if span => soon(i, i + 2, Sense::Ahead),
        "in" if word(t, i + 2) == "the" && matches!(word(t, i + 3), "week" | "month" | "year") => {
            soon(i, i + 3, Sense::Ahead)
        }
        _ => None,
    }
}

fn this_phrase(t: &[Token], i: usize, today: NaiveDate) -> Option<Phrase> {
    let next = word(t, i + 1);
    match next {
        // A note is written after the session, so this morning has gone.
        "morning" => past(i, i + 1),
        "afternoon" | "evening" | "arvo" => phrase(i, i + 1, When::On(today), Sense::Today),
        "week" | "wk" | "month" | "summer" | "spring" | "fall" | "autumn" | "winter" | "term"
        | "semester" => soon(i, i + 1, Sense::Tense),
        "past" => {
            let unit = word(t, i + 2);
            let named = is_weekend(unit)
                || weekday(unit).is_some()
                || matches!(unit, "week" | "month" | "summer" | "year");
            past(i, i + 1 + usize::from(named))
        }
        "coming" => {
            let unit = word(t, i + 2);
            if is_weekend(unit) {
                return on(i, i + 2, this_weekend(today), Sense::Ahead);
            }
            let (day, _) = weekday(unit)?;
            let last = i + 2 + with_part_of_day(t, i + 2);
            on(i, last, on_or_after(today, day), Sense::Ahead)
        }
        n if is_weekend(n) => on(i, i + 1, this_weekend(today), Sense::Tense),
        n => {
            let (day, _) = weekday(n)?;
            let last = i + 1 + with_part_of_day(t, i + 1);
            on(i, last, on_or_after(today, day), Sense::Ahead)
        }
    }
}

fn next_phrase(t: &[Token], i: usize, today: NaiveDate) -> Option<Phrase> {
    match word(t, i + 1) {
        "week" | "wk" => on(i, i + 1, next_monday(today), Sense::Ahead),
        "month" => on(i, i + 1, first_of_next_month(today), Sense::Ahead),
        // The next time the leader sees the kid.
        "time" | "session" | "sesh" | "group" | "class" | "meeting" => soon(i, i + 1, Sense::Ahead),
        n if is_weekend(n) => on(i, i + 1, next_week_day(today, Weekday::Sat), Sense::Ahead),
        n => {
            let (day, _) = weekday(n)?;
            let last = i + 1 + with_part_of_day(t, i + 1);
            on(i, last, next_week_day(today, day), Sense::Ahead)
        }
    }
}

/// "last night", "last week", "last Saturday": gone, and read as such so
/// their day name is not taken for the next one.
fn last_phrase(t: &[Token], i: usize) -> Option<Phrase> {
    let n = word(t, i + 1);
    if weekday(n).is_some() {
        return past(i, i + 1 + with_part_of_day(t, i + 1));
    }
    let gone = is_weekend(n)
        || full_month(n).is_some()
        || matches!(
            n,
            "night"
                | "nite"
                | "week"
                | "wk"
                | "month"
                | "year"
                | "season"
                | "summer"
                | "winter"
                | "spring"
                | "fall"
                | "autumn"
                | "term"
                | "semester"
                | "time"
                | "session"
                | "christmas"
                | "halloween"
                | "easter"
                | "couple"
                | "few"
        );
    gone.then_some(())?;
    past(i, i + 1)
}

/// A phrase opened by "the" at `the_at`, starting at `first` ("on the 12th").
fn the_phrase(t: &[Token], first: usize, the_at: usize, today: NaiveDate) -> Option<Phrase> {
    let at = the_at + 1;
    let (w, next) = (word(t, at), word(t, at + 1));
    match w {
        "day" if next == "after" && is_tomorrow(word(t, at + 2)) => {
            on(first, at + 2, plus_days(today, 2), Sense::Ahead)
        }
        "week" if next == "after" && word(t, at + 2) == "next" => {
            let monday = next_monday(today).and_then(|d| plus_days(d, 7));
            on(first, at + 2, monday, Sense::Ahead)
        }
        "other" if next == "day" => past(first, at + 1),
        "end" => end_phrase(t, first, at, today),
        w if is_weekend(w) => weekend_phrase(t, first, at, today),
        _ => match t.get(at)?.kind {
            Kind::Ordinal(day) => day_of_month(t, first, at, day, today),
            _ => None,
        },
    }
}

/// "the weekend", "the weekend of the 20th" (its Saturday).
fn weekend_phrase(t: &[Token], first: usize, at: usize, today: NaiveDate) -> Option<Phrase> {
    if word(t, at + 1) == "of" {
        let k = at + 2 + usize::from(word(t, at + 2) == "the");
        if let Some(Kind::Ordinal(day) | Kind::Number(day)) = t.get(k).map(|x| &x.kind) {
            let saturday = next_day_of_month(today, *day).and_then(|d| weekend_of(d, today));
            return on(first, k, saturday, Sense::Tense);
        }
    }
    on(first, at, this_weekend(today), Sense::Tense)
}

/// "in 3 days", "in two weeks", "in a couple of days", "in a few weeks",
/// "in 2 months", "in march".
fn in_phrase(t: &[Token], i: usize, today: NaiveDate) -> Option<Phrase> {
    let mut k = i + 1;
    if let Some(m) = full_month(word(t, k)) {
        return match m == today.month() {
            true => soon(i, k, Sense::Tense),
            false => on(i, k, next_month_day(today, m, 1), Sense::Tense),
        };
    }
    if word(t, k) == "the" && word(t, k + 1) == "coming" {
        return soon(i, k + 2, Sense::Ahead);
    }
    if word(t, k) == "the" && word(t, k + 1) == "next" {
        k += 2;
    }
    let w = word(t, k);
    let (count, mut unit_at) = if matches!(w, "couple" | "few")
        || (w == "a" && matches!(word(t, k + 1), "couple" | "few"))
    {
        let at = k + usize::from(w == "a");
        (if word(t, at) == "couple" { 2 } else { 3 }, at + 1)
    } else {
        (small_number(t.get(k))?, k + 1)
    };
    if word(t, unit_at) == "of" {
        unit_at += 1;
    }
    let unit = word(t, unit_at);
    if let Some(days) = unit_days(unit) {
        let total = u64::from(count)
            .checked_mul(days)
            .filter(|d| *d <= MAX_DAYS_AHEAD)?;
        return on(i, unit_at, plus_days(today, total), Sense::Ahead);
    }
    if matches!(unit, "month" | "months" | "mths") && count <= 120 {
        return on(i, unit_at, plus_months(today, count), Sense::Ahead);
    }
    None
}

/// "end of the month", "end of month", "the end of the week", "end of next week".
fn end_phrase(t: &[Token], first: usize, at: usize, today: NaiveDate) -> Option<Phrase> {
    if word(t, at + 1) != "of" {
        return None;
    }
    let k = at + 2 + usize::from(matches!(word(t, at + 2), "the" | "this"));
    match word(t, k) {
        "month" => on(first, k, last_of_month(today), Sense::Tense),
        "week" | "wk" => on(first, k, on_or_after(today, Weekday::Fri), Sense::Tense),
        "year" => on(
            first,
            k,
            NaiveDate::from_ymd_opt(today.year(), 12, 31),
            Sense::Tense,
        ),
        "next" => match word(t, k + 1) {
            "week" => on(
                first,
                k + 1,
                next_week_day(today, Weekday::Fri),
                Sense::Ahead,
            ),
            "month" => {
                let end = first_of_next_month(today).and_then(last_of_month);
                on(first, k + 1, end, Sense::Ahead)
            }
            _ => None,
        },
        "term" | "semester" | "season" => soon(first, k, Sense::Tense),
        _ => None,
    }
}

/// "a week from Friday", "two weeks from now", "3 days from today", "a week
/// on Friday", "a week tomorrow".
pub(crate) fn counted_from(t: &[Token], i: usize, today: NaiveDate) -> Option<Phrase> {
    let count = small_number(t.get(i))?;
    let days = unit_days(word(t, i + 1))?;
    let total = u64::from(count)
        .checked_mul(days)
        .filter(|d| *d <= MAX_DAYS_AHEAD)?;
    let (from, last) = match word(t, i + 2) {
        "from" | "on" => {
            let k = i + 3;
            let anchor = word(t, k);
            match anchor {
                "now" | "today" => (today, k),
                a if is_tomorrow(a) => (plus_days(today, 1)?, k),
                a => (after(today, weekday(a)?.0)?, k + with_part_of_day(t, k)),
            }
        }
        w if is_tomorrow(w) => (plus_days(today, 1)?, i + 2),
        _ => return None,
    };
    on(i, last, plus_days(from, total), Sense::Ahead)
}

/// Christmas, New Year, Halloween and Valentine's Day, when they stand for a
/// time ("for christmas") or, weakly, name an event ("the halloween party").
fn holiday(t: &[Token], i: usize, today: NaiveDate) -> Option<Phrase> {
    let next = word(t, i + 1);
    let (m, d, last) = match word(t, i) {
        "christmas" | "xmas" | "chrismas" | "christmass" => match next {
            "eve" => (12, 24, i + 1),
            "day" => (12, 25, i + 1),
            _ => (12, 25, i),
        },
        "nye" => (12, 31, i),
        "new" if matches!(next, "year" | "years") => match word(t, i + 2) {
            "eve" => (12, 31, i + 2),
            "day" => (1, 1, i + 2),
            _ => (1, 1, i + 1),
        },
        "halloween" => (10, 31, i),
        "valentine" | "valentines" => (2, 14, i + usize::from(next == "day")),
        _ => return None,
    };
    if matches!(
        word(t, last + 1),
        "break" | "holidays" | "holiday" | "hols" | "vacation" | "vacay"
    ) {
        return soon(i, last + 1, Sense::Tense);
    }
    let before = previous_word(t, i);
    let mut day = next_month_day(today, m, d);
    if before == "after" {
        day = day.and_then(|d| plus_days(d, 1));
    }
    let stands_for_a_time = matches!(
        before,
        "for"
            | "at"
            | "on"
            | "over"
            | "until"
            | "till"
            | "til"
            | "before"
            | "by"
            | "this"
            | "around"
            | "after"
    ) || t.get(last).is_some_and(Token::ends_clause);
    if stands_for_a_time {
        return on(i, last, day, Sense::Tense);
    }
    let names_a_thing =
        matches!(t.get(last + 1).map(|x| &x.kind), Some(Kind::Word(n)) if !is_function_word(n));
    let mut found = on(i, last, day, Sense::Tense).filter(|_| names_a_thing)?;
    found.modifier = true;
    Some(found)
}

/// "winter break", "spring break", "half term": a time ahead without a day.
fn season_break(t: &[Token], i: usize) -> Option<Phrase> {
    let season = matches!(
        word(t, i),
        "winter" | "spring" | "summer" | "fall" | "autumn" | "easter" | "thanksgiving" | "half"
    );
    let rest = matches!(
        word(t, i + 1),
        "break" | "holidays" | "hols" | "vacation" | "term"
    );
    (season && rest).then_some(())?;
    soon(i, i + 1, Sense::Tense)
}

/// "after the break", "over the holidays", "after break".
fn after_the_break(t: &[Token], i: usize) -> Option<Phrase> {
    let k = i + 1 + usize::from(word(t, i + 1) == "the");
    match word(t, k) {
        "break" | "holidays" | "hols" | "vacation" | "vacay" => soon(i, k, Sense::Tense),
        _ => None,
    }
}
