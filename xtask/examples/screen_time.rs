//! Times, natively, what each screen works out from the journal at three
//! years of notes (30,000): what a change or a keystroke reruns. Prints the
//! median of several runs, so the slow part of a tap can be found without a
//! browser.
//!
//! `cargo run --release -p xtask --example screen_time`

#[allow(dead_code)]
#[path = "../src/dataset.rs"]
mod dataset;

use std::time::Instant;

use attune::domain::due_index::{DueIndex, ReminderSettings};
use attune::domain::rules;
use attune::domain::rules::Window;
use attune::domain::search::search;
use attune::domain::session_view::session_cards;
use attune::domain::timeline::timeline_page;
use attune::domain::today::{due_count, today_view};
use attune::domain::{History, Journal, KidId};
use attune::persist::{HeadRecords, MemoryStore, Store, load_head, read_history, replace_writes};
use chrono::NaiveDate;

const RUNS: usize = 15;

fn median(name: &str, mut work: impl FnMut() -> usize) {
    let mut times = Vec::with_capacity(RUNS);
    let mut size = 0;
    for _ in 0..RUNS {
        let start = Instant::now();
        size = std::hint::black_box(work());
        times.push(start.elapsed());
    }
    times.sort();
    println!("{name:<44} {:>9.2?}  ({size})", times[RUNS / 2]);
}

fn main() -> Result<(), String> {
    let end = NaiveDate::from_ymd_opt(2026, 12, 1).ok_or("no such day")?;
    let spec = dataset::Spec {
        notes: 30_000,
        seed: 2026,
        end,
        days: dataset::THREE_YEARS,
    };
    let journal: Journal = dataset::generate(&spec);
    println!("{} notes", journal.note_count());
    let session = journal
        .sessions()
        .max_by_key(|s| (s.date, s.attendance.len()))
        .ok_or("no session")?;
    let busy: KidId = journal
        .kids_by_name(false)
        .into_iter()
        .max_by_key(|k| journal.notes_about(k.id).len())
        .ok_or("no kid")?
        .id;
    median("session cards", || {
        session_cards(&journal, session.id, end).len()
    });
    median("Today", || today_view(&journal, end).due.len());
    median("due count (badge)", || due_count(&journal, end));
    median("due index (reminders)", || {
        DueIndex::of(&journal, &ReminderSettings::default(), false)
            .to_json()
            .len()
    });
    median("kid: last connected", || {
        usize::from(journal.last_connected(busy).is_some())
    });
    median("kid: timeline, first page", || {
        timeline_page(&journal, busy, 20).0.len()
    });
    median("search keystroke \"s\"", || search(&journal, "s").len());
    median("search keystroke \"soc\"", || search(&journal, "soc").len());
    let store = MemoryStore::default();
    let writes = replace_writes(&Journal::default(), &journal, &[]);
    pollster::block_on(store.write(&writes)).map_err(|e| e.to_string())?;
    let window = Window::around(end);
    median("start-up: Today's records read and decoded", || {
        pollster::block_on(load_head(&store, &window)).map_or(0, |h| h.entities.len())
    });
    // Start-up after Today is drawn: the history decoded in slices, then
    // taken into the journal Today was drawn from in one task.
    let head = pollster::block_on(load_head(&store, &window)).map_err(|e| e.to_string())?;
    let head = Journal::from_head(head.entities);
    let mut history = History::default();
    let known = HeadRecords::of(&head);
    let take = &mut |e| history.add(e);
    pollster::block_on(read_history(&store, &known, &window, take)).map_err(|e| e.to_string())?;
    let mut parts: Vec<_> = (0..RUNS).map(|_| (head.clone(), history.clone())).collect();
    median("start-up: history read and decoded, in slices", || {
        let mut history = History::default();
        let take = &mut |e| history.add(e);
        let read = pollster::block_on(read_history(&store, &known, &window, take));
        read.map_or(0, |_| history.note_count())
    });
    let mut taken = Vec::with_capacity(RUNS);
    median("start-up: history taken in", || {
        let (mut journal, history) = parts.pop().unwrap_or_default();
        journal.take_in_history(history);
        let links = rules::dropped_links(&journal);
        journal.apply(links);
        // Kept, not dropped here: the app keeps the journal it took the history into.
        taken.push(journal);
        taken.last().map_or(0, Journal::note_count)
    });
    let records: Vec<_> = journal.entities().collect();
    median("the journal built from every record", || {
        Journal::from_records(records.clone()).note_count()
    });
    Ok(())
}
