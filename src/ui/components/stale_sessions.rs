//! Sessions left running past their day: each is offered for its sweep and
//! its end, instead of being resumed as if it were today's.

use leptos::prelude::*;

use crate::domain::dates;
use crate::platform::clock;
use crate::routes::Route;
use crate::state::AppState;

#[component]
pub fn StaleSessions() -> impl IntoView {
    let state = AppState::expect();
    let today = clock::today();
    let stale = Memo::new(move |_| {
        let journal = state.journal.read();
        journal
            .stale_sessions(today)
            .into_iter()
            .map(|s| {
                let group = journal.group(s.group).map(|g| g.name.clone());
                (s.id, s.date, group.unwrap_or_default())
            })
            .collect::<Vec<_>>()
    });
    move || {
        stale
            .get()
            .into_iter()
            .map(|(id, date, group)| {
                let href = format!("{}?end=1", Route::session(id).href());
                view! {
                    <p class="banner warning stale-session" role="status">
                        {format!(
                            "{}'s session of {group} was never ended. ",
                            dates::past_day(date, today),
                        )}
                        <a href=href>"End it now"</a>
                    </p>
                }
            })
            .collect_view()
    }
}
