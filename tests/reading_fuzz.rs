//! Whatever a leader types, reading it never panics, the day phrase it
//! points at is a slice of the text, and the prompt is never empty and at
//! most eight words.
#![cfg(not(target_arch = "wasm32"))]

use attune::domain::date_phrase::DateOrder;
use attune::domain::reading::read_note;
use chrono::{Days, NaiveDate};
use proptest::prelude::*;

/// Pieces that the reader looks at, so random notes reach its corners.
const PIECES: &[&str] = &[
    "sat",
    "Saturday",
    "tmrw",
    "the",
    "12th",
    "3/4",
    "12/19",
    "of",
    "in",
    "a",
    "couple",
    "few",
    "days",
    "weeks",
    "’s",
    "'s",
    "Zoë",
    "🎉",
    "“",
    "”",
    ",",
    ".",
    "!",
    " ",
    " ",
    " ",
    "\n",
    " - ",
    "next",
    "week",
    "last",
    "christmas",
    "new",
    "year",
    "eve",
    "2026-13-45",
    "99999999999",
    "4294967295",
    "é",
    "İ",
    "ß",
    "٣",
    "today",
    "tonight",
    "quiet",
    "game",
    "big",
    "was",
    "coming",
    "up",
    "weekend",
    "end",
    "month",
    "from",
    "friday",
    "day",
    "after",
    "tomorrow",
    "his",
    "at",
    "Maya's",
    "going",
    "to",
    "vs.",
    "break",
    "soon",
    "upcoming",
    "won",
    "has",
    "is",
    "on",
];

fn note_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..48).prop_map(|v| v.concat())
}

fn words(prompt: &str) -> usize {
    prompt
        .split_whitespace()
        .filter(|w| w.chars().any(|c| c.is_alphabetic() || c.is_ascii_digit()))
        .count()
}

fn check(text: &str, offset: u64, back: bool) -> Result<(), TestCaseError> {
    let base = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
    let today = match back {
        true => base.checked_sub_days(Days::new(offset)),
        false => base.checked_add_days(Days::new(offset)),
    }
    .unwrap_or(base);
    for order in [DateOrder::DayMonth, DateOrder::MonthDay] {
        let reading = read_note(text, today, order);
        prop_assert!(reading.prompt.starts_with("Ask "), "{:?}", reading.prompt);
        prop_assert!(words(&reading.prompt) <= 8, "{:?}", reading.prompt);
        if let Some(range) = reading.phrase.clone() {
            prop_assert!(text.get(range).is_some_and(|p| !p.is_empty()));
        }
        prop_assert_eq!(reading.phrase.is_some(), reading.due.is_some());
    }
    Ok(())
}

proptest! {
    #[test]
    fn any_text_is_read_safely(text in any::<String>(), offset in 0u64..40_000, back: bool) {
        check(&text, offset, back)?;
    }

    #[test]
    fn note_like_text_is_read_safely(text in note_like(), offset in 0u64..40_000, back: bool) {
        check(&text, offset, back)?;
    }
}

#[test]
fn the_calendar_edges_are_read_safely() {
    for today in [NaiveDate::MIN, NaiveDate::MAX] {
        for text in [
            "tomorrow",
            "next week",
            "in 3 days",
            "christmas party",
            "Dec 31",
            "31/12/9999",
        ] {
            let reading = read_note(text, today, DateOrder::DayMonth);
            assert!(!reading.prompt.is_empty());
        }
    }
}
