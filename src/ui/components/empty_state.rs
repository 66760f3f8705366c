//! What an empty screen says: what belongs here and the next step.

use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn EmptyState(
    /// One line saying what will appear here.
    title: &'static str,
    /// What to do next.
    hint: &'static str,
    /// Where the next step is, with its label.
    #[prop(optional)]
    action: Option<(&'static str, &'static str)>,
) -> impl IntoView {
    view! {
        <section class="empty-state">
            <h2>{title}</h2>
            <p>{hint}</p>
            {action.map(|(href, label)| view! { <A href=href attr:class="button primary">{label}</A> })}
        </section>
    }
}
