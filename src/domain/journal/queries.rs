//! What the journal answers without changing anything: one record, the lists
//! screens show in their order, and when the leader last connected with a kid.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::{FoldedNote, Journal};
use crate::domain::order;
use crate::domain::text::fold;
use crate::domain::{
    FollowUp, FollowUpId, FollowUpStatus, Group, GroupId, Kid, KidId, Moment, Note, NoteId,
    Session, SessionId,
};

fn done_at(f: &FollowUp) -> Option<Moment> {
    match f.status {
        FollowUpStatus::Done { at, .. } => Some(at),
        _ => None,
    }
}

impl Journal {
    pub fn kid(&self, id: KidId) -> Option<&Kid> {
        self.kids.get(&id)
    }

    /// Kids sorted by the name the leader calls them, archived ones included
    /// only when asked for.
    pub fn kids_by_name(&self, include_archived: bool) -> Vec<&Kid> {
        let mut kids: Vec<&Kid> = self
            .kids
            .values()
            .filter(|k| include_archived || !k.archived)
            .collect();
        order::sort_by_cached_key(&mut kids, |k| (fold(k.name()), k.id));
        kids
    }

    pub fn kid_count(&self) -> usize {
        self.kids.len()
    }

    /// How many kids are archived, without listing them.
    pub fn archived_kid_count(&self) -> usize {
        self.kids.values().filter(|k| k.archived).count()
    }

    pub fn group(&self, id: GroupId) -> Option<&Group> {
        self.groups.get(&id)
    }

    pub fn groups(&self) -> impl Iterator<Item = &Group> {
        self.groups.values()
    }

    pub fn note(&self, id: NoteId) -> Option<&Note> {
        self.notes.get(&id)
    }

    pub fn note_count(&self) -> usize {
        self.notes.len()
    }

    /// Every note, in no particular order.
    pub fn notes(&self) -> impl Iterator<Item = &Note> {
        self.notes.values()
    }

    /// Notes about one kid, newest first.
    pub fn notes_about(&self, kid: KidId) -> Vec<&Note> {
        let mut notes: Vec<&Note> = self
            .about
            .get(&kid)
            .into_iter()
            .flatten()
            .filter_map(|id| self.notes.get(id))
            .collect();
        order::sort_by_key(&mut notes, |n| std::cmp::Reverse(n.created_at));
        notes
    }

    /// Whether a note about `kid` was written in `session`.
    pub fn noted_in(&self, kid: KidId, session: SessionId) -> bool {
        self.about
            .get(&kid)
            .into_iter()
            .flatten()
            .filter_map(|id| self.notes.get(id))
            .any(|n| n.session == Some(session))
    }

    /// The newest note about one kid.
    pub fn newest_note_about(&self, kid: KidId) -> Option<&Note> {
        self.about
            .get(&kid)
            .into_iter()
            .flatten()
            .filter_map(|id| self.notes.get(id))
            .max_by_key(|n| (n.created_at, n.id))
    }

    /// Every note with its folded words, for search.
    pub(crate) fn notes_folded(&self) -> impl Iterator<Item = (&Note, &FoldedNote)> {
        self.notes.values().zip(self.folded.values())
    }

    pub fn follow_up(&self, id: FollowUpId) -> Option<&FollowUp> {
        self.follow_ups.get(&id)
    }

    /// Every follow-up, open or closed, in no particular order.
    pub fn follow_ups(&self) -> impl Iterator<Item = &FollowUp> {
        self.follow_ups.values()
    }

    pub fn open_follow_ups(&self) -> impl Iterator<Item = &FollowUp> {
        self.follow_ups.values().filter(|f| f.is_open())
    }

    pub fn follow_ups_for(&self, kid: KidId) -> impl Iterator<Item = &FollowUp> {
        self.follow_ups.values().filter(move |f| f.kid == kid)
    }

    /// The day the leader last connected with a kid: the newest note about
    /// them, follow-up done with them, or session where they were marked
    /// connected.
    pub fn last_connected(&self, kid: KidId) -> Option<NaiveDate> {
        // One kid's, without building every kid's map: a kid's page asks.
        self.connections()
            .filter(|(k, _)| *k == kid)
            .map(|(_, day)| day)
            .max()
    }

    /// [`Journal::last_connected`] for every kid at once.
    pub fn last_connections(&self) -> BTreeMap<KidId, NaiveDate> {
        let mut last: BTreeMap<KidId, NaiveDate> = BTreeMap::new();
        for (kid, day) in self.connections() {
            let entry = last.entry(kid).or_insert(day);
            *entry = (*entry).max(day);
        }
        last
    }

    /// Every connection with a kid and its day, in no order: what
    /// [`Journal::last_connected`] counts.
    fn connections(&self) -> impl Iterator<Item = (KidId, NaiveDate)> + '_ {
        let noted = self
            .kids
            .values()
            .filter_map(|k| Some((k.id, k.last_noted?.date_naive())));
        let done = self
            .follow_ups
            .values()
            .filter_map(|f| Some((f.kid, done_at(f)?.date_naive())));
        let marked = self.sessions.values().flat_map(|s| {
            s.attendance
                .iter()
                .filter(|a| a.marked_connected())
                .map(move |a| (a.kid, s.date))
        });
        noted.chain(done).chain(marked)
    }

    pub fn session(&self, id: SessionId) -> Option<&Session> {
        self.sessions.get(&id)
    }

    /// The group's session running today, if the leader started one.
    pub fn open_session_for(&self, group: GroupId, today: NaiveDate) -> Option<&Session> {
        self.sessions
            .values()
            .find(|s| s.group == group && !s.ended && s.date == today)
    }

    /// Sessions left running past their day, newest first: each is over,
    /// and waits only for the leader to sweep it and end it.
    pub fn stale_sessions(&self, today: NaiveDate) -> Vec<&Session> {
        let mut stale: Vec<&Session> = self
            .sessions
            .values()
            .filter(|s| !s.ended && s.date < today)
            .collect();
        order::sort_by_key(&mut stale, |s| std::cmp::Reverse(s.date));
        stale
    }

    /// Every session, in no particular order.
    pub fn sessions(&self) -> impl Iterator<Item = &Session> {
        self.sessions.values()
    }
}
