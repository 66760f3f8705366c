//! What an empty screen says: what belongs here and the next steps.

use leptos::prelude::*;

#[component]
pub fn EmptyState(
    /// One line saying what will appear here.
    title: &'static str,
    /// What to do next.
    hint: &'static str,
    /// Where the next step is, with its label.
    #[prop(optional)]
    action: Option<(&'static str, &'static str)>,
    /// Another way to the same place, offered beside the first.
    #[prop(optional)]
    or: Option<(&'static str, &'static str)>,
) -> impl IntoView {
    view! {
        <section class="empty-state">
            <h2>{title}</h2>
            <p>{hint}</p>
            {(action.is_some() || or.is_some())
                .then(|| {
                    view! {
                        <div class="form-actions">
                            {action
                                .map(|(href, label)| {
                                    view! {
                                        <a href=href class="button primary">
                                            {label}
                                        </a>
                                    }
                                })}
                            {or
                                .map(|(href, label)| {
                                    view! {
                                        <a href=href class="button">
                                            {label}
                                        </a>
                                    }
                                })}
                        </div>
                    }
                })}
        </section>
    }
}
