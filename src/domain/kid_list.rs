//! The Kids list: which kids, in which order.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::{GroupId, Journal, Kid, KidId, fold, order};

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

/// The kids a note might be about, in the order the note form offers them:
/// first those on the list of a session held `today`, present ones first;
/// then the most recently noted; ties by name. Only active kids not already
/// `chosen` whose name or nickname starts with `typed` (folded), at most `limit`.
pub fn note_candidates<'a>(
    journal: &'a Journal,
    today: NaiveDate,
    typed: &str,
    chosen: &[KidId],
    limit: usize,
) -> Vec<&'a Kid> {
    let wanted = fold(typed);
    let mut at_session: BTreeMap<KidId, bool> = BTreeMap::new();
    for s in journal.sessions().filter(|s| s.date == today) {
        for a in &s.attendance {
            *at_session.entry(a.kid).or_default() |= a.present;
        }
    }
    let mut kids: Vec<&Kid> = journal
        .kids_by_name(false)
        .into_iter()
        .filter(|k| !chosen.contains(&k.id))
        .filter(|k| {
            wanted.is_empty()
                || fold(&k.first_name).starts_with(&wanted)
                || k.nickname
                    .as_deref()
                    .is_some_and(|n| fold(n).starts_with(&wanted))
        })
        .collect();
    // Stable: within each rank the kids stay in name order.
    order::sort_by_key(&mut kids, |k| {
        let session = match at_session.get(&k.id) {
            Some(true) => 0,
            Some(false) => 1,
            None => 2,
        };
        (session, std::cmp::Reverse(k.last_noted))
    });
    kids.truncate(limit);
    kids
}

/// "today", "yesterday", "12 days ago": how long since a day, in words.
pub fn days_ago(then: NaiveDate, today: NaiveDate) -> String {
    match (today - then).num_days() {
        i64::MIN..=0 => "today".into(),
        1 => "yesterday".into(),
        n => format!("{n} days ago"),
    }
}
