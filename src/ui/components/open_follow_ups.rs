//! A kid's open follow-ups, each with the same actions as in Today.

use leptos::prelude::*;

use super::{FollowUpRow, OutcomePrompts};
use crate::domain::today::open_follow_ups_of;
use crate::domain::{Due, KidId, dates};
use crate::platform::clock;
use crate::state::{AppState, Outcomes};

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
    let today = clock::today();
    let open = Memo::new(move |_| open_follow_ups_of(&state.journal.read(), kid, today));
    let outcomes = Outcomes::expect();
    let asking = Memo::new(move |_| outcomes.any(Some(kid)));
    move || {
        let open = open.get();
        (!open.is_empty() || asking.get()).then(|| view! {
            <section class="card" aria-labelledby="follow-ups-h">
                <h2 id="follow-ups-h">"To follow up"</h2>
                <ul class="follow-up-list">
                    <OutcomePrompts kid=kid/>
                    {open.into_iter().map(|item| view! { <FollowUpRow item=item without_kid=true/> }).collect_view()}
                </ul>
            </section>
        })
    }
}
