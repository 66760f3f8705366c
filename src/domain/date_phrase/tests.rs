//! The day phrases read in notes, each at Tuesday 1 December 2026.

use chrono::NaiveDate;

use super::DateOrder;
use super::days::{scan, scan_with};
use super::phrase::{Sense, When};
use super::tokens::tokenize;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap_or_else(|e| panic!("{text}: {e}"))
}

/// The first phrase in `text`: its words, what it names, how sure it is.
fn first_phrase(text: &str, order: DateOrder) -> Option<(String, When, Sense)> {
    let tokens = tokenize(text);
    let phrase = scan(&tokens, day("2026-12-01"), order).into_iter().next()?;
    let words = text.get(tokens[phrase.first].start..tokens[phrase.last].end)?;
    Some((words.to_string(), phrase.when, phrase.sense))
}

#[test]
fn phrases_are_found_and_resolved() {
    use Sense::{Ahead, Tense, Today};
    let on = |d: &str| When::On(day(d));
    #[rustfmt::skip]
    let cases = [
        ("Big game on Saturday!", "Saturday", on("2026-12-05"), Tense),
        ("tmr", "tmr", on("2026-12-02"), Ahead),
        ("test tomorow", "tomorow", on("2026-12-02"), Ahead),
        ("tommorow night", "tommorow night", on("2026-12-02"), Ahead),
        ("tommorrow", "tommorrow", on("2026-12-02"), Ahead),
        ("2morrow big day", "2morrow", on("2026-12-02"), Ahead),
        ("quiz thurs", "thurs", on("2026-12-03"), Tense),
        ("weds: trip", "weds", on("2026-12-02"), Tense),
        ("dentist on tues", "tues", on("2026-12-08"), Tense),
        ("wensday", "wensday", on("2026-12-02"), Tense),
        ("party this wknd", "this wknd", on("2026-12-05"), Tense),
        ("camping the weekend", "the weekend", on("2026-12-05"), Tense),
        ("move in a couple of days", "in a couple of days", on("2026-12-03"), Ahead),
        ("in a couple days", "in a couple days", on("2026-12-03"), Ahead),
        ("back in a few days", "in a few days", on("2026-12-04"), Ahead),
        ("in a few weeks", "in a few weeks", on("2026-12-22"), Ahead),
        ("results in 2 wks", "in 2 wks", on("2026-12-15"), Ahead),
        ("in 3 months", "in 3 months", on("2027-03-01"), Ahead),
        ("a week from Friday", "a week from Friday", on("2026-12-11"), Ahead),
        ("two weeks from now", "two weeks from now", on("2026-12-15"), Ahead),
        ("a week tomorrow", "a week tomorrow", on("2026-12-09"), Ahead),
        ("the day after tomorrow", "the day after tomorrow", on("2026-12-03"), Ahead),
        ("exams the week after next", "the week after next", on("2026-12-14"), Ahead),
        ("court Monday the 22nd", "Monday the 22nd", on("2026-12-22"), Tense),
        ("Sat 12th: gala", "Sat 12th", on("2026-12-12"), Tense),
        ("Friday 18 Dec", "Friday 18 Dec", on("2026-12-18"), Tense),
        ("the weekend of the 20th", "the weekend of the 20th", on("2026-12-19"), Tense),
        ("next week", "next week", on("2026-12-07"), Ahead),
        ("end of the month", "end of the month", on("2026-12-31"), Tense),
        ("report cards end of month", "end of month", on("2026-12-31"), Tense),
        ("by the end of the week", "the end of the week", on("2026-12-04"), Tense),
        ("next month", "next month", on("2027-01-01"), Ahead),
        ("moving in March", "in March", on("2027-03-01"), Tense),
        ("camp Jan 4-8", "Jan 4-8", on("2027-01-04"), Tense),
        ("December 3rd", "December 3rd", on("2026-12-03"), Tense),
        ("on the 3rd of Jan", "on the 3rd of Jan", on("2027-01-03"), Tense),
        ("party 4/2", "4/2", on("2027-02-04"), Tense),
        ("wedding 12/19", "12/19", on("2026-12-19"), Tense),
        ("for christmas", "christmas", on("2026-12-25"), Tense),
        ("after christmas", "christmas", on("2026-12-26"), Tense),
        ("new year's eve", "new year's eve", on("2026-12-31"), Tense),
        ("match tonight", "tonight", on("2026-12-01"), Today),
        ("recital this evening", "this evening", on("2026-12-01"), Today),
        ("later today", "later today", on("2026-12-01"), Today),
    ];
    for (text, words, when, sense) in cases {
        let want = Some((words.to_string(), when, sense));
        assert_eq!(first_phrase(text, DateOrder::DayMonth), want, "{text}");
    }
}

#[test]
fn vague_and_past_phrases_name_no_day() {
    use Sense::{Ahead, Tense};
    #[rustfmt::skip]
    let cases = [
        ("big game coming up", "coming up", When::Soon, Ahead),
        ("upcoming surgery", "upcoming", When::Soon, Ahead),
        ("moving soon", "soon", When::Soon, Ahead),
        ("ask next time", "next time", When::Soon, Ahead),
        ("later this month", "later this month", When::Soon, Ahead),
        ("spelling bee this week", "this week", When::Soon, Tense),
        ("after the break", "after the break", When::Soon, Tense),
        ("christmas break", "christmas break", When::Soon, Tense),
        ("half term", "half term", When::Soon, Tense),
        ("was sick yesterday", "yesterday", When::Past, Tense),
        ("last night", "last night", When::Past, Tense),
        ("won last Saturday", "last Saturday", When::Past, Tense),
        ("cried this morning", "this morning", When::Past, Tense),
        ("the other day", "the other day", When::Past, Tense),
        ("this past weekend", "this past weekend", When::Past, Tense),
    ];
    for (text, words, when, sense) in cases {
        let want = Some((words.to_string(), when, sense));
        assert_eq!(first_phrase(text, DateOrder::DayMonth), want, "{text}");
    }
}

#[test]
fn ordinary_words_are_not_days() {
    for text in [
        "sat down next to Marco",
        "the sun was out",
        "may I join",
        "march on",
        "came 2nd place",
        "the 3rd round",
        "ate 3/4 of a pizza",
        "got 8/10 on the test",
        "wedding",
        "hockey",
        "has practice every tuesday",
        "goes to sunday school",
        "plays on saturdays",
        "christmas was hard",
        "says halloween is his favourite",
        "in a minute",
        "a couple of days ago",
        "13/13",
    ] {
        assert_eq!(first_phrase(text, DateOrder::DayMonth), None, "{text}");
    }
}

#[test]
fn numeric_dates_follow_the_order_chosen() {
    let month_first = first_phrase("party 4/2", DateOrder::MonthDay);
    assert_eq!(
        month_first.map(|(_, when, _)| when),
        Some(When::On(day("2027-04-02")))
    );
}

#[test]
fn a_holiday_naming_a_thing_is_only_a_modifier() {
    let tokens = tokenize("halloween party friday");
    let found = scan(&tokens, day("2026-09-30"), DateOrder::DayMonth);
    assert_eq!(found.len(), 2);
    assert!(found[0].modifier && !found[1].modifier);
}

#[test]
fn no_phrase_overflows_the_calendar() {
    for text in [
        "in 4000000000 days",
        "in 4294967295 weeks",
        "in 4294967295 months",
        "4294967295 weeks from friday",
        "the 4294967295th",
        "Dec 4294967295",
        "4294967295/4294967295/4294967295",
        "9999-12-31 tomorrow next week in 3 days",
    ] {
        for today in [NaiveDate::MIN, NaiveDate::MAX, day("2026-12-31")] {
            let _ = scan(&tokenize(text), today, DateOrder::MonthDay);
        }
    }
}

#[test]
fn passing_over_ordinary_words_misses_no_phrase() {
    let corpus = include_str!("../../../tests/fixtures/capture-corpus.txt");
    let notes = corpus.lines().filter_map(|line| line.split(" | ").nth(1));
    let extra = [
        "a week from friday",
        "two weeks from now",
        "day after tomorrow",
        "half term",
        "new years eve",
        "valentine's day",
        "any day now",
        "before long",
        "later today",
        "comin up",
        "over the break",
        "end of next month",
        "Mon 7th",
        "sept 9",
        "tomoz",
    ];
    let mut read = 0;
    for text in notes.chain(extra) {
        let tokens = tokenize(text);
        for today in [day("2026-12-01"), day("2027-02-28")] {
            let gated = scan(&tokens, today, DateOrder::DayMonth);
            let every_word = scan_with(&tokens, today, DateOrder::DayMonth, |_| true);
            assert_eq!(gated, every_word, "{text}");
        }
        read += 1;
    }
    assert!(read > 400);
}
