//! Times restoring a year of use (10,000 notes) natively: reading the backup
//! file, checking it against the rules, and planning the writes of *Replace
//! everything*, and of *Add to what's here* onto an empty phone. Prints the
//! median of several runs.
//!
//! `cargo run --release -p xtask --example restore_time`

#[allow(dead_code)]
#[path = "../src/dataset.rs"]
mod dataset;

use std::time::{Duration, Instant};

use attune::domain::Journal;
use attune::persist::{export_backup, merge_plan, parse_backup, replace_writes};
use chrono::NaiveDate;

const RUNS: usize = 15;

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() -> Result<(), String> {
    let end = NaiveDate::from_ymd_opt(2026, 12, 1).ok_or("no such day")?;
    let spec = dataset::Spec {
        notes: 10_000,
        seed: 2026,
        end,
    };
    let journal = dataset::year(&spec);
    let now = "2026-12-01T18:00:00+01:00"
        .parse()
        .map_err(|e| format!("{e}"))?;
    let text = export_backup(&journal, now);
    println!(
        "a year: {} notes, {} records, {} KB",
        journal.note_count(),
        journal.entities().count(),
        text.len() / 1024
    );
    let here = Journal::default();
    let (mut replace, mut add) = (Vec::new(), Vec::new());
    for _ in 0..RUNS {
        let start = Instant::now();
        let backup = parse_backup(&text).map_err(|e| e.to_string())?;
        let restored = backup.replacement(end).map_err(|e| e.to_string())?;
        let writes = replace_writes(&here, &restored.journal, &[]);
        replace.push(start.elapsed());
        assert!(!writes.is_empty());

        let start = Instant::now();
        let backup = parse_backup(&text).map_err(|e| e.to_string())?;
        let plan = merge_plan(&here, &backup, end);
        add.push(start.elapsed());
        assert_eq!(plan.changes.len(), journal.entities().count());
    }
    println!("replace everything: median {:?} of {RUNS}", median(replace));
    println!("add to what's here: median {:?} of {RUNS}", median(add));
    Ok(())
}
