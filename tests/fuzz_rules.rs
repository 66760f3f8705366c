//! Restores are fuzzed with backups whose format is sound but whose records
//! break the rules every way a careless program or a curious teenager
//! might: empty and overlong names and notes, dates far off, unknown
//! choices, references to records that are not there. Whatever a restore
//! accepts, replacing everything or adding, passes the journal's invariant
//! check and holds every rule.
//!
//! A short run (256 cases) is part of the tests; `cargo xtask fuzz` runs
//! 100,000 (`PROPTEST_CASES`).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use attune::persist::{BackupError, export_backup, merge_plan, parse_backup};
use proptest::prelude::*;
use serde_json::{Value, json};
use support::records::{file, follow_up, group, hex, kid, note, session, sound, with};
use support::{at, soundness, today};

/// Picks from lists of values, the first of each list sound, so that a
/// failing case shrinks towards a sound file. The first is picked seven
/// times in eight: with every field of a record broken half the time, a
/// file would nearly always be refused whole, and what a restore accepts
/// would seldom be tested.
struct Picks(std::vec::IntoIter<u32>);

impl Picks {
    fn pick<T: Clone>(&mut self, options: &[T]) -> T {
        let n = self.0.next().unwrap_or(0) as usize;
        match n % 8 {
            0 => options[(n / 8) % options.len()].clone(),
            _ => options[0].clone(),
        }
    }

    /// As many picks as one of `counts` says.
    fn some<T: Clone>(&mut self, options: &[T], counts: &[usize]) -> Vec<T> {
        let n = self.pick(counts);
        (0..n).map(|_| self.pick(options)).collect()
    }
}

const GROUPS: [u64; 3] = [0xa1, 0xa2, 0xa3];
const KIDS: [u64; 5] = [0xb1, 0xb2, 0xb3, 0xb4, 0xb5];
const NOTES: [u64; 5] = [0xc1, 0xc2, 0xc3, 0xc4, 0xc5];

fn ids(all: &[u64]) -> Vec<Value> {
    all.iter().map(|id| json!(hex(*id))).collect()
}

/// One record of each id the picks keep, each field sound or broken.
fn records(p: &mut Picks) -> Vec<Value> {
    let long = "x".repeat(41);
    let names = ["Marco", "Zoë", " Sam ", "", "   ", &long, "ééééé"];
    let huge = "a".repeat(2001);
    let texts = ["Big game #soccer", "Quiet today", "", &huge];
    let moments = [
        "2026-11-20T16:00:00+01:00",
        "2026-12-20T23:30:00-05:00",
        "9999-12-31T10:00:00Z",
        "1970-01-01T00:00:00Z",
        "2031-12-21T00:00:00Z",
    ];
    let days = ["2026-12-05", "2031-12-20", "9999-01-01", "1999-12-31"];
    let (groups, kids, notes) = (ids(&GROUPS), ids(&KIDS), ids(&NOTES));
    let mut out = Vec::new();
    for id in GROUPS {
        if !p.pick(&[true, true, false]) {
            continue;
        }
        let g = with(
            group(id, p.pick(&names)),
            "cadence_days",
            json!(p.pick(&[14, 365, 0, 366])),
        );
        out.push(with(
            g,
            "meeting_days",
            json!(p.some(&["Tue", "friday", "Funday"], &[0, 1, 2])),
        ));
    }
    for id in KIDS {
        if !p.pick(&[true, true, false]) {
            continue;
        }
        let k = with(
            kid(id, p.pick(&names)),
            "groups",
            json!(p.some(&groups, &[0, 1, 2])),
        );
        let k = with(k, "created_at", json!(p.pick(&moments)));
        let nickname = p.pick(&[json!(null), json!("Zo"), json!(""), json!(long)]);
        out.push(with(
            with(k, "nickname", nickname),
            "last_noted",
            json!(p.pick(&moments)),
        ));
    }
    for id in NOTES {
        if !p.pick(&[true, true, false]) {
            continue;
        }
        let n = note(id, &[], p.pick(&texts));
        let n = with(n, "kids", json!(p.some(&kids, &[1, 2, 3, 0])));
        let n = with(
            n,
            "chips",
            json!(p.some(&["excited", "quiet_today", "grumpy"], &[0, 1, 2])),
        );
        let n = with(
            n,
            "tags",
            p.pick(&[json!([]), json!(["soccer"]), json!([huge])]),
        );
        let n = with(n, "created_at", json!(p.pick(&moments)));
        out.push(with(
            n,
            "session",
            p.pick(&[json!(null), json!(hex(0xe1)), json!(hex(0xe9))]),
        ));
    }
    for id in [0xd1, 0xd2, 0xd3] {
        if !p.pick(&[true, false]) {
            continue;
        }
        let f = follow_up(
            id,
            p.pick(&KIDS),
            p.pick(&["Ask about the game", "", &huge]),
        );
        let rule = p.pick(&[
            "first_seen_on_or_after",
            "on_date",
            "next_time_seen",
            "someday",
        ]);
        let f = with(f, "due", json!({"rule": rule, "date": p.pick(&days)}));
        let state = p.pick(&["open", "done", "dismissed", "lost"]);
        let outcome = p.pick(&[json!(null), notes[0].clone(), json!(hex(0xcf))]);
        let f = with(
            f,
            "status",
            json!({"state": state, "at": p.pick(&moments), "outcome_note": outcome}),
        );
        let f = with(
            f,
            "from_note",
            p.pick(&[json!(null), notes[1].clone(), json!(hex(0xcf))]),
        );
        let snoozed = json!(p.pick(&days));
        out.push(with(f, "snoozed_until", p.pick(&[json!(null), snoozed])));
    }
    for id in [0xe1, 0xe2] {
        if !p.pick(&[true, false]) {
            continue;
        }
        let s = session(id, p.pick(&GROUPS), &[]);
        let moods = p.some(
            &[json!(null), json!("bright"), json!("ecstatic")],
            &[0, 1, 3],
        );
        let attendance: Vec<Value> = (moods.into_iter())
            .map(|mood| json!({"kid": hex(p.pick(&KIDS)), "present": true, "mood": mood}))
            .collect();
        let s = with(s, "attendance", json!(attendance));
        out.push(with(s, "date", json!(p.pick(&days))));
    }
    // Attendance lists each kid once, as the app writes it; a repeat
    // differs only in which line wins, which the rules do not judge.
    out
}

fn accepted_holds_every_rule(records: &[Value]) -> Result<(), TestCaseError> {
    let backup = parse_backup(&file(records))
        .map_err(|e| TestCaseError::fail(format!("the format is sound, yet: {e}")))?;
    let entries = backup.entry_count();

    let here = parse_backup(&file(&sound())).and_then(|b| b.replacement(today()));
    let here = here
        .map_err(|e| TestCaseError::fail(format!("{e}")))?
        .journal;
    let plan = merge_plan(&here, &backup, today());
    prop_assert_eq!(
        plan.vetting.refused(),
        plan.vetting.left_out() * 2 > entries
    );
    let mut merged = here.clone();
    merged.apply(plan.changes.clone());
    soundness(&merged).map_err(TestCaseError::fail)?;
    for entity in here.entities() {
        let kept = merged
            .entities()
            .any(|e| e.entity_ref() == entity.entity_ref());
        prop_assert!(kept, "{:?} lost", entity.entity_ref());
    }

    let vetting = backup.vet_replace(today());
    for problem in &vetting.problems {
        prop_assert!(problem.entry < entries);
        if let Some(after) = problem.after {
            prop_assert!(vetting.problems.iter().any(|p| p.entry == after));
        }
    }
    match backup.replacement(today()) {
        Ok(restored) => {
            prop_assert_eq!(&restored.vetting, &vetting);
            prop_assert!(!vetting.refused());
            soundness(&restored.journal).map_err(TestCaseError::fail)?;
            prop_assert_eq!(
                restored.journal.entities().count(),
                entries - vetting.left_out()
            );
            let again = export_backup(&restored.journal, at("2026-12-20T18:00:00Z"));
            let reread = parse_backup(&again).and_then(|b| b.replacement(today()));
            let reread = reread.map_err(|e| TestCaseError::fail(format!("{e}")))?;
            prop_assert_eq!(reread.vetting.left_out(), 0);
            prop_assert_eq!(&reread.journal, &restored.journal);
        }
        Err(BackupError::MostlyBroken {
            left_out,
            entries: all,
        }) => {
            prop_assert!(left_out * 2 > all);
            prop_assert_eq!(left_out, vetting.left_out());
        }
        Err(e) => return Err(TestCaseError::fail(format!("refused: {e}"))),
    }
    Ok(())
}

proptest! {
    #[test]
    fn what_a_restore_accepts_holds_every_rule(picks in prop::collection::vec(any::<u32>(), 160)) {
        let records = records(&mut Picks(picks.into_iter()));
        accepted_holds_every_rule(&records)?;
    }
}

#[test]
fn the_sound_file_is_accepted_whole() {
    let picks = Picks(vec![0; 160].into_iter());
    let records = records(&mut { picks });
    let backup = parse_backup(&file(&records)).map(|b| b.vet_replace(today()));
    assert_eq!(backup.map(|v| v.left_out()), Ok(0));
    let checked = accepted_holds_every_rule(&records);
    assert!(checked.is_ok(), "{checked:?}");
}
