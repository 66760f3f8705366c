//! On a group's meeting day, Today's way into its session: one tap starts
//! it, or goes back to it once started.

use chrono::Datelike;
use leptos::prelude::*;

use crate::domain::{GroupId, SessionId, fold, order};
use crate::platform::clock;
use crate::routes::Route;
use crate::state::AppState;
use crate::ui::change::Changes;
use crate::ui::components::ErrorBanner;
use crate::ui::router::use_navigate;

#[component]
pub fn MeetingToday() -> impl IntoView {
    let state = AppState::expect();
    let today = clock::today();
    let navigate = use_navigate();
    let changes = Changes::new();
    let meeting = Memo::new(move |_| {
        let journal = state.journal.read();
        let mut groups: Vec<(GroupId, String, Option<SessionId>)> = journal
            .groups()
            .filter(|g| !g.archived && g.meeting_days.contains(&today.weekday()))
            .filter(|g| {
                journal
                    .kids_by_name(false)
                    .iter()
                    .any(|k| k.groups.contains(&g.id))
            })
            .map(|g| {
                let running = journal.open_session_for(g.id, today).map(|s| s.id);
                (g.id, g.name.clone(), running)
            })
            .collect();
        order::sort_by_cached_key(&mut groups, |(_, name, _)| fold(name));
        groups
    });
    let start = move |group: GroupId| {
        let navigate = navigate.clone();
        let id = SessionId(clock::new_id());
        changes.run_then(
            move |j| j.start_session(id, group, today),
            move || navigate(&Route::session(id).href(), Default::default()),
        );
    };
    move || {
        let groups = meeting.get();
        (!groups.is_empty()).then(|| {
            let start = start.clone();
            view! {
                <section class="card meeting-today" aria-label="Meeting today">
                    {groups
                        .into_iter()
                        .map(|(id, name, running)| {
                            let start = start.clone();
                            match running {
                                Some(s) => {
                                    view! {
                                        <a
                                            class="button primary wide"
                                            href=Route::session(s).href()
                                        >
                                            {format!("Back to the session of {name}")}
                                        </a>
                                    }
                                        .into_any()
                                }
                                None => {
                                    view! {
                                        <button
                                            class="button primary wide"
                                            on:click=move |_| start(id)
                                        >
                                            {format!("Start the session of {name}")}
                                        </button>
                                    }
                                        .into_any()
                                }
                            }
                        })
                        .collect_view()}
                    <ErrorBanner error=changes.error() />
                </section>
            }
        })
    }
}
