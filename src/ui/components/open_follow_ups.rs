//! A kid's open follow-ups, each with the same actions as in Today.

use leptos::prelude::*;

use super::{FollowUpRows, NewFollowUp, OutcomePrompts};
use crate::domain::KidId;
use crate::domain::today::open_follow_ups_of;
use crate::platform::clock;
use crate::state::{AppState, Outcomes};

#[component]
pub fn OpenFollowUps(
    /// Whose follow-ups these are.
    kid: KidId,
    /// What the leader calls them.
    name: String,
) -> impl IntoView {
    let state = AppState::expect();
    let today = clock::today();
    let open = Memo::new(move |_| open_follow_ups_of(&state.journal.read(), kid, today));
    let outcomes = Outcomes::expect();
    let asking = Memo::new(move |_| outcomes.any(Some(kid)));
    let shown = Memo::new(move |_| !open.with(Vec::is_empty) || asking.get());
    view! {
        <section class="card" aria-labelledby="follow-ups-h">
            <h2 id="follow-ups-h">"To follow up"</h2>
            {move || {
                shown
                    .get()
                    .then(|| {
                        view! {
                            <ul class="follow-up-list">
                                <OutcomePrompts kid=kid />
                                <FollowUpRows items=open.into() without_kid=true />
                            </ul>
                        }
                    })
            }}
            <NewFollowUp kid=kid name=name />
        </section>
    }
}
