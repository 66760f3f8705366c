//! Keeping notes for a chosen time only: which notes would go, and the
//! changes that remove them.

use chrono::{Months, NaiveDate};

use super::{Change, Entity, Journal};

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
/// kids, follow-ups and sessions stay.
pub fn delete_notes_before(journal: &Journal, cutoff: NaiveDate) -> Vec<Change> {
    journal
        .notes()
        .filter(|n| n.created_at.date_naive() < cutoff)
        .map(|n| Change::Delete(Entity::Note(n.clone()).entity_ref()))
        .collect()
}
