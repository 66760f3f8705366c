//! A kid's open follow-ups, each with the same actions as in Today.

use leptos::prelude::*;

use super::{FollowUpRow, OutcomePrompt};
use crate::domain::today::{TodayItem, open_follow_ups_of};
use crate::domain::{Due, FollowUpId, KidId, dates};
use crate::platform::clock;
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
    let today = clock::today();
    let open = Memo::new(move |_| open_follow_ups_of(&state.journal.read(), kid, today));
    let just_done = RwSignal::new(Vec::<TodayItem>::new());
    let on_done = Callback::new(move |item| just_done.update(|list| list.push(item)));
    let finish =
        Callback::new(move |id: FollowUpId| just_done.update(|list| list.retain(|i| i.id != id)));
    move || {
        let open = open.get();
        (!open.is_empty() || !just_done.read().is_empty()).then(|| view! {
            <section class="card" aria-labelledby="follow-ups-h">
                <h2 id="follow-ups-h">"To follow up"</h2>
                <ul class="follow-up-list">
                    {just_done.get().into_iter().map(|item| view! { <OutcomePrompt item=item on_finish=finish/> }).collect_view()}
                    {open.into_iter().map(|item| view! { <FollowUpRow item=item on_done=on_done without_kid=true/> }).collect_view()}
                </ul>
            </section>
        })
    }
}
