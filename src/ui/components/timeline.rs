//! A kid's timeline, newest first, a page at a time: notes, follow-ups set,
//! and how they ended.

use leptos::prelude::*;

use crate::domain::timeline::{Happened, Source, TimelineEntry, timeline_page};
use crate::domain::{KidId, dates};
use crate::routes::Route;
use crate::state::AppState;

/// How many entries are shown at first, and added by each "show older" tap.
const PAGE: usize = 20;

#[component]
pub fn Timeline(
    /// Whose timeline this is.
    kid: KidId,
) -> impl IntoView {
    let state = AppState::expect();
    let shown = RwSignal::new(PAGE);
    let entries = Memo::new(move |_| timeline_page(&state.journal.read(), kid, shown.get()));
    let empty = Memo::new(move |_| entries.read().1 == 0);
    move || {
        if !state.is_ready() {
            return view! { <p class="muted">"Loading notes…"</p> }.into_any();
        }
        if empty.get() {
            return view! { <p class="muted">"Nothing noted yet."</p> }.into_any();
        }
        // Keyed by the whole line: a note just saved adds one line at the
        // top, and only a line whose words changed is drawn again.
        view! {
            <ol class="timeline">
                <For
                    each=move || entries.read().0.clone()
                    key=|entry| entry.clone()
                    children=entry_view
                />
            </ol>
            {move || {
                let (page, total) = &*entries.read();
                let older = total.saturating_sub(page.len());
                (older > 0)
                    .then(|| {
                        view! {
                            <button
                                class="button quiet"
                                on:click=move |_| shown.update(|n| *n += PAGE)
                            >
                                {format!("Show older ({older} more)")}
                            </button>
                        }
                    })
            }}
        }
        .into_any()
    }
}

fn entry_view(entry: TimelineEntry) -> impl IntoView {
    let day = dates::short_day(entry.at.date_naive());
    // A note can be changed or taken back from any timeline it is on.
    let edit = match entry.from {
        Source::Note(id) => Some(view! {
            <a
                class="tl-edit button quiet small"
                href=Route::NoteEdit(id.to_string()).href()
                aria-label=format!("Edit the note of {day}")
            >
                "Edit"
            </a>
        }),
        _ => None,
    };
    let (class, body) = match entry.what {
        Happened::Note {
            text,
            chips,
            with,
            edited,
        } => {
            let chips = chips
                .iter()
                .map(|c| c.label())
                .collect::<Vec<_>>()
                .join(" · ");
            let with = (!with.is_empty()).then(|| format!("With {}", with.join(", ")));
            (
                "note",
                view! {
                    {(!chips.is_empty()).then(|| view! { <span class="tl-chips">{chips}</span> })}
                    {(!text.is_empty()).then(|| view! { <span class="tl-text">{text}</span> })}
                    {with.map(|w| view! { <span class="tl-meta">{w}</span> })}
                    {edited.then(|| view! { <span class="tl-meta">"edited"</span> })}
                }
                .into_any(),
            )
        }
        Happened::FollowUpSet { prompt, due } => (
            "set",
            view! {
                <span class="tl-kind">"Follow-up"</span>
                <span class="tl-text">{prompt}</span>
                <span class="tl-meta">{format!("Comes back {}", dates::due_words(due))}</span>
            }
            .into_any(),
        ),
        Happened::FollowUpDone { prompt, outcome } => (
            "done",
            view! {
                <span class="tl-kind">"Asked ✓"</span>
                <span class="tl-text">{prompt}</span>
                {outcome.map(|o| view! { <span class="tl-outcome">{o}</span> })}
            }
            .into_any(),
        ),
        Happened::Session {
            group,
            present,
            mood,
        } => {
            let what = match (present, mood) {
                (true, Some(m)) => format!("At {group}, arrived {}", m.label()),
                (true, None) => format!("At {group}"),
                (false, _) => format!("Missed {group}"),
            };
            (
                "session",
                view! {
                    <span class="tl-kind">"Session"</span>
                    <span class="tl-text">{what}</span>
                }
                .into_any(),
            )
        }
        Happened::FollowUpDismissed { prompt } => (
            "dismissed",
            view! {
                <span class="tl-kind">"Dismissed"</span>
                <span class="tl-text">{prompt}</span>
            }
            .into_any(),
        ),
    };
    view! {
        <li class=class>
            <time>{day}</time>
            {body}
            {edit}
        </li>
    }
}
