//! On a group's meeting day, Today's way into its session: one tap starts
//! it, or goes back to it once started.

use chrono::Datelike;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::{GroupId, SessionId, fold, order};
use crate::platform::clock;
use crate::routes::Route;
use crate::state::AppState;
use crate::ui::components::ErrorBanner;
use crate::ui::errors::app_error_text;
use crate::ui::router::use_navigate;

#[component]
pub fn MeetingToday() -> impl IntoView {
    let state = AppState::expect();
    let today = clock::today();
    let navigate = use_navigate();
    let error = RwSignal::new(None::<String>);
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
        spawn_local(async move {
            let id = SessionId(clock::new_id());
            match state.commit(|j| j.start_session(id, group, today)).await {
                Ok(()) => navigate(&Route::session(id).href(), Default::default()),
                Err(e) => error.set(Some(app_error_text(&e))),
            }
        });
    };
    move || {
        let groups = meeting.get();
        (!groups.is_empty()).then(|| {
            let start = start.clone();
            view! {
                <section class="card meeting-today" aria-label="Meeting today">
                    {groups.into_iter().map(|(id, name, running)| {
                        let start = start.clone();
                        match running {
                            Some(s) => view! {
                                <a class="button primary wide" href=Route::session(s).href()>
                                    {format!("Back to the session of {name}")}
                                </a>
                            }.into_any(),
                            None => view! {
                                <button class="button primary wide" on:click=move |_| start(id)>
                                    {format!("Start the session of {name}")}
                                </button>
                            }.into_any(),
                        }
                    }).collect_view()}
                    <ErrorBanner error=error/>
                </section>
            }
        })
    }
}
