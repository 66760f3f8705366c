//! The Kids list: which kids, in which order.

use super::order;
use chrono::NaiveDate;

use super::{GroupId, Journal, Kid};

/// How the Kids list is ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum KidOrder {
    #[default]
    Name,
    /// Never connected first, then the longest since the last connection.
    LongestWithoutContact,
}

/// One kid in the list, with when the leader last connected with them.
#[derive(Debug, Clone, PartialEq)]
pub struct KidListRow {
    pub kid: Kid,
    pub last_connected: Option<NaiveDate>,
}

/// The kids to list: only `group`'s when given, archived ones only when
/// asked for, in `order`. Ties keep name order.
pub fn kid_list(
    journal: &Journal,
    group: Option<GroupId>,
    archived: bool,
    order: KidOrder,
) -> Vec<KidListRow> {
    let last = journal.last_connections();
    let mut rows: Vec<KidListRow> = journal
        .kids_by_name(archived)
        .into_iter()
        .filter(|k| group.is_none_or(|g| k.groups.contains(&g)))
        .map(|k| KidListRow {
            kid: k.clone(),
            last_connected: last.get(&k.id).copied(),
        })
        .collect();
    if order == KidOrder::LongestWithoutContact {
        order::sort_by_key(&mut rows, |r| r.last_connected);
    }
    rows
}

/// "today", "yesterday", "12 days ago": how long since a day, in words.
pub fn days_ago(then: NaiveDate, today: NaiveDate) -> String {
    match (today - then).num_days() {
        i64::MIN..=0 => "today".into(),
        1 => "yesterday".into(),
        n => format!("{n} days ago"),
    }
}
