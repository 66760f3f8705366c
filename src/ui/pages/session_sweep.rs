//! Before a session ends: the present kids nobody connected with, one tap each.

use crate::ui::router::use_navigate;
use leptos::prelude::*;

use crate::domain::session_view::sweep;
use crate::domain::{KidId, SessionId};
use crate::platform::clock;
use crate::routes::Route;
use crate::state::AppState;
use crate::ui::change::Changes;
use crate::ui::components::{ErrorBanner, QuickNote};
use crate::ui::plural;

#[component]
pub fn Sweep(
    session: SessionId,
    /// The session's day is over: there is no attendance to go back to.
    left_running: bool,
) -> impl IntoView {
    let state = AppState::expect();
    let today = clock::today();
    let navigate = use_navigate();
    let changes = Changes::new();
    let left = Memo::new(move |_| sweep(&state.journal.read(), session, today));
    let connect = move |kid: KidId, name: String| {
        let label = format!("Connected ✓ {name}");
        changes.undoable(label, move |j| j.mark_connected(session, kid));
    };
    let finish = move |_| {
        let navigate = navigate.clone();
        changes.run_then(
            move |j| j.end_session(session),
            move || navigate("/session", Default::default()),
        );
    };
    view! {
        <section aria-labelledby="sweep-h">
            <h2 id="sweep-h">"Before you end"</h2>
            {move || {
                let left = left.get();
                match left.is_empty() {
                    true => {
                        view! {
                            <p class="muted empty-line">"You connected with every kid who came."</p>
                        }
                            .into_any()
                    }
                    false => {
                        view! {
                            <p>
                                {format!(
                                    "No connection noted yet with {}. A word now, or mark that you \
                                        connected.",
                                    plural(left.len(), "kid", "kids"),
                                )}
                            </p>
                            <ul class="sweep-list" aria-label="Not connected yet">
                                {left
                                    .into_iter()
                                    .map(|c| {
                                        let (kid, name) = (c.kid, c.name.clone());
                                        let label = format!("Connected with {}", c.name);
                                        view! {
                                            <li class="card">
                                                <div class="row-head">
                                                    <strong>{c.name.clone()}</strong>
                                                    <button
                                                        class="button small"
                                                        aria-label=label
                                                        on:click=move |_| connect(kid, name.clone())
                                                    >
                                                        "Connected"
                                                    </button>
                                                </div>
                                                <QuickNote session=session kid=kid name=c.name />
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                            .into_any()
                    }
                }
            }}
            <ErrorBanner error=changes.error() />
            <div class="form-actions">
                <button class="button primary" on:click=finish>
                    "Finish session"
                </button>
                {(!left_running)
                    .then(|| {
                        view! {
                            <a class="button quiet" href=Route::session(session).href()>
                                "Back to attendance"
                            </a>
                        }
                    })}
            </div>
        </section>
    }
}
