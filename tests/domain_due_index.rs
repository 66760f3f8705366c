//! The service worker's due index answers every day exactly as the app
//! does: the badge's count is Today's, and on a meeting day the kids a
//! session would ask are the session's; and it holds no name unless asked.

mod support;

use attune::domain::due_index::{DueIndex, ReminderSettings};
use attune::domain::session_view::ask_now;
use attune::domain::today::due_count;
use attune::domain::{
    Due, FollowUpDraft, FollowUpId, GroupId, Journal, KidId, NoteDraft, NoteId, SessionId,
};
use chrono::{Datelike, Days, NaiveDate};
use support::{GROUP, at, group_of, kid_draft, run};

fn day(text: &str) -> NaiveDate {
    text.parse()
        .unwrap_or_else(|e| panic!("bad day {text}: {e}"))
}

const MARCO: KidId = KidId(1);
const ZOE: KidId = KidId(2);
const SAM: KidId = KidId(3);
const ANA: KidId = KidId(4);
const LEO: KidId = KidId(5);

fn follow_up(j: &mut Journal, id: u64, kid: KidId, due: Due, created: &str) {
    let draft = FollowUpDraft {
        kid,
        prompt: format!("Ask about the big game {id}"),
        due,
        from_note: None,
    };
    let planned = j.add_follow_up(FollowUpId(id), &draft, at(created));
    run(j, planned);
}

fn note(j: &mut Journal, id: u64, kid: KidId, text: &str, when: &str) {
    let draft = NoteDraft {
        text: text.into(),
        kids: vec![kid],
        ..NoteDraft::default()
    };
    let planned = j.add_note(NoteId(id), &draft, at(when));
    run(j, planned);
}

/// A Tuesday group of four (Ana archived), Leo in no group, and a
/// follow-up of every kind: on a day, snoozed, first seen from a day (seen
/// and not), next time seen (seen at a session, by a note, snoozed, never),
/// one done and one about an archived kid.
fn story() -> Journal {
    let mut j = group_of(&["Marco", "Zoë", "Sam", "Ana"]);
    let planned = j.add_kid(LEO, &kid_draft("Leo", ""), at("2026-12-01T09:00:00+00:00"));
    run(&mut j, planned);
    let created = "2026-12-01T16:00:00+00:00";
    follow_up(&mut j, 0xd1, MARCO, Due::OnDate(day("2026-12-05")), created);
    follow_up(
        &mut j,
        0xd2,
        ZOE,
        Due::FirstSeenOnOrAfter(day("2026-12-03")),
        created,
    );
    follow_up(
        &mut j,
        0xd3,
        SAM,
        Due::FirstSeenOnOrAfter(day("2026-12-04")),
        created,
    );
    follow_up(&mut j, 0xd4, MARCO, Due::NextTimeSeen, created);
    follow_up(&mut j, 0xd5, LEO, Due::NextTimeSeen, created);
    follow_up(&mut j, 0xd6, ANA, Due::OnDate(day("2026-12-02")), created);
    follow_up(&mut j, 0xd7, ZOE, Due::OnDate(day("2026-12-01")), created);
    follow_up(&mut j, 0xd8, SAM, Due::OnDate(day("2026-12-02")), created);
    follow_up(
        &mut j,
        0xd9,
        LEO,
        Due::FirstSeenOnOrAfter(day("2026-12-02")),
        created,
    );
    follow_up(
        &mut j,
        0xda,
        ZOE,
        Due::NextTimeSeen,
        "2026-12-06T18:00:00+00:00",
    );
    let snoozes = [
        (0xd5, "2026-12-10"),
        (0xd7, "2026-12-09"),
        (0xd9, "2026-12-12"),
    ];
    for (id, until) in snoozes {
        let planned = j.snooze_follow_up(FollowUpId(id), day(until));
        run(&mut j, planned);
    }
    let planned = j.complete_follow_up(FollowUpId(0xd8), None, at(created));
    run(&mut j, planned);
    let planned = j.set_kid_archived(ANA, true);
    run(&mut j, planned);
    // Zoë is seen in a note on Sunday; Marco comes to Tuesday's group.
    note(
        &mut j,
        0xc1,
        ZOE,
        "Zoë painted all morning",
        "2026-12-06T11:00:00+00:00",
    );
    let session = SessionId(0xe1);
    let planned = j.start_session(session, GROUP, day("2026-12-08"));
    run(&mut j, planned);
    let planned = j.set_attendance(session, MARCO, true, None);
    run(&mut j, planned);
    // Leo is seen after his snooze ends, on a note.
    note(
        &mut j,
        0xc2,
        LEO,
        "Leo's new puppy",
        "2026-12-14T12:00:00+00:00",
    );
    j
}

/// What a session of `group` on `day` would ask, as session mode works it
/// out: its kids still in the list with a follow-up to ask now.
fn session_asks(j: &Journal, group: GroupId, day: NaiveDate) -> usize {
    j.kids_by_name(false)
        .into_iter()
        .filter(|k| k.groups.contains(&group))
        .filter(|k| {
            j.open_follow_ups()
                .filter(|f| f.kid == k.id)
                .any(|f| ask_now(j.standing(f, day)))
        })
        .count()
}

fn every_day(from: &str, days: u64) -> impl Iterator<Item = NaiveDate> {
    let first = day(from);
    (0..days).map(move |n| first + Days::new(n))
}

#[test]
fn the_index_counts_what_today_counts_on_every_day() {
    let j = story();
    let index = DueIndex::of(&j, &ReminderSettings::default(), false);
    for d in every_day("2026-11-25", 60) {
        assert_eq!(index.due_on(d), due_count(&j, d), "due on {d}");
    }
}

#[test]
fn on_a_meeting_day_the_index_asks_what_the_session_would() {
    let j = story();
    let index = DueIndex::of(&j, &ReminderSettings::default(), false);
    for d in every_day("2026-11-25", 60) {
        let expected = session_asks(&j, GROUP, d);
        let meets = d.weekday() == chrono::Weekday::Tue;
        let asked: Vec<(usize, usize)> = match (meets, expected) {
            (true, n) if n > 0 => vec![(0, n)],
            _ => Vec::new(),
        };
        assert_eq!(index.asks_on(d), asked, "asks on {d}");
    }
}

#[test]
fn what_a_leader_would_read_on_three_mornings() {
    let j = story();
    let index = DueIndex::of(&j, &ReminderSettings::default(), false);
    // (day, due or overdue, kids of the Tuesday group to ask)
    let table = [
        // Thursday: Zoë's snoozed follow-up and Sam's are not due yet.
        ("2026-12-03", 0, None),
        // Saturday: Marco's day has come.
        ("2026-12-05", 1, None),
        // Tuesday: Marco (his day, and seen today), Zoë (seen Sunday) and
        // her snooze over; Sam waits to be seen, so the session asks him.
        ("2026-12-08", 3, Some(3)),
        ("2026-12-09", 4, None),
        // Leo is seen on the 14th, after both his snoozes ended: both his
        // follow-ups come due; he is in no group.
        ("2026-12-15", 6, Some(3)),
    ];
    for (d, due, asks) in table {
        let d = day(d);
        assert_eq!(index.due_on(d), due, "due on {d}");
        assert_eq!(index.asks_on(d).first().map(|a| a.1), asks, "asks on {d}");
    }
}

#[test]
fn an_archived_kid_a_closed_follow_up_and_an_archived_group_are_left_out() {
    let j = story();
    let index = DueIndex::of(&j, &ReminderSettings::default(), false);
    // Open follow-ups of kids in the list: Marco 2, Zoë 3, Sam 1, Leo 2.
    assert_eq!(index.items.len(), 8);
    assert_eq!(index.kids.len(), 4);
    // Leo is in no group.
    assert_eq!(index.kids.iter().filter(|g| g.is_empty()).count(), 1);
    assert_eq!(index.groups.len(), 1);
    assert_eq!(index.groups[0].days, vec![2]);
}

#[test]
fn by_default_the_index_holds_counts_and_days_and_the_group_name_only() {
    let j = story();
    let settings = ReminderSettings::default();
    let plain = DueIndex::of(&j, &settings, false).to_json();
    let secrets = ["Marco", "Zoë", "Sam", "Leo", "big game", "painted", "puppy"];
    for secret in secrets {
        assert!(!plain.contains(secret), "{secret} in {plain}");
    }
    // Ids are numbered within the index, never stored.
    for id in ["0000000000000001", "00000000000000d1", "00000000000000a1"] {
        assert!(!plain.contains(id), "{id} in {plain}");
    }
    assert!(plain.contains("\"name\":\"Tuesday Huddle\""));
    assert!(plain.contains("\"due\":\"2026-12-05\""));
}

#[test]
fn names_come_only_when_asked_for_and_never_with_the_lock_on() {
    let j = story();
    let names = ReminderSettings {
        on: true,
        names: true,
        ..ReminderSettings::default()
    };
    let shown = DueIndex::of(&j, &names, false).to_json();
    assert!(shown.contains("\"name\":\"Marco\""));
    assert!(shown.contains("\"prompt\":\"Ask about the big game 209\""));
    let locked = DueIndex::of(&j, &names, true).to_json();
    for secret in [
        "Marco",
        "Zoë",
        "big game",
        "Tuesday Huddle",
        "name",
        "prompt",
    ] {
        assert!(!locked.contains(secret), "{secret} in {locked}");
    }
    // The same days and counts either way.
    let counts = |json: &str| json.matches("\"due\"").count();
    assert_eq!(counts(&shown), counts(&locked));
}

#[test]
fn the_morning_hour_is_the_leaders_within_the_offered_hours() {
    let j = Journal::default();
    let at_seven = ReminderSettings {
        morning_hour: 7,
        ..ReminderSettings::default()
    };
    let index = DueIndex::of(&j, &at_seven, false);
    assert_eq!((index.morning, index.evening), (7, 21));
    let odd = ReminderSettings {
        morning_hour: 23,
        ..ReminderSettings::default()
    };
    assert_eq!(DueIndex::of(&j, &odd, false).morning, 8);
    assert_eq!(
        DueIndex::of(&j, &odd, false).to_json(),
        r#"{"v":1,"morning":8,"evening":21,"groups":[],"kids":[],"items":[]}"#
    );
}
