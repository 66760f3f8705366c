//! Times restoring a year of use (10,000 notes) natively: reading the backup
//! file, checking it against the rules, and planning the writes of *Replace
//! everything*, and of *Add to what's here* onto an empty phone. Prints the
//! median of several runs, in time on the clock and in the CPU time of the
//! thread (Linux), which other work on a shared machine disturbs less.
//!
//! `cargo run --release -p xtask --example restore_time`

#[allow(dead_code)]
#[path = "../src/dataset.rs"]
mod dataset;

use std::time::{Duration, Instant};

use attune::domain::Journal;
use attune::persist::{export_backup, merge_plan, parse_backup, replace_writes};
use chrono::NaiveDate;

const RUNS: usize = 21;

/// The thread's CPU time so far, from the scheduler's own count.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(nanos))
}

/// Runs `work` and returns how long it took on the clock and on the CPU.
fn timed(work: impl FnOnce() -> Result<(), String>) -> Result<(Duration, Duration), String> {
    let (wall, cpu) = (Instant::now(), cpu_time());
    work()?;
    let cpu = cpu.zip(cpu_time()).map(|(a, b)| b - a).unwrap_or_default();
    Ok((wall.elapsed(), cpu))
}

fn medians(mut times: Vec<(Duration, Duration)>) -> String {
    let at = times.len() / 2;
    times.sort_by_key(|t| t.0);
    let wall = times[at].0;
    times.sort_by_key(|t| t.1);
    format!(
        "median {wall:.1?} on the clock, {:.1?} of CPU, of {RUNS}",
        times[at].1
    )
}

fn main() -> Result<(), String> {
    let end = NaiveDate::from_ymd_opt(2026, 12, 1).ok_or("no such day")?;
    let spec = dataset::Spec {
        notes: 10_000,
        seed: 2026,
        end,
        days: dataset::YEAR,
    };
    let journal = dataset::generate(&spec);
    let now = "2026-12-01T18:00:00+01:00"
        .parse()
        .map_err(|e| format!("{e}"))?;
    let text = export_backup(&journal, now);
    let records = journal.entities().count();
    println!(
        "a year: {} notes, {records} records, {} KB",
        journal.note_count(),
        text.len() / 1024
    );
    let here = Journal::default();
    let (mut replace, mut add) = (Vec::new(), Vec::new());
    for _ in 0..RUNS {
        replace.push(timed(|| {
            let backup = parse_backup(&text).map_err(|e| e.to_string())?;
            let restored = backup.replacement(end).map_err(|e| e.to_string())?;
            let writes = replace_writes(&here, &restored.journal, &[]);
            (!writes.is_empty()).then_some(()).ok_or("no writes".into())
        })?);
        add.push(timed(|| {
            let backup = parse_backup(&text).map_err(|e| e.to_string())?;
            let plan = merge_plan(&here, &backup, end);
            (plan.changes.len() == records)
                .then_some(())
                .ok_or("not everything added".into())
        })?);
    }
    println!("replace everything: {}", medians(replace));
    println!("add to what's here: {}", medians(add));
    Ok(())
}
