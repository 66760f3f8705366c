//! Text shared from another app opens a new note with it, and never takes
//! the place of a note the leader was writing.

use attune::domain::KidId;
use attune::domain::capture::{CaptureDraft, NoteDrafts};
use attune::domain::share::shared_text;

/// What a sharing app sends (title, text, link), and the note's text.
type Shared<'a> = (Option<&'a str>, Option<&'a str>, Option<&'a str>, &'a str);

#[test]
fn what_an_app_shares_becomes_the_notes_text() {
    let cases: [Shared; 8] = [
        (
            None,
            Some("Marco's game moved to Sunday"),
            None,
            "Marco's game moved to Sunday",
        ),
        (
            Some("Re: Saturday"),
            Some("  The game is at 10  "),
            None,
            "Re: Saturday\nThe game is at 10",
        ),
        // The link is already in the text, as many apps send it.
        (
            None,
            Some("Photos: https://example.org/a"),
            Some("https://example.org/a"),
            "Photos: https://example.org/a",
        ),
        (
            None,
            None,
            Some("https://example.org/a"),
            "https://example.org/a",
        ),
        // A title that is the text's first words is not said twice.
        (
            Some("Big game"),
            Some("Big game on Saturday"),
            None,
            "Big game on Saturday",
        ),
        (Some("Same"), Some("Same"), None, "Same"),
        (Some(""), Some("   "), None, ""),
        (None, None, None, ""),
    ];
    for (title, text, url, expected) in cases {
        assert_eq!(
            shared_text(title, text, url),
            expected,
            "{title:?} {text:?} {url:?}"
        );
    }
}

fn about(kid: u64, text: &str) -> CaptureDraft {
    CaptureDraft {
        text: text.into(),
        kids: vec![KidId(kid)],
        ..CaptureDraft::default()
    }
}

#[test]
fn a_shared_text_starts_a_new_note_and_sets_the_unfinished_one_aside() {
    let drafts = NoteDrafts {
        active: about(1, "Half a thought about Marco"),
        unfinished: vec![about(2, "Zoë's recital")],
    };
    let shared = drafts.shared("Game moved to Sunday".into());
    assert_eq!(shared.active.text, "Game moved to Sunday");
    assert!(shared.active.kids.is_empty());
    assert_eq!(
        shared.unfinished,
        vec![
            about(1, "Half a thought about Marco"),
            about(2, "Zoë's recital")
        ]
    );
    // The page reloaded with the same share: nothing more is set aside.
    assert_eq!(shared.clone().shared("Game moved to Sunday".into()), shared);
}

#[test]
fn a_blank_form_simply_takes_the_shared_text() {
    let blank = NoteDrafts {
        active: about(1, ""),
        unfinished: Vec::new(),
    };
    let shared = blank.shared("Game moved to Sunday".into());
    assert_eq!(shared.active.text, "Game moved to Sunday");
    assert!(shared.unfinished.is_empty());
    let nothing = NoteDrafts::default().shared(String::new());
    assert_eq!(nothing, NoteDrafts::default());
}
