//! A restore holds every rule the app holds: each broken entry of a backup
//! is named, with why; the rest comes in without it, or, mostly broken, the
//! file is refused. Both ways in: replacing everything, and adding.

mod support;

use attune::domain::rules::{Broken, Choice, Link, Text};
use attune::domain::{EntityKind, EntityRef, Journal, JournalError, KidId};
use attune::persist::{Backup, BackupError, Problem, merge_plan, parse_backup};
use serde_json::{Value, json};
use support::records::{file, follow_up, group, hex, kid, note, session, sound, with};
use support::{journal_with_kid, soundness, today};

fn read(records: &[Value]) -> Backup {
    parse_backup(&file(records)).unwrap_or_else(|e| panic!("the format is sound: {e}"))
}

/// What replacing everything with these records leaves out; the journal it
/// brings must be sound, and hold every entry not left out.
fn replaced(records: &[Value]) -> (Journal, Vec<Problem>) {
    let backup = read(records);
    let entries = backup.entry_count();
    let vetted = backup.vet_replace(today());
    let restored = backup
        .replacement(today())
        .unwrap_or_else(|e| panic!("refused: {e}"));
    assert_eq!(restored.vetting, vetted, "the preview said what happens");
    assert_eq!(soundness(&restored.journal), Ok(()));
    let left_out = restored.vetting.left_out();
    assert_eq!(restored.journal.entities().count(), entries - left_out);
    (restored.journal, restored.vetting.problems)
}

/// What adding these records to `here` leaves out; the journal it makes
/// must be sound and keep everything that was here as it was.
fn added(here: &Journal, records: &[Value]) -> (Journal, Vec<Problem>) {
    let plan = merge_plan(here, &read(records), today());
    let mut merged = here.clone();
    merged.apply(plan.changes.clone());
    assert_eq!(soundness(&merged), Ok(()));
    for entity in here.entities() {
        let kept = merged
            .entities()
            .find(|e| e.entity_ref() == entity.entity_ref());
        let kept = kept.unwrap_or_else(|| panic!("{:?} kept", entity.entity_ref()));
        // A kid here gains the newest note the file brings about them.
        if let (attune::domain::Entity::Kid(a), attune::domain::Entity::Kid(b)) = (&kept, &entity) {
            assert_eq!(a.first_name, b.first_name);
        } else {
            assert_eq!(kept, entity);
        }
    }
    (merged, plan.vetting.problems)
}

fn problem(entry: usize, reason: Broken, after: Option<usize>) -> Problem {
    Problem {
        entry,
        reason,
        after,
    }
}

#[test]
fn a_sound_file_comes_in_whole_both_ways() {
    let (journal, problems) = replaced(&sound());
    assert_eq!(problems, vec![]);
    assert_eq!(journal.entities().count(), 7);
    let (merged, problems) = added(&journal_with_kid("Ana", 0x99), &sound());
    assert_eq!(problems, vec![]);
    assert_eq!(merged.entities().count(), 8);
}

#[test]
fn a_name_of_three_million_characters_is_left_out_with_what_is_about_them() {
    let mut records = sound();
    records.push(kid(0xb3, &"x".repeat(3_000_000)));
    records.push(note(0xc3, &[0xb3], "Quiet today"));
    records.push(follow_up(0xd3, 0xb3, "Ask how it went"));
    let too_long = Broken::TooLong {
        text: Text::Name,
        chars: 3_000_000,
    };
    let expected = vec![
        problem(7, too_long, None),
        problem(8, missing(Link::NoteKid, 0xb3), Some(7)),
        problem(9, missing(Link::FollowUpKid, 0xb3), Some(7)),
    ];
    let (journal, problems) = replaced(&records);
    assert_eq!(problems, expected);
    assert!(journal.kid(KidId(0xb3)).is_none());
    assert_eq!(journal.note_count(), 2);
    let (merged, problems) = added(&journal_with_kid("Ana", 0x99), &records);
    assert_eq!(problems, expected);
    assert!(merged.kid(KidId(0xb3)).is_none());
}

fn missing(link: Link, id: u64) -> Broken {
    let kind = EntityKind::Kid;
    let target = EntityRef { kind, id };
    Broken::Missing { link, target }
}

#[test]
fn an_empty_name_or_nickname_is_left_out() {
    for (record, why) in [
        (kid(0xb3, ""), JournalError::NameMissing),
        (kid(0xb3, "   "), JournalError::NameMissing),
        (
            with(kid(0xb3, "Sam"), "nickname", json!(" ")),
            JournalError::NameMissing,
        ),
        (group(0xa2, " "), JournalError::GroupNameMissing),
    ] {
        let mut records = sound();
        records.push(record);
        let (_, problems) = replaced(&records);
        assert_eq!(problems[0], problem(7, Broken::Refused(why.clone()), None));
        let (_, added) = added(&Journal::default(), &records);
        assert_eq!(added[0], problems[0]);
    }
}

#[test]
fn a_note_of_two_megabytes_is_left_out_and_so_are_tags_not_in_its_text() {
    let two_mb = "a".repeat(2 * 1024 * 1024);
    let mut records = sound();
    records.push(note(0xc3, &[0xb1], &two_mb));
    records.push(with(note(0xc4, &[0xb1], "hi"), "tags", json!([two_mb])));
    records.push(note(0xc5, &[0xb1], &"é".repeat(2000)));
    let (journal, problems) = replaced(&records);
    let too_long = Broken::TooLong {
        text: Text::Note,
        chars: 2 * 1024 * 1024,
    };
    assert_eq!(
        problems,
        vec![
            problem(7, too_long, None),
            problem(8, Broken::TagsNotInText, None),
        ]
    );
    assert!(
        journal.note(attune::domain::NoteId(0xc5)).is_some(),
        "at the limit"
    );
    let (_, added) = added(&journal_with_kid("Ana", 0x99), &records);
    assert_eq!(added, problems);
}

#[test]
fn a_note_or_follow_up_about_a_kid_neither_in_the_file_nor_here_is_left_out() {
    let mut records = sound();
    records.push(note(0xc3, &[0xb1, 0x99], "Played chess"));
    records.push(follow_up(0xd3, 0x99, "Ask about chess"));
    let expected = vec![
        problem(7, missing(Link::NoteKid, 0x99), None),
        problem(8, missing(Link::FollowUpKid, 0x99), None),
    ];
    let (journal, problems) = replaced(&records);
    assert_eq!(problems, expected);
    assert_eq!(journal.notes_about(KidId(0xb1)).len(), 2);
    let (_, problems) = added(&Journal::default(), &records);
    assert_eq!(problems, expected);
}

#[test]
fn adding_finds_a_kid_who_is_on_this_phone_but_not_in_the_file() {
    let mut records = sound();
    records.push(note(0xc3, &[0x99], "Played chess"));
    records.push(follow_up(0xd3, 0x99, "Ask about chess"));
    let here = journal_with_kid("Ana", 0x99);
    let (merged, problems) = added(&here, &records);
    assert_eq!(problems, vec![]);
    let ana = merged.notes_about(KidId(0x99));
    assert_eq!(
        ana.iter().map(|n| n.text.as_str()).collect::<Vec<_>>(),
        ["Played chess"]
    );
    assert_eq!(merged.follow_ups_for(KidId(0x99)).count(), 1);
    let last = merged.kid(KidId(0x99)).and_then(|k| k.last_noted);
    assert_eq!(last, ana.first().map(|n| n.created_at));
    // Replacing has no Ana to find.
    assert_eq!(replaced(&records).1.len(), 2);
}

#[test]
fn a_date_in_the_year_9999_or_before_2000_is_left_out() {
    let far = json!("9999-12-31T10:00:00Z");
    let day = |d: &str| json!({"rule": "on_date", "date": d});
    for (record, date) in [
        (
            with(kid(0xb3, "Sam"), "created_at", far.clone()),
            "9999-12-31",
        ),
        (
            with(note(0xc3, &[0xb1], "Hi"), "created_at", far.clone()),
            "9999-12-31",
        ),
        (
            with(follow_up(0xd3, 0xb1, "Ask"), "due", day("9999-01-01")),
            "9999-01-01",
        ),
        (
            with(session(0xe2, 0xa1, &[0xb1]), "date", json!("9999-06-01")),
            "9999-06-01",
        ),
        (
            with(
                kid(0xb3, "Sam"),
                "last_noted",
                json!("1970-01-01T00:00:00Z"),
            ),
            "1970-01-01",
        ),
        (
            with(
                follow_up(0xd3, 0xb1, "Ask"),
                "snoozed_until",
                json!("1999-12-31"),
            ),
            "1999-12-31",
        ),
    ] {
        let mut records = sound();
        records.push(record);
        let why = Broken::OutOfRange(date.parse().unwrap_or_default());
        assert_eq!(replaced(&records).1, vec![problem(7, why.clone(), None)]);
        assert_eq!(
            added(&Journal::default(), &records).1,
            vec![problem(7, why, None)]
        );
    }
}

#[test]
fn dates_up_to_five_years_ahead_are_taken() {
    // today() is 20 Dec 2026.
    let mut records = sound();
    let due = |d: &str| json!({"rule": "first_seen_on_or_after", "date": d});
    records.push(with(follow_up(0xd3, 0xb1, "Ask"), "due", due("2031-12-20")));
    records.push(with(follow_up(0xd4, 0xb1, "Ask"), "due", due("2031-12-21")));
    let why = Broken::OutOfRange("2031-12-21".parse().unwrap_or_default());
    assert_eq!(replaced(&records).1, vec![problem(8, why, None)]);
}

#[test]
fn an_unknown_choice_is_named_and_left_out_instead_of_refusing_the_file() {
    let attending = |mood: &str| json!([{"kid": hex(0xb1), "present": true, "mood": mood}]);
    let cases = [
        (
            with(
                note(0xc3, &[0xb1], "Hi"),
                "chips",
                json!(["excited", "grumpy"]),
            ),
            Choice::Chip,
            "grumpy",
        ),
        (
            with(
                session(0xe2, 0xa1, &[]),
                "attendance",
                attending("ecstatic"),
            ),
            Choice::Mood,
            "ecstatic",
        ),
        (
            with(
                follow_up(0xd3, 0xb1, "Ask"),
                "due",
                json!({"rule": "someday"}),
            ),
            Choice::DueRule,
            "someday",
        ),
        (
            with(
                follow_up(0xd3, 0xb1, "Ask"),
                "status",
                json!({"state": "lost"}),
            ),
            Choice::FollowUpState,
            "lost",
        ),
    ];
    for (record, choice, value) in cases {
        let mut records = sound();
        records.push(record);
        let why = Broken::UnknownChoice {
            choice,
            value: value.into(),
        };
        assert_eq!(
            replaced(&records).1,
            vec![problem(7, why.clone(), None)],
            "{value}"
        );
        assert_eq!(
            added(&Journal::default(), &records).1,
            vec![problem(7, why, None)]
        );
    }
}

#[test]
fn a_group_with_an_unknown_meeting_day_takes_its_kids_and_their_records_with_it() {
    let mut records = sound();
    records[0] = with(records[0].clone(), "meeting_days", json!(["Tue", "Funday"]));
    let (journal, problems) = added(&Journal::default(), &records);
    let why = Broken::unknown(Choice::Weekday, "Funday");
    let group = EntityRef {
        kind: EntityKind::Group,
        id: 0xa1,
    };
    let needs_group = |link| Broken::Missing {
        link,
        target: group,
    };
    assert_eq!(
        problems[..3],
        [
            problem(0, why, None),
            problem(1, needs_group(Link::KidGroup), Some(0)),
            problem(2, needs_group(Link::KidGroup), Some(0)),
        ]
    );
    // The rest needed those kids: more than half the file is left out.
    assert_eq!(problems.len(), 7);
    assert!(journal.entities().next().is_none());
    let refused = read(&records).replacement(today()).err();
    assert_eq!(
        refused,
        Some(BackupError::MostlyBroken {
            left_out: 7,
            entries: 7
        })
    );
}

#[test]
fn a_cadence_no_form_offers_is_left_out() {
    let mut records = sound();
    records.push(with(group(0xa2, "Art"), "cadence_days", json!(0)));
    assert_eq!(
        replaced(&records).1,
        vec![problem(7, Broken::Cadence(0), None)]
    );
}

#[test]
fn a_mostly_broken_file_is_refused_and_adding_it_changes_nothing() {
    let mut records: Vec<Value> = (0..4).map(|i| kid(0xb0 + i, "")).collect();
    records.push(kid(0xbf, "Marco"));
    let refused = read(&records).replacement(today()).err();
    assert_eq!(
        refused,
        Some(BackupError::MostlyBroken {
            left_out: 4,
            entries: 5
        })
    );
    let here = journal_with_kid("Ana", 0x99);
    let plan = merge_plan(&here, &read(&records), today());
    assert!(plan.vetting.refused());
    assert_eq!(plan.changes, vec![], "nothing to store");
    assert_eq!(plan.vetting.verdict().err(), refused);
    // Half left out is not most of it.
    records.truncate(2);
    records.extend([kid(0xc0, "Zoë"), kid(0xc1, "Sam")]);
    assert_eq!(replaced(&records).1.len(), 2);
}

#[test]
fn a_link_back_to_a_note_or_session_not_in_the_file_is_dropped_and_said() {
    let mut records = sound();
    records[5] = with(records[5].clone(), "from_note", json!(hex(0xcf)));
    let done = json!({"state": "done", "at": "2026-11-21T10:00:00Z", "outcome_note": hex(0xce)});
    records.push(with(
        follow_up(0xd3, 0xb2, "Ask about the fort"),
        "status",
        done,
    ));
    records.push(with(
        note(0xc3, &[0xb1], "In session"),
        "session",
        json!(hex(0xef)),
    ));
    let backup = read(&records);
    assert_eq!(backup.vet_replace(today()).links_dropped, 3);
    let (journal, problems) = replaced(&records);
    assert_eq!(problems, vec![]);
    let f = journal.follow_up(attune::domain::FollowUpId(0xd1));
    assert_eq!(f.map(|f| f.from_note), Some(None));
    let (merged, _) = added(&Journal::default(), &records);
    let n = merged.note(attune::domain::NoteId(0xc3));
    assert_eq!(n.map(|n| n.session), Some(None));
}
