//! Search results: each kid once, with where the words were found.

use leptos::prelude::*;

use crate::routes::Route;

use crate::domain::dates;
use crate::domain::search::{Matched, SearchHit, search};
use crate::state::AppState;
use crate::ui::{first_rows, plural};

/// Notes shown per kid; the rest are counted.
const NOTES_SHOWN: usize = 2;
/// Kids shown before "show all": the best matches come first.
const KIDS_SHOWN: usize = 15;

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
    let show_all = RwSignal::new(false);
    let (shown, hidden) = first_rows(hits, Vec::as_slice, KIDS_SHOWN, show_all);
    let none = Memo::new(move |_| hits.with(Vec::is_empty));
    // The list stays and its rows are keyed on what they show, so a key
    // that leaves a kid's matches as they were leaves the row as it was.
    move || match none.get() {
        true => {
            view! { <p class="muted">{move || format!("Nothing found for “{}”.", query.get())}</p> }
                .into_any()
        }
        false => view! {
            <ul class="kid-list" aria-label="Search results" data-query=move || query.get()>
                <For each=move || shown.get() key=|hit| hit.clone() let:hit>
                    <SearchRow hit=hit />
                </For>
            </ul>
            {move || {
                (hidden.get() > 0)
                    .then(|| {
                        view! {
                            <button class="button quiet" on:click=move |_| show_all.set(true)>
                                {format!("Show {} more", plural(hidden.get(), "kid", "kids"))}
                            </button>
                        }
                    })
            }}
        }
        .into_any(),
    }
}

/// One kid found: their name, then where the words were found, the notes
/// among them cut to the first few.
#[component]
fn SearchRow(hit: SearchHit) -> impl IntoView {
    let notes = hit
        .matched
        .iter()
        .filter(|m| matches!(m, Matched::Note(..)))
        .count()
        + hit.more_notes;
    let others = hit
        .matched
        .iter()
        .filter(|m| !matches!(m, Matched::Note(..)));
    let found_in_notes = hit
        .matched
        .iter()
        .filter(|m| matches!(m, Matched::Note(..)));
    let mut lines: Vec<String> = others
        .chain(found_in_notes.take(NOTES_SHOWN))
        .map(describe)
        .collect();
    if notes > NOTES_SHOWN {
        lines.push(format!("and {} more notes", notes - NOTES_SHOWN));
    }
    view! {
        <li class="kid-row">
            <a href=Route::kid(hit.kid).href()>
                <span class="kid-name">{hit.name}</span>
                {lines
                    .into_iter()
                    .map(|l| view! { <span class="kid-meta">{l}</span> })
                    .collect_view()}
            </a>
        </li>
    }
}
