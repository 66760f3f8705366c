//! Unfinished notes: a note begun about one kid never becomes another kid's.

use attune::domain::KidId;
use attune::domain::capture::{CaptureDraft, NoteDrafts};

const JAYDEN: KidId = KidId(1);
const SOFIA: KidId = KidId(2);

fn begun(text: &str, kids: &[KidId]) -> CaptureDraft {
    CaptureDraft {
        text: text.into(),
        kids: kids.to_vec(),
        ..CaptureDraft::default()
    }
}

fn about(kid: KidId) -> CaptureDraft {
    begun("", &[kid])
}

#[test]
fn a_note_about_sofia_starts_about_sofia_and_jaydens_is_kept_aside() {
    let drafts = NoteDrafts {
        active: begun("Half a thought about #lego", &[JAYDEN]),
        unfinished: vec![],
    };
    let opened = drafts.open(Some(SOFIA));
    assert_eq!(opened.active, about(SOFIA));
    assert_eq!(
        opened.unfinished,
        [begun("Half a thought about #lego", &[JAYDEN])]
    );
}

#[test]
fn a_note_about_the_same_kid_goes_on_where_it_was_left() {
    let mine = begun("Big game", &[SOFIA]);
    let drafts = NoteDrafts {
        active: mine.clone(),
        unfinished: vec![],
    };
    assert_eq!(drafts.clone().open(Some(SOFIA)).active, mine);
    // Opened from anywhere else, the note in the form is the one shown.
    assert_eq!(drafts.open(None).active, mine);
    // Unless nothing was typed: then it starts empty.
    let blank = NoteDrafts {
        active: about(SOFIA),
        unfinished: vec![],
    };
    assert_eq!(blank.open(None).active, CaptureDraft::default());
    // Set aside earlier, it comes back when her page is the way in.
    let aside = NoteDrafts {
        active: begun("About Jayden", &[JAYDEN]),
        unfinished: vec![mine.clone()],
    };
    let opened = aside.open(Some(SOFIA));
    assert_eq!(opened.active, mine);
    assert_eq!(opened.unfinished, [begun("About Jayden", &[JAYDEN])]);
}

#[test]
fn a_note_with_nothing_typed_is_not_kept_and_one_without_a_kid_is() {
    let drafts = NoteDrafts {
        active: about(JAYDEN),
        unfinished: vec![],
    };
    let opened = drafts.open(Some(SOFIA));
    assert!(opened.unfinished.is_empty());
    let drafts = NoteDrafts {
        active: begun("typed before choosing", &[]),
        unfinished: vec![],
    };
    let opened = drafts.open(Some(SOFIA));
    assert_eq!(opened.active, about(SOFIA));
    assert_eq!(opened.unfinished, [begun("typed before choosing", &[])]);
}

#[test]
fn continue_swaps_with_the_form_and_discard_forgets() {
    let drafts = NoteDrafts {
        active: begun("Sofia now", &[SOFIA]),
        unfinished: vec![begun("Jayden then", &[JAYDEN])],
    };
    let resumed = drafts.resume(0);
    assert_eq!(resumed.active, begun("Jayden then", &[JAYDEN]));
    assert_eq!(resumed.unfinished, [begun("Sofia now", &[SOFIA])]);
    let discarded = resumed.discard(0);
    assert!(discarded.unfinished.is_empty());
    assert_eq!(discarded.clone().discard(5), discarded);
    assert_eq!(discarded.clone().resume(5), discarded);
}
