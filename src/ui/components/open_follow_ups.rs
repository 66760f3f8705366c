//! A kid's open follow-ups: what to ask, and when it comes due.

use leptos::prelude::*;

use crate::domain::{Due, KidId, dates};
use crate::state::AppState;

/// When a follow-up comes back, in words.
pub fn due_text(due: Due) -> String {
    match due {
        Due::OnDate(d) => format!("on {}", dates::short_day(d)),
        Due::NextTimeSeen => "next time you see them".into(),
        Due::FirstSeenOnOrAfter(d) => {
            format!("first time you see them from {}", dates::short_day(d))
        }
    }
}

#[component]
pub fn OpenFollowUps(
    /// Whose follow-ups these are.
    kid: KidId,
) -> impl IntoView {
    let state = AppState::expect();
    let open = Memo::new(move |_| {
        let journal = state.journal.read();
        let mut open: Vec<_> = journal
            .follow_ups_for(kid)
            .filter(|f| f.is_open())
            .map(|f| (f.prompt.clone(), f.due))
            .collect();
        open.sort_by_key(|(_, due)| match due {
            Due::OnDate(d) | Due::FirstSeenOnOrAfter(d) => Some(*d),
            Due::NextTimeSeen => None,
        });
        open
    });
    move || {
        let open = open.get();
        (!open.is_empty()).then(|| view! {
            <section class="card" aria-labelledby="follow-ups-h">
                <h2 id="follow-ups-h">"To follow up"</h2>
                <ul class="follow-ups">
                    {open.into_iter().map(|(prompt, due)| view! {
                        <li><strong>{prompt}</strong><span class="muted">{due_text(due)}</span></li>
                    }).collect_view()}
                </ul>
            </section>
        })
    }
}
