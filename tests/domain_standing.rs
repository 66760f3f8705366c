//! Where a follow-up stands on a day, what Today lists, and the quiet-kid radar.

mod support;

use attune::domain::*;
use chrono::NaiveDate;
use support::journals::{MARCO, ZOE, note, two_kids};
use support::{at, kid_draft, run};

use attune::domain::Standing;
use attune::domain::today::{due_count, today_view};

fn day(text: &str) -> NaiveDate {
    text.parse()
        .unwrap_or_else(|e| panic!("bad day {text}: {e}"))
}

fn with_follow_up(due: Due) -> Journal {
    let mut j = two_kids();
    let draft = FollowUpDraft {
        kid: MARCO,
        prompt: "Ask about the big game".into(),
        due,
        from_note: None,
    };
    let planned = j.add_follow_up(FollowUpId(1), &draft, at("2026-12-01T17:00:00+00:00"));
    run(&mut j, planned);
    j
}

#[test]
fn a_follow_up_after_saturday_waits_to_see_the_kid_then_is_due_then_overdue() {
    let mut j = with_follow_up(Due::FirstSeenOnOrAfter(day("2026-12-05")));
    let standing = |j: &Journal, d: &str| j.follow_up(FollowUpId(1)).map(|f| j.standing(f, day(d)));
    assert_eq!(
        standing(&j, "2026-12-02"),
        Some(Standing::Upcoming(day("2026-12-05")))
    );
    // Saturday comes and goes without a sight of Marco: nobody is late.
    for d in ["2026-12-05", "2026-12-07"] {
        assert_eq!(
            standing(&j, d),
            Some(Standing::WaitingSince(day("2026-12-05"))),
            "{d}"
        );
    }

    let wednesday = today_view(&j, day("2026-12-02"));
    assert!(wednesday.due.is_empty());
    assert_eq!(
        wednesday
            .upcoming
            .iter()
            .map(|i| i.kid_name.as_str())
            .collect::<Vec<_>>(),
        ["Marco"]
    );
    let monday = today_view(&j, day("2026-12-07"));
    assert!(monday.due.is_empty() && monday.upcoming.is_empty());
    assert_eq!(
        monday
            .waiting
            .iter()
            .map(|i| i.standing)
            .collect::<Vec<_>>(),
        [Standing::WaitingSince(day("2026-12-05"))]
    );
    let far = today_view(&j, day("2026-11-20"));
    assert!(
        far.upcoming.is_empty() && far.waiting.is_empty(),
        "more than a week ahead is not listed"
    );

    // A note about him on Tuesday is seeing him: due that day, late after.
    let planned = j.add_note(
        NoteId(9),
        &note("Came in smiling", &[MARCO]),
        at("2026-12-08T16:00:00+00:00"),
    );
    run(&mut j, planned);
    assert_eq!(standing(&j, "2026-12-08"), Some(Standing::DueToday));
    assert_eq!(standing(&j, "2026-12-10"), Some(Standing::Overdue(2)));
    let thursday = today_view(&j, day("2026-12-10"));
    assert_eq!(
        thursday.due.iter().map(|i| i.standing).collect::<Vec<_>>(),
        [Standing::Overdue(2)]
    );
    assert!(thursday.waiting.is_empty());
}

#[test]
fn seen_means_a_session_attended_or_a_note_but_not_the_note_it_came_from() {
    let mut j = support::with_group(two_kids());
    let planned = j.update_kid(MARCO, &{
        let mut d = kid_draft("Marco", "");
        d.groups = vec![support::GROUP];
        d
    });
    run(&mut j, planned);
    let planned = j.add_note(
        NoteId(1),
        &note("Big game on Saturday", &[MARCO]),
        at("2026-12-05T10:00:00+00:00"),
    );
    run(&mut j, planned);
    let draft = FollowUpDraft {
        kid: MARCO,
        prompt: "Ask about the big game".into(),
        due: Due::FirstSeenOnOrAfter(day("2026-12-05")),
        from_note: Some(NoteId(1)),
    };
    let planned = j.add_follow_up(FollowUpId(1), &draft, at("2026-12-05T10:00:00+00:00"));
    run(&mut j, planned);
    let standing = |j: &Journal, d: &str| j.follow_up(FollowUpId(1)).map(|f| j.standing(f, day(d)));
    // The note it came from, written on its day, is not a sighting.
    assert_eq!(
        standing(&j, "2026-12-06"),
        Some(Standing::WaitingSince(day("2026-12-05")))
    );
    // Marked absent at Tuesday's session: still waiting.
    let planned = j.start_session(SessionId(1), support::GROUP, day("2026-12-08"));
    run(&mut j, planned);
    assert_eq!(
        standing(&j, "2026-12-08"),
        Some(Standing::WaitingSince(day("2026-12-05")))
    );
    // Marked present: due today, and overdue only from then.
    let planned = j.set_attendance(SessionId(1), MARCO, true, None);
    run(&mut j, planned);
    assert_eq!(standing(&j, "2026-12-08"), Some(Standing::DueToday));
    assert_eq!(standing(&j, "2026-12-11"), Some(Standing::Overdue(3)));
}

#[test]
fn the_longest_overdue_comes_first_then_due_today() {
    let mut j = with_follow_up(Due::OnDate(day("2026-12-07")));
    for (id, due) in [(2, "2026-12-01"), (3, "2026-12-05")] {
        let draft = FollowUpDraft {
            kid: ZOE,
            prompt: format!("p{id}"),
            due: Due::OnDate(day(due)),
            from_note: None,
        };
        let planned = j.add_follow_up(FollowUpId(id), &draft, at("2026-11-30T17:00:00+00:00"));
        run(&mut j, planned);
    }
    let order: Vec<Standing> = today_view(&j, day("2026-12-07"))
        .due
        .iter()
        .map(|i| i.standing)
        .collect();
    assert_eq!(
        order,
        [
            Standing::Overdue(6),
            Standing::Overdue(2),
            Standing::DueToday
        ]
    );
}

#[test]
fn the_badge_counts_what_today_lists_as_due() {
    let mut j = with_follow_up(Due::OnDate(day("2026-12-07")));
    let draft = FollowUpDraft {
        kid: ZOE,
        prompt: "Ask about the trip".into(),
        due: Due::OnDate(day("2026-12-03")),
        from_note: None,
    };
    let planned = j.add_follow_up(FollowUpId(2), &draft, at("2026-11-30T17:00:00+00:00"));
    run(&mut j, planned);
    assert_eq!(due_count(&j, day("2026-12-01")), 0);
    assert_eq!(due_count(&j, day("2026-12-03")), 1);
    assert_eq!(due_count(&j, day("2026-12-07")), 2);
    assert_eq!(
        due_count(&j, day("2026-12-07")),
        today_view(&j, day("2026-12-07")).due.len()
    );
    let planned = j.complete_follow_up(FollowUpId(2), None, at("2026-12-07T18:00:00+00:00"));
    run(&mut j, planned);
    assert_eq!(due_count(&j, day("2026-12-07")), 1);
}

#[test]
fn snoozing_hides_a_follow_up_until_its_day() {
    let mut j = with_follow_up(Due::OnDate(day("2026-12-05")));
    let planned = j.snooze_follow_up(FollowUpId(1), day("2026-12-08"));
    run(&mut j, planned);
    let f = j.follow_up(FollowUpId(1));
    assert_eq!(
        f.map(|f| j.standing(f, day("2026-12-06"))),
        Some(Standing::Snoozed(day("2026-12-08")))
    );
    assert_eq!(
        f.map(|f| j.standing(f, day("2026-12-08"))),
        Some(Standing::DueToday)
    );
    assert!(today_view(&j, day("2026-12-06")).due.is_empty());
}

#[test]
fn next_time_seen_waits_and_done_or_dismissed_leave_today() {
    let j = with_follow_up(Due::NextTimeSeen);
    let f = j.follow_up(FollowUpId(1));
    assert_eq!(
        f.map(|f| j.standing(f, day("2026-12-02"))),
        Some(Standing::WaitingToBeSeen)
    );
    let today = today_view(&j, day("2026-12-02"));
    assert!(today.due.is_empty() && today.upcoming.is_empty());
    assert_eq!(today.waiting.len(), 1);

    let mut j = with_follow_up(Due::OnDate(day("2026-12-01")));
    let planned = j.complete_follow_up(FollowUpId(1), None, at("2026-12-01T18:00:00+00:00"));
    run(&mut j, planned);
    assert!(today_view(&j, day("2026-12-01")).due.is_empty());
    let planned = j.add_outcome(
        FollowUpId(1),
        NoteId(5),
        "They won 3-1, face lit up",
        at("2026-12-01T18:01:00+00:00"),
    );
    run(&mut j, planned);
    assert_eq!(
        j.notes_about(MARCO).first().map(|n| n.text.as_str()),
        Some("They won 3-1, face lit up")
    );
    assert_eq!(
        j.add_outcome(
            FollowUpId(1),
            NoteId(6),
            "again",
            at("2026-12-01T18:02:00+00:00")
        ),
        Err(JournalError::OutcomeNotExpected)
    );
}

#[test]
fn kids_past_their_cadence_are_on_the_radar_longest_first() {
    let mut j = two_kids();
    let planned = j.add_kid(
        KidId(3),
        &kid_draft("Ana", ""),
        at("2026-11-10T10:00:00+00:00"),
    );
    run(&mut j, planned);
    for (id, kid, when) in [
        (1, MARCO, "2026-11-01T10:00:00+00:00"),
        (2, ZOE, "2026-11-28T10:00:00+00:00"),
    ] {
        let planned = j.add_note(NoteId(id), &note("x", &[kid]), at(when));
        run(&mut j, planned);
    }
    let view = today_view(&j, day("2026-12-01"));
    let radar: Vec<(&str, i64, bool)> = view
        .radar
        .iter()
        .map(|r| (r.name.as_str(), r.days, r.since.is_some()))
        .collect();
    // Marco: 30 days; Ana: added 21 days ago, never connected; Zoë: 3 days, within 14.
    assert_eq!(radar, [("Marco", 30, true), ("Ana", 21, false)]);
    assert_eq!(
        attune::domain::radar::reason(&view.radar[0]),
        "30 days since you last connected · you aim for every 14 days"
    );
    assert_eq!(
        attune::domain::radar::reason(&view.radar[1]),
        "No connection yet in 21 days · you aim for every 14 days"
    );
    // Zoë at exactly 14 days is on time; at 15 she is on the radar.
    let on_radar = |d: &str| today_view(&j, day(d)).radar.iter().any(|r| r.kid == ZOE);
    assert!(!on_radar("2026-12-12"));
    assert!(on_radar("2026-12-13"));

    // "Not now" takes Marco off until the day chosen.
    let planned = j.snooze_radar(MARCO, day("2026-12-08"));
    run(&mut j, planned);
    let names = |d: &str| -> Vec<String> {
        today_view(&j, day(d))
            .radar
            .into_iter()
            .map(|r| r.name)
            .collect()
    };
    assert_eq!(names("2026-12-07"), ["Ana"]);
    assert_eq!(names("2026-12-08"), ["Marco", "Ana"]);
}

#[test]
fn the_radar_uses_the_strictest_cadence_and_ranks_the_unnoticed_first() {
    let mut j = Journal::default();
    for (id, name, cadence) in [(1, "Daily", 7), (2, "Monthly", 30)] {
        let planned = j.add_group(
            GroupId(id),
            &GroupDraft {
                name: name.into(),
                meeting_days: vec![],
                cadence_days: cadence,
            },
        );
        run(&mut j, planned);
    }
    let created = at("2026-11-01T10:00:00+00:00");
    for (id, name, groups) in [
        (1, "Ana", vec![GroupId(2)]),
        (2, "Ben", vec![GroupId(1), GroupId(2)]),
        (3, "Cleo", vec![GroupId(2)]),
    ] {
        let mut draft = kid_draft(name, "");
        draft.groups = groups;
        let planned = j.add_kid(KidId(id), &draft, created);
        run(&mut j, planned);
    }
    // Everyone was noted on 1 Nov; then Cleo came to two sessions of the
    // monthly group and nobody connected with her; Ana stayed away.
    for kid in 1..=3 {
        let planned = j.add_note(NoteId(kid), &note("x", &[KidId(kid)]), created);
        run(&mut j, planned);
    }
    for (id, date) in [(1, "2026-11-10"), (2, "2026-11-24")] {
        let planned = j.start_session(SessionId(id), GroupId(2), day(date));
        run(&mut j, planned);
        let planned = j.set_attendance(SessionId(id), KidId(3), true, None);
        run(&mut j, planned);
    }
    let rows: Vec<(String, i64, u16, usize)> = today_view(&j, day("2026-12-05"))
        .radar
        .into_iter()
        .map(|r| (r.name, r.days, r.cadence, r.unnoticed))
        .collect();
    // 34 days for all three: Cleo first (came, unnoticed, twice); Ana is
    // past 30; Ben is past his stricter 7.
    assert_eq!(
        rows,
        [
            ("Cleo".to_string(), 34, 30, 2),
            ("Ana".to_string(), 34, 30, 0),
            ("Ben".to_string(), 34, 7, 0),
        ]
    );
    let radar = today_view(&j, day("2026-12-05")).radar;
    assert_eq!(
        attune::domain::radar::reason(&radar[0]),
        "Came to 2 sessions; no connection since Sun 1 Nov · you aim for every 30 days"
    );
    // How she arrived is an observation, not a connection.
    let planned = j.set_attendance(SessionId(2), KidId(3), true, Some(Mood::Quiet));
    run(&mut j, planned);
    let names = |j: &Journal| -> Vec<String> {
        today_view(j, day("2026-12-05"))
            .radar
            .into_iter()
            .map(|r| r.name)
            .collect()
    };
    assert_eq!(names(&j), ["Cleo", "Ana", "Ben"]);
    // Marking that the leader connected with her does.
    let planned = j.mark_connected(SessionId(2), KidId(3));
    run(&mut j, planned);
    assert_eq!(names(&j), ["Ana", "Ben"]);
}
