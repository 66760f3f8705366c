//! Links back to where a record came from, which need not hold: dropped
//! where they lead to a record that is not there.

use super::{holds, target};
use crate::domain::{
    Change, Entity, EntityKind, EntityRef, FollowUp, FollowUpStatus, Journal, Note, NoteId,
};

/// A note without its link to a session `has` does not know, or `None`
/// when the link holds.
fn note_without_missing_links(note: &Note, has: &dyn Fn(EntityRef) -> bool) -> Option<Note> {
    let session = note.session?;
    match has(target(EntityKind::Session, session.0)) {
        true => None,
        false => Some(Note {
            session: None,
            ..note.clone()
        }),
    }
}

/// A follow-up without its links to notes `has` does not know, or `None`
/// when they hold.
pub(crate) fn follow_up_without_missing_links(
    f: &FollowUp,
    has: &dyn Fn(EntityRef) -> bool,
) -> Option<FollowUp> {
    let missing = |note: Option<NoteId>| note.is_some_and(|n| !has(target(EntityKind::Note, n.0)));
    let outcome = match f.status {
        FollowUpStatus::Done { outcome_note, .. } => outcome_note,
        _ => None,
    };
    let (from_gone, outcome_gone) = (missing(f.from_note), missing(outcome));
    if !from_gone && !outcome_gone {
        return None;
    }
    let mut f = f.clone();
    if from_gone {
        f.from_note = None;
    }
    if let FollowUpStatus::Done { outcome_note, .. } = &mut f.status
        && outcome_gone
    {
        *outcome_note = None;
    }
    Some(f)
}

/// A record without its links back to records `has` does not know, or
/// `None` when every link holds.
pub fn without_missing_links(entity: &Entity, has: &dyn Fn(EntityRef) -> bool) -> Option<Entity> {
    match entity {
        Entity::Note(n) => note_without_missing_links(n, has).map(Entity::Note),
        Entity::FollowUp(f) => follow_up_without_missing_links(f, has).map(Entity::FollowUp),
        _ => None,
    }
}

/// The changes that drop every link back to a record the journal does not
/// hold: made once a journal is whole, and as the app deletes notes.
pub fn dropped_links(journal: &Journal) -> Vec<Change> {
    let has = |t: EntityRef| holds(journal, t);
    let notes = journal
        .notes()
        .filter_map(|n| note_without_missing_links(n, &has).map(Entity::Note));
    let follow_ups = journal
        .follow_ups()
        .filter_map(|f| follow_up_without_missing_links(f, &has).map(Entity::FollowUp));
    notes.chain(follow_ups).map(Change::Put).collect()
}
