//! One kid in a list: name, nickname and a few interests, linking to their page.

use leptos::prelude::*;

use crate::routes::Route;

use crate::domain::Kid;

#[component]
pub fn KidRow(
    /// The kid to show; a snapshot, the list re-renders when the journal changes.
    kid: Kid,
    /// When the leader last connected with them, in words.
    last: String,
) -> impl IntoView {
    let href = Route::kid(kid.id).href();
    let also = kid
        .nickname
        .as_ref()
        .map(|_| format!(" ({})", kid.first_name));
    let interests = kid
        .interests
        .iter()
        .take(3)
        .cloned()
        .collect::<Vec<_>>()
        .join(" · ");
    let archived = kid.archived;
    view! {
        <li class="kid-row" class:archived=archived>
            <a href=href>
                <span class="kid-name">{kid.name().to_string()}{also}</span>
                <span class="kid-meta">{last}</span>
                {(!interests.is_empty())
                    .then(|| view! { <span class="kid-meta">{interests}</span> })}
            </a>
        </li>
    }
}
