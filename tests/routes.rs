//! Every address Attune links to opens the screen it names; anything else is
//! "Not found"; a query reads back what was written into it.

use attune::routes::{Query, Route, decode, encode};

#[test]
fn each_address_opens_its_screen() {
    let id = "00000000000000a1";
    let cases = [
        ("/", Route::Today),
        ("", Route::Today),
        ("/kids", Route::Kids),
        ("/kids/", Route::Kids),
        ("/kids/new", Route::KidNew),
        ("/kids/00000000000000a1", Route::Kid(id.into())),
        ("/kids/00000000000000a1/edit", Route::KidEdit(id.into())),
        ("/note", Route::Note),
        ("/notes/00000000000000a1/edit", Route::NoteEdit(id.into())),
        ("/session", Route::Session),
        ("/session/00000000000000a1", Route::SessionRun(id.into())),
        ("/groups/new", Route::GroupNew),
        ("/groups/00000000000000a1", Route::GroupEdit(id.into())),
        ("/settings", Route::Settings),
        ("/share", Route::Share),
        ("/share/", Route::Share),
    ];
    for (path, route) in cases {
        assert_eq!(Route::of(path), route, "{path}");
    }
}

#[test]
fn every_screen_links_to_an_address_that_opens_it() {
    let id = "00000000000000a1";
    for route in [
        Route::Today,
        Route::Kids,
        Route::KidNew,
        Route::kid(id),
        Route::KidEdit(id.into()),
        Route::Note,
        Route::NoteEdit(id.into()),
        Route::Session,
        Route::session(id),
        Route::GroupNew,
        Route::GroupEdit(id.into()),
        Route::Settings,
        Route::Share,
    ] {
        assert_eq!(Route::of(&route.href()), route, "{}", route.href());
    }
    assert_eq!(Route::kid(id).href(), "/kids/00000000000000a1");
    assert_eq!(
        Route::Note.href_with(&[("kid", id)]),
        "/note?kid=00000000000000a1"
    );
    assert_eq!(
        Route::Kids.href_with(&[("q", "big game & Zoë"), ("sort", "")]),
        "/kids?q=big%20game%20%26%20Zo%C3%AB"
    );
    assert_eq!(
        Query::parse("?q=big%20game%20%26%20Zo%C3%AB").get("q"),
        Some("big game & Zoë".to_string())
    );
}

#[test]
fn addresses_that_lead_nowhere_say_so() {
    for path in [
        "/nowhere",
        "/kids/a/b",
        "/kids//edit",
        "/groups",
        "/settings/x",
        "/share/x",
        "/session/a/end",
        "/index.html",
    ] {
        assert_eq!(Route::of(path), Route::NotFound, "{path}");
    }
}

#[test]
fn only_screens_with_an_id_have_one() {
    assert_eq!(Route::of("/kids/abc").id(), Some("abc"));
    assert_eq!(Route::of("/groups/abc").id(), Some("abc"));
    assert_eq!(Route::of("/kids").id(), None);
    assert_eq!(Route::of("/kids/new").id(), None);
}

#[test]
fn a_query_reads_back_what_was_written() {
    let q = Query::parse("?archived=1&q=Zo%C3%AB%20big%20game&group=7&flag");
    assert_eq!(q.get("archived").as_deref(), Some("1"));
    assert_eq!(q.get("q").as_deref(), Some("Zoë big game"));
    assert_eq!(q.get("group").as_deref(), Some("7"));
    assert_eq!(q.get("flag").as_deref(), Some(""));
    assert_eq!(q.get("sort"), None);
    assert_eq!(
        q.pairs().map(|(k, _)| k).collect::<Vec<_>>(),
        ["archived", "q", "group", "flag"]
    );
    assert_eq!(Query::parse(""), Query::default());
    assert_eq!(Query::parse("?"), Query::default());
}

#[test]
fn search_text_survives_the_address_bar() {
    for text in [
        "Zoë",
        "big game & the cup",
        "a+b=c?",
        "50%",
        "ask: 'why?' (later)",
        "日本",
    ] {
        let written = encode(text);
        assert!(
            written
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.!~*'()%".contains(c)),
            "{written}"
        );
        assert_eq!(decode(&written), text);
        assert_eq!(
            Query::parse(&format!("q={written}")).get("q").as_deref(),
            Some(text)
        );
    }
}

#[test]
fn broken_escapes_are_kept_as_written() {
    assert_eq!(decode("100%"), "100%");
    assert_eq!(decode("%zz"), "%zz");
    assert_eq!(decode("a+b"), "a b");
    assert_eq!(decode("%FF"), "\u{fffd}");
}

#[test]
fn a_share_from_another_app_reads_as_the_manifest_sends_it() {
    // As Android sends a shared message: GET /share?title=…&text=…, spaces
    // as `+` and everything else percent-encoded, as a form would.
    let address =
        "/share?title=&text=Marco%27s+game+moved+to+Sunday%2C+10%3A00+%F0%9F%99%82%0AThanks%21";
    let (path, search) = address.split_once('?').unwrap_or((address, ""));
    assert_eq!(Route::of(path), Route::Share);
    let q = Query::parse(search);
    assert_eq!(q.get("title").as_deref(), Some(""));
    assert_eq!(
        q.get("text").as_deref(),
        Some("Marco's game moved to Sunday, 10:00 🙂\nThanks!")
    );
    assert_eq!(q.get("url"), None);
}
