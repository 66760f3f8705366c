//! Notes begun and left unfinished, shown for what they are above the note
//! form: each can be gone on with or discarded, never merged into this one.

use leptos::prelude::*;

use crate::domain::capture::CaptureDraft;
use crate::state::AppState;

/// Words of an unfinished note shown, enough to recognise it.
const SHOWN_CHARS: usize = 40;

#[component]
pub fn UnfinishedNotes(
    /// The notes set aside, newest first.
    #[prop(into)]
    notes: Signal<Vec<CaptureDraft>>,
    /// Called with a note's place in the list to go on with it.
    on_resume: Callback<usize>,
    /// Called with a note's place in the list to forget it.
    on_discard: Callback<usize>,
) -> impl IntoView {
    let state = AppState::expect();
    let lines = Memo::new(move |_| {
        let journal = state.journal.read();
        notes
            .read()
            .iter()
            .map(|d| {
                let names: Vec<&str> = d
                    .kids
                    .iter()
                    .filter_map(|k| journal.kid(*k))
                    .map(|k| k.name())
                    .collect();
                let about = match names.is_empty() {
                    true => "Unfinished note".to_string(),
                    false => format!("Unfinished note about {}", names.join(" and ")),
                };
                (about, glimpse(d))
            })
            .collect::<Vec<_>>()
    });
    move || {
        let lines = lines.get();
        (!lines.is_empty()).then(|| {
            view! {
                <ul class="unfinished" aria-label="Unfinished notes">
                    {lines
                        .into_iter()
                        .enumerate()
                        .map(|(at, (about, text))| {
                            view! {
                                <li class="banner info">
                                    <p>
                                        <strong>{about.clone()}": "</strong>
                                        {text}
                                    </p>
                                    <div class="form-actions">
                                        <button
                                            type="button"
                                            class="button small"
                                            aria-label=format!("Continue: {about}")
                                            on:click=move |_| on_resume.run(at)
                                        >
                                            "Continue"
                                        </button>
                                        <button
                                            type="button"
                                            class="button quiet small"
                                            aria-label=format!("Discard: {about}")
                                            on:click=move |_| on_discard.run(at)
                                        >
                                            "Discard"
                                        </button>
                                    </div>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
        })
    }
}

/// The start of what was typed, or the chips tapped.
fn glimpse(draft: &CaptureDraft) -> String {
    let text = draft.text.trim();
    if text.is_empty() {
        let chips: Vec<&str> = draft.chips.iter().map(|c| c.label()).collect();
        return chips.join(", ");
    }
    match text.char_indices().nth(SHOWN_CHARS) {
        Some((cut, _)) => format!("“{}…”", &text[..cut]),
        None => format!("“{text}”"),
    }
}
