//! Groups, rosters and session mode, as a leader uses them during group.

mod support;

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
    text.parse().unwrap_or_default()
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
            .map(|k| k.called())
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
        // Ana: a mood. Ben: a note in the session. Cleo: a follow-up asked.
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
        assert_eq!(left, ["Dev"], "Eli was absent; the others were noticed");

        let planned = j.mark_connected(SESSION, KidId(4));
        run(&mut j, planned);
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
    fn an_unfinished_session_can_be_found_again() {
        let j = started(&["Ana"]);
        assert_eq!(j.open_session_for(GROUP).map(|s| s.id), Some(SESSION));
        let mut j = j;
        let planned = j.end_session(SESSION);
        run(&mut j, planned);
        assert_eq!(j.open_session_for(GROUP), None);
        assert_eq!(j.end_session(SESSION), Err(JournalError::SessionEnded));
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

    #[test]
    fn three_suggestions_come_from_the_notes_each_about_another_kid() {
        let mut j = with_group(Journal::default());
        let p = preview(&j, "Ana\nBen");
        let planned = j.import_roster(
            GROUP,
            &p.new,
            &[],
            &[KidId(1), KidId(2)],
            at("2026-10-01T09:00:00+00:00"),
        );
        run(&mut j, planned);
        let planned = j.add_kid(
            KidId(3),
            &support::kid_draft("Cleo", ""),
            at("2026-12-01T09:00:00+00:00"),
        );
        run(&mut j, planned);
        let draft = FollowUpDraft {
            kid: KidId(1),
            prompt: "Ask about the big game".into(),
            due: Due::FirstSeenOnOrAfter(day("2026-12-12")),
            from_note: None,
        };
        let planned = j.add_follow_up(FollowUpId(1), &draft, at("2026-12-01T17:00:00+00:00"));
        run(&mut j, planned);
        let texts: Vec<String> = suggestions(&j, day("2026-12-08"))
            .into_iter()
            .map(|s| s.text)
            .collect();
        // Ana has the event, so the least connected is Ben; Cleo is new.
        assert_eq!(
            texts,
            [
                "Ask about the big game (Ana, Sat 12 Dec)",
                "Find a moment with Ben: no connection noted yet",
                "Get to know Cleo, new since Tue 1 Dec: ask what they enjoy",
            ]
        );
        // With nothing to draw on, there is nothing to suggest.
        assert!(suggestions(&Journal::default(), day("2026-12-08")).is_empty());
    }
}
