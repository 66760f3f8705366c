//! When the leader last saw a kid, as a follow-up that waits to see them asks.

use chrono::NaiveDate;

use super::Journal;
use crate::domain::{FollowUp, KidId, NoteId, Standing};

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
