//! A kid's timeline, newest first, a page at a time.

use leptos::prelude::*;

use crate::domain::{KidId, dates};
use crate::state::AppState;

/// How many entries are shown at first, and added by each "show older" tap.
const PAGE: usize = 50;

#[component]
pub fn Timeline(
    /// Whose timeline this is.
    kid: KidId,
) -> impl IntoView {
    let state = AppState::expect();
    let shown = RwSignal::new(PAGE);
    let entries = Memo::new(move |_| {
        let journal = state.journal.read();
        let notes = journal.notes_about(kid);
        let total = notes.len();
        let page: Vec<(String, String)> = notes
            .into_iter()
            .take(shown.get())
            .map(|n| (dates::short_day(n.created_at.date_naive()), n.text.clone()))
            .collect();
        (page, total)
    });
    move || {
        if !state.is_ready() {
            return view! { <p class="muted">"Loading notes…"</p> }.into_any();
        }
        let (page, total) = entries.get();
        if total == 0 {
            return view! { <p class="muted">"Nothing noted yet."</p> }.into_any();
        }
        let older = total.saturating_sub(page.len());
        view! {
            <ol class="timeline">
                {page
                    .into_iter()
                    .map(|(day, text)| view! { <li><time>{day}</time>" "{text}</li> })
                    .collect_view()}
            </ol>
            {(older > 0).then(|| view! {
                <button class="button quiet" on:click=move |_| shown.update(|n| *n += PAGE)>
                    {format!("Show older notes ({older} more)")}
                </button>
            })}
        }
        .into_any()
    }
}
