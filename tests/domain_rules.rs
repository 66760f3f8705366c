//! One set of rules for every way in: what the commands plan holds them,
//! and the journal's invariant check finds what breaks its indexes.

mod support;

use attune::domain::retention::delete_notes_before;
use attune::domain::rules::{Broken, Text, Window, check_changes, check_own};
use attune::domain::{
    Change, Due, Entity, EntityKind, EntityRef, Flaw, FollowUpDraft, FollowUpId, GroupDraft,
    GroupId, Journal, JournalError, KidId, MAX_PROMPT_CHARS, NoteDraft, NoteId,
};
use chrono::NaiveDate;
use support::{at, journal_with_kid, run, soundness};

const MARCO: KidId = KidId(1);

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap_or_else(|e| panic!("{text}: {e}"))
}

fn window() -> Window {
    Window::around(day("2026-12-20"))
}

/// Marco, a note about him with a follow-up from it, done with an outcome.
fn a_week() -> Journal {
    let mut j = journal_with_kid("Marco", MARCO.0);
    let draft = NoteDraft {
        text: "Big game on Saturday #soccer".into(),
        kids: vec![MARCO],
        ..NoteDraft::default()
    };
    let planned = j.add_note(NoteId(10), &draft, at("2026-12-01T17:00:00+01:00"));
    run(&mut j, planned);
    let follow_up = FollowUpDraft {
        kid: MARCO,
        prompt: "Ask about the big game".into(),
        due: Due::FirstSeenOnOrAfter(day("2026-12-05")),
        from_note: Some(NoteId(10)),
    };
    let planned = j.add_follow_up(FollowUpId(20), &follow_up, at("2026-12-01T17:00:00+01:00"));
    run(&mut j, planned);
    let planned = j.complete_follow_up(
        FollowUpId(20),
        Some((NoteId(11), "They won 3-1")),
        at("2026-12-08T17:00:00+01:00"),
    );
    run(&mut j, planned);
    j
}

#[test]
fn what_the_commands_write_is_sound() {
    let mut j = a_week();
    assert_eq!(soundness(&j), Ok(()));
    let group = GroupDraft {
        name: "Tuesday Huddle".into(),
        ..GroupDraft::default()
    };
    let planned = j.add_group(GroupId(5), &group);
    run(&mut j, planned);
    let planned = j.import_roster(
        GroupId(5),
        &["Zoë".into()],
        &[MARCO],
        &[KidId(2)],
        at("2026-12-09T10:00:00Z"),
    );
    run(&mut j, planned);
    let planned = j.delete_kid(MARCO);
    run(&mut j, planned);
    assert_eq!(soundness(&j), Ok(()));
}

#[test]
fn a_date_typed_far_ahead_is_refused_before_it_is_stored() {
    let j = a_week();
    let planned = j.add_follow_up(
        FollowUpId(21),
        &FollowUpDraft {
            kid: MARCO,
            prompt: "Ask about the trip".into(),
            due: Due::OnDate(day("9999-12-31")),
            from_note: None,
        },
        at("2026-12-09T10:00:00Z"),
    );
    let planned = planned.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        check_changes(&j, &planned, &window()),
        Err(Broken::OutOfRange(day("9999-12-31")))
    );
    let snooze = j.snooze_radar(MARCO, day("2027-01-03"));
    assert_eq!(
        check_changes(&j, &snooze.unwrap_or_default(), &window()),
        Ok(())
    );
}

#[test]
fn a_record_planned_about_a_kid_who_is_gone_is_refused() {
    let j = a_week();
    let stray = Entity::Note(attune::domain::Note {
        id: NoteId(30),
        text: "Hello".into(),
        kids: vec![KidId(99)],
        chips: vec![],
        tags: vec![],
        created_at: at("2026-12-09T10:00:00Z"),
        session: None,
        edited_at: None,
    });
    let gone = EntityRef {
        kind: EntityKind::Kid,
        id: 99,
    };
    let refused = check_changes(&j, &[Change::Put(stray)], &window());
    assert!(matches!(refused, Err(Broken::Missing { target, .. }) if target == gone));
    // Deleting a kid and their shared notes in one go holds.
    let deleted = j.delete_kid(MARCO).unwrap_or_default();
    assert_eq!(check_changes(&j, &deleted, &window()), Ok(()));
}

#[test]
fn a_prompt_over_its_limit_is_refused_like_a_note_over_its_limit() {
    let j = a_week();
    let long = "a".repeat(MAX_PROMPT_CHARS + 1);
    let draft = FollowUpDraft {
        kid: MARCO,
        prompt: long.clone(),
        due: Due::NextTimeSeen,
        from_note: None,
    };
    let now = at("2026-12-09T10:00:00Z");
    assert_eq!(
        j.add_follow_up(FollowUpId(21), &draft, now),
        Err(JournalError::PromptTooLong)
    );
    assert_eq!(
        j.edit_follow_up(FollowUpId(20), &long, Due::NextTimeSeen),
        Err(JournalError::FollowUpClosed)
    );
    let stored = j
        .follow_up(FollowUpId(20))
        .cloned()
        .map(|f| Entity::FollowUp(attune::domain::FollowUp { prompt: long, ..f }));
    let refused = stored.map(|f| check_own(&f, &window()));
    let chars = MAX_PROMPT_CHARS + 1;
    assert_eq!(
        refused,
        Some(Err(Broken::TooLong {
            text: Text::Prompt,
            chars
        }))
    );
}

#[test]
fn the_window_runs_from_2000_to_five_years_after_today() {
    let w = Window::around(day("2026-12-20"));
    assert_eq!(w.earliest, day("2000-01-01"));
    assert_eq!(w.latest, day("2031-12-20"));
    // Leap day: five years on, there is no 29 February.
    assert_eq!(Window::around(day("2028-02-29")).latest, day("2033-02-28"));
}

#[test]
fn deleting_old_notes_leaves_no_link_to_them_and_no_kid_noted_by_them() {
    let mut j = a_week();
    let planned = delete_notes_before(&j, day("2026-12-31"));
    j.apply(planned);
    assert_eq!(j.note_count(), 0);
    assert_eq!(soundness(&j), Ok(()));
    let f = j.follow_up(FollowUpId(20));
    assert_eq!(f.map(|f| f.from_note), Some(None));
    assert_eq!(j.kid(MARCO).map(|k| k.last_noted), Some(None));
    // Notes kept keep their kid's moment and their links.
    let mut j = a_week();
    j.apply(delete_notes_before(&j, day("2026-12-05")));
    assert_eq!(soundness(&j), Ok(()));
    assert_eq!(
        j.kid(MARCO).and_then(|k| k.last_noted),
        Some(at("2026-12-08T17:00:00+01:00"))
    );
}

#[test]
fn the_invariant_check_finds_what_the_indexes_and_references_disagree_on() {
    let mut j = a_week();
    let marco = j.kid(MARCO).cloned().unwrap_or_else(|| panic!("Marco"));
    let stale = attune::domain::Kid {
        last_noted: Some(at("2026-12-30T10:00:00Z")),
        ..marco.clone()
    };
    j.apply([Change::Put(Entity::Kid(stale))]);
    assert_eq!(j.check_invariants(), Err(vec![Flaw::LastNoted(MARCO)]));

    let mut j = a_week();
    j.apply([Change::Delete(EntityRef {
        kind: EntityKind::Kid,
        id: MARCO.0,
    })]);
    let flaws = j.check_invariants().err().unwrap_or_default();
    let kid = EntityRef {
        kind: EntityKind::Kid,
        id: MARCO.0,
    };
    let dangling: Vec<_> = flaws
        .iter()
        .filter(|f| matches!(f, Flaw::Dangling { to, .. } if *to == kid))
        .collect();
    assert_eq!(dangling.len(), 3, "two notes and a follow-up: {flaws:?}");

    // A command's journal, reloaded from its own entities, is the same.
    let j = a_week();
    assert_eq!(Journal::from_records(j.entities()), j);
}
