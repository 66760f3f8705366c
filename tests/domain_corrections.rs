//! Mistakes can be fixed: a note edited or deleted, and every one-tap change
//! undone, leave the journal as a leader would expect it, indexes and all.

mod support;

use attune::domain::search::search;
use attune::domain::{
    Change, Chip, Due, FollowUpDraft, FollowUpId, FollowUpStatus, Journal, JournalError, KidId,
    NoteDraft, NoteEdit, NoteId,
};
use chrono::NaiveDate;
use support::{at, journal_with_kid, kid_draft};

const JAYDEN: KidId = KidId(1);
const SOFIA: KidId = KidId(2);
const NOTE: NoteId = NoteId(10);
const ASK: FollowUpId = FollowUpId(20);

fn day(text: &str) -> NaiveDate {
    text.parse()
        .unwrap_or_else(|e| panic!("bad day {text}: {e}"))
}

/// Jayden and Sofia; a note about Jayden on Tuesday, with a follow-up from it.
fn noted() -> Journal {
    let mut j = journal_with_kid("Jayden", JAYDEN.0);
    let planned = j.add_kid(
        SOFIA,
        &kid_draft("Sofia", ""),
        at("2026-12-01T10:00:00+00:00"),
    );
    run(&mut j, planned);
    let draft = NoteDraft {
        text: "Big game on Saturday #soccer".into(),
        kids: vec![JAYDEN],
        ..NoteDraft::default()
    };
    let planned = j.add_note(NOTE, &draft, at("2026-12-01T17:00:00+00:00"));
    run(&mut j, planned);
    let ask = FollowUpDraft {
        kid: JAYDEN,
        prompt: "Ask about the big game".into(),
        due: Due::FirstSeenOnOrAfter(day("2026-12-05")),
        from_note: Some(NOTE),
    };
    let planned = j.add_follow_up(ASK, &ask, at("2026-12-01T17:00:00+00:00"));
    run(&mut j, planned);
    j
}

fn edit(text: &str, kids: &[KidId]) -> NoteEdit {
    NoteEdit {
        text: text.into(),
        kids: kids.to_vec(),
        ..NoteEdit::default()
    }
}

fn interests(j: &Journal, kid: KidId) -> Vec<String> {
    j.kid(kid).map(|k| k.interests.clone()).unwrap_or_default()
}

fn found(j: &Journal, words: &str) -> Vec<String> {
    search(j, words).into_iter().map(|h| h.name).collect()
}

/// Every reference resolves and every index (per kid, search text, last
/// connection) agrees with the records.
fn sound(j: &Journal) {
    if let Err(flaws) = j.check_invariants() {
        panic!("the journal's invariants are broken: {flaws:?}");
    }
}

/// Applies `changes` and checks the journal still holds together.
fn run(j: &mut Journal, changes: Result<Vec<Change>, JournalError>) {
    support::run(j, changes);
    sound(j);
}

/// Applies `changes`, returning what undoes them.
fn run_undoable(j: &mut Journal, changes: Result<Vec<Change>, JournalError>) -> Vec<Change> {
    let changes = changes.unwrap_or_else(|e| panic!("command refused: {e}"));
    let undo = j.undo_of(&changes);
    j.apply(changes);
    sound(j);
    undo
}

#[test]
fn a_note_edited_keeps_its_day_and_is_found_by_its_new_words_only() {
    let mut j = noted();
    let planned = j.edit_note(
        NOTE,
        &edit("Big match on Saturday #football", &[JAYDEN]),
        &[],
        at("2026-12-02T09:00:00+00:00"),
    );
    run(&mut j, planned);
    let note = j.note(NOTE).cloned();
    assert_eq!(
        note.as_ref().map(|n| n.text.as_str()),
        Some("Big match on Saturday #football")
    );
    assert_eq!(
        note.as_ref().map(|n| n.created_at),
        Some(at("2026-12-01T17:00:00+00:00"))
    );
    assert_eq!(
        note.and_then(|n| n.edited_at),
        Some(at("2026-12-02T09:00:00+00:00"))
    );
    assert_eq!(found(&j, "match"), ["Jayden"]);
    assert!(found(&j, "game").is_empty());
    // The tag the edit added joins his interests; the one it took away stays
    // (it is his interest now, to remove on his page if wrong).
    assert_eq!(interests(&j, JAYDEN), ["soccer", "football"]);
    assert_eq!(j.last_connected(JAYDEN), Some(day("2026-12-01")));
}

#[test]
fn a_note_moved_to_the_right_kid_takes_its_follow_up_with_it() {
    let mut j = noted();
    let planned = j.edit_note(
        NOTE,
        &edit("Big game on Saturday #soccer", &[SOFIA]),
        &[FollowUpId(21)],
        at("2026-12-02T09:00:00+00:00"),
    );
    run(&mut j, planned);
    assert!(j.notes_about(JAYDEN).is_empty());
    assert_eq!(j.notes_about(SOFIA).len(), 1);
    assert_eq!(j.last_connected(JAYDEN), None);
    assert_eq!(j.last_connected(SOFIA), Some(day("2026-12-01")));
    assert_eq!(interests(&j, SOFIA), ["soccer"]);
    assert!(
        j.follow_up(ASK).is_none(),
        "Jayden's follow-up from it goes"
    );
    let moved = j.follow_up(FollowUpId(21)).cloned();
    assert_eq!(moved.as_ref().map(|f| f.kid), Some(SOFIA));
    assert_eq!(
        moved.as_ref().map(|f| f.prompt.as_str()),
        Some("Ask about the big game")
    );
    assert_eq!(moved.and_then(|f| f.from_note), Some(NOTE));
}

#[test]
fn a_changed_day_can_move_the_open_follow_up_too() {
    let mut j = noted();
    let mut changed = edit("Big game on Sunday #soccer", &[JAYDEN]);
    changed.move_to = Some(Due::FirstSeenOnOrAfter(day("2026-12-06")));
    let planned = j.edit_note(NOTE, &changed, &[], at("2026-12-02T09:00:00+00:00"));
    run(&mut j, planned);
    assert_eq!(
        j.follow_up(ASK).map(|f| f.due),
        Some(Due::FirstSeenOnOrAfter(day("2026-12-06")))
    );
}

#[test]
fn an_edit_is_held_to_the_rules_of_a_new_note() {
    let j = noted();
    let now = at("2026-12-02T09:00:00+00:00");
    assert_eq!(
        j.edit_note(NOTE, &edit("  ", &[JAYDEN]), &[], now),
        Err(JournalError::NoteEmpty)
    );
    assert_eq!(
        j.edit_note(NOTE, &edit("x", &[]), &[], now),
        Err(JournalError::NoteWithoutKid)
    );
    assert_eq!(
        j.edit_note(NoteId(99), &edit("x", &[JAYDEN]), &[], now),
        Err(JournalError::NoteNotFound)
    );
    let long = "x".repeat(attune::domain::MAX_NOTE_CHARS + 1);
    assert_eq!(
        j.edit_note(NOTE, &edit(&long, &[JAYDEN]), &[], now),
        Err(JournalError::NoteTooLong)
    );
}

#[test]
fn a_note_deleted_goes_with_its_open_follow_up_and_nothing_else() {
    let mut j = noted();
    let other = NoteDraft {
        text: "Quiet, sat with Sofia".into(),
        kids: vec![JAYDEN, SOFIA],
        chips: vec![Chip::QuietToday],
        ..NoteDraft::default()
    };
    let planned = j.add_note(NoteId(11), &other, at("2026-11-28T17:00:00+00:00"));
    run(&mut j, planned);
    let before = j.entities().count();
    let planned = j.delete_note(NOTE);
    let undo = run_undoable(&mut j, planned);
    assert!(j.note(NOTE).is_none());
    assert!(j.follow_up(ASK).is_none());
    assert_eq!(j.entities().count(), before - 2);
    assert_eq!(j.notes_about(JAYDEN).len(), 1);
    assert!(found(&j, "game").is_empty());
    // His last connection goes back to the note that remains.
    assert_eq!(j.last_connected(JAYDEN), Some(day("2026-11-28")));

    // Undone, everything is as it was.
    let expected = noted_with_other();
    j.apply(undo);
    sound(&j);
    assert_eq!(j, expected);
    assert_eq!(found(&j, "game"), ["Jayden"]);
}

fn noted_with_other() -> Journal {
    let mut j = noted();
    let other = NoteDraft {
        text: "Quiet, sat with Sofia".into(),
        kids: vec![JAYDEN, SOFIA],
        chips: vec![Chip::QuietToday],
        ..NoteDraft::default()
    };
    let planned = j.add_note(NoteId(11), &other, at("2026-11-28T17:00:00+00:00"));
    run(&mut j, planned);
    j
}

#[test]
fn a_follow_up_already_asked_stays_when_its_note_goes() {
    let mut j = noted();
    let planned = j.complete_follow_up(
        ASK,
        Some((NoteId(12), "They won 3-1")),
        at("2026-12-08T16:00:00+00:00"),
    );
    run(&mut j, planned);
    let planned = j.delete_note(NOTE);
    run(&mut j, planned);
    assert!(matches!(
        j.follow_up(ASK).map(|f| &f.status),
        Some(FollowUpStatus::Done { .. })
    ));
    // Deleting the outcome's own note leaves the follow-up asked, without words.
    let planned = j.delete_note(NoteId(12));
    run(&mut j, planned);
    assert_eq!(
        j.follow_up(ASK).map(|f| f.status.clone()),
        Some(FollowUpStatus::Done {
            at: at("2026-12-08T16:00:00+00:00"),
            outcome_note: None
        })
    );
    assert_eq!(
        j.last_connected(JAYDEN),
        Some(day("2026-12-08")),
        "asked still counts"
    );
}

/// A one-tap change, as the journal plans it.
type Command = Box<dyn Fn(&Journal) -> Result<Vec<Change>, JournalError>>;

#[test]
fn every_one_tap_change_is_undone_exactly() {
    let now = at("2026-12-05T10:00:00+00:00");
    let cases: Vec<(&str, Command)> = vec![
        (
            "done",
            Box::new(move |j| j.complete_follow_up(ASK, None, now)),
        ),
        ("dismiss", Box::new(move |j| j.dismiss_follow_up(ASK, now))),
        (
            "snooze",
            Box::new(|j| j.snooze_follow_up(ASK, day("2026-12-08"))),
        ),
        (
            "not now",
            Box::new(|j| j.snooze_radar(SOFIA, day("2026-12-12"))),
        ),
        ("archive", Box::new(|j| j.set_kid_archived(SOFIA, true))),
        ("delete note", Box::new(|j| j.delete_note(NOTE))),
        (
            "remove interest",
            Box::new(|j| j.remove_interest(JAYDEN, "Soccer")),
        ),
    ];
    for (what, command) in cases {
        let mut j = noted();
        let before = j.clone();
        let planned = command(&j);
        let undo = run_undoable(&mut j, planned);
        assert_ne!(j, before, "{what} changed nothing");
        j.apply(undo);
        sound(&j);
        assert_eq!(j, before, "{what} was not undone exactly");
    }
}

#[test]
fn a_wrong_tag_can_be_taken_off_the_kid() {
    let mut j = noted();
    let planned = j.remove_interest(JAYDEN, "SOCCER");
    run(&mut j, planned);
    assert!(interests(&j, JAYDEN).is_empty());
    // The note keeps its words; search still finds the note, not an interest.
    assert_eq!(found(&j, "soccer"), ["Jayden"]);
}
