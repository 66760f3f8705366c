//! What always holds of a journal, however its records came in: every
//! reference resolves, and every index agrees with the records. Checked by
//! the tests after commands, restores and loads.

use std::collections::{BTreeMap, BTreeSet};

use super::{FoldedNote, Journal};
use crate::domain::{EntityKind, EntityRef, FollowUpStatus, KidId, Moment, NoteId, rules::holds};

/// One way a journal is not as it should be.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Flaw {
    #[error("{0} is kept under another id")]
    MisKeyed(EntityRef),
    #[error("{0} is a note about no kid")]
    NoteWithoutKid(EntityRef),
    #[error("{from} refers to {to}, which is not there")]
    Dangling { from: EntityRef, to: EntityRef },
    #[error("the notes listed about kid {0} are not the notes about them")]
    About(KidId),
    #[error("the folded words of note {0} are not its words")]
    Folded(NoteId),
    #[error("kid {0}'s last noted moment is not that of their newest note")]
    LastNoted(KidId),
}

fn of(kind: EntityKind, id: u64) -> EntityRef {
    EntityRef { kind, id }
}

impl Journal {
    /// Every flaw found, or `Ok` for a sound journal. A journal whose
    /// history is still loading trusts each kid's stored `last_noted`, so
    /// this is for a whole journal.
    pub fn check_invariants(&self) -> Result<(), Vec<Flaw>> {
        let mut flaws = self.keys();
        flaws.extend(self.references());
        flaws.extend(self.indexes());
        match flaws.is_empty() {
            true => Ok(()),
            false => Err(flaws),
        }
    }

    fn keys(&self) -> Vec<Flaw> {
        let kids = self
            .kids
            .iter()
            .map(|(id, k)| (id.0, k.id.0, EntityKind::Kid));
        let groups = self
            .groups
            .iter()
            .map(|(id, g)| (id.0, g.id.0, EntityKind::Group));
        let notes = self
            .notes
            .iter()
            .map(|(id, n)| (id.0, n.id.0, EntityKind::Note));
        let follow_ups =
            (self.follow_ups.iter()).map(|(id, f)| (id.0, f.id.0, EntityKind::FollowUp));
        let sessions = (self.sessions.iter()).map(|(id, s)| (id.0, s.id.0, EntityKind::Session));
        kids.chain(groups)
            .chain(notes)
            .chain(follow_ups)
            .chain(sessions)
            .filter(|(key, id, _)| key != id)
            .map(|(key, _, kind)| Flaw::MisKeyed(of(kind, key)))
            .collect()
    }

    fn references(&self) -> Vec<Flaw> {
        let mut links: Vec<(EntityRef, EntityRef)> = Vec::new();
        let mut flaws = Vec::new();
        for kid in self.kids.values() {
            let from = of(EntityKind::Kid, kid.id.0);
            links.extend(
                kid.groups
                    .iter()
                    .map(|g| (from, of(EntityKind::Group, g.0))),
            );
        }
        for note in self.notes.values() {
            let from = of(EntityKind::Note, note.id.0);
            if note.kids.is_empty() {
                flaws.push(Flaw::NoteWithoutKid(from));
            }
            links.extend(note.kids.iter().map(|k| (from, of(EntityKind::Kid, k.0))));
            links.extend(note.session.map(|s| (from, of(EntityKind::Session, s.0))));
        }
        for f in self.follow_ups.values() {
            let from = of(EntityKind::FollowUp, f.id.0);
            links.push((from, of(EntityKind::Kid, f.kid.0)));
            links.extend(f.from_note.map(|n| (from, of(EntityKind::Note, n.0))));
            if let FollowUpStatus::Done {
                outcome_note: Some(n),
                ..
            } = f.status
            {
                links.push((from, of(EntityKind::Note, n.0)));
            }
        }
        for s in self.sessions.values() {
            let from = of(EntityKind::Session, s.id.0);
            links.push((from, of(EntityKind::Group, s.group.0)));
            links.extend(
                s.attendance
                    .iter()
                    .map(|a| (from, of(EntityKind::Kid, a.kid.0))),
            );
        }
        let dangling = links.into_iter().filter(|(_, to)| !holds(self, *to));
        flaws.extend(dangling.map(|(from, to)| Flaw::Dangling { from, to }));
        flaws
    }

    fn indexes(&self) -> Vec<Flaw> {
        let mut about: BTreeMap<KidId, Vec<NoteId>> = BTreeMap::new();
        let mut newest: BTreeMap<KidId, Moment> = BTreeMap::new();
        let mut flaws = Vec::new();
        for note in self.notes.values() {
            for kid in &note.kids {
                let ids = about.entry(*kid).or_default();
                // Notes come in id order: a repeat of a kid comes straight after.
                if ids.last() != Some(&note.id) {
                    ids.push(note.id);
                }
                let at = newest.entry(*kid).or_insert(note.created_at);
                *at = (*at).max(note.created_at);
            }
            let folded = FoldedNote::of(note);
            if self.folded.get(&note.id) != Some(&folded) {
                flaws.push(Flaw::Folded(note.id));
            }
        }
        let stray = self.folded.keys().filter(|id| !self.notes.contains_key(id));
        flaws.extend(stray.map(|id| Flaw::Folded(*id)));
        let kids: BTreeSet<&KidId> = about.keys().chain(self.about.keys()).collect();
        let wrong = kids
            .into_iter()
            .filter(|k| about.get(k) != self.about.get(k));
        flaws.extend(wrong.map(|k| Flaw::About(*k)));
        let last_noted = self
            .kids
            .values()
            .filter(|k| k.last_noted != newest.get(&k.id).copied());
        flaws.extend(last_noted.map(|k| Flaw::LastNoted(k.id)));
        flaws
    }
}
