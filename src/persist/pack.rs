//! Packed history: the settled records held a few hundred to a record.
//!
//! A browser opens its database more slowly the more records it holds, not
//! the more bytes: a year of notes kept one record each (10,000) takes
//! hundreds of milliseconds to open, the same bytes in a few dozen records a
//! few tens. So the history part is stored in two layers:
//!
//! - **packs**, keyed `~#<generation>.<n>`, each a block of
//!   `key<TAB>value` lines under a header line. A key is in one pack at most;
//! - **loose records**, one per key as before, each written by a change since
//!   the last packing. A loose record stands over a packed one of the same
//!   key, and a loose [`TOMBSTONE`] says the packed one is deleted.
//!
//! Once [`LOOSE_LIMIT`] loose records have gathered, [`plan`] writes the
//! whole history again as full packs, in one transaction, so what any reader
//! sees ([`view`]) is the same before and after. What cannot be read is never
//! moved: it stays as it is, under its own key.

use std::cell::Cell;

use super::{HISTORY_PREFIX, Part, StoredRecord, Write};
use crate::domain::order;

/// The start of every pack's key (inside the history range).
pub const PACK_PREFIX: &str = "~#";
/// The value of a loose history record that deletes the packed one.
pub const TOMBSTONE: &str = "deleted";
/// Loose history records that make packing worth its one rewrite.
pub const LOOSE_LIMIT: usize = 256;
/// A pack is closed once its text reaches this many bytes: under the size a
/// browser moves out of the database into a file of its own.
pub const PACK_BYTES: usize = 60_000;
const HEADER: &str = "attune-pack 1\n";

fn is_pack(key: &str) -> bool {
    key.starts_with(PACK_PREFIX)
}

/// The `(key, value)` lines of a pack, or `None` if this is not a pack this
/// version of Attune can read: then it is kept whole and reported unreadable.
fn entries(text: &str) -> Option<Vec<(&str, &str)>> {
    let body = text.strip_prefix(HEADER)?;
    body.lines()
        .map(|line| {
            let (key, value) = line.split_once('\t')?;
            (key.starts_with(HISTORY_PREFIX) && !is_pack(key)).then_some((key, value))
        })
        .collect()
}

/// Whether a loose record can go into a pack: a key and value a line can
/// hold, and a value that looks like a record. Whatever failed to open or to
/// read is left where it is, under the keys in `leave`.
fn packable(key: &str, value: &str, leave: &[String]) -> bool {
    !leave.iter().any(|k| k == key)
        && value.starts_with('{')
        && !key.contains(['\t', '\n', '\r'])
        && !value.contains(['\n', '\r'])
}

/// The history as readers see it: packs, with the loose records over them.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct View {
    /// `(key, value)` in key order. A pack that cannot be read is one record
    /// under its own key, so it is reported like any unreadable record.
    pub records: Vec<(String, String)>,
    /// How many loose records a packing would move (tombstones too).
    pub loose: usize,
}

/// Reads the stored history, `(key, opened value)` in key order.
pub fn view(stored: Vec<(String, String)>) -> View {
    let mut unpacking = Unpacking::default();
    for (key, value) in stored {
        unpacking.add(key, value);
    }
    unpacking.finish()
}

/// [`view`] a record at a time, so a store can give way between packs
/// while a year of history is read.
#[derive(Debug, Default)]
pub struct Unpacking {
    /// Every version of every key, oldest first: what the packs hold.
    versions: Vec<(String, String)>,
    /// The loose records, newer than any pack.
    loose: Vec<(String, String)>,
}

impl Unpacking {
    /// Takes the next stored record, in the order the store holds them.
    pub fn add(&mut self, key: String, value: String) {
        if !is_pack(&key) {
            self.loose.push((key, value));
            return;
        }
        match entries(&value) {
            Some(lines) => self
                .versions
                .extend(lines.into_iter().map(|(k, v)| (k.into(), v.into()))),
            None => self.versions.push((key, value)),
        }
    }

    pub fn finish(self) -> View {
        let Unpacking {
            mut versions,
            loose,
        } = self;
        let count = loose
            .iter()
            .filter(|(_, v)| v == TOMBSTONE || v.starts_with('{'))
            .count();
        versions.extend(loose);
        // Stable, so a key's versions stay oldest first; the newest one counts.
        order::sort_by(&mut versions, |a: &(String, String), b| a.0.cmp(&b.0));
        let mut records: Vec<(String, String)> = Vec::with_capacity(versions.len());
        for (key, value) in versions {
            match records.last_mut() {
                Some(last) if last.0 == key => last.1 = value,
                _ => records.push((key, value)),
            }
        }
        records.retain(|(_, value)| value != TOMBSTONE);
        View {
            records,
            loose: count,
        }
    }
}

/// A store's count of loose history records: set when the history is read,
/// added to as batches are written, and back to nothing once packed.
#[derive(Debug, Default)]
pub struct LooseCount(Cell<usize>);

impl LooseCount {
    /// What a store's `records(part)` returns, given the part as stored: the
    /// history is unpacked, and its loose records counted.
    pub fn read(&self, part: Part, stored: Vec<(String, String)>) -> Vec<(String, String)> {
        match part {
            Part::Head => stored,
            Part::History => self.viewed(view(stored)),
        }
    }

    /// The history's records, once read: its loose records counted.
    pub fn viewed(&self, view: View) -> Vec<(String, String)> {
        self.0.set(view.loose);
        view.records
    }

    /// Counts what a stored batch added.
    pub fn wrote(&self, batch: &[Write]) {
        let cleared = batch.contains(&Write::Clear) || batch.contains(&Write::ClearHistory);
        let before = if cleared { 0 } else { self.0.get() };
        self.0.set(before + loose_written(batch));
    }

    /// Nothing loose is left to pack, or nothing worth it.
    pub fn packed(&self) {
        self.0.set(0);
    }

    pub fn due(&self) -> bool {
        self.0.get() >= LOOSE_LIMIT
    }
}

/// How many of a batch's writes add a loose history record. Tombstones do
/// not count: a session in progress writes the same one at every tap, and
/// packing is not worth a rewrite for them; the next packing clears them.
pub fn loose_written(batch: &[Write]) -> usize {
    batch
        .iter()
        .filter(|w| {
            matches!(w, Write::Put(r) if r.key.starts_with(HISTORY_PREFIX)
                && !is_pack(&r.key)
                && r.value != TOMBSTONE)
        })
        .count()
}

/// The writes that store a batch: deleting a history record writes a
/// tombstone, since a pack may hold it.
pub fn stored_writes(batch: &[Write]) -> Vec<Write> {
    batch
        .iter()
        .map(|write| match write {
            Write::Delete(key) if key.starts_with(HISTORY_PREFIX) => Write::Put(StoredRecord {
                key: key.clone(),
                value: TOMBSTONE.into(),
            }),
            other => other.clone(),
        })
        .collect()
}

/// The history written again as full packs.
#[derive(Debug, PartialEq, Eq)]
pub struct Plan {
    /// New packs, plain text: the caller seals them if the lock is on.
    pub packs: Vec<StoredRecord>,
    /// Positions in the stored history of records left exactly as they are.
    pub keep: Vec<usize>,
}

/// Plans packing the stored history (`(key, opened value)` in key order),
/// if at least `min_loose` loose records would move (the store asks for
/// [`LOOSE_LIMIT`]). Stored, it is [`Write::ClearHistory`], the packs, then
/// the kept records as they were.
pub fn plan(stored: &[(String, String)], leave: &[String], min_loose: usize) -> Option<Plan> {
    let mut kept = vec![false; stored.len()];
    let mut moving = Vec::with_capacity(stored.len());
    let mut generation = 0u32;
    let mut movable = 0;
    let mut opaque_pack = false;
    for (i, (key, value)) in stored.iter().enumerate() {
        if is_pack(key) {
            generation = generation.max(pack_generation(key).map_or(0, |g| g + 1));
            if entries(value).is_none() {
                opaque_pack = true;
                kept[i] = true;
                continue;
            }
        } else if value == TOMBSTONE || packable(key, value, leave) {
            movable += 1;
        } else {
            kept[i] = true;
            continue;
        }
        moving.push(i);
    }
    if movable < min_loose.max(1) {
        return None;
    }
    // A pack this version cannot read may hold what a tombstone deletes:
    // then the tombstones stay to do so.
    for &i in &moving {
        kept[i] |= opaque_pack && stored[i].1 == TOMBSTONE;
    }
    let keep = (0..stored.len()).filter(|&i| kept[i]).collect();
    let moving = moving.into_iter().map(|i| stored[i].clone()).collect();
    Some(Plan {
        packs: write_packs(view(moving).records, generation),
        keep,
    })
}

/// Packs of these history records, for a history written afresh.
pub fn packs(mut records: Vec<(String, String)>) -> Vec<StoredRecord> {
    order::sort_by(&mut records, |a: &(String, String), b| a.0.cmp(&b.0));
    write_packs(records, 0)
}

/// The batch that stores a plan: the history cleared, the `packs` (sealed
/// already, if the lock is on), then the kept records exactly as `stored`.
pub fn packing_writes(packs: Vec<Write>, plan: &Plan, stored: &[(String, String)]) -> Vec<Write> {
    let mut batch = vec![Write::ClearHistory];
    batch.extend(packs);
    batch.extend(plan.keep.iter().map(|&i| {
        let (key, value) = stored[i].clone();
        Write::Put(StoredRecord { key, value })
    }));
    batch
}

fn pack_generation(key: &str) -> Option<u32> {
    let (generation, _) = key.strip_prefix(PACK_PREFIX)?.split_once('.')?;
    generation.parse().ok()
}

fn write_packs(records: Vec<(String, String)>, generation: u32) -> Vec<StoredRecord> {
    let mut packs = Vec::new();
    let mut text = String::new();
    for (key, value) in records {
        if text.is_empty() {
            text.push_str(HEADER);
        }
        text.push_str(&key);
        text.push('\t');
        text.push_str(&value);
        text.push('\n');
        if text.len() >= PACK_BYTES {
            packs.push(std::mem::take(&mut text));
        }
    }
    if !text.is_empty() {
        packs.push(text);
    }
    packs
        .into_iter()
        .enumerate()
        .map(|(n, value)| StoredRecord {
            key: format!("{PACK_PREFIX}{generation:08}.{n:04}"),
            value,
        })
        .collect()
}
