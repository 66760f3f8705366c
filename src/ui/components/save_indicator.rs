//! The save state in the top bar, announced politely to screen readers.

use leptos::prelude::*;

use crate::state::{AppState, SaveStatus};
use crate::ui::errors::app_error_text;

#[component]
pub fn SaveIndicator() -> impl IntoView {
    let state = AppState::expect();
    let label = move || match state.save.get() {
        SaveStatus::Idle => String::new(),
        SaveStatus::Saving => "Saving…".into(),
        SaveStatus::Saved => "Saved".into(),
        SaveStatus::Failed(_) => "Not saved".into(),
    };
    let class = move || match state.save.get() {
        SaveStatus::Failed(_) => "save-state failed",
        _ => "save-state",
    };
    let detail = move || match state.save.get() {
        SaveStatus::Failed(e) => Some(view! {
            <p class="banner error" role="alert">
                {app_error_text(&e)}
            </p>
        }),
        _ => None,
    };
    view! {
        <span class=class role="status" aria-live="polite" data-testid="save-state">
            {label}
        </span>
        {detail}
    }
}
