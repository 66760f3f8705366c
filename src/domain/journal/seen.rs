//! When the leader saw each kid, as a follow-up that waits to see them asks.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::Journal;
use crate::domain::order;
use crate::domain::{EntityKind, EntityRef, FollowUp, KidId, NoteId, SessionId, Standing};

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
        let mut by_kid: BTreeMap<KidId, Vec<(NaiveDate, Seen)>> = BTreeMap::new();
        for n in j.notes.values() {
            let day = n.created_at.date_naive();
            for kid in &n.kids {
                by_kid
                    .entry(*kid)
                    .or_default()
                    .push((day, Seen::Note(n.id)));
            }
        }
        for s in j.sessions.values() {
            for a in s.attendance.iter().filter(|a| a.present) {
                by_kid
                    .entry(a.kid)
                    .or_default()
                    .push((s.date, Seen::Session(s.id)));
            }
        }
        for days in by_kid.values_mut() {
            order::sort(days);
            // A note may name a kid twice; the index, like `about`, holds it once.
            days.dedup();
        }
        SeenIndex(by_kid)
    }

    fn add(&mut self, kid: KidId, day: NaiveDate, seen: Seen) {
        let days = self.0.entry(kid).or_default();
        if let Err(at) = days.binary_search(&(day, seen)) {
            days.insert(at, (day, seen));
        }
    }

    fn remove(&mut self, kid: KidId, day: NaiveDate, seen: Seen) {
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

    /// Takes the days a note or session stands for out of the index, before
    /// it changes or goes.
    pub(super) fn unsee(&mut self, target: EntityRef) {
        match target.kind {
            EntityKind::Note => {
                let Some(n) = self.notes.get(&NoteId(target.id)) else {
                    return;
                };
                let day = n.created_at.date_naive();
                for kid in &n.kids {
                    self.seen.remove(*kid, day, Seen::Note(n.id));
                }
            }
            EntityKind::Session => {
                let Some(s) = self.sessions.get(&SessionId(target.id)) else {
                    return;
                };
                for a in s.attendance.iter().filter(|a| a.present) {
                    self.seen.remove(a.kid, s.date, Seen::Session(s.id));
                }
            }
            EntityKind::Kid | EntityKind::Group | EntityKind::FollowUp => {}
        }
    }

    /// Puts the days a note or session stands for into the index, once it
    /// is stored.
    pub(super) fn see(&mut self, target: EntityRef) {
        match target.kind {
            EntityKind::Note => {
                let Some(n) = self.notes.get(&NoteId(target.id)) else {
                    return;
                };
                let day = n.created_at.date_naive();
                for kid in &n.kids {
                    self.seen.add(*kid, day, Seen::Note(n.id));
                }
            }
            EntityKind::Session => {
                let Some(s) = self.sessions.get(&SessionId(target.id)) else {
                    return;
                };
                for a in s.attendance.iter().filter(|a| a.present) {
                    self.seen.add(a.kid, s.date, Seen::Session(s.id));
                }
            }
            EntityKind::Kid | EntityKind::Group | EntityKind::FollowUp => {}
        }
    }
}
