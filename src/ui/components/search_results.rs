//! Search results: each kid once, with where the words were found.

use leptos::prelude::*;

use crate::routes::Route;

use crate::domain::dates;
use crate::domain::search::{Matched, search};
use crate::state::AppState;
use crate::ui::plural;

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
    move || {
        let mut hits = hits.get();
        let hidden = match show_all.get() {
            true => 0,
            false => hits.len().saturating_sub(KIDS_SHOWN),
        };
        hits.truncate(hits.len() - hidden);
        if hits.is_empty() {
            let nothing = format!("Nothing found for “{}”.", query.get());
            return view! { <p class="muted">{nothing}</p> }.into_any();
        }
        view! {
            <ul class="kid-list" aria-label="Search results" data-query=query.get()>
                {hits
                    .into_iter()
                    .map(|hit| {
                        let notes = hit
                            .matched
                            .iter()
                            .filter(|m| matches!(m, Matched::Note(..)))
                            .count() + hit.more_notes;
                        let mut lines: Vec<String> = hit
                            .matched
                            .iter()
                            .filter(|m| !matches!(m, Matched::Note(..)))
                            .chain(
                                hit
                                    .matched
                                    .iter()
                                    .filter(|m| matches!(m, Matched::Note(..)))
                                    .take(NOTES_SHOWN),
                            )
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
                    })
                    .collect_view()}
            </ul>
            {(hidden > 0)
                .then(|| {
                    view! {
                        <button class="button quiet" on:click=move |_| show_all.set(true)>
                            {format!("Show {} more", plural(hidden, "kid", "kids"))}
                        </button>
                    }
                })}
        }
        .into_any()
    }
}
