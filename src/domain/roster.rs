//! A roster pasted into a group: one name a line, or CSV copied from a
//! spreadsheet. Parsed into a preview before anything is saved.

use super::kid::MAX_NAME_CHARS;
use super::order;
use super::text::{fold, tidy};
use super::{Journal, KidId};

/// Why a line of the roster was left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skip {
    Blank,
    NoName,
    TooLong,
    Repeated,
    Unreadable,
}

impl Skip {
    pub fn reason(&self) -> &'static str {
        match self {
            Skip::Blank => "empty line",
            Skip::NoName => "no name in the name column",
            Skip::TooLong => "name longer than 40 characters",
            Skip::Repeated => "listed twice",
            Skip::Unreadable => "could not be read",
        }
    }
}

/// What saving the roster would do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RosterPreview {
    /// Names to add as new kids, in roster order.
    pub new: Vec<String>,
    /// Kids already in the journal, by the name the roster used; they join
    /// the group without being added twice.
    pub existing: Vec<(KidId, String)>,
    /// Line numbers (from 1) left out, and why.
    pub skipped: Vec<(usize, String, Skip)>,
    /// The column names were read from, when the roster had a header.
    pub column: Option<String>,
}

/// Header cells that name the column to read, best first.
const NAME_HEADERS: [&str; 11] = [
    "first name",
    "firstname",
    "first_name",
    "given name",
    "preferred name",
    "vorname",
    "prenom",
    "nombre",
    "nickname",
    "name",
    "student",
];

/// Reads a pasted roster against the kids already in `journal`.
pub fn preview(journal: &Journal, pasted: &str) -> RosterPreview {
    let text = pasted.strip_prefix('\u{feff}').unwrap_or(pasted);
    let separator = separator_of(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator)
        .from_reader(text.as_bytes());
    let mut out = RosterPreview::default();
    let mut rows: Vec<(usize, Result<Vec<String>, ()>)> = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let line = record
            .as_ref()
            .ok()
            .and_then(|r| r.position())
            .map_or(i + 1, |p| p.line() as usize);
        rows.push((
            line,
            record.map(|r| r.iter().map(tidy).collect()).map_err(|_| ()),
        ));
    }
    // Blank lines are not records to the csv reader: count them from the text.
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            out.skipped.push((n + 1, String::new(), Skip::Blank));
        }
    }
    let mut column = 0;
    let mut first_row = 0;
    if let Some((_, Ok(cells))) = rows.first() {
        let header = cells.iter().map(|c| fold(c)).collect::<Vec<_>>();
        let found = NAME_HEADERS
            .iter()
            .find_map(|h| header.iter().position(|c| c == h));
        if let Some(found) = found {
            column = found;
            first_row = 1;
            out.column = Some(cells[found].clone());
        }
    }
    let known: Vec<(String, KidId)> = journal
        .kids_by_name(true)
        .into_iter()
        .flat_map(|k| {
            let mut names = vec![(fold(&k.first_name), k.id)];
            names.extend(k.nickname.as_deref().map(|n| (fold(n), k.id)));
            names
        })
        .collect();
    let mut seen: Vec<String> = Vec::new();
    for (line, row) in rows.into_iter().skip(first_row) {
        let Ok(cells) = row else {
            out.skipped.push((line, String::new(), Skip::Unreadable));
            continue;
        };
        if cells.iter().all(|c| c.is_empty()) {
            out.skipped.push((line, String::new(), Skip::Blank));
            continue;
        }
        let name = cells.get(column).cloned().unwrap_or_default();
        let folded = fold(&name);
        let skip = if name.is_empty() {
            Some(Skip::NoName)
        } else if name.chars().count() > MAX_NAME_CHARS {
            Some(Skip::TooLong)
        } else if seen.contains(&folded) {
            Some(Skip::Repeated)
        } else {
            None
        };
        if let Some(skip) = skip {
            out.skipped.push((line, name, skip));
            continue;
        }
        seen.push(folded.clone());
        match known.iter().find(|(n, _)| *n == folded) {
            Some((_, id)) => out.existing.push((*id, name)),
            None => out.new.push(name),
        }
    }
    order::sort_by_key(&mut out.skipped, |(line, ..)| *line);
    out.skipped.dedup_by_key(|(line, ..)| *line);
    out
}

/// The separator a pasted roster uses: tab, semicolon or comma, whichever
/// appears most often outside quotes on the first line; comma when none does.
fn separator_of(text: &str) -> u8 {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let mut counts = [(b'\t', 0), (b';', 0), (b',', 0)];
    let mut quoted = false;
    for c in first.bytes() {
        if c == b'"' {
            quoted = !quoted;
        } else if !quoted {
            for (sep, n) in counts.iter_mut() {
                if c == *sep {
                    *n += 1;
                }
            }
        }
    }
    counts
        .iter()
        .max_by_key(|(_, n)| *n)
        .filter(|(_, n)| *n > 0)
        .map_or(b',', |(sep, _)| *sep)
}
