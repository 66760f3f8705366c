//! What went wrong with the last change on this part of the screen, said
//! where it happened and announced to screen readers.

use leptos::prelude::*;

#[component]
pub fn ErrorBanner(
    /// The sentence to show, from `ui::errors`; `None` shows nothing.
    #[prop(into)]
    error: Signal<Option<String>>,
) -> impl IntoView {
    move || {
        error.get().map(|e| {
            view! {
                <p class="banner error" role="alert">
                    {e}
                </p>
            }
        })
    }
}
