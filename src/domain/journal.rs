//! The journal aggregate: every entity in memory, and the commands that change them.
//!
//! Commands take `&self` and return the [`Change`]s they need; [`Journal::apply`]
//! makes them real. Callers store first and apply after, so memory never runs
//! ahead of what is safely on disk.

mod notes;
mod seen;
mod undo;

pub use notes::NoteEdit;

use super::order;
use std::collections::BTreeMap;

pub mod invariants;

use chrono::NaiveDate;

use super::follow_up::clean_prompt;
use super::kid::identity;
use super::text::fold;
use super::{
    Attendance, Change, Due, Entity, EntityKind, EntityRef, FollowUp, FollowUpDraft, FollowUpId,
    FollowUpStatus, Group, GroupDraft, GroupId, Kid, KidDraft, KidId, Moment, Mood, Note,
    NoteDraft, NoteId, Session, SessionId,
};

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

fn done_at(f: &FollowUp) -> Option<Moment> {
    match f.status {
        FollowUpStatus::Done { at, .. } => Some(at),
        _ => None,
    }
}

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

impl Journal {
    /// Builds a journal from every stored entity; a later entity with the same
    /// id wins.
    pub fn from_entities(entities: impl IntoIterator<Item = Entity>) -> Journal {
        let mut journal = Journal::head_only(entities);
        journal.refresh_last_noted();
        journal
    }

    /// Builds a journal from everything but the notes, trusting each kid's
    /// stored `last_noted` until [`Journal::add_loaded`] brings the notes.
    pub fn head_only(entities: impl IntoIterator<Item = Entity>) -> Journal {
        let mut journal = Journal::default();
        for entity in entities {
            journal.put(entity);
        }
        journal
    }

    /// Adds entities loaded after the head (the notes), then recomputes each
    /// kid's `last_noted` from the notes themselves.
    pub fn add_loaded(&mut self, entities: impl IntoIterator<Item = Entity>) {
        self.absorb(Journal::head_only(entities));
    }

    /// Adds one entity to a journal being loaded, not yet shown: start-up
    /// builds the history apart, a slice at a time, then [`Journal::absorb`]s it.
    pub fn put_loaded(&mut self, entity: Entity) {
        self.put(entity);
    }

    /// Takes in a journal loaded apart (the notes), its entities winning over
    /// ones with the same id, then recomputes each kid's `last_noted`.
    pub fn absorb(&mut self, loaded: Journal) {
        // Inserted one by one: `BTreeMap::append` would add ten kilobytes of
        // wasm for six maps, to save a millisecond at a year of notes.
        self.kids.extend(loaded.kids);
        self.groups.extend(loaded.groups);
        if self.notes.is_empty() {
            // Start-up: the head holds no notes, so the loaded index is whole.
            self.notes = loaded.notes;
            self.about = loaded.about;
        } else {
            for note in loaded.notes.into_values() {
                self.store_note(note);
            }
        }
        self.follow_ups.extend(loaded.follow_ups);
        self.sessions.extend(loaded.sessions);
        self.folded.extend(loaded.folded);
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
            match change {
                Change::Put(entity) => self.put(entity),
                Change::Delete(target) => self.remove(target),
            }
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
        order::sort_by_cached_key(&mut kids, |k| (fold(k.called()), k.id));
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

    fn existing_kid(&self, id: KidId) -> Result<&Kid> {
        self.kids.get(&id).ok_or(JournalError::KidNotFound)
    }

    fn check_groups(&self, groups: &[GroupId]) -> Result<()> {
        match groups.iter().all(|g| self.groups.contains_key(g)) {
            true => Ok(()),
            false => Err(JournalError::GroupNotFound),
        }
    }

    fn check_unique_name(&self, name: &str, nickname: Option<&str>, except: KidId) -> Result<()> {
        let wanted = identity(name, nickname);
        let taken = self
            .kids
            .values()
            .any(|k| k.id != except && k.identity() == wanted);
        match taken {
            true => Err(JournalError::DuplicateName),
            false => Ok(()),
        }
    }

    pub fn add_kid(&self, id: KidId, draft: &KidDraft, now: Moment) -> Result<Vec<Change>> {
        if self.kids.contains_key(&id) {
            return Err(JournalError::IdTaken);
        }
        let clean = draft.clean()?;
        self.check_groups(&clean.groups)?;
        self.check_unique_name(&clean.display_name, clean.nickname.as_deref(), id)?;
        Ok(vec![Change::Put(Entity::Kid(Kid {
            id,
            display_name: clean.display_name,
            nickname: clean.nickname,
            interests: clean.interests,
            groups: clean.groups,
            archived: false,
            created_at: now,
            last_noted: None,
            radar_snoozed_until: None,
        }))])
    }

    pub fn update_kid(&self, id: KidId, draft: &KidDraft) -> Result<Vec<Change>> {
        let kid = self.existing_kid(id)?;
        let clean = draft.clean()?;
        self.check_groups(&clean.groups)?;
        self.check_unique_name(&clean.display_name, clean.nickname.as_deref(), id)?;
        Ok(vec![Change::Put(Entity::Kid(Kid {
            display_name: clean.display_name,
            nickname: clean.nickname,
            interests: clean.interests,
            groups: clean.groups,
            ..kid.clone()
        }))])
    }

    pub fn set_kid_archived(&self, id: KidId, archived: bool) -> Result<Vec<Change>> {
        let kid = self.existing_kid(id)?;
        Ok(vec![Change::Put(Entity::Kid(Kid {
            archived,
            ..kid.clone()
        }))])
    }

    /// Takes one interest off a kid (a `#tag` written by mistake, or an
    /// interest they have left behind).
    pub fn remove_interest(&self, id: KidId, interest: &str) -> Result<Vec<Change>> {
        let kid = self.existing_kid(id)?;
        let mut interests = kid.interests.clone();
        interests.retain(|i| fold(i) != fold(interest));
        Ok(vec![Change::Put(Entity::Kid(Kid {
            interests,
            ..kid.clone()
        }))])
    }

    /// "Not now": leaves a kid off the radar until `until`.
    pub fn snooze_radar(&self, id: KidId, until: NaiveDate) -> Result<Vec<Change>> {
        let kid = self.existing_kid(id)?;
        Ok(vec![Change::Put(Entity::Kid(Kid {
            radar_snoozed_until: Some(until),
            ..kid.clone()
        }))])
    }

    /// Deletes a kid for good, with their follow-ups, the notes only about
    /// them, and their place in notes and sessions shared with others.
    pub fn delete_kid(&self, id: KidId) -> Result<Vec<Change>> {
        self.existing_kid(id)?;
        let mut changes = vec![Change::Delete(EntityRef {
            kind: EntityKind::Kid,
            id: id.0,
        })];
        for f in self.follow_ups.values().filter(|f| f.kid == id) {
            changes.push(Change::Delete(Entity::FollowUp(f.clone()).entity_ref()));
        }
        for note in self.notes.values().filter(|n| n.kids.contains(&id)) {
            if note.kids.len() == 1 {
                changes.push(Change::Delete(Entity::Note(note.clone()).entity_ref()));
            } else {
                let mut kept = note.clone();
                kept.kids.retain(|k| *k != id);
                changes.push(Change::Put(Entity::Note(kept)));
            }
        }
        for session in self.sessions.values() {
            if session.attendance.iter().any(|a| a.kid == id) {
                let mut kept = session.clone();
                kept.attendance.retain(|a| a.kid != id);
                changes.push(Change::Put(Entity::Session(kept)));
            }
        }
        Ok(changes)
    }

    pub fn add_group(&self, id: GroupId, draft: &GroupDraft) -> Result<Vec<Change>> {
        if self.groups.contains_key(&id) {
            return Err(JournalError::IdTaken);
        }
        let (name, meeting_days, cadence_days) = draft.clean()?;
        Ok(vec![Change::Put(Entity::Group(Group {
            id,
            name,
            meeting_days,
            cadence_days,
            archived: false,
        }))])
    }

    pub fn update_group(&self, id: GroupId, draft: &GroupDraft) -> Result<Vec<Change>> {
        let group = self.groups.get(&id).ok_or(JournalError::GroupNotFound)?;
        let (name, meeting_days, cadence_days) = draft.clean()?;
        Ok(vec![Change::Put(Entity::Group(Group {
            name,
            meeting_days,
            cadence_days,
            ..group.clone()
        }))])
    }

    pub fn add_follow_up(
        &self,
        id: FollowUpId,
        draft: &FollowUpDraft,
        now: Moment,
    ) -> Result<Vec<Change>> {
        if self.follow_ups.contains_key(&id) {
            return Err(JournalError::IdTaken);
        }
        self.existing_kid(draft.kid)?;
        let prompt = clean_prompt(&draft.prompt)?;
        Ok(vec![Change::Put(Entity::FollowUp(FollowUp {
            id,
            kid: draft.kid,
            prompt,
            due: draft.due,
            status: FollowUpStatus::Open,
            snoozed_until: None,
            created_at: now,
            from_note: draft.from_note,
        }))])
    }

    fn open_follow_up(&self, id: FollowUpId) -> Result<&FollowUp> {
        let f = self
            .follow_ups
            .get(&id)
            .ok_or(JournalError::FollowUpNotFound)?;
        match f.is_open() {
            true => Ok(f),
            false => Err(JournalError::FollowUpClosed),
        }
    }

    /// Marks a follow-up done; a non-empty outcome joins the kid's timeline as a note.
    pub fn complete_follow_up(
        &self,
        id: FollowUpId,
        outcome: Option<(NoteId, &str)>,
        now: Moment,
    ) -> Result<Vec<Change>> {
        let f = self.open_follow_up(id)?;
        let mut changes = Vec::new();
        let mut outcome_note = None;
        if let Some((note_id, text)) = outcome.filter(|(_, t)| !t.trim().is_empty()) {
            let draft = NoteDraft {
                text: text.to_string(),
                kids: vec![f.kid],
                ..NoteDraft::default()
            };
            changes = self.add_note(note_id, &draft, now)?;
            outcome_note = Some(note_id);
        }
        let status = FollowUpStatus::Done {
            at: now,
            outcome_note,
        };
        changes.push(Change::Put(Entity::FollowUp(FollowUp {
            status,
            ..f.clone()
        })));
        Ok(changes)
    }

    /// Records how a follow-up already marked done went; the outcome joins
    /// the kid's timeline as a note.
    pub fn add_outcome(
        &self,
        id: FollowUpId,
        note: NoteId,
        text: &str,
        now: Moment,
    ) -> Result<Vec<Change>> {
        let f = self
            .follow_ups
            .get(&id)
            .ok_or(JournalError::FollowUpNotFound)?;
        let FollowUpStatus::Done {
            at,
            outcome_note: None,
        } = f.status
        else {
            return Err(JournalError::OutcomeNotExpected);
        };
        let draft = NoteDraft {
            text: text.to_string(),
            kids: vec![f.kid],
            ..NoteDraft::default()
        };
        let mut changes = self.add_note(note, &draft, now)?;
        let status = FollowUpStatus::Done {
            at,
            outcome_note: Some(note),
        };
        changes.push(Change::Put(Entity::FollowUp(FollowUp {
            status,
            ..f.clone()
        })));
        Ok(changes)
    }

    /// Changes what an open follow-up asks and when it comes back; a snooze
    /// is dropped, since the leader has just chosen the day.
    pub fn edit_follow_up(&self, id: FollowUpId, prompt: &str, due: Due) -> Result<Vec<Change>> {
        let f = self.open_follow_up(id)?;
        let prompt = clean_prompt(prompt)?;
        Ok(vec![Change::Put(Entity::FollowUp(FollowUp {
            prompt,
            due,
            snoozed_until: None,
            ..f.clone()
        }))])
    }

    pub fn dismiss_follow_up(&self, id: FollowUpId, now: Moment) -> Result<Vec<Change>> {
        let f = self.open_follow_up(id)?;
        let status = FollowUpStatus::Dismissed { at: now };
        Ok(vec![Change::Put(Entity::FollowUp(FollowUp {
            status,
            ..f.clone()
        }))])
    }

    /// Hides an open follow-up until `until`, when it comes back as it was.
    pub fn snooze_follow_up(&self, id: FollowUpId, until: NaiveDate) -> Result<Vec<Change>> {
        let f = self.open_follow_up(id)?;
        Ok(vec![Change::Put(Entity::FollowUp(FollowUp {
            snoozed_until: Some(until),
            ..f.clone()
        }))])
    }

    /// Opens a session listing the group's active kids, nobody marked present
    /// yet. A session of the group left running from an earlier day is ended
    /// with it: today's group starts fresh.
    pub fn start_session(
        &self,
        id: SessionId,
        group: GroupId,
        date: NaiveDate,
    ) -> Result<Vec<Change>> {
        if self.sessions.contains_key(&id) {
            return Err(JournalError::IdTaken);
        }
        self.groups.get(&group).ok_or(JournalError::GroupNotFound)?;
        let attendance = self
            .kids_by_name(false)
            .into_iter()
            .filter(|k| k.groups.contains(&group))
            .map(|k| Attendance {
                kid: k.id,
                present: false,
                mood: None,
                connected: false,
            })
            .collect();
        let mut changes: Vec<Change> = self
            .sessions
            .values()
            .filter(|s| s.group == group && !s.ended && s.date < date)
            .map(|s| {
                Change::Put(Entity::Session(Session {
                    ended: true,
                    ..s.clone()
                }))
            })
            .collect();
        changes.push(Change::Put(Entity::Session(Session {
            id,
            group,
            date,
            attendance,
            ended: false,
        })));
        Ok(changes)
    }

    pub fn set_attendance(
        &self,
        session: SessionId,
        kid: KidId,
        present: bool,
        mood: Option<Mood>,
    ) -> Result<Vec<Change>> {
        self.change_attendance(session, kid, |entry| {
            entry.present = present;
            entry.mood = if present { mood } else { None };
            entry.connected &= present;
        })
    }

    /// Records that the leader connected with a present kid in a session.
    pub fn mark_connected(&self, session: SessionId, kid: KidId) -> Result<Vec<Change>> {
        self.change_attendance(session, kid, |entry| {
            entry.present = true;
            entry.connected = true;
        })
    }

    /// Changes one kid's line in an open session.
    fn change_attendance(
        &self,
        session: SessionId,
        kid: KidId,
        change: impl FnOnce(&mut Attendance),
    ) -> Result<Vec<Change>> {
        let mut s = self.open_session(session)?.clone();
        let entry = s
            .attendance
            .iter_mut()
            .find(|a| a.kid == kid)
            .ok_or(JournalError::KidNotInSession)?;
        change(entry);
        Ok(vec![Change::Put(Entity::Session(s))])
    }

    /// Closes a session; it then joins the present kids' timelines as history.
    pub fn end_session(&self, session: SessionId) -> Result<Vec<Change>> {
        let s = self.open_session(session)?;
        Ok(vec![Change::Put(Entity::Session(Session {
            ended: true,
            ..s.clone()
        }))])
    }

    fn open_session(&self, id: SessionId) -> Result<&Session> {
        let s = self
            .sessions
            .get(&id)
            .ok_or(JournalError::SessionNotFound)?;
        match s.ended {
            true => Err(JournalError::SessionEnded),
            false => Ok(s),
        }
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

    pub fn set_group_archived(&self, id: GroupId, archived: bool) -> Result<Vec<Change>> {
        let group = self.groups.get(&id).ok_or(JournalError::GroupNotFound)?;
        Ok(vec![Change::Put(Entity::Group(Group {
            archived,
            ..group.clone()
        }))])
    }

    /// Adds a roster to a group: a new kid for each new name, and the group
    /// for each kid already known. `ids` needs one id per new name.
    pub fn import_roster(
        &self,
        group: GroupId,
        new: &[String],
        existing: &[KidId],
        ids: &[KidId],
        now: Moment,
    ) -> Result<Vec<Change>> {
        self.groups.get(&group).ok_or(JournalError::GroupNotFound)?;
        let mut changes = Vec::new();
        for (name, id) in new.iter().zip(ids) {
            let draft = KidDraft {
                display_name: name.clone(),
                groups: vec![group],
                ..KidDraft::default()
            };
            changes.extend(self.add_kid(*id, &draft, now)?);
        }
        for id in existing {
            let kid = self.existing_kid(*id)?;
            if !kid.groups.contains(&group) {
                let mut kid = kid.clone();
                kid.groups.push(group);
                changes.push(Change::Put(Entity::Kid(kid)));
            }
        }
        Ok(changes)
    }
}
