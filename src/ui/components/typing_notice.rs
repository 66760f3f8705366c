//! A quiet line in the shell while what the leader types is not being kept
//! on the side (a full storage, say): the form still holds it until saved.

use leptos::prelude::*;

use crate::state::Preferences;
use crate::ui::errors::typing_not_kept_text;

#[component]
pub fn TypingNotice() -> impl IntoView {
    let not_kept = Preferences::expect().not_kept();
    move || {
        not_kept.get().map(|e| {
            view! {
                <p class="banner warning" role="status" data-testid="typing-not-kept">
                    {typing_not_kept_text(&e)}
                </p>
            }
        })
    }
}
