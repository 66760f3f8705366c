//! Calendar files as RFC 5545 wants them: text escaped, lines folded at 75
//! octets without splitting a character, CRLF everywhere, one event per
//! follow-up with a day under a UID that stays the same across exports, and
//! no name unless the leader asked for names.

mod support;

use attune::domain::ics::{
    CalendarEvent, calendar, day_of, escape_text, event_of, fold_line, upcoming_events,
};
use attune::domain::{Due, FollowUpDraft, FollowUpId, Journal, KidId};
use chrono::{DateTime, NaiveDate, Utc};
use support::{at, journal_with_kid, run};

fn day(text: &str) -> NaiveDate {
    text.parse()
        .unwrap_or_else(|e| panic!("bad day {text}: {e}"))
}

fn stamp(text: &str) -> DateTime<Utc> {
    at(text).with_timezone(&Utc)
}

#[test]
fn text_values_are_escaped() {
    let cases = [
        ("Ask about the big game", "Ask about the big game"),
        ("won 3-1, face lit up", "won 3-1\\, face lit up"),
        ("soccer; chess", "soccer\\; chess"),
        ("back\\slash", "back\\\\slash"),
        ("one\ntwo", "one\\ntwo"),
        ("one\r\ntwo", "one\\ntwo"),
        ("one\rtwo", "one\\ntwo"),
        ("Zoë: ¿qué tal?", "Zoë: ¿qué tal?"),
        ("", ""),
    ];
    for (text, escaped) in cases {
        assert_eq!(escape_text(text), escaped, "{text:?}");
    }
}

/// The physical lines of a folded content line, without their CRLF.
fn physical(folded: &str) -> Vec<&str> {
    assert!(folded.ends_with("\r\n"), "{folded:?} does not end in CRLF");
    folded[..folded.len() - 2].split("\r\n").collect()
}

fn unfold(folded: &str) -> String {
    folded.trim_end_matches("\r\n").replace("\r\n ", "")
}

#[test]
fn long_lines_fold_at_75_octets_without_splitting_a_character() {
    let a74 = "a".repeat(74);
    let cases: Vec<(String, Vec<usize>)> = vec![
        // (line, octets of each physical line)
        ("a".repeat(75), vec![75]),
        ("a".repeat(76), vec![75, 2]),
        ("a".repeat(150), vec![75, 75, 2]),
        // A two-octet letter that would end at octet 76 moves down whole.
        (format!("{a74}é"), vec![74, 3]),
        (format!("{a74}a€"), vec![75, 4]),
        (format!("{a74}😀b"), vec![74, 6]),
        ("é".repeat(40), vec![74, 7]),
        (String::new(), vec![0]),
    ];
    for (line, octets) in cases {
        let folded = fold_line(&line);
        let lines = physical(&folded);
        let lengths: Vec<usize> = lines.iter().map(|l| l.len()).collect();
        assert_eq!(lengths, octets, "{line:?}");
        assert!(lines.iter().skip(1).all(|l| l.starts_with(' ')));
        assert_eq!(unfold(&folded), line);
    }
}

fn event(uid: &str, on: &str, summary: &str) -> CalendarEvent {
    CalendarEvent {
        uid: uid.into(),
        day: day(on),
        summary: summary.into(),
        description: "Open Attune to see what to ask.".into(),
    }
}

#[test]
fn a_file_is_crlf_throughout_with_one_event_and_alarm_per_follow_up() {
    let events = [
        event(
            "00000000000000d1@attune",
            "2026-12-05",
            "Attune: 1 follow-up",
        ),
        event(
            "00000000000000d2@attune",
            "2026-12-31",
            "Attune: 1 follow-up",
        ),
    ];
    let file = calendar(&events, 8, stamp("2026-12-02T22:05:09+00:00"));
    assert!(file.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    assert!(file.ends_with("END:VCALENDAR\r\n"));
    assert_eq!(file.matches('\n').count(), file.matches("\r\n").count());
    assert_eq!(file.matches("BEGIN:VEVENT\r\n").count(), 2);
    assert_eq!(file.matches("BEGIN:VALARM\r\n").count(), 2);
    for line in [
        "UID:00000000000000d1@attune",
        "DTSTAMP:20261202T220509Z",
        "DTSTART;VALUE=DATE:20261205",
        "DTEND;VALUE=DATE:20261206",
        "DTEND;VALUE=DATE:20270101",
        "SUMMARY:Attune: 1 follow-up",
        "TRIGGER:PT8H",
        "ACTION:DISPLAY",
    ] {
        assert!(file.contains(&format!("{line}\r\n")), "no {line} in {file}");
    }
    assert_eq!(
        calendar(&events, 7, stamp("2026-12-02T22:05:09+00:00"))
            .matches("TRIGGER:PT7H")
            .count(),
        2
    );
}

#[test]
fn a_long_summary_is_escaped_then_folded() {
    let long = "Zoë: ask how the recital went, and whether her grandmother came; she was nervous";
    let file = calendar(
        &[event("x@attune", "2026-12-05", long)],
        8,
        stamp("2026-12-02T22:00:00+00:00"),
    );
    for line in file.split("\r\n") {
        assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
    }
    let unfolded = file.replace("\r\n ", "");
    assert!(unfolded.contains(&format!("SUMMARY:{}\r\n", escape_text(long))));
}

const KID: KidId = KidId(1);

fn with_follow_up(id: u64, due: Due) -> Journal {
    let mut j = journal_with_kid("Marco", 1);
    let draft = FollowUpDraft {
        kid: KID,
        prompt: "Ask about the big game, Saturday".into(),
        due,
        from_note: None,
    };
    let planned = j.add_follow_up(FollowUpId(id), &draft, at("2026-12-01T16:00:00+00:00"));
    run(&mut j, planned);
    j
}

#[test]
fn events_say_nothing_of_the_kid_unless_names_are_asked_for() {
    let j = with_follow_up(0xd1, Due::FirstSeenOnOrAfter(day("2026-12-05")));
    let f = j.open_follow_ups().next().cloned();
    let f = f.unwrap_or_else(|| panic!("no follow-up"));
    let plain = event_of(&j, &f, false).unwrap_or_else(|| panic!("no event"));
    assert_eq!(plain.summary, "Attune: 1 follow-up");
    assert_eq!(plain.uid, "00000000000000d1@attune");
    assert_eq!(plain.day, day("2026-12-05"));
    let file = calendar(&[plain], 8, stamp("2026-12-02T22:00:00+00:00"));
    assert!(!file.contains("Marco") && !file.contains("big game"));

    let named = event_of(&j, &f, true).unwrap_or_else(|| panic!("no event"));
    assert_eq!(named.summary, "Marco: Ask about the big game, Saturday");
    assert_eq!(
        named.description,
        "The first time you see Marco from Sat 5 Dec."
    );
}

#[test]
fn only_open_follow_ups_with_a_day_still_ahead_become_events() {
    let cases = [
        (Due::OnDate(day("2026-12-05")), Some("2026-12-05")),
        (
            Due::FirstSeenOnOrAfter(day("2026-12-04")),
            Some("2026-12-04"),
        ),
        (Due::NextTimeSeen, None),
        // Today's is still ahead of its alarm; yesterday's is on Today already.
        (Due::OnDate(day("2026-12-03")), Some("2026-12-03")),
        (Due::OnDate(day("2026-12-02")), None),
    ];
    let today = day("2026-12-03");
    for (due, expected) in cases {
        let j = with_follow_up(0xd1, due);
        let days: Vec<NaiveDate> = upcoming_events(&j, today, false)
            .iter()
            .map(|e| e.day)
            .collect();
        assert_eq!(
            days,
            expected.map(day).into_iter().collect::<Vec<_>>(),
            "{due:?}"
        );
    }
    // A snooze moves its day; done, it is gone.
    let mut j = with_follow_up(0xd1, Due::OnDate(day("2026-12-05")));
    let planned = j.snooze_follow_up(FollowUpId(0xd1), day("2026-12-09"));
    run(&mut j, planned);
    let f = j.follow_up(FollowUpId(0xd1)).cloned();
    assert_eq!(f.as_ref().and_then(day_of), Some(day("2026-12-09")));
    let planned = j.complete_follow_up(FollowUpId(0xd1), None, at("2026-12-03T10:00:00+00:00"));
    run(&mut j, planned);
    assert!(upcoming_events(&j, today, true).is_empty());
}

#[test]
fn the_same_follow_ups_export_the_same_events_apart_from_the_stamp() {
    let j = with_follow_up(0xd1, Due::OnDate(day("2026-12-05")));
    let today = day("2026-12-03");
    let first = calendar(
        &upcoming_events(&j, today, false),
        8,
        stamp("2026-12-03T08:00:00+00:00"),
    );
    let again = calendar(
        &upcoming_events(&j, today, false),
        8,
        stamp("2026-12-04T09:30:00+00:00"),
    );
    let without_stamp = |file: &str| {
        file.split("\r\n")
            .filter(|l| !l.starts_with("DTSTAMP:"))
            .collect::<Vec<_>>()
            .join("\r\n")
    };
    assert_ne!(first, again);
    assert_eq!(without_stamp(&first), without_stamp(&again));
}
