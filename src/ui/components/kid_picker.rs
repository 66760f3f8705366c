//! Choosing who a note is about: type a few letters, tap a name.

use leptos::prelude::*;

use crate::domain::KidId;
use crate::domain::kid_list::note_candidates;
use crate::platform::clock;
use crate::state::AppState;

/// How many matching names are offered at once.
const MATCHES: usize = 6;

#[component]
pub fn KidPicker(
    /// The kids chosen so far; the picker adds and removes ids here.
    chosen: Signal<Vec<KidId>>,
    /// Called with the new list whenever it changes.
    on_change: Callback<Vec<KidId>>,
) -> impl IntoView {
    let state = AppState::expect();
    let query = RwSignal::new(String::new());
    let today = clock::today();
    let matches = Memo::new(move |_| {
        let chosen = chosen.get();
        let journal = state.journal.read();
        note_candidates(&journal, today, &query.read(), &chosen, MATCHES)
            .into_iter()
            .map(|k| (k.id, k.name().to_string()))
            .collect::<Vec<_>>()
    });
    // The chosen kids' names, drawn again only when one of them changes.
    let chosen_names = Memo::new(move |_| {
        let ids = chosen.get();
        state.journal.with(|j| {
            ids.into_iter()
                .map(|id| {
                    (
                        id,
                        j.kid(id).map(|k| k.name().to_string()).unwrap_or_default(),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let add = move |id: KidId| {
        let mut list = chosen.get_untracked();
        list.push(id);
        on_change.run(list);
        query.set(String::new());
    };
    let remove = move |id: KidId| {
        let mut list = chosen.get_untracked();
        list.retain(|k| *k != id);
        on_change.run(list);
    };
    view! {
        <div class="kid-picker">
            <ul class="chips" aria-label="About">
                {move || {
                    chosen_names
                        .get()
                        .into_iter()
                        .map(|(id, name)| {
                            view! {
                                <li class="chip chosen">
                                    {name.clone()}
                                    <button
                                        type="button"
                                        class="chip-remove"
                                        aria-label=format!("Remove {name}")
                                        on:click=move |_| remove(id)
                                    >
                                        "×"
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <label for="kid-search">"Who is it about?"</label>
            <input
                id="kid-search"
                type="search"
                autocomplete="off"
                placeholder="Type a name"
                prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev))
                on:keydown=move |ev| {
                    if ev.key() == "Enter" {
                        ev.prevent_default();
                        if let Some((id, _)) = matches.get_untracked().first() {
                            add(*id);
                        }
                    }
                }
            />
            <div class="suggestions" role="group" aria-label="Matching kids">
                {move || {
                    matches
                        .get()
                        .into_iter()
                        .map(|(id, name)| {
                            view! {
                                <button
                                    type="button"
                                    class="button quiet small"
                                    on:click=move |_| add(id)
                                >
                                    {name}
                                </button>
                            }
                        })
                        .collect_view()
                }}
            </div>
        </div>
    }
}
