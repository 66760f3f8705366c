//! Session mode's first screen: the groups, the one meeting today first,
//! each with a way to start (or resume) today's session.

use crate::domain::order;
use crate::ui::router::use_navigate;
use chrono::Datelike;
use leptos::prelude::*;

use crate::domain::{GroupId, SessionId, dates, fold};
use crate::platform::clock;
use crate::routes::Route;
use crate::state::AppState;
use crate::ui::change::Changes;
use crate::ui::components::{EmptyState, ErrorBanner, Loading, StaleSessions};
use crate::ui::plural;

/// A group as the session list shows it.
#[derive(Clone, PartialEq)]
struct GroupLine {
    id: GroupId,
    name: String,
    days: String,
    kids: usize,
    meets_today: bool,
    open: Option<SessionId>,
}

#[component]
pub fn SessionPage() -> impl IntoView {
    let state = AppState::expect();
    let today = clock::today();
    let navigate = use_navigate();
    let changes = Changes::new();
    let groups = Memo::new(move |_| {
        let journal = state.journal.read();
        let kids = journal.kids_by_name(false);
        let mut lines: Vec<GroupLine> = journal
            .groups()
            .filter(|g| !g.archived)
            .map(|g| GroupLine {
                id: g.id,
                name: g.name.clone(),
                days: g
                    .meeting_days
                    .iter()
                    .map(|d| dates::weekday_name(*d).get(..3).unwrap_or_default())
                    .collect::<Vec<_>>()
                    .join(", "),
                kids: kids.iter().filter(|k| k.groups.contains(&g.id)).count(),
                meets_today: g.meeting_days.contains(&today.weekday()),
                open: journal.open_session_for(g.id, today).map(|s| s.id),
            })
            .collect();
        order::sort_by_cached_key(&mut lines, |l| (!l.meets_today, fold(&l.name)));
        lines
    });
    let start = move |group: GroupId| {
        let navigate = navigate.clone();
        let id = SessionId(clock::new_id());
        changes.run_then(
            move |j| j.start_session(id, group, today),
            move || navigate(&Route::session(id).href(), Default::default()),
        );
    };
    let body = move || {
        if !state.head_ready() {
            return view! { <Loading /> }.into_any();
        }
        let lines = groups.get();
        if lines.is_empty() {
            return view! {
                <EmptyState
                    title="No groups yet"
                    hint="Sessions are taken per group. Create a group, paste its list of names, \
                    and start a session when it meets."
                    action=("/groups/new", "Create a group")
                />
            }
            .into_any();
        }
        let start = start.clone();
        view! {
            <ul class="group-list" aria-label="Groups">
                {lines
                    .into_iter()
                    .map(|l| {
                        let start = start.clone();
                        let id = l.id;
                        let meta = match (l.days.is_empty(), l.meets_today) {
                            (_, true) => format!("Meets today · {}", plural(l.kids, "kid", "kids")),
                            (true, false) => plural(l.kids, "kid", "kids"),
                            (false, false) => {
                                format!("{} · {}", l.days, plural(l.kids, "kid", "kids"))
                            }
                        };
                        view! {
                            <li class="card group-card">
                                <h2>{l.name.clone()}</h2>
                                <p class="muted">{meta}</p>
                                <div class="form-actions">
                                    {match l.open {
                                        Some(s) => {
                                            let href = Route::session(s).href();
                                            view! {
                                                <a class="button primary" href=href>
                                                    "Resume session"
                                                </a>
                                            }
                                                .into_any()
                                        }
                                        None => {
                                            let label = format!("Start a session of {}", l.name);
                                            view! {
                                                <button
                                                    class="button primary"
                                                    disabled=l.kids == 0
                                                    aria-label=label
                                                    on:click=move |_| start(id)
                                                >
                                                    "Start session"
                                                </button>
                                            }
                                                .into_any()
                                        }
                                    }}
                                    <a
                                        class="button quiet"
                                        href=Route::GroupEdit(id.to_string()).href()
                                        aria-label=format!("Edit {}", l.name)
                                    >
                                        "Edit"
                                    </a>
                                </div>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <a class="button" href="/groups/new">
                "New group"
            </a>
        }
        .into_any()
    };
    view! {
        <h1>"Session"</h1>
        <StaleSessions />
        <ErrorBanner error=changes.error() />
        {body}
    }
}
