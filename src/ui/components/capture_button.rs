//! The one-tap way to a new note, floating above every screen.

use crate::ui::router::Location;
use leptos::prelude::*;

use crate::routes::Route;

#[component]
pub fn CaptureButton() -> impl IntoView {
    let here = Location::expect();
    let href = Memo::new(move |_| {
        let path = here.path();
        // From a kid's page, the note is about that kid.
        match path.strip_prefix("/kids/").filter(|rest| rest.len() == 16) {
            Some(id) => Route::Note.href_with(&[("kid", id)]),
            None => "/note".to_string(),
        }
    });
    // Forms keep their own actions at the bottom of the screen: the button
    // would cover them, and a note is not what is being written there.
    let hidden = Memo::new(move |_| {
        matches!(
            here.route.get(),
            Route::Note
                | Route::NoteEdit(_)
                | Route::KidNew
                | Route::KidEdit(_)
                | Route::GroupNew
                | Route::GroupEdit(_)
        )
    });
    move || {
        (!hidden.get()).then(|| {
            view! {
                <aside aria-label="Quick note">
                    <a href=href.get() class="capture-button" aria-label="New note">
                        <svg viewBox="0 0 24 24" aria-hidden="true">
                            <path d="M12 5v14M5 12h14" />
                        </svg>
                        <span>"Note"</span>
                    </a>
                </aside>
            }
        })
    }
}
