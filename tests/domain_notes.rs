//! Notes and follow-ups as the journal keeps them: indexed per kid, checked, and in time order.

mod support;

use support::day;

use attune::domain::*;
use support::journals::{MARCO, ZOE, note, two_kids};
use support::{at, run};

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
    j.take_in_history([Entity::Note(back)].into_iter().collect());
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
    let loaded = Journal::from_head(j.entities().filter(|e| !matches!(e, Entity::Note(_))));
    let mut started = loaded;
    let notes = j.entities().filter(|e| matches!(e, Entity::Note(_)));
    started.take_in_history(notes.collect());
    assert_eq!(started, j);
    assert_eq!(texts_about(&started, MARCO), ["both of them"]);
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
        due: Due::FirstSeenOnOrAfter(day("2026-12-05")),
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
