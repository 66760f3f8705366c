//! How the last action of a settings card went: an error read out at once,
//! or a quiet confirmation.

use leptos::prelude::*;

/// Shows `(is_error, text)` while there is one.
#[component]
pub fn OutcomeLine(message: RwSignal<Option<(bool, String)>>) -> impl IntoView {
    move || {
        message.get().map(|(is_error, text)| {
            view! {
                <p class=if is_error { "banner error" } else { "banner info" }
                    role=if is_error { "alert" } else { "status" }>{text}</p>
            }
        })
    }
}
