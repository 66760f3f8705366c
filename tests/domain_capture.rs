//! The note form's offer: what a note brings back, and when.

mod support;

use support::day;

use attune::domain::*;
use chrono::NaiveDate;
use support::journals::{MARCO, ZOE, two_kids};
use support::{at, run};

use attune::domain::capture::{CaptureDraft, FollowUpChoice};
use attune::domain::date_phrase::DateOrder;

fn draft(text: &str, kids: &[KidId]) -> CaptureDraft {
    CaptureDraft {
        text: text.into(),
        kids: kids.to_vec(),
        ..CaptureDraft::default()
    }
}

#[test]
fn a_note_with_a_date_offers_a_follow_up_for_each_kid() {
    let mut j = two_kids();
    let tuesday = at("2026-12-01T17:00:00+00:00");
    let capture = draft("Big game on Saturday #soccer", &[MARCO, ZOE]);
    let offer = capture.offer(tuesday.date_naive(), DateOrder::DayMonth);
    assert_eq!(
        offer.as_ref().map(|o| o.prompt.as_str()),
        Some("Ask about the big game")
    );
    assert_eq!(
        offer.as_ref().map(|o| o.due),
        Some(Due::FirstSeenOnOrAfter(day("2026-12-05")))
    );
    assert_eq!(offer.as_ref().map(|o| o.phrase.as_str()), Some("Saturday"));

    let ids = [FollowUpId(7), FollowUpId(8)];
    let planned = capture.plan(&j, NoteId(1), &ids, tuesday, DateOrder::DayMonth);
    run(&mut j, planned);
    assert_eq!(j.notes_about(ZOE).len(), 1);
    for (kid, id) in [(MARCO, 7), (ZOE, 8)] {
        let f = j.follow_up(FollowUpId(id));
        assert_eq!(f.map(|f| f.kid), Some(kid));
        let due = day("2026-12-05");
        assert_eq!(f.map(|f| f.due), Some(Due::FirstSeenOnOrAfter(due)));
        assert_eq!(f.and_then(|f| f.from_note), Some(NoteId(1)));
    }
    assert!(
        j.kid(MARCO)
            .is_some_and(|k| k.interests.contains(&"soccer".to_string()))
    );
}

#[test]
fn the_leader_can_change_reword_or_decline_the_follow_up() {
    let mut j = two_kids();
    let tuesday = at("2026-12-01T17:00:00+00:00");
    let mut capture = draft("Big game on Saturday", &[MARCO]);
    capture.prompt = Some("Ask how the final went".into());
    capture.due = NaiveDate::from_ymd_opt(2026, 12, 7);
    let planned = capture.plan(
        &j,
        NoteId(1),
        &[FollowUpId(2)],
        tuesday,
        DateOrder::DayMonth,
    );
    run(&mut j, planned);
    let f = j.follow_up(FollowUpId(2));
    assert_eq!(f.map(|f| f.prompt.as_str()), Some("Ask how the final went"));
    assert_eq!(
        f.map(|f| f.due),
        Some(Due::FirstSeenOnOrAfter(day("2026-12-07")))
    );

    capture.no_follow_up = true;
    assert_eq!(
        capture.offer(tuesday.date_naive(), DateOrder::DayMonth),
        None
    );
    let planned = capture.plan(
        &j,
        NoteId(3),
        &[FollowUpId(4)],
        tuesday,
        DateOrder::DayMonth,
    );
    run(&mut j, planned);
    assert!(j.follow_up(FollowUpId(4)).is_none());
}

#[test]
fn a_note_that_only_describes_the_day_offers_a_follow_up_folded() {
    let mut j = two_kids();
    let capture = CaptureDraft {
        chips: vec![Chip::QuietToday],
        ..draft("Quiet today, didn't want to talk", &[MARCO])
    };
    let now = at("2026-12-01T17:00:00+00:00");
    assert_eq!(capture.offer(now.date_naive(), DateOrder::DayMonth), None);
    assert!(matches!(
        capture.choice(now.date_naive(), DateOrder::DayMonth),
        FollowUpChoice::Folded { .. }
    ));
    let planned = capture.plan(&j, NoteId(1), &[FollowUpId(2)], now, DateOrder::DayMonth);
    run(&mut j, planned);
    assert_eq!(
        j.note(NoteId(1)).map(|n| n.chips.clone()),
        Some(vec![Chip::QuietToday])
    );
    assert!(j.follow_up(FollowUpId(2)).is_none());
}

#[test]
fn ask_next_time_is_one_choice_away_on_any_note() {
    let mut j = two_kids();
    let mut capture = draft("Mentioned there is a big game coming up.", &[MARCO]);
    let now = at("2026-12-01T17:00:00+00:00");
    // Something ahead without a day is offered open, for next time.
    let offer = capture.offer(now.date_naive(), DateOrder::DayMonth);
    assert_eq!(offer.as_ref().map(|o| o.due), Some(Due::NextTimeSeen));
    assert_eq!(
        offer.map(|o| o.prompt),
        Some("Ask about the big game".into())
    );
    // A note that names nothing ahead takes it from one tap.
    capture.text = "Wore his jersey again".into();
    assert_eq!(capture.offer(now.date_naive(), DateOrder::DayMonth), None);
    capture.next_time = true;
    let planned = capture.plan(&j, NoteId(1), &[FollowUpId(2)], now, DateOrder::DayMonth);
    run(&mut j, planned);
    assert_eq!(
        j.follow_up(FollowUpId(2)).map(|f| f.due),
        Some(Due::NextTimeSeen)
    );
}

#[test]
fn an_event_tonight_comes_back_after_today() {
    let capture = draft("match tonight vs eastside", &[MARCO]);
    let offer = capture.offer(day("2026-12-01"), DateOrder::DayMonth);
    assert_eq!(
        offer.map(|o| o.due),
        Some(Due::FirstSeenOnOrAfter(day("2026-12-02")))
    );
}
