//! Which entries of a backup a restore leaves out, and why, entry by entry.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::BackupError;
use super::backup_file::Entry;
use crate::domain::Journal;
use crate::domain::rules::{self, Broken, Window, holds, without_missing_links};
use crate::domain::{Entity, EntityKind, EntityRef};

/// One entry of the file that a restore leaves out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Its place in the file's records, from 0.
    pub entry: usize,
    pub reason: Broken,
    /// When it is left out only because it needs a record the file holds
    /// that is left out itself: that record's entry.
    pub after: Option<usize>,
}

/// What a restore, one way or the other, would leave out of a file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Vetting {
    /// In the file's order.
    pub problems: Vec<Problem>,
    /// Every entry of the file, left out or not.
    pub entries: usize,
    /// Records that come in without a link back to a note or session that
    /// is not there (see `domain::rules`).
    pub links_dropped: usize,
}

impl Vetting {
    pub fn left_out(&self) -> usize {
        self.problems.len()
    }

    /// Of those left out, how many only because they need another.
    pub fn left_out_after_others(&self) -> usize {
        self.problems.iter().filter(|p| p.after.is_some()).count()
    }

    /// A file mostly broken is refused whole: more than half of it left out
    /// is more likely something else than a backup with a few bad entries.
    pub fn refused(&self) -> bool {
        self.left_out() * 2 > self.entries
    }

    pub fn verdict(&self) -> Result<(), BackupError> {
        match self.refused() {
            true => Err(BackupError::MostlyBroken {
                left_out: self.left_out(),
                entries: self.entries,
            }),
            false => Ok(()),
        }
    }
}

/// Vets a file's entries: to replace everything (`here` is `None`: each
/// reference must be to another entry), or to add to what `here` holds
/// (entries it has already are not added, so not vetted; a reference may
/// be to one of its records). Returns the records left out, with why.
pub(super) fn vet_entries(
    entries: &[Entry],
    here: Option<&Journal>,
    today: NaiveDate,
) -> (HashMap<EntityRef, Broken>, Vetting) {
    let window = Window::around(today);
    let on_phone = |t: EntityRef| here.is_some_and(|j| holds(j, t));
    let mut apart = HashMap::new();
    let mut records: Vec<&Entity> = Vec::with_capacity(entries.len());
    for entry in entries.iter().filter(|e| !on_phone(e.target())) {
        match entry {
            Entry::Read(entity) => records.push(entity),
            Entry::Unknown(target, why) => drop(apart.insert(*target, why.clone())),
        }
    }
    rules::vet(&records, &mut apart, &window, &on_phone);
    let vetting = Vetting {
        problems: problems(entries, &apart),
        entries: entries.len(),
        links_dropped: 0,
    };
    (apart, vetting)
}

/// How many entries kept would come in without a link back to a note or
/// session that is not kept: said in the preview.
pub(super) fn links_dropped(entries: &[Entry], apart: &HashMap<EntityRef, Broken>) -> usize {
    // Only notes and sessions are linked back to: the set stays small
    // enough to build for a preview.
    let linked = |t: &EntityRef| matches!(t.kind, EntityKind::Note | EntityKind::Session);
    let kept: HashSet<EntityRef> = (entries.iter().map(Entry::target))
        .filter(|t| linked(t) && !apart.contains_key(t))
        .collect();
    let has = |t: EntityRef| kept.contains(&t);
    (entries.iter())
        .filter_map(|entry| match entry {
            Entry::Read(e) if !apart.contains_key(&e.entity_ref()) => Some(e),
            _ => None,
        })
        .filter(|e| without_missing_links(e, &has).is_some())
        .count()
}

fn problems(entries: &[Entry], apart: &HashMap<EntityRef, Broken>) -> Vec<Problem> {
    if apart.is_empty() {
        return Vec::new();
    }
    let place: HashMap<EntityRef, usize> = (entries.iter().enumerate())
        .map(|(i, e)| (e.target(), i))
        .collect();
    let problem = |(entry, e): (usize, &Entry)| {
        let reason = apart.get(&e.target())?.clone();
        let after = match &reason {
            Broken::Missing { target, .. } => place.get(target).copied(),
            _ => None,
        };
        Some(Problem {
            entry,
            reason,
            after,
        })
    };
    entries.iter().enumerate().filter_map(problem).collect()
}
