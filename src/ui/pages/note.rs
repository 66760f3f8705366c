//! A new note, reached from the capture button on any screen.

use crate::ui::router::Location;
use leptos::prelude::*;

use crate::domain::KidId;
use crate::state::AppState;
use crate::ui::components::CaptureForm;

#[component]
pub fn NotePage() -> impl IntoView {
    let state = AppState::expect();
    let query = Location::expect().query;
    let kid = query.with_untracked(|q| q.get("kid").and_then(|id| id.parse::<KidId>().ok()));
    // The form restores its draft once, after the kids are known.
    let ready = Memo::new(move |_| state.head_ready());
    view! {
        <h1>"New note"</h1>
        {move || match ready.get() {
            true => view! { <CaptureForm kid=kid /> }.into_any(),
            false => view! { <p class="muted">"Opening your notes…"</p> }.into_any(),
        }}
    }
}
