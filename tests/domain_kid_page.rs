//! A kid's page: their timeline, their follow-ups, the Kids list, and keeping notes for a time.

mod support;

use support::day;

use attune::domain::*;
use chrono::{NaiveDate, Weekday};
use support::journals::{MARCO, ZOE, note, two_kids};
use support::{at, journal_with_kid, kid_draft, run};

use attune::domain::kid_list::{KidOrder, days_ago, kid_list};
use attune::domain::timeline::{Happened, timeline};

fn follow_up(j: &mut Journal, id: u64, kid: KidId, prompt: &str, when: &str) {
    let draft = FollowUpDraft {
        kid,
        prompt: prompt.into(),
        due: Due::NextTimeSeen,
        from_note: None,
    };
    let planned = j.add_follow_up(FollowUpId(id), &draft, at(when));
    run(j, planned);
}

#[test]
fn the_timeline_tells_notes_follow_ups_and_outcomes_newest_first() {
    let mut j = two_kids();
    let planned = j.add_note(
        NoteId(1),
        &note("Big game on Saturday", &[MARCO, ZOE]),
        at("2026-12-01T17:00:00+00:00"),
    );
    run(&mut j, planned);
    follow_up(
        &mut j,
        1,
        MARCO,
        "Ask about the big game",
        "2026-12-01T17:00:00+00:00",
    );
    follow_up(
        &mut j,
        2,
        MARCO,
        "Ask about the dentist",
        "2026-12-02T09:00:00+00:00",
    );
    let planned = j.complete_follow_up(
        FollowUpId(1),
        Some((NoteId(2), "They won 3-1")),
        at("2026-12-05T10:00:00+00:00"),
    );
    run(&mut j, planned);
    let planned = j.dismiss_follow_up(FollowUpId(2), at("2026-12-06T10:00:00+00:00"));
    run(&mut j, planned);

    let lines: Vec<Happened> = timeline(&j, MARCO).into_iter().map(|e| e.what).collect();
    assert_eq!(
        lines,
        [
            Happened::FollowUpDismissed {
                prompt: "Ask about the dentist".into()
            },
            Happened::FollowUpDone {
                prompt: "Ask about the big game".into(),
                outcome: Some("They won 3-1".into()),
            },
            Happened::FollowUpSet {
                prompt: "Ask about the dentist".into(),
                due: Due::NextTimeSeen,
            },
            Happened::Note {
                text: "Big game on Saturday".into(),
                chips: vec![],
                with: vec!["Zoë".into()],
                edited: false,
            },
            Happened::FollowUpSet {
                prompt: "Ask about the big game".into(),
                due: Due::NextTimeSeen,
            },
        ]
    );
    // Zoë shares the note but none of Marco's follow-ups.
    assert_eq!(timeline(&j, ZOE).len(), 1);
}

#[test]
fn a_follow_up_done_counts_as_connecting() {
    let mut j = two_kids();
    assert_eq!(j.last_connected(MARCO), None);
    let planned = j.add_note(
        NoteId(1),
        &note("x", &[MARCO]),
        at("2026-12-02T10:00:00+00:00"),
    );
    run(&mut j, planned);
    follow_up(&mut j, 1, MARCO, "Ask", "2026-12-02T10:00:00+00:00");
    let done = at("2026-12-09T18:00:00+00:00");
    let planned = j.complete_follow_up(FollowUpId(1), None, done);
    run(&mut j, planned);
    let done = done.date_naive();
    assert_eq!(j.last_connected(MARCO), Some(done));
    assert_eq!(j.last_connections().get(&MARCO), Some(&done));
    assert_eq!(j.last_connections().get(&ZOE), None);
    let today = day("2026-12-21");
    assert_eq!(days_ago(done, today), "12 days ago");
    assert_eq!(days_ago(done, done), "today");
    assert_eq!(
        days_ago(done, done.succ_opt().unwrap_or_default()),
        "yesterday"
    );
}

#[test]
fn the_kids_list_filters_by_group_and_sorts_by_longest_without_contact() {
    let mut j = two_kids();
    let planned = j.add_group(
        GroupId(7),
        &GroupDraft {
            name: "Tuesday club".into(),
            meeting_days: vec![Weekday::Tue],
            cadence_days: 14,
        },
    );
    run(&mut j, planned);
    for (id, name, groups) in [(3, "Ana", vec![GroupId(7)]), (4, "Ben", vec![GroupId(7)])] {
        let mut draft = kid_draft(name, "");
        draft.groups = groups;
        let planned = j.add_kid(KidId(id), &draft, at("2026-12-01T10:00:00+00:00"));
        run(&mut j, planned);
    }
    for (id, kid, when) in [
        (1, MARCO, "2026-12-03T10:00:00+00:00"),
        (2, KidId(3), "2026-12-08T10:00:00+00:00"),
        (3, ZOE, "2026-12-05T10:00:00+00:00"),
    ] {
        let planned = j.add_note(NoteId(id), &note("x", &[kid]), at(when));
        run(&mut j, planned);
    }
    let names = |rows: Vec<attune::domain::kid_list::KidListRow>| {
        rows.into_iter()
            .map(|r| r.kid.name().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        names(kid_list(&j, None, false, KidOrder::Name)),
        ["Ana", "Ben", "Marco", "Zoë"]
    );
    // Ben was never noted; then Marco (3 Dec), Zoë (5 Dec), Ana (8 Dec).
    assert_eq!(
        names(kid_list(&j, None, false, KidOrder::LongestWithoutContact)),
        ["Ben", "Marco", "Zoë", "Ana"]
    );
    assert_eq!(
        names(kid_list(
            &j,
            Some(GroupId(7)),
            false,
            KidOrder::LongestWithoutContact
        )),
        ["Ben", "Ana"]
    );
}

#[test]
fn an_open_follow_up_can_be_reworded_and_moved_a_closed_one_cannot() {
    let mut j = two_kids();
    follow_up(
        &mut j,
        1,
        MARCO,
        "Ask about the game",
        "2026-12-01T10:00:00+00:00",
    );
    let planned = j.snooze_follow_up(FollowUpId(1), day("2026-12-09"));
    run(&mut j, planned);
    let saturday = day("2026-12-12");
    assert_eq!(
        j.edit_follow_up(FollowUpId(1), "  ", Due::OnDate(saturday)),
        Err(JournalError::PromptMissing)
    );
    let planned = j.edit_follow_up(
        FollowUpId(1),
        " Ask how  the final went ",
        Due::OnDate(saturday),
    );
    run(&mut j, planned);
    let f = j.follow_up(FollowUpId(1)).cloned();
    assert_eq!(
        f.map(|f| (f.prompt, f.due, f.snoozed_until)),
        Some(("Ask how the final went".into(), Due::OnDate(saturday), None))
    );
    let planned = j.dismiss_follow_up(FollowUpId(1), at("2026-12-02T10:00:00+00:00"));
    run(&mut j, planned);
    assert_eq!(
        j.edit_follow_up(FollowUpId(1), "Ask", Due::NextTimeSeen),
        Err(JournalError::FollowUpClosed)
    );
}

mod retention {
    use super::*;
    use attune::domain::retention::{cutoff, delete_notes_before, preview};
    use attune::domain::{NoteDraft, NoteId};

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn notes_older_than_the_chosen_months_are_previewed_then_deleted_and_nothing_else() {
        let mut j = journal_with_kid("Marco", 1);
        for (id, when) in [
            (1, "2025-05-31T18:00:00+00:00"),
            (2, "2025-06-01T08:00:00+00:00"),
            (3, "2026-11-30T18:00:00+00:00"),
        ] {
            let draft = NoteDraft {
                text: format!("note {id}"),
                kids: vec![KidId(1)],
                ..NoteDraft::default()
            };
            let planned = j.add_note(NoteId(id), &draft, at(when));
            run(&mut j, planned);
        }
        assert_eq!(cutoff(day("2026-12-01"), 18), day("2025-06-01"));
        assert_eq!(
            cutoff(day("2024-08-31"), 6),
            day("2024-02-29"),
            "end of month clamps"
        );
        let p = preview(&j, 18, day("2026-12-01"));
        assert_eq!((p.notes, p.oldest), (1, Some(day("2025-05-31"))));
        assert_eq!(preview(&j, 36, day("2026-12-01")).notes, 0);

        let changes = delete_notes_before(&j, p.cutoff);
        j.apply(changes);
        assert_eq!(j.note_count(), 2);
        assert!(j.note(NoteId(1)).is_none());
        assert!(j.kid(KidId(1)).is_some(), "kids stay");
    }
}
