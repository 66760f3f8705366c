//! Sessions: started for a group, each kid marked present and connected,
//! and ended.

use chrono::NaiveDate;

use super::{Journal, JournalError, Result};
use crate::domain::{Attendance, Change, Entity, GroupId, KidId, Mood, Session, SessionId};

impl Journal {
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
}
