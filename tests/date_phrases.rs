//! Date phrases found in notes, each resolved at five todays: the start of a
//! month (Tue 1 Dec 2026), the end of a month that is a Saturday (Sat 31 Jan
//! 2026), the end of a year (Thu 31 Dec 2026), a leap day (Tue 29 Feb 2028)
//! and a Saturday asked about "Saturday" (Sat 5 Dec 2026).

use attune::domain::date_phrase::{DateOrder, find_date};
use chrono::NaiveDate;

const TODAYS: [&str; 5] = [
    "2026-12-01",
    "2026-01-31",
    "2026-12-31",
    "2028-02-29",
    "2026-12-05",
];

#[rustfmt::skip]
const PHRASES: &[(&str, [Option<&str>; 5])] = &[
    ("today", [Some("2026-12-01"), Some("2026-01-31"), Some("2026-12-31"), Some("2028-02-29"), Some("2026-12-05")]),
    ("Big game TODAY!", [Some("2026-12-01"), Some("2026-01-31"), Some("2026-12-31"), Some("2028-02-29"), Some("2026-12-05")]),
    ("tonight's concert", [Some("2026-12-01"), Some("2026-01-31"), Some("2026-12-31"), Some("2028-02-29"), Some("2026-12-05")]),
    ("Recital this evening", [Some("2026-12-01"), Some("2026-01-31"), Some("2026-12-31"), Some("2028-02-29"), Some("2026-12-05")]),
    ("tomorrow", [Some("2026-12-02"), Some("2026-02-01"), Some("2027-01-01"), Some("2028-03-01"), Some("2026-12-06")]),
    ("Tomorrow, she has a test.", [Some("2026-12-02"), Some("2026-02-01"), Some("2027-01-01"), Some("2028-03-01"), Some("2026-12-06")]),
    ("tmrw: bring the ball", [Some("2026-12-02"), Some("2026-02-01"), Some("2027-01-01"), Some("2028-03-01"), Some("2026-12-06")]),
    ("going camping this weekend.", [Some("2026-12-05"), Some("2026-01-31"), Some("2027-01-02"), Some("2028-03-04"), Some("2026-12-05")]),
    ("THIS WEEKEND", [Some("2026-12-05"), Some("2026-01-31"), Some("2027-01-02"), Some("2028-03-04"), Some("2026-12-05")]),
    ("Cousins visiting next weekend", [Some("2026-12-12"), Some("2026-02-07"), Some("2027-01-09"), Some("2028-03-11"), Some("2026-12-12")]),
    ("next week", [Some("2026-12-07"), Some("2026-02-02"), Some("2027-01-04"), Some("2028-03-06"), Some("2026-12-07")]),
    ("Next week is her recital", [Some("2026-12-07"), Some("2026-02-02"), Some("2027-01-04"), Some("2028-03-06"), Some("2026-12-07")]),
    ("saturday", [Some("2026-12-05"), Some("2026-02-07"), Some("2027-01-02"), Some("2028-03-04"), Some("2026-12-12")]),
    ("Big game on Saturday", [Some("2026-12-05"), Some("2026-02-07"), Some("2027-01-02"), Some("2028-03-04"), Some("2026-12-12")]),
    ("big game on Saturday!", [Some("2026-12-05"), Some("2026-02-07"), Some("2027-01-02"), Some("2028-03-04"), Some("2026-12-12")]),
    ("Saturday's match vs. the Eagles", [Some("2026-12-05"), Some("2026-02-07"), Some("2027-01-02"), Some("2028-03-04"), Some("2026-12-12")]),
    ("game sat", [Some("2026-12-05"), Some("2026-02-07"), Some("2027-01-02"), Some("2028-03-04"), Some("2026-12-12")]),
    ("tryouts on sat at 10", [Some("2026-12-05"), Some("2026-02-07"), Some("2027-01-02"), Some("2028-03-04"), Some("2026-12-12")]),
    ("Sat.", [Some("2026-12-05"), Some("2026-02-07"), Some("2027-01-02"), Some("2028-03-04"), Some("2026-12-12")]),
    ("monday", [Some("2026-12-07"), Some("2026-02-02"), Some("2027-01-04"), Some("2028-03-06"), Some("2026-12-07")]),
    ("Mon", [Some("2026-12-07"), Some("2026-02-02"), Some("2027-01-04"), Some("2028-03-06"), Some("2026-12-07")]),
    ("dentist on tues", [Some("2026-12-08"), Some("2026-02-03"), Some("2027-01-05"), Some("2028-03-07"), Some("2026-12-08")]),
    ("Wed: field trip", [Some("2026-12-02"), Some("2026-02-04"), Some("2027-01-06"), Some("2028-03-01"), Some("2026-12-09")]),
    ("thursday", [Some("2026-12-03"), Some("2026-02-05"), Some("2027-01-07"), Some("2028-03-02"), Some("2026-12-10")]),
    ("Thurs!", [Some("2026-12-03"), Some("2026-02-05"), Some("2027-01-07"), Some("2028-03-02"), Some("2026-12-10")]),
    ("by thu", [Some("2026-12-03"), Some("2026-02-05"), Some("2027-01-07"), Some("2028-03-02"), Some("2026-12-10")]),
    ("fri night sleepover", [Some("2026-12-04"), Some("2026-02-06"), Some("2027-01-01"), Some("2028-03-03"), Some("2026-12-11")]),
    ("Friday", [Some("2026-12-04"), Some("2026-02-06"), Some("2027-01-01"), Some("2028-03-03"), Some("2026-12-11")]),
    ("sunday lunch at grandma's", [Some("2026-12-06"), Some("2026-02-01"), Some("2027-01-03"), Some("2028-03-05"), Some("2026-12-06")]),
    ("back on sun", [Some("2026-12-06"), Some("2026-02-01"), Some("2027-01-03"), Some("2028-03-05"), Some("2026-12-06")]),
    ("this saturday", [Some("2026-12-05"), Some("2026-01-31"), Some("2027-01-02"), Some("2028-03-04"), Some("2026-12-05")]),
    ("this sat", [Some("2026-12-05"), Some("2026-01-31"), Some("2027-01-02"), Some("2028-03-04"), Some("2026-12-05")]),
    ("This Tuesday we start", [Some("2026-12-01"), Some("2026-02-03"), Some("2027-01-05"), Some("2028-02-29"), Some("2026-12-08")]),
    ("next saturday", [Some("2026-12-12"), Some("2026-02-07"), Some("2027-01-09"), Some("2028-03-11"), Some("2026-12-12")]),
    ("next Tuesday", [Some("2026-12-08"), Some("2026-02-03"), Some("2027-01-05"), Some("2028-03-07"), Some("2026-12-08")]),
    ("this coming friday", [Some("2026-12-04"), Some("2026-02-06"), Some("2027-01-01"), Some("2028-03-03"), Some("2026-12-11")]),
    ("party next sun", [Some("2026-12-13"), Some("2026-02-08"), Some("2027-01-10"), Some("2028-03-12"), Some("2026-12-13")]),
    ("in 3 days", [Some("2026-12-04"), Some("2026-02-03"), Some("2027-01-03"), Some("2028-03-03"), Some("2026-12-08")]),
    ("in three days", [Some("2026-12-04"), Some("2026-02-03"), Some("2027-01-03"), Some("2028-03-03"), Some("2026-12-08")]),
    ("in 12 days", [Some("2026-12-13"), Some("2026-02-12"), Some("2027-01-12"), Some("2028-03-12"), Some("2026-12-17")]),
    ("in twelve days", [Some("2026-12-13"), Some("2026-02-12"), Some("2027-01-12"), Some("2028-03-12"), Some("2026-12-17")]),
    ("in 1 day", [Some("2026-12-02"), Some("2026-02-01"), Some("2027-01-01"), Some("2028-03-01"), Some("2026-12-06")]),
    ("in a week", [Some("2026-12-08"), Some("2026-02-07"), Some("2027-01-07"), Some("2028-03-07"), Some("2026-12-12")]),
    ("In two weeks!", [Some("2026-12-15"), Some("2026-02-14"), Some("2027-01-14"), Some("2028-03-14"), Some("2026-12-19")]),
    ("in 2 weeks", [Some("2026-12-15"), Some("2026-02-14"), Some("2027-01-14"), Some("2028-03-14"), Some("2026-12-19")]),
    ("In Ten Days.", [Some("2026-12-11"), Some("2026-02-10"), Some("2027-01-10"), Some("2028-03-10"), Some("2026-12-15")]),
    ("exam in eleven days", [Some("2026-12-12"), Some("2026-02-11"), Some("2027-01-11"), Some("2028-03-11"), Some("2026-12-16")]),
    ("in 5 weeks", [Some("2027-01-05"), Some("2026-03-07"), Some("2027-02-04"), Some("2028-04-04"), Some("2027-01-09")]),
    ("in an hour", [None, None, None, None, None]),
    ("the 12th", [Some("2026-12-12"), Some("2026-02-12"), Some("2027-01-12"), Some("2028-03-12"), Some("2026-12-12")]),
    ("on the 12th", [Some("2026-12-12"), Some("2026-02-12"), Some("2027-01-12"), Some("2028-03-12"), Some("2026-12-12")]),
    ("On 12th", [Some("2026-12-12"), Some("2026-02-12"), Some("2027-01-12"), Some("2028-03-12"), Some("2026-12-12")]),
    ("the 1st", [Some("2026-12-01"), Some("2026-02-01"), Some("2027-01-01"), Some("2028-03-01"), Some("2027-01-01")]),
    ("the 31st", [Some("2026-12-31"), Some("2026-01-31"), Some("2026-12-31"), Some("2028-03-31"), Some("2026-12-31")]),
    ("on the 29th", [Some("2026-12-29"), Some("2026-03-29"), Some("2027-01-29"), Some("2028-02-29"), Some("2026-12-29")]),
    ("moving house on the 30th.", [Some("2026-12-30"), Some("2026-03-30"), Some("2027-01-30"), Some("2028-03-30"), Some("2026-12-30")]),
    ("Dec 3", [Some("2026-12-03"), Some("2026-12-03"), Some("2027-12-03"), Some("2028-12-03"), Some("2027-12-03")]),
    ("December 3", [Some("2026-12-03"), Some("2026-12-03"), Some("2027-12-03"), Some("2028-12-03"), Some("2027-12-03")]),
    ("December 3rd", [Some("2026-12-03"), Some("2026-12-03"), Some("2027-12-03"), Some("2028-12-03"), Some("2027-12-03")]),
    ("3 December", [Some("2026-12-03"), Some("2026-12-03"), Some("2027-12-03"), Some("2028-12-03"), Some("2027-12-03")]),
    ("3rd December", [Some("2026-12-03"), Some("2026-12-03"), Some("2027-12-03"), Some("2028-12-03"), Some("2027-12-03")]),
    ("3rd of December", [Some("2026-12-03"), Some("2026-12-03"), Some("2027-12-03"), Some("2028-12-03"), Some("2027-12-03")]),
    ("the 3rd of December", [Some("2026-12-03"), Some("2026-12-03"), Some("2027-12-03"), Some("2028-12-03"), Some("2027-12-03")]),
    ("dec. 3", [Some("2026-12-03"), Some("2026-12-03"), Some("2027-12-03"), Some("2028-12-03"), Some("2027-12-03")]),
    ("Jan 15", [Some("2027-01-15"), Some("2027-01-15"), Some("2027-01-15"), Some("2029-01-15"), Some("2027-01-15")]),
    ("feb 29", [Some("2028-02-29"), Some("2028-02-29"), Some("2028-02-29"), Some("2028-02-29"), Some("2028-02-29")]),
    ("February 29th", [Some("2028-02-29"), Some("2028-02-29"), Some("2028-02-29"), Some("2028-02-29"), Some("2028-02-29")]),
    ("29 Feb", [Some("2028-02-29"), Some("2028-02-29"), Some("2028-02-29"), Some("2028-02-29"), Some("2028-02-29")]),
    ("Sept 9", [Some("2027-09-09"), Some("2026-09-09"), Some("2027-09-09"), Some("2028-09-09"), Some("2027-09-09")]),
    ("sep 9", [Some("2027-09-09"), Some("2026-09-09"), Some("2027-09-09"), Some("2028-09-09"), Some("2027-09-09")]),
    ("March 4", [Some("2027-03-04"), Some("2026-03-04"), Some("2027-03-04"), Some("2028-03-04"), Some("2027-03-04")]),
    ("may 2", [Some("2027-05-02"), Some("2026-05-02"), Some("2027-05-02"), Some("2028-05-02"), Some("2027-05-02")]),
    ("June 30", [Some("2027-06-30"), Some("2026-06-30"), Some("2027-06-30"), Some("2028-06-30"), Some("2027-06-30")]),
    ("1 Jan", [Some("2027-01-01"), Some("2027-01-01"), Some("2027-01-01"), Some("2029-01-01"), Some("2027-01-01")]),
    ("Dec 3 2027", [Some("2027-12-03"), Some("2027-12-03"), Some("2027-12-03"), Some("2027-12-03"), Some("2027-12-03")]),
    ("3 December 2027", [Some("2027-12-03"), Some("2027-12-03"), Some("2027-12-03"), Some("2027-12-03"), Some("2027-12-03")]),
    ("December 3rd, 2027", [Some("2027-12-03"), Some("2027-12-03"), Some("2027-12-03"), Some("2027-12-03"), Some("2027-12-03")]),
    ("2027-03-12", [Some("2027-03-12"), Some("2027-03-12"), Some("2027-03-12"), Some("2027-03-12"), Some("2027-03-12")]),
    ("5/12/2027", [Some("2027-12-05"), Some("2027-12-05"), Some("2027-12-05"), Some("2027-12-05"), Some("2027-12-05")]),
    ("5/12/27", [Some("2027-12-05"), Some("2027-12-05"), Some("2027-12-05"), Some("2027-12-05"), Some("2027-12-05")]),
    ("12/3", [Some("2027-03-12"), Some("2026-03-12"), Some("2027-03-12"), Some("2028-03-12"), Some("2027-03-12")]),
    ("recital 31/12", [Some("2026-12-31"), Some("2026-12-31"), Some("2026-12-31"), Some("2028-12-31"), Some("2026-12-31")]),
    ("29/2", [Some("2028-02-29"), Some("2028-02-29"), Some("2028-02-29"), Some("2028-02-29"), Some("2028-02-29")]),
    ("sat down quietly", [None, None, None, None, None]),
    ("I sat.", [None, None, None, None, None]),
    ("he sat on the bench", [None, None, None, None, None]),
    ("Sat with Zoë at lunch", [None, None, None, None, None]),
    ("may I join?", [None, None, None, None, None]),
    ("march on", [None, None, None, None, None]),
    ("the sun was out", [None, None, None, None, None]),
    ("came 2nd in the race", [None, None, None, None, None]),
    ("in the 2nd round", [None, None, None, None, None]),
    ("scored 3 goals", [None, None, None, None, None]),
    ("saturdays are fun", [None, None, None, None, None]),
    ("in 20 minutes", [None, None, None, None, None]),
    ("ate 3/4 of a pizza", [None, None, None, None, None]),
    ("wedding", [None, None, None, None, None]),
    ("hockey", [None, None, None, None, None]),
    ("December", [None, None, None, None, None]),
    ("loves the month of march", [None, None, None, None, None]),
    ("", [None, None, None, None, None]),
    ("quiet today? no, just tired", [Some("2026-12-01"), Some("2026-01-31"), Some("2026-12-31"), Some("2028-02-29"), Some("2026-12-05")]),
];

fn date(text: &str) -> NaiveDate {
    text.parse().unwrap_or_else(|e| panic!("{text}: {e}"))
}

#[test]
fn every_phrase_resolves_as_expected_at_every_today() {
    assert!(PHRASES.len() >= 80);
    let mut wrong = Vec::new();
    for (text, expected) in PHRASES {
        for (today, want) in TODAYS.iter().zip(expected) {
            let got = find_date(text, date(today), DateOrder::DayMonth).map(|f| f.date);
            if got != want.map(date) {
                wrong.push(format!("{text:?} on {today}: got {got:?}, want {want:?}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn the_phrase_is_located_in_the_text() {
    let text = "Big game on Saturday! Ask after.";
    let found = find_date(text, date("2026-12-01"), DateOrder::DayMonth);
    assert_eq!(found.map(|f| &text[f.start..f.end]), Some("Saturday"));
    let text = "Recital on the 3rd of December, nervous";
    let found = find_date(text, date("2026-12-01"), DateOrder::DayMonth);
    assert_eq!(
        found.map(|f| &text[f.start..f.end]),
        Some("on the 3rd of December")
    );
    let text = "Zoë's exam in two weeks";
    let found = find_date(text, date("2026-12-01"), DateOrder::DayMonth);
    assert_eq!(found.map(|f| &text[f.start..f.end]), Some("in two weeks"));
}

#[test]
fn numeric_dates_follow_the_chosen_order() {
    let today = date("2026-12-01");
    let day_month = find_date("party 5/12", today, DateOrder::DayMonth).map(|f| f.date);
    let month_day = find_date("party 5/12", today, DateOrder::MonthDay).map(|f| f.date);
    assert_eq!(day_month, Some(date("2026-12-05")));
    assert_eq!(month_day, Some(date("2027-05-12")));
    assert_eq!(find_date("13/13", today, DateOrder::DayMonth), None);
}

#[test]
fn the_first_phrase_wins() {
    let found = find_date(
        "tomorrow or saturday",
        date("2026-12-01"),
        DateOrder::DayMonth,
    );
    assert_eq!(found.map(|f| f.date), Some(date("2026-12-02")));
}

#[test]
fn a_follow_up_prompt_is_suggested_from_the_note() {
    let today = date("2026-12-01");
    let cases = [
        ("Big game on Saturday", "Ask about the big game"),
        ("big game on Saturday!", "Ask about the big game"),
        ("Recital on the 3rd of December", "Ask about the recital"),
        ("Zoë's exam in two weeks", "Ask about Zoë's exam"),
        ("going camping this weekend.", "Ask about going camping"),
        ("Her audition is next Tuesday", "Ask about her audition"),
        ("Tomorrow: dentist", "Ask about the dentist"),
        ("tomorrow", "Ask how it went"),
    ];
    for (text, want) in cases {
        let reading = attune::domain::reading::read_note(text, today, DateOrder::DayMonth);
        assert_eq!(reading.prompt, want, "{text}");
    }
}
