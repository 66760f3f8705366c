//! Groups, rosters and session mode, as a leader uses them during group.

mod support;

use attune::domain::kid_list::note_candidates;
use attune::domain::roster::{Skip, preview};
use attune::domain::session_view::{session_cards, sweep};
use attune::domain::timeline::{Happened, timeline};
use attune::domain::{
    Due, FollowUpDraft, FollowUpId, Journal, JournalError, KidId, Mood, NoteDraft, NoteId,
    SessionId,
};
use chrono::{NaiveDate, Weekday};
use support::{GROUP, at, group_of, journal_with_kid, run, with_group};

const SESSION: SessionId = SessionId(0xe1);

fn day(text: &str) -> NaiveDate {
    text.parse()
        .unwrap_or_else(|e| panic!("bad day {text}: {e}"))
}

mod roster {
    use super::*;

    fn names(pasted: &str) -> (Vec<String>, Vec<String>, Vec<(usize, Skip)>) {
        let j = with_group(journal_with_kid("Marco", 99));
        let p = preview(&j, pasted);
        let existing = p.existing.into_iter().map(|(_, n)| n).collect();
        let skipped = p.skipped.into_iter().map(|(l, _, s)| (l, s)).collect();
        (p.new, existing, skipped)
    }

    #[test]
    fn pasted_rosters_are_read_in_every_common_shape() {
        let cases: [(&str, &str, &[&str]); 10] = [
            ("one name a line", "Ana\nBen\nCleo", &["Ana", "Ben", "Cleo"]),
            ("windows line ends", "Ana\r\nBen\r\n", &["Ana", "Ben"]),
            ("byte-order mark", "\u{feff}Ana\nBen", &["Ana", "Ben"]),
            (
                "header picks the first-name column",
                "Last name,First name,Age\nRossi,Ana,9\nLi,Ben,10",
                &["Ana", "Ben"],
            ),
            (
                "quoted field with a comma inside",
                "Name,Notes\n\"Ana\",\"likes cats, dogs\"\n\"Ben \"\"Benji\"\"\",x",
                &["Ana", "Ben \"Benji\""],
            ),
            (
                "semicolons",
                "Vorname;Name\nJonas;Keller\nLea;Roth",
                &["Jonas", "Lea"],
            ),
            (
                "tabs",
                "first name\tlast name\nAna\tRossi\nBen\tLi",
                &["Ana", "Ben"],
            ),
            (
                "no header: first column",
                "Ana,Rossi\nBen,Li",
                &["Ana", "Ben"],
            ),
            (
                "spaces tidied",
                "  Ana   Maria \nBen",
                &["Ana Maria", "Ben"],
            ),
            ("accents kept", "Zoë\nJosé", &["Zoë", "José"]),
        ];
        for (what, pasted, want) in cases {
            assert_eq!(names(pasted).0, want, "{what}");
        }
    }

    #[test]
    fn bad_lines_are_skipped_with_a_reason_and_known_kids_not_added_twice() {
        let long = "A".repeat(41);
        let pasted = format!("Ana\n\nmarco\nANA\n{long}\n   \nBen");
        let (new, existing, skipped) = names(&pasted);
        assert_eq!(new, ["Ana", "Ben"]);
        assert_eq!(existing, ["marco"]);
        assert_eq!(
            skipped,
            [
                (2, Skip::Blank),
                (4, Skip::Repeated),
                (5, Skip::TooLong),
                (6, Skip::Blank)
            ]
        );
        let (_, _, skipped) = names("First name,Last name\n,Rossi\nBen,Li");
        assert_eq!(skipped, [(2, Skip::NoName)]);
        assert_eq!(names(""), (vec![], vec![], vec![]));
    }

    #[test]
    fn importing_adds_new_kids_and_puts_known_ones_in_the_group() {
        let mut j = with_group(journal_with_kid("Marco", 99));
        let p = preview(&j, "Ana\nMarco");
        let ids = [KidId(1)];
        let existing: Vec<KidId> = p.existing.iter().map(|(id, _)| *id).collect();
        let planned = j.import_roster(
            GROUP,
            &p.new,
            &existing,
            &ids,
            at("2026-12-01T09:00:00+00:00"),
        );
        run(&mut j, planned);
        let in_group: Vec<&str> = j
            .kids_by_name(false)
            .into_iter()
            .filter(|k| k.groups.contains(&GROUP))
            .map(|k| k.name())
            .collect();
        assert_eq!(in_group, ["Ana", "Marco"]);
        assert_eq!(j.kid_count(), 2);
    }
}

mod session {
    use super::*;

    fn started(names: &[&str]) -> Journal {
        let mut j = group_of(names);
        let planned = j.start_session(SESSION, GROUP, day("2026-12-08"));
        run(&mut j, planned);
        j
    }

    fn follow_up(j: &mut Journal, id: u64, kid: u64, due: Due) {
        let draft = FollowUpDraft {
            kid: KidId(kid),
            prompt: format!("Ask {id}"),
            due,
            from_note: None,
        };
        let planned = j.add_follow_up(FollowUpId(id), &draft, at("2026-12-01T17:00:00+00:00"));
        run(j, planned);
    }

    #[test]
    fn a_present_kid_card_shows_what_is_due_now_and_nothing_early() {
        let mut j = started(&["Ana", "Ben"]);
        follow_up(&mut j, 1, 1, Due::FirstSeenOnOrAfter(day("2026-12-05")));
        follow_up(&mut j, 2, 1, Due::NextTimeSeen);
        follow_up(&mut j, 3, 1, Due::FirstSeenOnOrAfter(day("2026-12-09")));
        follow_up(&mut j, 4, 1, Due::OnDate(day("2026-12-08")));
        follow_up(&mut j, 5, 2, Due::NextTimeSeen);
        let planned = j.snooze_follow_up(FollowUpId(4), day("2026-12-10"));
        run(&mut j, planned);
        let planned = j.set_attendance(SESSION, KidId(1), true, None);
        run(&mut j, planned);

        let cards = session_cards(&j, SESSION, day("2026-12-08"));
        let asks = |i: usize| cards[i].asks.iter().map(|a| a.id.0).collect::<Vec<_>>();
        // Saturday's has come, "next time seen" is now; Wednesday's is still
        // to come and the snoozed one waits for its day.
        assert_eq!(asks(0), [1, 2]);
        // Ben is absent: his card asks nothing.
        assert!(!cards[1].present);
        assert_eq!(asks(1), Vec::<u64>::new());
    }

    #[test]
    fn the_sweep_lists_present_kids_nobody_connected_with() {
        let mut j = started(&["Ana", "Ben", "Cleo", "Dev", "Eli"]);
        for kid in 1..=4 {
            let planned = j.set_attendance(SESSION, KidId(kid), true, None);
            run(&mut j, planned);
        }
        // Ana: only how she arrived. Ben: a note in the session. Cleo: a
        // follow-up asked.
        let planned = j.set_attendance(SESSION, KidId(1), true, Some(Mood::Bright));
        run(&mut j, planned);
        let note = NoteDraft {
            text: "Built the tallest tower".into(),
            kids: vec![KidId(2)],
            session: Some(SESSION),
            ..NoteDraft::default()
        };
        let planned = j.add_note(NoteId(1), &note, at("2026-12-08T16:10:00+00:00"));
        run(&mut j, planned);
        follow_up(&mut j, 1, 3, Due::NextTimeSeen);
        let planned = j.complete_follow_up(
            FollowUpId(1),
            Some((NoteId(2), "Loved it")),
            at("2026-12-08T16:20:00+00:00"),
        );
        run(&mut j, planned);

        let left: Vec<String> = sweep(&j, SESSION, day("2026-12-08"))
            .into_iter()
            .map(|c| c.name)
            .collect();
        assert_eq!(
            left,
            ["Ana", "Dev"],
            "Eli was absent; a mood is not a connection; Ben and Cleo were connected with"
        );

        for kid in [1, 4] {
            let planned = j.mark_connected(SESSION, KidId(kid));
            run(&mut j, planned);
        }
        assert!(sweep(&j, SESSION, day("2026-12-08")).is_empty());
        let planned = j.end_session(SESSION);
        run(&mut j, planned);
        assert_eq!(
            j.set_attendance(SESSION, KidId(5), true, None),
            Err(JournalError::SessionEnded)
        );
        assert_eq!(j.last_connected(KidId(4)), Some(day("2026-12-08")));
        assert_eq!(j.last_connected(KidId(5)), None);
        let lines: Vec<Happened> = timeline(&j, KidId(1)).into_iter().map(|e| e.what).collect();
        assert_eq!(
            lines,
            [Happened::Session {
                group: "Tuesday Huddle".into(),
                present: true,
                mood: Some(Mood::Bright)
            }]
        );
    }

    #[test]
    fn the_note_form_offers_todays_session_first_then_the_most_recently_noted() {
        let mut j = started(&["Ana", "Ben", "Cleo"]);
        for (id, name) in [(4, "Dev"), (5, "Eli"), (6, "Fay")] {
            let planned = j.add_kid(
                KidId(id),
                &support::kid_draft(name, ""),
                at("2026-12-01T09:00:00+00:00"),
            );
            run(&mut j, planned);
        }
        let planned = j.set_attendance(SESSION, KidId(3), true, None);
        run(&mut j, planned);
        for (id, kid, when) in [
            (1, 5, "2026-12-07T10:00:00+00:00"),
            (2, 6, "2026-12-06T10:00:00+00:00"),
        ] {
            let note = NoteDraft {
                text: "x".into(),
                kids: vec![KidId(kid)],
                ..NoteDraft::default()
            };
            let planned = j.add_note(NoteId(id), &note, at(when));
            run(&mut j, planned);
        }
        let names = |today: &str, typed: &str, chosen: &[KidId]| -> Vec<String> {
            note_candidates(&j, day(today), typed, chosen, 6)
                .into_iter()
                .map(|k| k.name().to_string())
                .collect()
        };
        // Cleo is here; Ana and Ben are on today's list; then Eli and Fay by
        // their newest note; Dev last.
        assert_eq!(
            names("2026-12-08", "", &[]),
            ["Cleo", "Ana", "Ben", "Eli", "Fay", "Dev"]
        );
        assert_eq!(
            names("2026-12-08", "", &[KidId(3)])
                .first()
                .map(String::as_str),
            Some("Ana")
        );
        assert_eq!(names("2026-12-08", "e", &[]), ["Eli"]);
        // Another day, no session: the most recently noted lead.
        assert_eq!(
            names("2026-12-09", "", &[]),
            ["Eli", "Fay", "Ana", "Ben", "Cleo", "Dev"]
        );
    }

    #[test]
    fn an_unfinished_session_can_be_found_again_on_its_day() {
        let j = started(&["Ana"]);
        assert_eq!(
            j.open_session_for(GROUP, day("2026-12-08")).map(|s| s.id),
            Some(SESSION)
        );
        let mut j = j;
        let planned = j.end_session(SESSION);
        run(&mut j, planned);
        assert_eq!(j.open_session_for(GROUP, day("2026-12-08")), None);
        assert_eq!(j.end_session(SESSION), Err(JournalError::SessionEnded));
    }

    #[test]
    fn a_session_left_running_is_not_resumed_next_week_and_waits_to_be_swept() {
        let mut j = started(&["Ana", "Ben"]);
        let planned = j.set_attendance(SESSION, KidId(1), true, None);
        run(&mut j, planned);
        // A week later the group meets again: last week's is not today's.
        let next = day("2026-12-15");
        assert_eq!(j.open_session_for(GROUP, next), None);
        let stale: Vec<SessionId> = j.stale_sessions(next).iter().map(|s| s.id).collect();
        assert_eq!(stale, [SESSION]);
        assert!(j.stale_sessions(day("2026-12-08")).is_empty());
        // Its sweep can still be done, then it is ended.
        assert_eq!(
            sweep(&j, SESSION, next)
                .into_iter()
                .map(|c| c.name)
                .collect::<Vec<_>>(),
            ["Ana"]
        );
        // Starting today's session ends last week's; today's starts fresh.
        let today = SessionId(0xe2);
        let planned = j.start_session(today, GROUP, next);
        run(&mut j, planned);
        assert!(j.session(SESSION).is_some_and(|s| s.ended));
        assert!(j.stale_sessions(next).is_empty());
        let fresh = j.open_session_for(GROUP, next);
        assert_eq!(fresh.map(|s| s.id), Some(today));
        assert!(fresh.is_some_and(|s| s.attendance.iter().all(|a| !a.present)));
    }
}

mod reflection {
    use super::*;
    use attune::domain::reflection::{suggestions, week_start};

    #[test]
    fn the_week_starts_on_the_chosen_day() {
        // 8 Dec 2026 is a Tuesday.
        assert_eq!(
            week_start(day("2026-12-08"), Weekday::Mon),
            day("2026-12-07")
        );
        assert_eq!(
            week_start(day("2026-12-08"), Weekday::Tue),
            day("2026-12-08")
        );
        assert_eq!(
            week_start(day("2026-12-08"), Weekday::Wed),
            day("2026-12-02")
        );
        assert_eq!(
            week_start(day("2027-01-01"), Weekday::Sun),
            day("2026-12-27")
        );
    }

    fn tuesday_group() -> Journal {
        let mut j = with_group(Journal::default());
        let p = preview(&j, "Ana\nBen\nDev");
        let planned = j.import_roster(
            GROUP,
            &p.new,
            &[],
            &[KidId(1), KidId(2), KidId(4)],
            at("2026-10-01T09:00:00+00:00"),
        );
        run(&mut j, planned);
        let mut cleo = support::kid_draft("Cleo", "art");
        cleo.groups = vec![GROUP];
        let planned = j.add_kid(KidId(3), &cleo, at("2026-12-01T09:00:00+00:00"));
        run(&mut j, planned);
        // Ana and Dev were noted on 1 Dec; Ben on 28 Nov.
        for (id, kid, when) in [
            (1, 1, "2026-12-01T16:00:00+00:00"),
            (2, 4, "2026-12-01T16:05:00+00:00"),
            (3, 2, "2026-11-28T16:00:00+00:00"),
        ] {
            let note = NoteDraft {
                text: "x".into(),
                kids: vec![KidId(kid)],
                ..NoteDraft::default()
            };
            let planned = j.add_note(NoteId(id), &note, at(when));
            run(&mut j, planned);
        }
        // Ana arrived low at Tuesday's session.
        let planned = j.start_session(SESSION, GROUP, day("2026-12-08"));
        run(&mut j, planned);
        let planned = j.set_attendance(SESSION, KidId(1), true, Some(Mood::Low));
        run(&mut j, planned);
        j
    }

    fn texts(j: &Journal, on_today: &[u64]) -> Vec<String> {
        let shown = on_today.iter().map(|k| KidId(*k)).collect();
        let today = day("2026-12-09");
        suggestions(j, today, week_start(today, Weekday::Mon), &shown)
            .into_iter()
            .map(|s| s.text)
            .collect()
    }

    #[test]
    fn three_ideas_from_the_notes_each_about_another_kid_not_on_today() {
        let j = tuesday_group();
        // Cleo is new; Ana arrived low; Ben, 11 days on, drifts towards his 14.
        assert_eq!(
            texts(&j, &[]),
            [
                "Get to know Cleo, new since Tue 1 Dec: ask about art",
                "Ana arrived low on Tue 8 Dec: a quiet word this week",
                "A word with Ben this week: 11 days since you last connected",
            ]
        );
        // A kid Today already shows is left to Today.
        assert_eq!(
            texts(&j, &[2]),
            [
                "Get to know Cleo, new since Tue 1 Dec: ask about art",
                "Ana arrived low on Tue 8 Dec: a quiet word this week",
                "A word with Dev this week: 8 days since you last connected",
            ]
        );
        // With nothing to draw on, there is nothing to suggest.
        let none = suggestions(
            &Journal::default(),
            day("2026-12-08"),
            day("2026-12-07"),
            &Default::default(),
        );
        assert!(none.is_empty());
    }

    #[test]
    fn an_idea_acted_on_this_week_is_not_offered_again() {
        let mut j = tuesday_group();
        for (id, kid) in [(10, 3), (11, 1), (12, 2)] {
            let note = NoteDraft {
                text: "Talked at snack time".into(),
                kids: vec![KidId(kid)],
                ..NoteDraft::default()
            };
            let planned = j.add_note(NoteId(id), &note, at("2026-12-08T17:00:00+00:00"));
            run(&mut j, planned);
        }
        // Cleo, Ana and Ben were all connected with on Tuesday: only Dev is left.
        assert_eq!(
            texts(&j, &[]),
            ["A word with Dev this week: 8 days since you last connected"]
        );
    }
}
