//! What a screen says while the leader's notes are still being read.

use leptos::prelude::*;

#[component]
pub fn Loading() -> impl IntoView {
    view! { <p class="muted">"Opening your notes…"</p> }
}
