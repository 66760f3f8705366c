//! One session while it runs: attendance, then each present kid's card.

use crate::ui::router::{Location, NavigateOptions, use_navigate};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::session_view::{present_cards, session_cards};
use crate::domain::{KidId, SessionId, dates};
use crate::platform::{self, clock};
use crate::routes::Route;
use crate::state::AppState;
use crate::ui::change::Changes;
use crate::ui::components::{EmptyState, ErrorBanner, Loading, SessionKidCard};

use super::session_sweep::Sweep;

/// Where a session is, as its screen shows it.
#[derive(Clone, Copy, PartialEq)]
enum Phase {
    Running,
    /// Its day is over and it was never ended: only its sweep is left.
    LeftRunning,
    Ended,
}

#[component]
pub fn SessionRunPage() -> impl IntoView {
    let state = AppState::expect();
    let here = Location::expect();
    let today = clock::today();
    let id = here.id::<SessionId>();
    let ending = Memo::new(move |_| here.query.read().get("end").is_some());
    let header = Memo::new(move |_| {
        let journal = state.journal.read();
        let s = journal.session(id.get()?)?;
        let group = journal
            .group(s.group)
            .map(|g| g.name.clone())
            .unwrap_or_default();
        let phase = match (s.ended, s.date < today) {
            (true, _) => Phase::Ended,
            (false, true) => Phase::LeftRunning,
            (false, false) => Phase::Running,
        };
        Some((s.id, group, s.date, phase))
    });
    move || match header.get() {
        None if !state.head_ready() => view! { <Loading /> }.into_any(),
        None => view! {
            <EmptyState
                title="This session is not in your notes"
                hint="It may have been removed."
                action=("/session", "See your groups")
            />
        }
        .into_any(),
        Some((_, group, date, Phase::Ended)) => view! {
            <h1>{group}</h1>
            <p class="date-line">{dates::long_day(date)}</p>
            <EmptyState
                title="This session has ended"
                hint="Who came, their moods and what you noted are in each kid's timeline."
                action=("/session", "See your groups")
            />
        }
        .into_any(),
        Some((session, group, date, Phase::LeftRunning)) => view! {
            <h1>{group}</h1>
            <p class="date-line">{dates::long_day(date)}</p>
            <p class="banner info">
                "This session was never ended. Sweep up anyone you missed, then end it."
            </p>
            <Sweep session=session left_running=true />
        }
        .into_any(),
        Some((session, group, date, Phase::Running)) => view! {
            <h1>{group}</h1>
            <p class="date-line">{dates::long_day(date)}</p>
            {move || match ending.get() {
                false => view! { <Attendance session=session /> }.into_any(),
                true => view! { <Sweep session=session left_running=false /> }.into_any(),
            }}
        }
        .into_any(),
    }
}

#[component]
fn Attendance(session: SessionId) -> impl IntoView {
    let state = AppState::expect();
    let today = clock::today();
    let navigate = use_navigate();
    let changes = Changes::new();
    let cards = Memo::new(move |_| session_cards(&state.journal.read(), session, today));
    let present = Memo::new(move |_| present_cards(&cards.read()));
    // A tap shows at once; the stored attendance follows when the write
    // completes. A failed write drops the pending state, so the button goes
    // back to what is stored and the error says why.
    let pending = RwSignal::new(Vec::<(KidId, bool)>::new());
    let shown = move |kid: KidId, stored: bool| {
        pending
            .read()
            .iter()
            .rev()
            .find(|(k, _)| *k == kid)
            .map_or(stored, |(_, p)| *p)
    };
    let toggle = move |kid: KidId, present: bool| {
        pending.update(|p| p.push((kid, present)));
        spawn_local(async move {
            platform::after_paint().await;
            changes.run_settled(
                move |j| j.set_attendance(session, kid, present, None),
                move |_| {
                    pending.update(|p| {
                        if let Some(i) = p.iter().position(|(k, v)| *k == kid && *v == present) {
                            p.remove(i);
                        }
                    })
                },
            );
        });
    };
    let end = move |_| {
        let options = NavigateOptions::default();
        navigate(
            &format!("{}?end=1", Route::session(session).href()),
            options,
        );
    };
    // Rows and cards are keyed by kid and name: a tap changes what is inside
    // one of them, and nothing around it is drawn again.
    let names = move || {
        cards
            .read()
            .iter()
            .map(|c| (c.kid, c.name.clone()))
            .collect::<Vec<_>>()
    };
    view! {
        <section aria-labelledby="here-h">
            <h2 id="here-h">
                {move || {
                    let cards = cards.read();
                    let here = cards.iter().filter(|c| c.present).count();
                    format!("Here: {here} of {}", cards.len())
                }}
            </h2>
            <ul class="attendance" aria-label="Attendance">
                <For
                    each=names
                    key=|k| k.clone()
                    children=move |(kid, name)| {
                        let stored = move || cards.read().iter().any(|c| c.kid == kid && c.present);
                        let now = move || shown(kid, stored());
                        view! {
                            <li>
                                <button
                                    class="attend"
                                    aria-pressed=move || now().to_string()
                                    on:click=move |_| toggle(kid, !now())
                                >
                                    {name}
                                    {move || {
                                        now()
                                            .then(|| view! { <span aria-hidden="true">" ✓"</span> })
                                    }}
                                </button>
                            </li>
                        }
                    }
                />
            </ul>
            <ErrorBanner error=changes.error() />
        </section>
        <section aria-labelledby="cards-h">
            <h2 id="cards-h">"With each kid"</h2>
            {move || {
                present
                    .read()
                    .is_empty()
                    .then(|| {
                        view! {
                            <p class="muted empty-line">
                                "Tap the names of the kids who are here. Their cards show what to \
                                    ask about."
                            </p>
                        }
                    })
            }}
            <For
                each=move || present.get()
                key=|c| (c.kid, c.name.clone())
                children=move |first| {
                    let kid = first.kid;
                    let name = first.name.clone();
                    let card = Memo::new(move |_| {
                        present
                            .read()
                            .iter()
                            .find(|c| c.kid == kid)
                            .cloned()
                            .unwrap_or_else(|| first.clone())
                    });
                    view! { <SessionKidCard session=session kid=kid name=name card=card /> }
                }
            />
        </section>
        <button class="button primary wide" on:click=end>
            "End session"
        </button>
    }
}
