//! How the last action of a settings card went: an error read out at once,
//! or a quiet confirmation.

use leptos::prelude::*;

/// What came of a leader's action, in words.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// It was done: a quiet confirmation.
    Done(String),
    /// It could not be done: read out at once.
    Failed(String),
}

/// Shows the last outcome while there is one.
#[component]
pub fn OutcomeLine(message: RwSignal<Option<Outcome>>) -> impl IntoView {
    move || {
        message.get().map(|outcome| match outcome {
            Outcome::Done(text) => view! {
                <p class="banner info" role="status">
                    {text}
                </p>
            },
            Outcome::Failed(text) => view! {
                <p class="banner error" role="alert">
                    {text}
                </p>
            },
        })
    }
}
