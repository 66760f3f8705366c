//! Keeping notes for a chosen time only: which notes would go, and the
//! changes that remove them.

use chrono::{Months, NaiveDate};

use std::collections::HashSet;

use super::rules::{follow_up_without_missing_links, holds};
use super::{Change, Entity, EntityKind, EntityRef, Journal, Kid, Moment};

/// The choices offered, in months; none means keep notes forever.
pub const CHOICES: [u32; 4] = [6, 12, 24, 36];

/// What applying a retention of some months would delete today.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetentionPreview {
    /// Notes written before this day go.
    pub cutoff: NaiveDate,
    pub notes: usize,
    pub oldest: Option<NaiveDate>,
}

/// The first day whose notes are kept when keeping `months` months.
pub fn cutoff(today: NaiveDate, months: u32) -> NaiveDate {
    today
        .checked_sub_months(Months::new(months))
        .unwrap_or(NaiveDate::MIN)
}

pub fn preview(journal: &Journal, months: u32, today: NaiveDate) -> RetentionPreview {
    let cutoff = cutoff(today, months);
    let old: Vec<NaiveDate> = journal
        .notes()
        .map(|n| n.created_at.date_naive())
        .filter(|day| *day < cutoff)
        .collect();
    RetentionPreview {
        cutoff,
        notes: old.len(),
        oldest: old.into_iter().min(),
    }
}

/// Deletes every note written before `cutoff` (on its own calendar day);
/// kids, follow-ups and sessions stay, without what pointed to those notes:
/// a follow-up forgets the note it came from or that told its outcome, and
/// a kid whose notes all went is no longer noted.
pub fn delete_notes_before(journal: &Journal, cutoff: NaiveDate) -> Vec<Change> {
    let old = |at: &Moment| at.date_naive() < cutoff;
    let deleted: Vec<EntityRef> = journal
        .notes()
        .filter(|n| old(&n.created_at))
        .map(|n| EntityRef {
            kind: EntityKind::Note,
            id: n.id.0,
        })
        .collect();
    let gone: HashSet<EntityRef> = deleted.iter().copied().collect();
    let has = |t: EntityRef| !gone.contains(&t) && holds(journal, t);
    let follow_ups = journal
        .follow_ups()
        .filter_map(|f| follow_up_without_missing_links(f, &has))
        .map(|f| Change::Put(Entity::FollowUp(f)));
    // A kid's newest note is older than the cutoff only when all of theirs are.
    let kids = journal
        .kids_by_name(true)
        .into_iter()
        .filter(|k| k.last_noted.as_ref().is_some_and(old))
        .map(|k| {
            Change::Put(Entity::Kid(Kid {
                last_noted: None,
                ..k.clone()
            }))
        });
    let mut changes: Vec<Change> = deleted.into_iter().map(Change::Delete).collect();
    changes.extend(follow_ups);
    changes.extend(kids);
    changes
}
