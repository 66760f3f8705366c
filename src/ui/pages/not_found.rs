//! A link that leads nowhere.

use leptos::prelude::*;

use crate::ui::components::EmptyState;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <h1>"Not found"</h1>
        <EmptyState
            title="Nothing here"
            hint="This link does not lead to anything in your notes."
            action=("/", "Go to Today")
        />
    }
}
