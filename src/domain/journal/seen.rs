//! When the leader last saw a kid, as a follow-up that waits to see them asks.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use chrono::NaiveDate;

use super::Journal;
use crate::domain::order;
use crate::domain::{FollowUp, KidId, NoteId, Standing};

/// A day a kid was seen: by a note (which one), or at a session (`None`).
type SeenOn = (NaiveDate, Option<NoteId>);

/// The days each kid was seen, gathered once a kid, so that where many
/// follow-ups stand (Today, the icon's badge) is worked out without reading
/// every session and note again for each follow-up.
pub struct SeenDays<'a> {
    journal: &'a Journal,
    by_kid: RefCell<HashMap<KidId, Rc<Vec<SeenOn>>>>,
}

impl<'a> SeenDays<'a> {
    pub fn new(journal: &'a Journal) -> SeenDays<'a> {
        SeenDays {
            journal,
            by_kid: RefCell::new(HashMap::new()),
        }
    }

    /// Where a follow-up stands on `today`, counting when its kid was seen.
    pub fn standing(&self, f: &FollowUp, today: NaiveDate) -> Standing {
        let seen = f
            .seen_from()
            .filter(|from| *from <= today)
            .and_then(|from| self.first_seen(f.kid, from, f.from_note));
        f.standing(today, seen)
    }

    /// The first day on or after `from` the leader saw `kid`: a session they
    /// came to, or a note about them other than `except` (the note a
    /// follow-up came from, written the day it was set).
    pub fn first_seen(
        &self,
        kid: KidId,
        from: NaiveDate,
        except: Option<NoteId>,
    ) -> Option<NaiveDate> {
        let days = self.days_of(kid);
        let start = days.partition_point(|(day, _)| *day < from);
        days[start..]
            .iter()
            .find(|(_, note)| note.is_none() || *note != except)
            .map(|(day, _)| *day)
    }

    /// Every day `kid` was seen, earliest first.
    fn days_of(&self, kid: KidId) -> Rc<Vec<SeenOn>> {
        if self.by_kid.borrow().is_empty() {
            self.gather();
        }
        self.by_kid.borrow().get(&kid).cloned().unwrap_or_default()
    }

    /// Reads every note and session once, for every kid at once: Today asks
    /// about most kids, and one pass is cheaper than one per kid.
    fn gather(&self) {
        let j = self.journal;
        let mut by_kid: HashMap<KidId, Vec<SeenOn>> = HashMap::new();
        for (kid, ids) in &j.about {
            let noted = ids.iter().filter_map(|id| j.notes.get(id));
            let days = noted.map(|n| (n.created_at.date_naive(), Some(n.id)));
            by_kid.entry(*kid).or_default().extend(days);
        }
        for s in j.sessions.values() {
            for a in s.attendance.iter().filter(|a| a.present) {
                by_kid.entry(a.kid).or_default().push((s.date, None));
            }
        }
        let mut by_kid_sorted = self.by_kid.borrow_mut();
        for (kid, mut days) in by_kid {
            order::sort_by_key(&mut days, |d| *d);
            by_kid_sorted.insert(kid, Rc::new(days));
        }
    }
}

impl Journal {
    /// The first day on or after `from` the leader saw `kid`: a session they
    /// came to, or a note about them other than `except`. For one kid; for
    /// many follow-ups at once, [`SeenDays`] reads every kid's days once.
    pub fn first_seen(
        &self,
        kid: KidId,
        from: NaiveDate,
        except: Option<NoteId>,
    ) -> Option<NaiveDate> {
        let noted = self
            .about
            .get(&kid)
            .into_iter()
            .flatten()
            .filter(|id| Some(**id) != except)
            .filter_map(|id| self.notes.get(id))
            .map(|n| n.created_at.date_naive())
            .filter(|day| *day >= from)
            .min();
        let came = self
            .sessions
            .values()
            .filter(|s| s.date >= from && s.is_present(kid))
            .map(|s| s.date)
            .min();
        noted.into_iter().chain(came).min()
    }

    /// Where a follow-up stands on `today`, counting when its kid was seen.
    pub fn standing(&self, f: &FollowUp, today: NaiveDate) -> Standing {
        let seen = f
            .seen_from()
            .filter(|from| *from <= today)
            .and_then(|from| self.first_seen(f.kid, from, f.from_note));
        f.standing(today, seen)
    }
}
