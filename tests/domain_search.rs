//! Search over names, interests, tags, chips and note text.

mod support;

use support::day;

use attune::domain::*;
use support::journals::{MARCO, ZOE, note, two_kids};
use support::{at, kid_draft, run};

use attune::domain::search::{Matched, search};

#[test]
fn soccer_finds_the_fan_and_the_kids_whose_notes_mention_it() {
    let mut j = two_kids();
    let planned = j.add_kid(
        KidId(3),
        &kid_draft("Ana", "Soccer, chess"),
        at("2026-12-01T10:00:00+00:00"),
    );
    run(&mut j, planned);
    let planned = j.add_note(
        NoteId(1),
        &note("Watched the soccer final with his dad", &[MARCO]),
        at("2026-12-02T10:00:00+00:00"),
    );
    run(&mut j, planned);
    let planned = j.add_note(
        NoteId(2),
        &note("New boots #soccer", &[ZOE]),
        at("2026-12-03T10:00:00+00:00"),
    );
    run(&mut j, planned);

    let hits = search(&j, "SOCCER");
    let names: Vec<&str> = hits.iter().map(|h| h.name.as_str()).collect();
    // Ana by interest; Zoë now has soccer as an interest from the tag too.
    assert_eq!(names, ["Zoë", "Ana", "Marco"]);
    assert_eq!(hits[1].matched, [Matched::Interest("Soccer".into())]);
    let day = day("2026-12-02");
    assert_eq!(
        hits[2].matched,
        [Matched::Note(
            day,
            "Watched the soccer final with his dad".into()
        )]
    );
    assert!(hits[0].matched.contains(&Matched::Tag("soccer".into())));
}

#[test]
fn a_chip_is_found_by_its_words() {
    let mut j = two_kids();
    let quiet = NoteDraft {
        text: "Sat by the window".into(),
        kids: vec![ZOE],
        chips: vec![Chip::QuietToday],
        session: None,
    };
    let planned = j.add_note(NoteId(1), &quiet, at("2026-12-02T10:00:00+00:00"));
    run(&mut j, planned);
    let hits = search(&j, "quiet");
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].name, "Zoë");
    let day = day("2026-12-02");
    assert_eq!(
        hits[0].matched,
        [Matched::Note(day, "quiet today: Sat by the window".into())]
    );
    assert!(search(&j, "struggling").is_empty());
}

#[test]
fn names_match_without_accents_or_case_and_empty_finds_nothing() {
    let j = two_kids();
    let hits = search(&j, "zoe");
    assert_eq!(
        hits.iter()
            .map(|h| (h.name.as_str(), h.matched.clone()))
            .collect::<Vec<_>>(),
        [("Zoë", vec![Matched::Name])]
    );
    assert!(search(&j, "   ").is_empty());
    assert!(search(&j, "volleyball").is_empty());
}

#[test]
fn a_long_note_is_shown_as_the_words_around_the_match() {
    use attune::domain::search::excerpt;
    let long = "Came in late and sat by the window for most of the hour, then \
        perked up when the others started talking about the Árbol Park \
        tournament next month and said he wants to try out as goalkeeper this year";
    assert_eq!(
        excerpt(long, "arbol park"),
        "…the others started talking about the Árbol Park tournament next \
         month and said he wants to try out…"
    );
    assert_eq!(excerpt("Short and sweet", "sweet"), "Short and sweet");
    assert!(excerpt(long, "came").starts_with("Came in late"));
}
