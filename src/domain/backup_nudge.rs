//! When Today reminds the leader to save a backup.

use chrono::NaiveDate;

use super::Journal;

/// Days between reminders unless the leader chooses otherwise.
pub const DEFAULT_BACKUP_EVERY_DAYS: u32 = 14;

/// Why Today asks for a backup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nudge {
    /// The last backup is this many days old.
    Old(i64),
    /// Nothing saved yet, and the first kid was added this many days ago.
    Never(i64),
}

/// Whether to remind: the last backup (or, with none, the first kid) is at
/// least `every_days` old. `every_days` of 0 means never remind; an empty
/// journal has nothing to lose.
pub fn backup_nudge(
    journal: &Journal,
    last_backup: Option<NaiveDate>,
    every_days: u32,
    today: NaiveDate,
) -> Option<Nudge> {
    if every_days == 0 || journal.kid_count() == 0 {
        return None;
    }
    let due = |since: NaiveDate| (today - since).num_days() >= i64::from(every_days);
    match last_backup {
        Some(day) => due(day).then(|| Nudge::Old((today - day).num_days())),
        None => {
            let first = journal
                .kids_by_name(true)
                .into_iter()
                .map(|k| k.created_at.date_naive())
                .min()?;
            due(first).then(|| Nudge::Never((today - first).num_days()))
        }
    }
}
