//! Kids and groups: added, named, edited, archived and deleted as a leader does.

mod support;

use support::day;

use attune::domain::*;
use chrono::Weekday;
use support::journals::{MARCO, ZOE, note, two_kids};
use support::{at, journal_with_kid, kid_draft, run};

#[test]
fn adding_a_kid_plans_one_write_and_changes_nothing_until_applied() {
    let j = Journal::default();
    let draft = kid_draft(" Marco ", "soccer, #lego");
    let changes = j.add_kid(MARCO, &draft, at("2026-12-01T10:00:00+00:00"));
    let changes = changes.unwrap_or_default();
    assert_eq!(changes.len(), 1);
    assert_eq!(j.kid_count(), 0, "planning must not change the journal");
    let mut j = j;
    j.apply(changes);
    let marco = j
        .kid(MARCO)
        .map(|k| (k.first_name.clone(), k.interests.clone()));
    assert_eq!(
        marco,
        Some(("Marco".into(), vec!["soccer".into(), "lego".into()]))
    );
}

#[test]
fn a_second_kid_with_the_same_name_needs_a_nickname() {
    let mut j = journal_with_kid("Sam", 1);
    let now = at("2026-12-01T10:00:00+00:00");
    assert_eq!(
        j.add_kid(KidId(2), &kid_draft("sam", ""), now),
        Err(JournalError::DuplicateName)
    );
    let with_nickname = KidDraft {
        nickname: "Sammy".into(),
        ..kid_draft("Sam", "")
    };
    let planned = j.add_kid(KidId(2), &with_nickname, now);
    run(&mut j, planned);
    let names: Vec<&str> = j.kids_by_name(false).iter().map(|k| k.name()).collect();
    assert_eq!(names, ["Sam", "Sammy"]);
}

#[test]
fn editing_keeps_identity_and_creation_time() {
    let mut j = journal_with_kid("Marco", 1);
    let before = j.kid(MARCO).map(|k| k.created_at);
    let draft = KidDraft {
        nickname: "Marky".into(),
        ..kid_draft("Marco", "soccer, chess")
    };
    let planned = j.update_kid(MARCO, &draft);
    run(&mut j, planned);
    let kid = j.kid(MARCO);
    assert_eq!(kid.map(|k| k.name()), Some("Marky"));
    assert_eq!(kid.map(|k| k.interests.len()), Some(2));
    assert_eq!(kid.map(|k| k.created_at), before);
    assert_eq!(
        j.update_kid(KidId(99), &draft),
        Err(JournalError::KidNotFound)
    );
}

#[test]
fn archived_kids_leave_the_list_and_can_come_back() {
    let mut j = two_kids();
    let planned = j.set_kid_archived(MARCO, true);
    run(&mut j, planned);
    let active: Vec<KidId> = j.kids_by_name(false).iter().map(|k| k.id).collect();
    assert_eq!(active, [ZOE]);
    assert_eq!(j.kids_by_name(true).len(), 2);
    let planned = j.set_kid_archived(MARCO, false);
    run(&mut j, planned);
    assert_eq!(j.kids_by_name(false).len(), 2);
}

#[test]
fn deleting_a_kid_removes_their_own_notes_but_keeps_shared_ones() {
    let mut j = two_kids();
    let now = at("2026-12-02T10:00:00+00:00");
    let planned = j.add_note(NoteId(10), &note("only Marco", &[MARCO]), now);
    run(&mut j, planned);
    let planned = j.add_note(NoteId(11), &note("both of them", &[MARCO, ZOE]), now);
    run(&mut j, planned);
    let follow = FollowUpDraft {
        kid: MARCO,
        prompt: "Ask about the game".into(),
        due: Due::NextTimeSeen,
        from_note: None,
    };
    let planned = j.add_follow_up(FollowUpId(20), &follow, now);
    run(&mut j, planned);

    let planned = j.delete_kid(MARCO);
    run(&mut j, planned);
    assert!(j.kid(MARCO).is_none());
    assert!(j.note(NoteId(10)).is_none());
    assert_eq!(j.note(NoteId(11)).map(|n| n.kids.clone()), Some(vec![ZOE]));
    assert!(j.follow_up(FollowUpId(20)).is_none());
    assert_eq!(j.notes_about(ZOE).len(), 1);
}

#[test]
fn note_tags_become_interests_of_every_kid_in_the_note() {
    let mut j = two_kids();
    let draft = note("Both want to try #Soccer and #drawing", &[MARCO, ZOE]);
    let planned = j.add_note(NoteId(1), &draft, at("2026-12-02T10:00:00+00:00"));
    let puts_kids = planned.as_ref().map(|c| {
        c.iter()
            .filter(|c| c.target().kind == EntityKind::Kid)
            .count()
    });
    assert_eq!(puts_kids, Ok(2));
    run(&mut j, planned);
    let interests = |id| j.kid(id).map(|k| k.interests.clone()).unwrap_or_default();
    assert_eq!(interests(MARCO), ["Soccer", "drawing"]);
    // Zoë already liked drawing: it is not added twice.
    assert_eq!(interests(ZOE), ["drawing", "Soccer"]);
}

#[test]
fn groups_and_sessions() {
    let mut j = Journal::default();
    let g = GroupId(5);
    let bad = GroupDraft {
        name: "Huddle".into(),
        cadence_days: 0,
        ..GroupDraft::default()
    };
    assert_eq!(j.add_group(g, &bad), Err(JournalError::CadenceOutOfRange));
    let draft = GroupDraft {
        name: " Huddle ".into(),
        meeting_days: vec![Weekday::Thu, Weekday::Tue, Weekday::Thu],
        ..GroupDraft::default()
    };
    let planned = j.add_group(g, &draft);
    run(&mut j, planned);
    assert_eq!(
        j.group(g).map(|g| g.meeting_days.clone()),
        Some(vec![Weekday::Tue, Weekday::Thu])
    );
    assert_eq!(j.group(g).map(|g| g.cadence_days), Some(14));

    let in_group = KidDraft {
        groups: vec![g],
        ..kid_draft("Marco", "")
    };
    let planned = j.add_kid(MARCO, &in_group, at("2026-12-01T10:00:00+00:00"));
    run(&mut j, planned);
    let planned = j.add_kid(ZOE, &kid_draft("Zoë", ""), at("2026-12-01T10:00:00+00:00"));
    run(&mut j, planned);
    let not_a_group = KidDraft {
        groups: vec![GroupId(6)],
        ..kid_draft("Ana", "")
    };
    assert_eq!(
        j.add_kid(KidId(3), &not_a_group, at("2026-12-01T10:00:00+00:00")),
        Err(JournalError::GroupNotFound)
    );

    let day = day("2026-12-08");
    let planned = j.start_session(SessionId(1), g, day);
    run(&mut j, planned);
    let planned = j.set_attendance(SessionId(1), MARCO, true, None);
    run(&mut j, planned);
    assert_eq!(
        j.session(SessionId(1)).map(|s| s.is_present(MARCO)),
        Some(true)
    );
    assert_eq!(
        j.set_attendance(SessionId(1), ZOE, true, None),
        Err(JournalError::KidNotInSession)
    );
}

#[test]
fn reused_ids_are_refused() {
    let j = journal_with_kid("Marco", 1);
    let again = j.add_kid(
        MARCO,
        &kid_draft("Other", ""),
        at("2026-12-01T10:00:00+00:00"),
    );
    assert_eq!(again, Err(JournalError::IdTaken));
}

#[test]
fn storage_amounts_read_at_a_glance() {
    use attune::domain::byte_size;
    assert_eq!(byte_size(0), "1 KB", "never 0: there is always something");
    assert_eq!(byte_size(300), "1 KB");
    assert_eq!(byte_size(1_536), "2 KB", "half a kilobyte rounds up");
    assert_eq!(byte_size(900 * 1024), "900 KB");
    assert_eq!(byte_size(1024 * 1024), "1.0 MB");
    assert_eq!(byte_size(6_920_000), "6.6 MB");
    assert_eq!(byte_size(1_572_864), "1.5 MB");
    assert_eq!(byte_size(1_625_292), "1.5 MB", "1.55 less a byte");
    assert_eq!(byte_size(300 * 1024 * 1024 * 1024 / 10), "30.0 GB");
    assert_eq!(byte_size(2 << 40), "2048.0 GB", "a large disk's quota");
    assert!(byte_size(u64::MAX).ends_with(" GB"), "no overflow");
}
