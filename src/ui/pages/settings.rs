//! Settings: where the data lives and how much of it there is.

use leptos::prelude::*;

use crate::state::{AppState, Boot};
use crate::ui::components::BackupPanel;

#[component]
pub fn SettingsPage() -> impl IntoView {
    let state = AppState::expect();
    let counts = Memo::new(move |_| {
        let j = state.journal.read();
        (j.kid_count(), j.note_count())
    });
    let storage = move || match state.boot.get() {
        Boot::Loading | Boot::HeadLoaded => "Opening…".to_string(),
        Boot::Failed(_) => "Storage could not be opened".to_string(),
        Boot::Ready { .. } => {
            let (kids, notes) = counts.get();
            format!("{kids} kids and {notes} notes, stored in this browser on this phone")
        }
    };
    view! {
        <h1>"Settings"</h1>
        <section class="card">
            <h2>"Your data"</h2>
            <p data-testid="storage-summary">{storage}</p>
            <p class="muted">
                "Nothing leaves this phone. There is no account and no server: if this browser's data is cleared, the notes are gone."
            </p>
        </section>
        <BackupPanel/>
        <section class="card">
            <h2>"Appearance"</h2>
            <p class="muted">"Attune follows your phone's light or dark setting."</p>
        </section>
    }
}
