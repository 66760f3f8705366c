//! Search results: each kid once, with where the words were found.

use leptos::prelude::*;

use crate::domain::dates;
use crate::domain::search::{Matched, search};
use crate::state::AppState;

/// Notes shown per kid; the rest are counted.
const NOTES_SHOWN: usize = 2;

fn describe(matched: &Matched) -> String {
    match matched {
        Matched::Name => "name".into(),
        Matched::Interest(i) => format!("interest: {i}"),
        Matched::Tag(t) => format!("tag: #{t}"),
        Matched::Note(day, text) => format!("note, {}: {text}", dates::short_day(*day)),
    }
}

#[component]
pub fn SearchResults(
    /// What the leader typed.
    query: Signal<String>,
) -> impl IntoView {
    let state = AppState::expect();
    let hits = Memo::new(move |_| search(&state.journal.read(), &query.get()));
    move || {
        let hits = hits.get();
        if hits.is_empty() {
            return view! { <p class="muted">{format!("Nothing found for “{}”.", query.get())}</p> }.into_any();
        }
        view! {
            <ul class="kid-list" aria-label="Search results">
                {hits.into_iter().map(|hit| {
                    let notes = hit.matched.iter().filter(|m| matches!(m, Matched::Note(..))).count() + hit.more_notes;
                    let mut lines: Vec<String> = hit.matched.iter()
                        .filter(|m| !matches!(m, Matched::Note(..)))
                        .chain(hit.matched.iter().filter(|m| matches!(m, Matched::Note(..))).take(NOTES_SHOWN))
                        .map(describe)
                        .collect();
                    if notes > NOTES_SHOWN {
                        lines.push(format!("and {} more notes", notes - NOTES_SHOWN));
                    }
                    view! {
                        <li class="kid-row"><a href=format!("/kids/{}", hit.kid)>
                            <span class="kid-name">{hit.name}</span>
                            {lines.into_iter().map(|l| view! { <span class="kid-meta">{l}</span> }).collect_view()}
                        </a></li>
                    }
                }).collect_view()}
            </ul>
        }.into_any()
    }
}
