//! The journal aggregate: every entity in memory, and the commands that change them.
//!
//! Commands take `&self` and return the [`Change`]s they need; [`Journal::apply`]
//! makes them real. Callers store first and apply after, so memory never runs
//! ahead of what is safely on disk.

mod follow_ups;
mod groups;
mod kids;
mod notes;
mod queries;
mod seen;
mod sessions;
mod undo;

pub mod invariants;

pub use notes::NoteEdit;

use std::collections::BTreeMap;

use super::text::fold;
use super::{Change, Entity, EntityKind, EntityRef, FollowUpId, GroupId, KidId, Moment, Note};
use super::{FollowUp, Group, Kid, NoteId, Session, SessionId};

/// Why a command was refused. Each variant becomes one sentence for the
/// leader in the UI's error module.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JournalError {
    #[error("name is missing")]
    NameMissing,
    #[error("name is too long")]
    NameTooLong,
    #[error("an interest is too long")]
    InterestTooLong,
    #[error("another kid already has this name and nickname")]
    DuplicateName,
    #[error("kid not found")]
    KidNotFound,
    #[error("group not found")]
    GroupNotFound,
    #[error("group name is missing")]
    GroupNameMissing,
    #[error("group name is too long")]
    GroupNameTooLong,
    #[error("check-in cadence must be 1 to 365 days")]
    CadenceOutOfRange,
    #[error("note is empty")]
    NoteEmpty,
    #[error("note is too long")]
    NoteTooLong,
    #[error("note is not about any kid")]
    NoteWithoutKid,
    #[error("note not found")]
    NoteNotFound,
    #[error("follow-up prompt is missing")]
    PromptMissing,
    #[error("follow-up prompt is too long")]
    PromptTooLong,
    #[error("follow-up not found")]
    FollowUpNotFound,
    #[error("follow-up is already closed")]
    FollowUpClosed,
    #[error("an outcome can only be added once, to a follow-up that is done")]
    OutcomeNotExpected,
    #[error("session not found")]
    SessionNotFound,
    #[error("kid is not on this session's list")]
    KidNotInSession,
    #[error("session has ended")]
    SessionEnded,
    #[error("id already in use")]
    IdTaken,
    #[error("the records have changed since")]
    ChangedSince,
}

type Result<T> = std::result::Result<T, JournalError>;

/// Every kid, group, note, follow-up and session in memory, with the indexes
/// kept as they change.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Journal {
    kids: BTreeMap<KidId, Kid>,
    groups: BTreeMap<GroupId, Group>,
    notes: BTreeMap<NoteId, Note>,
    follow_ups: BTreeMap<FollowUpId, FollowUp>,
    sessions: BTreeMap<SessionId, Session>,
    /// Each note's text and tags folded once, when the note arrives, so a
    /// search compares plain strings instead of folding every note per keystroke.
    folded: BTreeMap<NoteId, FoldedNote>,
    /// The notes about each kid, kept as notes come and go, so that a kid's
    /// page reads their notes rather than every note.
    /// Each list is in id order.
    about: BTreeMap<KidId, Vec<NoteId>>,
    /// The days each kid was seen, earliest first, so where a follow-up that
    /// waits to see them stands is a lookup. Rebuilt when records come in
    /// bulk, kept by [`Journal::apply`] otherwise.
    seen: seen::SeenIndex,
}

/// A note's words as search compares them.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct FoldedNote {
    pub text: String,
    pub tags: Vec<String>,
    /// The labels of its chips ("quiet today"), so a search finds what was tapped.
    pub chips: String,
}

impl FoldedNote {
    pub(crate) fn of(note: &Note) -> FoldedNote {
        let chips: Vec<&str> = note.chips.iter().map(|c| c.label()).collect();
        FoldedNote {
            text: fold(&note.text),
            tags: note.tags.iter().map(|t| fold(t)).collect(),
            chips: chips.join(" · "),
        }
    }
}

/// The store's history (notes, closed follow-ups, ended sessions), read apart
/// from the journal on screen so each record is indexed as it is decoded.
/// Nothing reads it but [`Journal::take_in_history`]: its days seen are in
/// no order until then.
#[derive(Debug, Clone, Default)]
pub struct History(Journal);

impl History {
    pub fn add(&mut self, record: Entity) {
        self.0.see_in_bulk(&record);
        self.0.put(record);
    }

    pub fn note_count(&self) -> usize {
        self.0.notes.len()
    }
}

impl FromIterator<Entity> for History {
    fn from_iter<I: IntoIterator<Item = Entity>>(records: I) -> History {
        let mut history = History::default();
        records.into_iter().for_each(|r| history.add(r));
        history
    }
}

impl Journal {
    /// Builds a journal from stored records, as a backup file holds them: a
    /// later record with the same id wins, and each kid's last noted moment
    /// comes from the notes among them.
    pub fn from_records(records: impl IntoIterator<Item = Entity>) -> Journal {
        let mut journal = Journal::from_head(records);
        journal.refresh_last_noted();
        journal
    }

    /// Builds the journal Today shows from the store's head (kids, groups, open
    /// follow-ups, running sessions), trusting each kid's stored last noted
    /// moment until [`Journal::take_in_history`] brings the notes.
    pub fn from_head(records: impl IntoIterator<Item = Entity>) -> Journal {
        let mut journal = Journal::default();
        for record in records {
            journal.put(record);
        }
        journal.seen = seen::SeenIndex::of(&journal);
        journal
    }

    /// Takes in the history built apart, its records winning over ones with
    /// the same id, then works out each kid's last noted moment from the notes.
    pub fn take_in_history(&mut self, History(mut loaded): History) {
        // The days seen the history already holds, with those of the records
        // it does not replace: no index rebuilt from every note in the one
        // task that ends start-up.
        self.seen = loaded.seen_with_the_rest_of(self);
        // Inserted one by one: `BTreeMap::append` would add ten kilobytes of
        // wasm for six maps, to save a millisecond at a year of notes.
        self.kids.extend(loaded.kids);
        self.groups.extend(loaded.groups);
        if self.notes.is_empty() {
            // Start-up: the head holds no notes, so the loaded indexes are whole.
            self.notes = loaded.notes;
            self.about = loaded.about;
            self.folded = loaded.folded;
        } else {
            for note in loaded.notes.into_values() {
                self.store_note(note);
            }
            self.folded.extend(loaded.folded);
        }
        self.follow_ups.extend(loaded.follow_ups);
        self.sessions.extend(loaded.sessions);
        self.refresh_last_noted();
    }

    fn refresh_last_noted(&mut self) {
        let mut newest: BTreeMap<KidId, Moment> = BTreeMap::new();
        for note in self.notes.values() {
            for kid in &note.kids {
                let entry = newest.entry(*kid).or_insert(note.created_at);
                *entry = (*entry).max(note.created_at);
            }
        }
        for kid in self.kids.values_mut() {
            kid.last_noted = newest.get(&kid.id).copied();
        }
    }

    /// Every entity, for export and for tests.
    pub fn entities(&self) -> impl Iterator<Item = Entity> + '_ {
        let kids = self.kids.values().cloned().map(Entity::Kid);
        let groups = self.groups.values().cloned().map(Entity::Group);
        let notes = self.notes.values().cloned().map(Entity::Note);
        let follow_ups = self.follow_ups.values().cloned().map(Entity::FollowUp);
        let sessions = self.sessions.values().cloned().map(Entity::Session);
        kids.chain(groups)
            .chain(notes)
            .chain(follow_ups)
            .chain(sessions)
    }

    pub fn apply(&mut self, changes: impl IntoIterator<Item = Change>) {
        for change in changes {
            let target = change.target();
            self.unsee(target);
            match change {
                Change::Put(entity) => self.put(entity),
                Change::Delete(target) => self.remove(target),
            }
            self.see(target);
        }
    }

    fn put(&mut self, entity: Entity) {
        match entity {
            Entity::Kid(k) => drop(self.kids.insert(k.id, k)),
            Entity::Group(g) => drop(self.groups.insert(g.id, g)),
            Entity::Note(n) => {
                self.folded.insert(n.id, FoldedNote::of(&n));
                self.store_note(n);
            }
            Entity::FollowUp(f) => drop(self.follow_ups.insert(f.id, f)),
            Entity::Session(s) => drop(self.sessions.insert(s.id, s)),
        }
    }

    fn remove(&mut self, target: EntityRef) {
        match target.kind {
            EntityKind::Kid => drop(self.kids.remove(&KidId(target.id))),
            EntityKind::Group => drop(self.groups.remove(&GroupId(target.id))),
            EntityKind::Note => {
                self.folded.remove(&NoteId(target.id));
                self.unindex_note(NoteId(target.id));
                self.notes.remove(&NoteId(target.id));
            }
            EntityKind::FollowUp => drop(self.follow_ups.remove(&FollowUpId(target.id))),
            EntityKind::Session => drop(self.sessions.remove(&SessionId(target.id))),
        }
    }

    /// Keeps a note, in place of any with its id, and in the index of the
    /// kids it is about.
    fn store_note(&mut self, note: Note) {
        self.unindex_note(note.id);
        self.index_note(&note);
        self.notes.insert(note.id, note);
    }

    fn index_note(&mut self, note: &Note) {
        for kid in &note.kids {
            let notes = self.about.entry(*kid).or_default();
            if let Err(at) = notes.binary_search(&note.id) {
                notes.insert(at, note.id);
            }
        }
    }

    /// Forgets which kids a stored note is about, before it changes or goes.
    fn unindex_note(&mut self, id: NoteId) {
        let Some(old) = self.notes.get(&id) else {
            return;
        };
        for kid in &old.kids {
            if let Some(notes) = self.about.get_mut(kid) {
                notes.retain(|n| *n != id);
                if notes.is_empty() {
                    self.about.remove(kid);
                }
            }
        }
    }
}
