//! The journal's commands, as a leader would exercise them.

mod support;

use attune::domain::{
    Change, Chip, Due, Entity, EntityKind, FollowUpDraft, FollowUpId, FollowUpStatus, GroupDraft,
    GroupId, Journal, JournalError, KidDraft, KidId, Mood, NoteDraft, NoteId, SessionId,
};
use chrono::{NaiveDate, Weekday};
use support::{at, journal_with_kid, kid_draft, run};

const MARCO: KidId = KidId(1);
const ZOE: KidId = KidId(2);

fn note(text: &str, kids: &[KidId]) -> NoteDraft {
    NoteDraft {
        text: text.into(),
        kids: kids.to_vec(),
        ..NoteDraft::default()
    }
}

fn two_kids() -> Journal {
    let mut j = journal_with_kid("Marco", MARCO.0);
    let planned = j.add_kid(
        ZOE,
        &kid_draft("Zoë", "drawing"),
        at("2026-12-01T10:01:00+00:00"),
    );
    run(&mut j, planned);
    j
}

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
        .map(|k| (k.display_name.clone(), k.interests.clone()));
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
    let names: Vec<&str> = j.kids_by_name(false).iter().map(|k| k.called()).collect();
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
    assert_eq!(kid.map(|k| k.called()), Some("Marky"));
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

fn texts_about(j: &Journal, kid: KidId) -> Vec<String> {
    j.notes_about(kid).iter().map(|n| n.text.clone()).collect()
}

#[test]
fn a_kids_notes_follow_notes_as_they_change_go_and_load() {
    let mut j = two_kids();
    let planned = j.add_note(
        NoteId(10),
        &note("only Marco", &[MARCO]),
        at("2026-12-02T10:00:00+00:00"),
    );
    run(&mut j, planned);
    let planned = j.add_note(
        NoteId(11),
        &note("both of them", &[MARCO, ZOE]),
        at("2026-12-03T10:00:00+00:00"),
    );
    run(&mut j, planned);
    assert_eq!(texts_about(&j, MARCO), ["both of them", "only Marco"]);
    assert_eq!(texts_about(&j, ZOE), ["both of them"]);

    // The shared note stored again about Zoë alone leaves Marco's notes.
    let mut moved = j.note(NoteId(11)).cloned().expect("note 11");
    moved.kids = vec![ZOE];
    j.apply([Change::Put(Entity::Note(moved.clone()))]);
    assert_eq!(texts_about(&j, MARCO), ["only Marco"]);
    assert_eq!(texts_about(&j, ZOE), ["both of them"]);

    // Loaded after the head, a stored copy wins over the one in memory.
    let mut back = moved.clone();
    back.kids = vec![MARCO];
    j.add_loaded([Entity::Note(back)]);
    assert_eq!(texts_about(&j, MARCO), ["both of them", "only Marco"]);
    assert!(texts_about(&j, ZOE).is_empty());

    // A deleted note is nobody's.
    let gone = j
        .note(NoteId(10))
        .cloned()
        .map(Entity::Note)
        .expect("note 10");
    j.apply([Change::Delete(gone.entity_ref())]);
    assert_eq!(texts_about(&j, MARCO), ["both of them"]);

    // Built apart at start-up, the same journal knows the same notes.
    let loaded = Journal::head_only(j.entities().filter(|e| !matches!(e, Entity::Note(_))));
    let mut started = loaded;
    started.add_loaded(j.entities().filter(|e| matches!(e, Entity::Note(_))));
    assert_eq!(started, j);
    assert_eq!(texts_about(&started, MARCO), ["both of them"]);
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
fn notes_are_validated() {
    let j = two_kids();
    let now = at("2026-12-02T10:00:00+00:00");
    assert_eq!(
        j.add_note(NoteId(1), &note("  ", &[MARCO]), now),
        Err(JournalError::NoteEmpty)
    );
    assert_eq!(
        j.add_note(NoteId(1), &note("hi", &[]), now),
        Err(JournalError::NoteWithoutKid)
    );
    assert_eq!(
        j.add_note(NoteId(1), &note("hi", &[KidId(77)]), now),
        Err(JournalError::KidNotFound)
    );
    let long = "a".repeat(attune::domain::MAX_NOTE_CHARS + 1);
    assert_eq!(
        j.add_note(NoteId(1), &note(&long, &[MARCO]), now),
        Err(JournalError::NoteTooLong)
    );
    let chip_only = NoteDraft {
        chips: vec![Chip::QuietToday],
        ..note("", &[MARCO])
    };
    assert!(
        j.add_note(NoteId(1), &chip_only, now).is_ok(),
        "a chip alone is a note"
    );
}

#[test]
fn timeline_is_newest_first() {
    let mut j = two_kids();
    for (id, when) in [
        (1, "2026-12-01T10:00:00+00:00"),
        (2, "2026-12-03T10:00:00+00:00"),
        (3, "2026-12-02T10:00:00+00:00"),
    ] {
        let planned = j.add_note(NoteId(id), &note("x", &[MARCO]), at(when));
        run(&mut j, planned);
    }
    let order: Vec<u64> = j.notes_about(MARCO).iter().map(|n| n.id.0).collect();
    assert_eq!(order, [2, 3, 1]);
}

#[test]
fn completing_a_follow_up_records_the_outcome_as_a_note() {
    let mut j = two_kids();
    let now = at("2026-12-05T10:00:00+00:00");
    let draft = FollowUpDraft {
        kid: MARCO,
        prompt: "  Ask about   the big game ".into(),
        due: Due::FirstSeenOnOrAfter(NaiveDate::from_ymd_opt(2026, 12, 5).unwrap_or_default()),
        from_note: None,
    };
    let planned = j.add_follow_up(FollowUpId(1), &draft, now);
    run(&mut j, planned);
    assert_eq!(
        j.follow_up(FollowUpId(1)).map(|f| f.prompt.as_str()),
        Some("Ask about the big game")
    );

    let planned = j.complete_follow_up(FollowUpId(1), Some((NoteId(9), "They won 3-1")), now);
    run(&mut j, planned);
    let status = j.follow_up(FollowUpId(1)).map(|f| f.status.clone());
    assert_eq!(
        status,
        Some(FollowUpStatus::Done {
            at: now,
            outcome_note: Some(NoteId(9))
        })
    );
    assert_eq!(
        j.notes_about(MARCO).first().map(|n| n.text.as_str()),
        Some("They won 3-1")
    );
    assert_eq!(
        j.complete_follow_up(FollowUpId(1), None, now),
        Err(JournalError::FollowUpClosed)
    );
    assert_eq!(
        j.dismiss_follow_up(FollowUpId(1), now),
        Err(JournalError::FollowUpClosed)
    );
}

#[test]
fn follow_ups_need_a_prompt_and_a_known_kid() {
    let j = two_kids();
    let now = at("2026-12-05T10:00:00+00:00");
    let mut draft = FollowUpDraft {
        kid: MARCO,
        prompt: " ".into(),
        due: Due::NextTimeSeen,
        from_note: None,
    };
    assert_eq!(
        j.add_follow_up(FollowUpId(1), &draft, now),
        Err(JournalError::PromptMissing)
    );
    draft.prompt = "Ask".into();
    draft.kid = KidId(404);
    assert_eq!(
        j.add_follow_up(FollowUpId(1), &draft, now),
        Err(JournalError::KidNotFound)
    );
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

    let day = NaiveDate::from_ymd_opt(2026, 12, 8).unwrap_or_default();
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
fn a_note_moves_each_kid_last_noted_forward_never_back() {
    let mut j = two_kids();
    assert_eq!(j.kid(MARCO).and_then(|k| k.last_noted), None);
    let later = at("2026-12-05T10:00:00+00:00");
    let planned = j.add_note(NoteId(1), &note("x", &[MARCO, ZOE]), later);
    run(&mut j, planned);
    let planned = j.add_note(
        NoteId(2),
        &note("older", &[MARCO]),
        at("2026-12-02T10:00:00+00:00"),
    );
    run(&mut j, planned);
    assert_eq!(j.kid(MARCO).and_then(|k| k.last_noted), Some(later));
    assert_eq!(j.kid(ZOE).and_then(|k| k.last_noted), Some(later));
}

mod capture {
    use super::*;
    use attune::domain::capture::{CaptureDraft, FollowUpChoice};
    use attune::domain::date_phrase::DateOrder;

    fn draft(text: &str, kids: &[KidId]) -> CaptureDraft {
        CaptureDraft {
            text: text.into(),
            kids: kids.to_vec(),
            ..CaptureDraft::default()
        }
    }

    #[test]
    fn a_note_with_a_date_offers_a_follow_up_for_each_kid() {
        let mut j = two_kids();
        let tuesday = at("2026-12-01T17:00:00+00:00");
        let capture = draft("Big game on Saturday #soccer", &[MARCO, ZOE]);
        let offer = capture.offer(tuesday.date_naive(), DateOrder::DayMonth);
        assert_eq!(
            offer.as_ref().map(|o| o.prompt.as_str()),
            Some("Ask about the big game")
        );
        assert_eq!(
            offer.as_ref().map(|o| o.due),
            Some(Due::FirstSeenOnOrAfter(
                NaiveDate::from_ymd_opt(2026, 12, 5).unwrap_or_default()
            ))
        );
        assert_eq!(offer.as_ref().map(|o| o.phrase.as_str()), Some("Saturday"));

        let ids = [FollowUpId(7), FollowUpId(8)];
        let planned = capture.plan(&j, NoteId(1), &ids, tuesday, DateOrder::DayMonth);
        run(&mut j, planned);
        assert_eq!(j.notes_about(ZOE).len(), 1);
        for (kid, id) in [(MARCO, 7), (ZOE, 8)] {
            let f = j.follow_up(FollowUpId(id));
            assert_eq!(f.map(|f| f.kid), Some(kid));
            let due = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap_or_default();
            assert_eq!(f.map(|f| f.due), Some(Due::FirstSeenOnOrAfter(due)));
            assert_eq!(f.and_then(|f| f.from_note), Some(NoteId(1)));
        }
        assert!(
            j.kid(MARCO)
                .is_some_and(|k| k.interests.contains(&"soccer".to_string()))
        );
    }

    #[test]
    fn the_leader_can_change_reword_or_decline_the_follow_up() {
        let mut j = two_kids();
        let tuesday = at("2026-12-01T17:00:00+00:00");
        let mut capture = draft("Big game on Saturday", &[MARCO]);
        capture.prompt = Some("Ask how the final went".into());
        capture.due = NaiveDate::from_ymd_opt(2026, 12, 7);
        let planned = capture.plan(
            &j,
            NoteId(1),
            &[FollowUpId(2)],
            tuesday,
            DateOrder::DayMonth,
        );
        run(&mut j, planned);
        let f = j.follow_up(FollowUpId(2));
        assert_eq!(f.map(|f| f.prompt.as_str()), Some("Ask how the final went"));
        assert_eq!(
            f.map(|f| f.due),
            Some(Due::FirstSeenOnOrAfter(
                NaiveDate::from_ymd_opt(2026, 12, 7).unwrap_or_default()
            ))
        );

        capture.no_follow_up = true;
        assert_eq!(
            capture.offer(tuesday.date_naive(), DateOrder::DayMonth),
            None
        );
        let planned = capture.plan(
            &j,
            NoteId(3),
            &[FollowUpId(4)],
            tuesday,
            DateOrder::DayMonth,
        );
        run(&mut j, planned);
        assert!(j.follow_up(FollowUpId(4)).is_none());
    }

    #[test]
    fn a_note_that_only_describes_the_day_offers_a_follow_up_folded() {
        let mut j = two_kids();
        let capture = CaptureDraft {
            chips: vec![Chip::QuietToday],
            ..draft("Quiet today, didn't want to talk", &[MARCO])
        };
        let now = at("2026-12-01T17:00:00+00:00");
        assert_eq!(capture.offer(now.date_naive(), DateOrder::DayMonth), None);
        assert!(matches!(
            capture.choice(now.date_naive(), DateOrder::DayMonth),
            FollowUpChoice::Folded { .. }
        ));
        let planned = capture.plan(&j, NoteId(1), &[FollowUpId(2)], now, DateOrder::DayMonth);
        run(&mut j, planned);
        assert_eq!(
            j.note(NoteId(1)).map(|n| n.chips.clone()),
            Some(vec![Chip::QuietToday])
        );
        assert!(j.follow_up(FollowUpId(2)).is_none());
    }

    #[test]
    fn ask_next_time_is_one_choice_away_on_any_note() {
        let mut j = two_kids();
        let mut capture = draft("Mentioned there is a big game coming up.", &[MARCO]);
        let now = at("2026-12-01T17:00:00+00:00");
        // Something ahead without a day is offered open, for next time.
        let offer = capture.offer(now.date_naive(), DateOrder::DayMonth);
        assert_eq!(offer.as_ref().map(|o| o.due), Some(Due::NextTimeSeen));
        assert_eq!(
            offer.map(|o| o.prompt),
            Some("Ask about the big game".into())
        );
        // A note that names nothing ahead takes it from one tap.
        capture.text = "Wore his jersey again".into();
        assert_eq!(capture.offer(now.date_naive(), DateOrder::DayMonth), None);
        capture.next_time = true;
        let planned = capture.plan(&j, NoteId(1), &[FollowUpId(2)], now, DateOrder::DayMonth);
        run(&mut j, planned);
        assert_eq!(
            j.follow_up(FollowUpId(2)).map(|f| f.due),
            Some(Due::NextTimeSeen)
        );
    }

    #[test]
    fn an_event_tonight_comes_back_after_today() {
        let capture = draft("match tonight vs eastside", &[MARCO]);
        let offer = capture.offer(
            NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default(),
            DateOrder::DayMonth,
        );
        assert_eq!(
            offer.map(|o| o.due),
            Some(Due::FirstSeenOnOrAfter(
                NaiveDate::from_ymd_opt(2026, 12, 2).unwrap_or_default()
            ))
        );
    }
}

mod standing {
    use super::*;
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
        let standing =
            |j: &Journal, d: &str| j.follow_up(FollowUpId(1)).map(|f| j.standing(f, day(d)));
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
        let standing =
            |j: &Journal, d: &str| j.follow_up(FollowUpId(1)).map(|f| j.standing(f, day(d)));
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
}

mod search {
    use super::*;
    use attune::domain::search::{Matched, search};

    #[test]
    fn soccer_finds_the_fan_and_the_kids_whose_notes_mention_it() {
        let mut j = two_kids();
        let planned = j.add_kid(
            KidId(3),
            &kid_draft("Ana", "Soccer, chess"),
            at("2026-12-01T10:00:00+00:00"),
        );
        run(&mut j, planned);
        let planned = j.add_note(
            NoteId(1),
            &note("Watched the soccer final with his dad", &[MARCO]),
            at("2026-12-02T10:00:00+00:00"),
        );
        run(&mut j, planned);
        let planned = j.add_note(
            NoteId(2),
            &note("New boots #soccer", &[ZOE]),
            at("2026-12-03T10:00:00+00:00"),
        );
        run(&mut j, planned);

        let hits = search(&j, "SOCCER");
        let names: Vec<&str> = hits.iter().map(|h| h.name.as_str()).collect();
        // Ana by interest; Zoë now has soccer as an interest from the tag too.
        assert_eq!(names, ["Zoë", "Ana", "Marco"]);
        assert_eq!(hits[1].matched, [Matched::Interest("Soccer".into())]);
        let day = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap_or_default();
        assert_eq!(
            hits[2].matched,
            [Matched::Note(
                day,
                "Watched the soccer final with his dad".into()
            )]
        );
        assert!(hits[0].matched.contains(&Matched::Tag("soccer".into())));
    }

    #[test]
    fn a_chip_is_found_by_its_words() {
        let mut j = two_kids();
        let quiet = NoteDraft {
            text: "Sat by the window".into(),
            kids: vec![ZOE],
            chips: vec![Chip::QuietToday],
            session: None,
        };
        let planned = j.add_note(NoteId(1), &quiet, at("2026-12-02T10:00:00+00:00"));
        run(&mut j, planned);
        let hits = search(&j, "quiet");
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].name, "Zoë");
        let day = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap_or_default();
        assert_eq!(
            hits[0].matched,
            [Matched::Note(day, "quiet today: Sat by the window".into())]
        );
        assert!(search(&j, "struggling").is_empty());
    }

    #[test]
    fn names_match_without_accents_or_case_and_empty_finds_nothing() {
        let j = two_kids();
        let hits = search(&j, "zoe");
        assert_eq!(
            hits.iter()
                .map(|h| (h.name.as_str(), h.matched.clone()))
                .collect::<Vec<_>>(),
            [("Zoë", vec![Matched::Name])]
        );
        assert!(search(&j, "   ").is_empty());
        assert!(search(&j, "volleyball").is_empty());
    }

    #[test]
    fn a_long_note_is_shown_as_the_words_around_the_match() {
        use attune::domain::search::excerpt;
        let long = "Came in late and sat by the window for most of the hour, then \
            perked up when the others started talking about the Árbol Park \
            tournament next month and said he wants to try out as goalkeeper this year";
        assert_eq!(
            excerpt(long, "arbol park"),
            "…the others started talking about the Árbol Park tournament next \
             month and said he wants to try out…"
        );
        assert_eq!(excerpt("Short and sweet", "sweet"), "Short and sweet");
        assert!(excerpt(long, "came").starts_with("Came in late"));
    }
}

mod kid_page {
    use super::*;
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
        let today = NaiveDate::from_ymd_opt(2026, 12, 21).unwrap_or_default();
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
                .map(|r| r.kid.called().to_string())
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
        let planned = j.snooze_follow_up(
            FollowUpId(1),
            NaiveDate::from_ymd_opt(2026, 12, 9).unwrap_or_default(),
        );
        run(&mut j, planned);
        let saturday = NaiveDate::from_ymd_opt(2026, 12, 12).unwrap_or_default();
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
