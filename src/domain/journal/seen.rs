//! When the leader saw each kid, as a follow-up that waits to see them asks.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::Journal;
use crate::domain::order;
use crate::domain::{
    Entity, EntityKind, EntityRef, FollowUp, KidId, Note, NoteId, Session, SessionId, Standing,
};

/// What showed a kid was seen on a day: a note about them, or a session
/// they came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Seen {
    Note(NoteId),
    Session(SessionId),
}

/// The days each kid was seen, each kid's earliest first.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct SeenIndex(BTreeMap<KidId, Vec<(NaiveDate, Seen)>>);

impl SeenIndex {
    /// Built from every note and session at once, when records come in bulk.
    pub(super) fn of(j: &Journal) -> SeenIndex {
        let mut index = SeenIndex::default();
        let notes = j.notes.values().flat_map(days_of_note);
        for day in notes.chain(j.sessions.values().flat_map(days_of_session)) {
            index.push(day);
        }
        index.in_order()
    }

    /// Adds a day out of order, for an index built in bulk and then put in
    /// order once by [`SeenIndex::in_order`].
    fn push(&mut self, (kid, day, seen): (KidId, NaiveDate, Seen)) {
        self.0.entry(kid).or_default().push((day, seen));
    }

    /// Each kid's days in order, each once.
    fn in_order(mut self) -> SeenIndex {
        for days in self.0.values_mut() {
            order::sort(days);
            // A note may name a kid twice; the index, like `about`, holds it once.
            days.dedup();
        }
        self
    }

    fn add(&mut self, (kid, day, seen): (KidId, NaiveDate, Seen)) {
        let days = self.0.entry(kid).or_default();
        if let Err(at) = days.binary_search(&(day, seen)) {
            days.insert(at, (day, seen));
        }
    }

    fn remove(&mut self, (kid, day, seen): (KidId, NaiveDate, Seen)) {
        if let Some(days) = self.0.get_mut(&kid) {
            if let Ok(at) = days.binary_search(&(day, seen)) {
                days.remove(at);
            }
            if days.is_empty() {
                self.0.remove(&kid);
            }
        }
    }
}

/// The kids a note is about, each seen the day it was written.
fn days_of_note(n: &Note) -> impl Iterator<Item = (KidId, NaiveDate, Seen)> + '_ {
    let day = n.created_at.date_naive();
    n.kids.iter().map(move |kid| (*kid, day, Seen::Note(n.id)))
}

/// The kids who came to a session, each seen on its day.
fn days_of_session(s: &Session) -> impl Iterator<Item = (KidId, NaiveDate, Seen)> + '_ {
    let present = s.attendance.iter().filter(|a| a.present);
    present.map(move |a| (a.kid, s.date, Seen::Session(s.id)))
}

impl Journal {
    /// The first day on or after `from` the leader saw `kid`: a session they
    /// came to, or a note about them other than `except` (the note a
    /// follow-up came from, written the day it was set).
    pub fn first_seen(
        &self,
        kid: KidId,
        from: NaiveDate,
        except: Option<NoteId>,
    ) -> Option<NaiveDate> {
        let days = self.seen.0.get(&kid)?;
        let start = days.partition_point(|(day, _)| *day < from);
        days[start..]
            .iter()
            .find(|(_, seen)| except.is_none_or(|note| *seen != Seen::Note(note)))
            .map(|(day, _)| *day)
    }

    /// Where a follow-up stands on `today`, counting when its kid was seen.
    pub fn standing(&self, f: &FollowUp, today: NaiveDate) -> Standing {
        let seen = f
            .seen_from()
            .filter(|from| *from <= today)
            .and_then(|from| self.first_seen(f.kid, from, f.from_note));
        f.standing(today, seen)
    }

    /// Notes the days a record read in bulk stands for, out of order until
    /// [`Journal::seen_with_the_rest_of`], in place of those of an earlier
    /// copy of it.
    pub(super) fn see_in_bulk(&mut self, record: &Entity) {
        for (kid, day, seen) in self.days_of(record.entity_ref()) {
            if let Some(days) = self.seen.0.get_mut(&kid) {
                days.retain(|d| *d != (day, seen));
            }
        }
        match record {
            Entity::Note(n) => days_of_note(n).for_each(|d| self.seen.push(d)),
            Entity::Session(s) => days_of_session(s).for_each(|d| self.seen.push(d)),
            Entity::Kid(_) | Entity::Group(_) | Entity::FollowUp(_) => {}
        }
    }

    /// The days seen this journal's records stand for, put in order, with
    /// those of `other`'s notes and sessions it holds no copy of; this
    /// journal's index is left empty.
    pub(super) fn seen_with_the_rest_of(&mut self, other: &Journal) -> SeenIndex {
        let mut seen = std::mem::take(&mut self.seen).in_order();
        let notes = other
            .notes
            .values()
            .filter(|n| !self.notes.contains_key(&n.id));
        let sessions = other
            .sessions
            .values()
            .filter(|s| !self.sessions.contains_key(&s.id));
        let days = notes.flat_map(days_of_note);
        for day in days.chain(sessions.flat_map(days_of_session)) {
            seen.add(day);
        }
        seen
    }

    /// Takes the days a note or session stands for out of the index, before
    /// it changes or goes.
    pub(super) fn unsee(&mut self, target: EntityRef) {
        for day in self.days_of(target) {
            self.seen.remove(day);
        }
    }

    /// Puts the days a note or session stands for into the index, once it
    /// is stored.
    pub(super) fn see(&mut self, target: EntityRef) {
        for day in self.days_of(target) {
            self.seen.add(day);
        }
    }

    /// The days the stored record `target` stands for: none for a kid, a
    /// group or a follow-up.
    fn days_of(&self, target: EntityRef) -> Vec<(KidId, NaiveDate, Seen)> {
        match target.kind {
            EntityKind::Note => self
                .notes
                .get(&NoteId(target.id))
                .map(|n| days_of_note(n).collect())
                .unwrap_or_default(),
            EntityKind::Session => self
                .sessions
                .get(&SessionId(target.id))
                .map(|s| days_of_session(s).collect())
                .unwrap_or_default(),
            EntityKind::Kid | EntityKind::Group | EntityKind::FollowUp => Vec::new(),
        }
    }
}
