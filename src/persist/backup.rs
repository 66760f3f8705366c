//! The backup file: every record of a journal in one JSON document.
//!
//! ```json
//! {"attune_backup": 1, "exported_at": "2026-12-01T17:00:00+01:00",
//!  "records": [{"v": 1, "kind": "kid", "data": {…}}, …]}
//! ```
//! Each record is the same envelope IndexedDB holds, so a backup goes through
//! the same `restore` step as a stored record, migrations included.

use crate::domain::order;
use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::backup_file::Entry;
use super::choices::unknown_choice;
use super::vet::{Vetting, links_dropped, vet_entries};
use super::{BackupError, DecodeError, Part, Write, decode_record, encode, encode_changes, pack};
use crate::domain::rules::{dropped_links, holds, without_missing_links};
use crate::domain::{Change, Entity, EntityKind, EntityRef, Journal, KidId, Moment};

/// The backup format version this build writes and reads.
pub const BACKUP_VERSION: u32 = 1;
/// Larger files are refused before parsing: a year of notes is a few MB.
pub const MAX_BACKUP_BYTES: usize = 50 * 1024 * 1024;

#[derive(Serialize)]
struct BackupOut<'a> {
    attune_backup: u32,
    exported_at: Moment,
    records: Vec<&'a RawValue>,
}

#[derive(Deserialize)]
struct BackupHead {
    attune_backup: Option<u64>,
}

#[derive(Deserialize)]
struct BackupIn<'a> {
    attune_backup: u32,
    exported_at: Option<Moment>,
    #[serde(borrow)]
    records: Vec<&'a RawValue>,
}

/// A backup whose format is sound: every record is readable, though some
/// may break the rules (see [`Backup::replacement`] and [`merge_plan`]).
#[derive(Debug, Clone)]
pub struct Backup {
    /// The backup format the file was written in.
    pub version: u32,
    pub exported_at: Option<Moment>,
    /// The file's records, in its order: an entry is named by its place.
    pub(super) entries: Vec<Entry>,
}

/// What *Replace everything* would bring: the backup without its broken
/// entries, and what was left out.
#[derive(Debug, Clone)]
pub struct Replacement {
    pub journal: Journal,
    pub vetting: Vetting,
}

/// What a backup holds, for the preview shown before anything is replaced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupSummary {
    pub counts: BTreeMap<EntityKind, usize>,
    pub first_note: Option<chrono::NaiveDate>,
    pub last_note: Option<chrono::NaiveDate>,
}

/// Writes every entity of the journal as a backup document.
pub fn export_backup(journal: &Journal, now: Moment) -> String {
    let encoded: Vec<String> = journal.entities().map(|e| encode(&e).value).collect();
    let records = encoded
        .iter()
        .filter_map(|v| serde_json::from_str::<&RawValue>(v).ok())
        .collect();
    let out = BackupOut {
        attune_backup: BACKUP_VERSION,
        exported_at: now,
        records,
    };
    serde_json::to_string(&out).unwrap_or_default()
}

/// Reads a backup, all or nothing: one unreadable record refuses the file.
pub fn parse_backup(text: &str) -> Result<Backup, BackupError> {
    if text.len() > MAX_BACKUP_BYTES {
        return Err(BackupError::TooLarge);
    }
    if text.trim().is_empty() {
        return Err(BackupError::Empty);
    }
    // Read the version alone first, so a newer format is named as such
    // rather than reported as malformed.
    serde_json::from_str::<serde::de::IgnoredAny>(text).map_err(|_| BackupError::NotJson)?;
    let head: BackupHead = serde_json::from_str(text).map_err(|_| BackupError::NotABackup)?;
    let version = head.attune_backup.ok_or(BackupError::NotABackup)?;
    if version > u64::from(BACKUP_VERSION) {
        return Err(BackupError::TooNew(
            u32::try_from(version).unwrap_or(u32::MAX),
        ));
    }
    let file: BackupIn = serde_json::from_str(text).map_err(|_| BackupError::NotABackup)?;
    if file.attune_backup == 0 {
        return Err(BackupError::NotABackup);
    }
    let mut seen = HashSet::with_capacity(file.records.len());
    let mut entries = Vec::with_capacity(file.records.len());
    for (index, raw) in file.records.iter().enumerate() {
        let entry = match decode_record(raw.get()) {
            Ok(entity) => Entry::Read(entity),
            Err(DecodeError::BadFields) => match unknown_choice(raw.get()) {
                Some((target, why)) => Entry::Unknown(target, why),
                None => return Err(bad_fields(index)),
            },
            Err(reason) => return Err(BackupError::BadRecord { index, reason }),
        };
        if !seen.insert(entry.target()) {
            return Err(BackupError::Duplicate { index });
        }
        entries.push(entry);
    }
    Ok(Backup {
        version: file.attune_backup,
        exported_at: file.exported_at,
        entries,
    })
}

fn bad_fields(index: usize) -> BackupError {
    BackupError::BadRecord {
        index,
        reason: DecodeError::BadFields,
    }
}

/// The writes that make storage hold exactly the backup: every record of the
/// current journal that the backup lacks is deleted, and every backup record
/// is put, at the current schema version.
///
/// The history is written afresh as full packs, unless `unreadable` names a
/// record of the history (one that could not be read): that is left where it
/// is, so the history is then written record by record, to be packed later.
pub fn replace_writes(current: &Journal, backup: &Journal, unreadable: &[String]) -> Vec<Write> {
    let deletes = (entity_refs(current).into_iter())
        .filter(|r| !holds(backup, *r))
        .map(Change::Delete);
    if unreadable.iter().any(|key| Part::History.contains(key)) {
        let puts = backup.entities().map(Change::Put);
        return encode_changes(&deletes.chain(puts).collect::<Vec<_>>());
    }
    let mut writes = encode_changes(&deletes.collect::<Vec<_>>());
    writes.push(Write::ClearHistory);
    let mut history = Vec::new();
    for entity in backup.entities() {
        let record = encode(&entity);
        match Part::History.contains(&record.key) {
            true => history.push((record.key, record.value)),
            false => writes.push(Write::Put(record)),
        }
    }
    writes.extend(pack::packs(history).into_iter().map(Write::Put));
    writes
}

/// Every record of a journal, named, in the order [`Journal::entities`]
/// gives them, without copying a record as it does: a year is 10,000 notes.
fn entity_refs(journal: &Journal) -> Vec<EntityRef> {
    let of = |kind, id| EntityRef { kind, id };
    let mut refs: Vec<EntityRef> = (journal.kids_by_name(true).iter())
        .map(|k| of(EntityKind::Kid, k.id.0))
        .collect();
    order::sort(&mut refs);
    refs.extend(journal.groups().map(|g| of(EntityKind::Group, g.id.0)));
    refs.extend(journal.notes().map(|n| of(EntityKind::Note, n.id.0)));
    refs.extend(
        journal
            .follow_ups()
            .map(|f| of(EntityKind::FollowUp, f.id.0)),
    );
    refs.extend(journal.sessions().map(|s| of(EntityKind::Session, s.id.0)));
    refs
}

/// What adding a backup to this phone's notes would do, before it is done.
#[derive(Debug, Clone, PartialEq)]
pub struct MergePlan {
    /// Applied together or not at all.
    pub changes: Vec<Change>,
    /// New records, by kind.
    pub added: BTreeMap<EntityKind, usize>,
    /// Records the backup holds that this phone already has: this phone's
    /// copy is kept as it is.
    pub already_here: usize,
    /// Kids from the backup named like a different kid already here: both
    /// are kept, and the leader is told so they can tell them apart.
    pub same_names: Vec<String>,
    /// The new records left out, since they break a rule or need one that
    /// does; with more than half the file left out, nothing is changed.
    pub vetting: Vetting,
}

/// Adds what the backup holds and this phone lacks, but for the entries
/// that break a rule; keeps everything this phone has, its own version
/// winning where both hold a record. A reference may be to a record on
/// this phone. A kid gets their last-noted moment from the notes they end
/// up with.
pub fn merge_plan(current: &Journal, backup: &Backup, today: NaiveDate) -> MergePlan {
    let (apart, vetting) = vet_entries(&backup.entries, Some(current), today);
    let names_here: HashSet<_> = current
        .kids_by_name(true)
        .iter()
        .map(|k| k.identity())
        .collect();
    let mut plan = MergePlan {
        changes: Vec::new(),
        added: BTreeMap::new(),
        already_here: 0,
        same_names: Vec::new(),
        vetting,
    };
    let in_file: HashSet<EntityRef> = backup.entries.iter().map(Entry::target).collect();
    let has = |t: EntityRef| (in_file.contains(&t) && !apart.contains_key(&t)) || holds(current, t);
    let mut newest_note: HashMap<KidId, Moment> = HashMap::new();
    for entry in &backup.entries {
        let target = entry.target();
        if holds(current, target) {
            plan.already_here += 1;
            continue;
        }
        let Entry::Read(entity) = entry else {
            continue;
        };
        if apart.contains_key(&target) || plan.vetting.refused() {
            continue;
        }
        let entity = match without_missing_links(entity, &has) {
            Some(without) => {
                plan.vetting.links_dropped += 1;
                without
            }
            None => entity.clone(),
        };
        match &entity {
            Entity::Kid(kid) if names_here.contains(&kid.identity()) => {
                // Not the same record (that was skipped above): another kid.
                plan.same_names.push(kid.name().to_string());
            }
            Entity::Note(note) => {
                for kid in &note.kids {
                    let newest = newest_note.entry(*kid).or_insert(note.created_at);
                    *newest = (*newest).max(note.created_at);
                }
            }
            _ => {}
        }
        *plan.added.entry(target.kind).or_insert(0) += 1;
        plan.changes.push(Change::Put(entity));
    }
    // A new kid's notes are all in the file (this phone has none about a
    // kid it lacks); some may have been left out.
    for change in &mut plan.changes {
        if let Change::Put(Entity::Kid(kid)) = change {
            kid.last_noted = newest_note.get(&kid.id).copied();
        }
    }
    for (id, newest) in newest_note {
        if let Some(kid) = current.kid(id)
            && kid.last_noted.is_none_or(|last| last < newest)
        {
            let mut kid = kid.clone();
            kid.last_noted = Some(newest);
            plan.changes.push(Change::Put(Entity::Kid(kid)));
        }
    }
    order::sort(&mut plan.same_names);
    plan
}

impl Backup {
    /// How many entries the file holds.
    pub fn entry_count(&self) -> usize {
        self.entries.len()
    }

    /// What *Replace everything* would leave out, for the preview.
    pub fn vet_replace(&self, today: NaiveDate) -> Vetting {
        let (apart, mut vetting) = vet_entries(&self.entries, None, today);
        vetting.links_dropped = links_dropped(&self.entries, &apart);
        vetting
    }

    /// What *Replace everything* makes this phone hold: every entry that
    /// holds the rules, each reference among them resolved; refused when
    /// more than half of the file would be left out.
    pub fn replacement(self, today: NaiveDate) -> Result<Replacement, BackupError> {
        let (apart, mut vetting) = vet_entries(&self.entries, None, today);
        vetting.verdict()?;
        let entities = self.entries.into_iter().filter_map(|entry| match entry {
            Entry::Read(e) if !apart.contains_key(&e.entity_ref()) => Some(e),
            _ => None,
        });
        let mut journal = Journal::from_records(entities);
        // Looked up in the journal's own maps, once it is built.
        let links = dropped_links(&journal);
        vetting.links_dropped = links.len();
        journal.apply(links);
        Ok(Replacement { journal, vetting })
    }

    pub fn summary(&self) -> BackupSummary {
        let mut counts = BTreeMap::new();
        let mut first_note = None;
        let mut last_note = None;
        for entry in &self.entries {
            *counts.entry(entry.target().kind).or_insert(0) += 1;
            if let Entry::Read(Entity::Note(note)) = entry {
                let day = note.created_at.date_naive();
                first_note = Some(first_note.map_or(day, |d: chrono::NaiveDate| d.min(day)));
                last_note = Some(last_note.map_or(day, |d: chrono::NaiveDate| d.max(day)));
            }
        }
        BackupSummary {
            counts,
            first_note,
            last_note,
        }
    }
}
