//! Helpers shared by the native integration tests.
#![allow(dead_code)]

pub mod records;

use attune::domain::{Change, Journal, KidDraft, KidId, Moment};
use attune::persist::StoredRecord;
use chrono::DateTime;

/// The day the tests read records on: storage and backups are held to the
/// rules as of this day.
pub fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 12, 20).unwrap_or_else(|| panic!("a real day"))
}

/// A literal local moment, e.g. `at("2026-12-01T16:30:00+01:00")`.
pub fn at(rfc3339: &str) -> Moment {
    DateTime::parse_from_rfc3339(rfc3339).unwrap_or_else(|e| panic!("bad moment {rfc3339}: {e}"))
}

/// A literal day, e.g. `day("2026-12-01")`.
pub fn day(text: &str) -> chrono::NaiveDate {
    text.parse()
        .unwrap_or_else(|e| panic!("bad day {text}: {e}"))
}

pub fn kid_draft(name: &str, interests: &str) -> KidDraft {
    KidDraft {
        first_name: name.into(),
        interests: interests.into(),
        ..KidDraft::default()
    }
}

/// Runs a command and applies it, failing the test on a refusal.
pub fn run(journal: &mut Journal, changes: Result<Vec<Change>, attune::domain::JournalError>) {
    match changes {
        Ok(changes) => journal.apply(changes),
        Err(e) => panic!("command refused: {e}"),
    }
}

pub fn journal_with_kid(name: &str, id: u64) -> Journal {
    let mut j = Journal::default();
    let planned = j.add_kid(
        KidId(id),
        &kid_draft(name, ""),
        at("2026-12-01T10:00:00+00:00"),
    );
    run(&mut j, planned);
    j
}

/// Reads a fixture file of `{key, record}` pairs into raw stored records.
pub fn fixture(name: &str) -> Vec<StoredRecord> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let rows: Vec<serde_json::Value> =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    rows.into_iter()
        .map(|row| StoredRecord {
            key: row["key"].as_str().unwrap_or_default().to_string(),
            value: row["record"].to_string(),
        })
        .collect()
}

/// Loads raw records the way the app does, through a store.
pub fn load(records: Vec<StoredRecord>) -> attune::persist::Loaded {
    let store = attune::persist::MemoryStore::with_records(records);
    pollster::block_on(attune::persist::load_all(&store, today())).unwrap_or_else(|e| panic!("{e}"))
}

/// The group every session test uses.
pub const GROUP: attune::domain::GroupId = attune::domain::GroupId(0xa1);

pub fn with_group(mut j: Journal) -> Journal {
    let draft = attune::domain::GroupDraft {
        name: "Tuesday Huddle".into(),
        meeting_days: vec![chrono::Weekday::Tue],
        cadence_days: 14,
    };
    let planned = j.add_group(GROUP, &draft);
    run(&mut j, planned);
    j
}

/// A group of the given names, added through a pasted roster.
pub fn group_of(names: &[&str]) -> Journal {
    let mut j = with_group(Journal::default());
    let p = attune::domain::roster::preview(&j, &names.join("\n"));
    let ids: Vec<KidId> = (1..=p.new.len() as u64).map(KidId).collect();
    let planned = j.import_roster(GROUP, &p.new, &[], &ids, at("2026-12-01T09:00:00+00:00"));
    run(&mut j, planned);
    j
}

/// What a restore or a load may bring: a journal that passes its invariant
/// check, each record of which holds its own rules as of [`today`].
pub fn soundness(journal: &Journal) -> Result<(), String> {
    journal
        .check_invariants()
        .map_err(|flaws| format!("{flaws:?}"))?;
    let window = attune::domain::rules::Window::around(today());
    for entity in journal.entities() {
        attune::domain::rules::check_own(&entity, &window)
            .map_err(|e| format!("{:?} breaks a rule: {e}", entity.entity_ref()))?;
    }
    Ok(())
}

/// Two kids most tests start from, and a note about some of them.
pub mod journals {
    use super::{at, journal_with_kid, kid_draft, run};
    use attune::domain::{Journal, KidId, NoteDraft};

    pub const MARCO: KidId = KidId(1);
    pub const ZOE: KidId = KidId(2);

    pub fn note(text: &str, kids: &[KidId]) -> NoteDraft {
        NoteDraft {
            text: text.into(),
            kids: kids.to_vec(),
            ..NoteDraft::default()
        }
    }

    /// Marco, and Zoë who loves drawing.
    pub fn two_kids() -> Journal {
        let mut j = journal_with_kid("Marco", MARCO.0);
        let planned = j.add_kid(
            ZOE,
            &kid_draft("Zoë", "drawing"),
            at("2026-12-01T10:01:00+00:00"),
        );
        run(&mut j, planned);
        j
    }
}
