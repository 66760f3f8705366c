//! Text shared from another app (the manifest's `share_target`): a new note
//! begins with it, and a note being written is set aside, not written over.

use leptos::prelude::*;

use crate::domain::capture::{CaptureDraft, NoteDrafts};
use crate::domain::share::shared_text;
use crate::routes::Route;
use crate::state::{Draft, Preferences};
use crate::ui::router::{Location, NavigateOptions};

#[component]
pub fn SharePage() -> impl IntoView {
    let here = Location::expect();
    let preferences = Preferences::expect();
    // Once, after the page is drawn: the move to the note form changes the
    // address this page was drawn from.
    Effect::new(move |_| {
        let query = here.query.get_untracked();
        let text = shared_text(
            query.get("title").as_deref(),
            query.get("text").as_deref(),
            query.get("url").as_deref(),
        );
        let drafts = NoteDrafts {
            active: Draft::<CaptureDraft>::stored("note").unwrap_or_default(),
            unfinished: Draft::<Vec<CaptureDraft>>::stored("note.unfinished").unwrap_or_default(),
        }
        .shared(text);
        preferences.kept(Draft::put("note", &drafts.active));
        preferences.kept(Draft::put("note.unfinished", &drafts.unfinished));
        // In place of this address: Back, or a reload, never shares twice.
        let replace = NavigateOptions {
            replace: true,
            scroll: true,
        };
        here.go(&Route::Note.href(), replace);
    });
    view! { <p class="muted">"Opening a new note…"</p> }
}
