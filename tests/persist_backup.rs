//! Backup files: what is exported comes back whole; bad files are refused with a reason.

mod support;

use attune::domain::{EntityKind, Journal, KidId};
use attune::persist::pack::PACK_PREFIX;
use attune::persist::{
    BackupError, DecodeError, MemoryStore, Part, Store, encode_changes, export_backup, load_all,
    merge_plan, parse_backup, replace_writes,
};
use support::{at, fixture, journal_with_kid, kid_draft, load, run, today};

fn sample() -> Journal {
    load(fixture("schema-v1.json")).journal
}

#[test]
fn an_exported_backup_restores_the_same_journal() {
    let journal = sample();
    let text = export_backup(&journal, at("2026-12-20T18:00:00+01:00"));
    let backup = parse_backup(&text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(backup.exported_at, Some(at("2026-12-20T18:00:00+01:00")));
    let summary = backup.summary();
    let restored = backup
        .replacement(today())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(restored.journal, journal);
    assert_eq!(restored.vetting.left_out(), 0);

    assert_eq!(summary.counts.get(&EntityKind::Kid), Some(&3));
    assert_eq!(summary.counts.get(&EntityKind::Note), Some(&2));
    assert_eq!(
        summary.first_note.map(|d| d.to_string()),
        Some("2026-12-01".into())
    );
    assert_eq!(
        summary.last_note.map(|d| d.to_string()),
        Some("2026-12-08".into())
    );
}

#[test]
fn replacing_makes_storage_hold_exactly_the_backup() {
    pollster::block_on(async {
        let backup = parse_backup(&export_backup(&sample(), at("2026-12-20T18:00:00Z")));
        let backup = backup.and_then(|b| b.replacement(today()));
        let backup = backup.unwrap_or_else(|e| panic!("{e}")).journal;
        let current = journal_with_kid("Somebody Else", 0x99);
        let store = MemoryStore::default();
        let all: Vec<_> = current
            .entities()
            .map(attune::domain::Change::Put)
            .collect();
        assert_eq!(
            store.write(&attune::persist::encode_changes(&all)).await,
            Ok(())
        );

        // An unreadable note from before, which replacing must not touch.
        let broken = attune::persist::StoredRecord {
            key: "~note:ffffffffffffffff".into(),
            value: "{\"v\":1,\"kind\":\"note\",\"data\":".into(),
        };
        let put_broken = attune::persist::Write::Put(broken.clone());
        assert_eq!(store.write(&[put_broken]).await, Ok(()));
        let unreadable = vec![broken.key.clone()];

        assert_eq!(
            store
                .write(&replace_writes(&current, &backup, &unreadable))
                .await,
            Ok(())
        );
        let reloaded = load_all(&store, today()).await.unwrap_or_default();
        assert_eq!(reloaded.journal, sample());
        assert!(reloaded.journal.kid(KidId(0x99)).is_none());
        assert_eq!(store.raw(&broken.key), Some(broken.value.clone()));
        assert_eq!(reloaded.quarantined.len(), 1);

        // With nothing unreadable, the history is written as packs at once.
        let clean = MemoryStore::default();
        assert_eq!(
            clean.write(&replace_writes(&current, &backup, &[])).await,
            Ok(())
        );
        let stored = clean.stored();
        assert!(stored.iter().any(|(k, _)| k.starts_with(PACK_PREFIX)));
        let loose = stored
            .iter()
            .filter(|(k, _)| Part::History.contains(k) && !k.starts_with(PACK_PREFIX));
        assert_eq!(loose.count(), 0, "no history record stored one by one");
        assert_eq!(
            load_all(&clean, today()).await.unwrap_or_default().journal,
            sample()
        );
    });
}

#[test]
fn bad_files_are_refused_with_a_reason() {
    let good = export_backup(&sample(), at("2026-12-20T18:00:00Z"));
    let cut = &good[..good.len() / 2];
    let tampered = good.replacen("\"kind\":\"kid\"", "\"kind\":\"ghost\"", 1);
    let doubled = good.replacen(
        "\"records\":[",
        &format!("\"records\":[{},", first_record(&good)),
        1,
    );
    let cases: Vec<(&str, String, BackupError)> = vec![
        ("empty", String::new(), BackupError::Empty),
        ("blank", " \n ".into(), BackupError::Empty),
        ("not json", "hello".into(), BackupError::NotJson),
        ("truncated", cut.into(), BackupError::NotJson),
        (
            "other json",
            r#"{"name":"x"}"#.into(),
            BackupError::NotABackup,
        ),
        ("array", "[1,2]".into(), BackupError::NotABackup),
        (
            "newer",
            r#"{"attune_backup":7,"records":[]}"#.into(),
            BackupError::TooNew(7),
        ),
        (
            "records not a list",
            r#"{"attune_backup":1,"records":3}"#.into(),
            BackupError::NotABackup,
        ),
        (
            "tampered kind",
            tampered,
            BackupError::BadRecord {
                index: 0,
                reason: DecodeError::UnknownKind,
            },
        ),
        ("duplicate", doubled, BackupError::Duplicate { index: 1 }),
        (
            "too large",
            "x".repeat(50 * 1024 * 1024 + 1),
            BackupError::TooLarge,
        ),
    ];
    for (name, text, expected) in cases {
        assert_eq!(parse_backup(&text).err(), Some(expected), "{name}");
    }
}

fn first_record(text: &str) -> String {
    let value: serde_json::Value = serde_json::from_str(text).unwrap_or_default();
    value["records"][0].to_string()
}

mod backup_reminder {
    use attune::domain::Journal;
    use attune::domain::backup_nudge::{Nudge, backup_nudge};
    use chrono::NaiveDate;

    use super::support::journal_with_kid;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn an_empty_journal_is_never_nagged_about() {
        assert_eq!(
            backup_nudge(&Journal::default(), None, 14, day("2027-06-01")),
            None
        );
    }

    #[test]
    fn with_no_backup_the_reminder_counts_from_the_first_kid() {
        // The kid was added on 1 Dec 2026.
        let j = journal_with_kid("Marco", 1);
        assert_eq!(backup_nudge(&j, None, 14, day("2026-12-14")), None);
        assert_eq!(
            backup_nudge(&j, None, 14, day("2026-12-15")),
            Some(Nudge::Never(14))
        );
    }

    #[test]
    fn a_backup_quiets_the_reminder_for_the_chosen_days() {
        let j = journal_with_kid("Marco", 1);
        let saved = Some(day("2027-01-10"));
        assert_eq!(backup_nudge(&j, saved, 14, day("2027-01-23")), None);
        assert_eq!(
            backup_nudge(&j, saved, 14, day("2027-01-24")),
            Some(Nudge::Old(14))
        );
        assert_eq!(backup_nudge(&j, saved, 30, day("2027-01-24")), None);
        assert_eq!(
            backup_nudge(&j, saved, 0, day("2030-01-01")),
            None,
            "0 means never"
        );
    }
}

mod merge {
    use super::*;

    /// This phone: its own Marco (another kid than the backup's Marco), and
    /// Zoë under the same record as in the backup, renamed here.
    fn this_phone() -> Journal {
        let mut j = journal_with_kid("Marco", 0x99);
        let planned = j.add_kid(
            KidId(0xb2),
            &kid_draft("Zoë R.", "chess"),
            at("2026-12-01T10:00:00+00:00"),
        );
        run(&mut j, planned);
        j
    }

    fn backup() -> attune::persist::Backup {
        parse_backup(&export_backup(&sample(), at("2026-12-20T18:00:00Z")))
            .unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn adds_what_is_missing_and_keeps_this_phones_version_of_the_rest() {
        let here = this_phone();
        let plan = merge_plan(&here, &backup(), today());
        assert_eq!(plan.added.get(&EntityKind::Kid), Some(&2));
        assert_eq!(plan.added.get(&EntityKind::Note), Some(&2));
        assert_eq!(plan.added.get(&EntityKind::FollowUp), Some(&3));
        assert_eq!(plan.added.get(&EntityKind::Group), Some(&2));
        assert_eq!(plan.added.get(&EntityKind::Session), Some(&1));
        assert_eq!(plan.already_here, 1);
        assert_eq!(plan.same_names, vec!["Marco".to_string()]);

        let mut merged = here.clone();
        merged.apply(plan.changes.clone());
        assert_eq!(merged.entities().count(), 2 + 10);
        let zoe = merged
            .kid(KidId(0xb2))
            .cloned()
            .unwrap_or_else(|| panic!("Zoë kept"));
        assert_eq!(zoe.first_name, "Zoë R.");
        assert_eq!(zoe.interests, vec!["chess".to_string()]);
        // The backup's note about her is newer than anything here.
        assert_eq!(zoe.last_noted, Some(at("2026-12-08T17:00:00+01:00")));
        assert!(merged.kid(KidId(0x99)).is_some());
        assert!(merged.kid(KidId(0xb1)).is_some());
    }

    #[test]
    fn merging_the_same_backup_again_changes_nothing() {
        let mut here = this_phone();
        let first = merge_plan(&here, &backup(), today());
        here.apply(first.changes);
        let again = merge_plan(&here, &backup(), today());
        assert!(again.changes.is_empty(), "{:?}", again.changes);
        assert!(again.added.is_empty());
        assert_eq!(again.already_here, 11);
    }

    #[test]
    fn stored_and_read_back_the_merge_is_what_was_shown() {
        pollster::block_on(async {
            let here = this_phone();
            let store = MemoryStore::default();
            let all: Vec<_> = here.entities().map(attune::domain::Change::Put).collect();
            assert_eq!(store.write(&encode_changes(&all)).await, Ok(()));
            let plan = merge_plan(&here, &backup(), today());
            assert_eq!(store.write(&encode_changes(&plan.changes)).await, Ok(()));
            let mut expected = here;
            expected.apply(plan.changes);
            let reloaded = load_all(&store, today()).await.unwrap_or_default().journal;
            assert_eq!(reloaded, expected);
        });
    }
}
