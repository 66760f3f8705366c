//! Session mode: pick a group, take attendance, see what to ask each kid,
//! and sweep up the kids nobody connected with before ending.

use crate::domain::order;
use crate::ui::router::{Here, NavigateOptions, use_navigate};
use chrono::Datelike;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::session_view::{SessionCard, session_cards, sweep};
use crate::domain::today::TodayItem;
use crate::domain::{GroupId, KidId, Mood, NoteDraft, NoteId, SessionId, dates, fold};
use crate::platform::{self, clock};
use crate::state::{AppState, Draft, Outcomes};
use crate::ui::components::{EmptyState, OutcomePrompts};
use crate::ui::errors::app_error_text;
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
    let error = RwSignal::new(None::<String>);
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
                open: journal.open_session_for(g.id).map(|s| s.id),
            })
            .collect();
        order::sort_by_cached_key(&mut lines, |l| (!l.meets_today, fold(&l.name)));
        lines
    });
    let start = move |group: GroupId| {
        let navigate = navigate.clone();
        spawn_local(async move {
            let id = SessionId(clock::new_id());
            match state.commit(|j| j.start_session(id, group, today)).await {
                Ok(()) => navigate(&format!("/session/{id}"), Default::default()),
                Err(e) => error.set(Some(app_error_text(&e))),
            }
        });
    };
    let body = move || {
        if !state.head_ready() {
            return view! { <p class="muted">"Opening your notes…"</p> }.into_any();
        }
        let lines = groups.get();
        if lines.is_empty() {
            return view! {
                <EmptyState
                    title="No groups yet"
                    hint="Sessions are taken per group. Create a group, paste its list of names, and start a session when it meets."
                    action=("/groups/new", "Create a group")
                />
            }
            .into_any();
        }
        let start = start.clone();
        view! {
            <ul class="group-list" aria-label="Groups">
                {lines.into_iter().map(|l| {
                    let start = start.clone();
                    let id = l.id;
                    let meta = match (l.days.is_empty(), l.meets_today) {
                        (_, true) => format!("Meets today · {}", plural(l.kids, "kid", "kids")),
                        (true, false) => plural(l.kids, "kid", "kids"),
                        (false, false) => format!("{} · {}", l.days, plural(l.kids, "kid", "kids")),
                    };
                    view! {
                        <li class="card group-card">
                            <h2>{l.name.clone()}</h2>
                            <p class="muted">{meta}</p>
                            <div class="form-actions">
                                {match l.open {
                                    Some(s) => view! {
                                        <a class="button primary" href=format!("/session/{s}")>"Resume session"</a>
                                    }.into_any(),
                                    None => view! {
                                        <button class="button primary" disabled=l.kids == 0
                                            aria-label=format!("Start a session of {}", l.name)
                                            on:click=move |_| start(id)>"Start session"</button>
                                    }.into_any(),
                                }}
                                <a class="button quiet" href=format!("/groups/{id}")
                                    aria-label=format!("Edit {}", l.name)>"Edit"</a>
                            </div>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <a class="button" href="/groups/new">"New group"</a>
        }
        .into_any()
    };
    view! {
        <h1>"Session"</h1>
        {move || error.get().map(|e| view! { <p class="banner error" role="alert">{e}</p> })}
        {body}
    }
}

/// One running session: attendance, then each present kid's card.
#[component]
pub fn SessionRunPage() -> impl IntoView {
    let state = AppState::expect();
    let here = Here::expect();
    let id = here.id::<SessionId>();
    let ending = Memo::new(move |_| here.query.read().get("end").is_some());
    let header = Memo::new(move |_| {
        let journal = state.journal.read();
        let s = journal.session(id.get()?)?;
        let group = journal
            .group(s.group)
            .map(|g| g.name.clone())
            .unwrap_or_default();
        Some((s.id, group, s.date, s.ended))
    });
    move || {
        match header.get() {
        None if !state.head_ready() => view! { <p class="muted">"Opening your notes…"</p> }.into_any(),
        None => view! {
            <EmptyState title="This session is not in your notes" hint="It may have been removed."
                action=("/session", "See your groups")/>
        }
        .into_any(),
        Some((_, group, date, true)) => view! {
            <h1>{group}</h1>
            <p class="date-line">{dates::long_day(date)}</p>
            <EmptyState title="This session has ended" hint="Who came, their moods and what you noted are in each kid's timeline."
                action=("/session", "See your groups")/>
        }
        .into_any(),
        Some((session, group, date, false)) => view! {
            <h1>{group}</h1>
            <p class="date-line">{dates::long_day(date)}</p>
            {move || match ending.get() {
                false => view! { <Attendance session=session/> }.into_any(),
                true => view! { <Sweep session=session/> }.into_any(),
            }}
        }
        .into_any(),
    }
    }
}

#[component]
fn Attendance(session: SessionId) -> impl IntoView {
    let state = AppState::expect();
    let today = clock::today();
    let navigate = use_navigate();
    let error = RwSignal::new(None::<String>);
    let cards = Memo::new(move |_| session_cards(&state.journal.read(), session, today));
    let present = Memo::new(move |_| {
        cards
            .get()
            .into_iter()
            .filter(|c| c.present)
            .collect::<Vec<SessionCard>>()
    });
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
            let outcome = state
                .commit(|j| j.set_attendance(session, kid, present, None))
                .await;
            pending.update(|p| {
                if let Some(i) = p.iter().position(|(k, v)| *k == kid && *v == present) {
                    p.remove(i);
                }
            });
            error.set(outcome.err().map(|e| app_error_text(&e)));
        });
    };
    let end = move |_| {
        let options = NavigateOptions::default();
        navigate(&format!("/session/{session}?end=1"), options);
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
            <h2 id="here-h">{move || {
                let cards = cards.read();
                let here = cards.iter().filter(|c| c.present).count();
                format!("Here: {here} of {}", cards.len())
            }}</h2>
            <ul class="attendance" aria-label="Attendance">
                <For each=names key=|k| k.clone() children=move |(kid, name)| {
                    let stored = move || cards.read().iter().any(|c| c.kid == kid && c.present);
                    let now = move || shown(kid, stored());
                    view! {
                        <li><button class="attend" aria-pressed=move || now().to_string()
                            on:click=move |_| toggle(kid, !now())>
                            {name}{move || now().then(|| view! { <span aria-hidden="true">" ✓"</span> })}
                        </button></li>
                    }
                }/>
            </ul>
            {move || error.get().map(|e| view! { <p class="banner error" role="alert">{e}</p> })}
        </section>
        <section aria-labelledby="cards-h">
            <h2 id="cards-h">"With each kid"</h2>
            {move || present.read().is_empty().then(|| view! {
                <p class="muted empty-line">"Tap the names of the kids who are here. Their cards show what to ask about."</p>
            })}
            <For each=move || present.get() key=|c| (c.kid, c.name.clone()) children=move |first: SessionCard| {
                let kid = first.kid;
                let name = first.name.clone();
                let card = Memo::new(move |_| {
                    present.read().iter().find(|c| c.kid == kid).cloned().unwrap_or_else(|| first.clone())
                });
                view! { <KidCard session=session kid=kid name=name card=card/> }
            }/>
        </section>
        <button class="button primary wide" on:click=end>"End session"</button>
    }
}

#[component]
fn KidCard(
    session: SessionId,
    kid: KidId,
    name: String,
    /// What the card shows, kept current as the session goes on.
    card: Memo<SessionCard>,
) -> impl IntoView {
    let state = AppState::expect();
    let outcomes = Outcomes::expect();
    let error = RwSignal::new(None::<String>);
    let mood = move || card.read().mood;
    let set_mood = move |mood: Option<Mood>| {
        spawn_local(async move {
            let outcome = state
                .commit(|j| j.set_attendance(session, kid, true, mood))
                .await;
            error.set(outcome.err().map(|e| app_error_text(&e)));
        });
    };
    // The question of how it went shows at once; if the write fails it is
    // taken away again and the error says why.
    let asked = move |item: TodayItem| {
        let id = item.id;
        if outcomes.is_pending(id) {
            return;
        }
        outcomes.ask(&item);
        spawn_local(async move {
            platform::after_paint().await;
            let outcome = state
                .commit(|j| j.complete_follow_up(id, None, clock::now()))
                .await;
            if let Err(e) = outcome {
                outcomes.forget(id);
                error.set(Some(app_error_text(&e)));
            }
        });
    };
    // An ask just tapped is shown as its outcome question instead.
    let asks = move || {
        card.read()
            .asks
            .iter()
            .filter(|a| !outcomes.is_pending(a.id))
            .cloned()
            .collect::<Vec<_>>()
    };
    let (heading, labelled) = (format!("card-{kid}"), format!("card-{kid}"));
    view! {
        <article class="card kid-card" class:connected=move || card.read().connected aria-labelledby=labelled>
            <div class="row-head">
                <h3 id=heading><a href=format!("/kids/{kid}")>{name.clone()}</a></h3>
                {move || card.read().connected.then(|| view! { <span class="reason">"Connected ✓"</span> })}
            </div>
            {move || card.read().interest.clone().map(|i| view! { <p class="remember">"Remember: "{i}</p> })}
            <div class="chips" role="group" aria-label=format!("How {name} arrived")>
                {Mood::ALL.into_iter().map(|m| view! {
                    <button type="button" class="chip toggle" aria-pressed=move || (mood() == Some(m)).to_string()
                        on:click=move |_| set_mood(if mood() == Some(m) { None } else { Some(m) })>
                        {m.label()}
                    </button>
                }).collect_view()}
            </div>
            <ul class="follow-up-list">
                <OutcomePrompts kid=kid/>
                <For each=asks key=|a| a.id let:item>
                    {
                        let prompt = item.prompt.clone();
                        view! {
                            <li class="ask">
                                <span class="prompt">{prompt.clone()}</span>
                                <button class="button small" aria-label=format!("Asked: {prompt}")
                                    on:click=move |_| asked(item.clone())>"Asked ✓"</button>
                            </li>
                        }
                    }
                </For>
            </ul>
            <QuickNote session=session kid=kid name=name.clone()/>
            {move || error.get().map(|e| view! { <p class="banner error" role="alert">{e}</p> })}
        </article>
    }
}

/// A one-line note about one kid, written during the session.
#[component]
fn QuickNote(session: SessionId, kid: KidId, name: String) -> impl IntoView {
    let state = AppState::expect();
    let draft = Draft::restore(format!("session-note.{kid}"), String::new());
    let error = RwSignal::new(None::<String>);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = draft.value.get_untracked();
        if text.trim().is_empty() {
            return;
        }
        spawn_local(async move {
            let note = NoteDraft {
                text,
                kids: vec![kid],
                session: Some(session),
                ..NoteDraft::default()
            };
            let id = NoteId(clock::new_id());
            match state.commit(|j| j.add_note(id, &note, clock::now())).await {
                Ok(()) => {
                    draft.value.set(String::new());
                    draft.clear();
                    error.set(None);
                }
                Err(e) => error.set(Some(app_error_text(&e))),
            }
        });
    };
    let field = format!("quick-{kid}");
    view! {
        <form class="quick-note" on:submit=save>
            <label class="visually-hidden" for=field.clone()>{format!("Note about {name}")}</label>
            <input id=field autocomplete="off" placeholder="Quick note"
                prop:value=move || draft.value.get()
                on:input=move |ev| draft.value.set(event_target_value(&ev))/>
            <button type="submit" class="button small" aria-label=format!("Save note about {name}")>"Save"</button>
            {move || error.get().map(|e| view! { <p class="banner error" role="alert">{e}</p> })}
        </form>
    }
}

/// Before ending: the present kids nobody connected with, one tap each.
#[component]
fn Sweep(session: SessionId) -> impl IntoView {
    let state = AppState::expect();
    let today = clock::today();
    let navigate = use_navigate();
    let error = RwSignal::new(None::<String>);
    let left = Memo::new(move |_| sweep(&state.journal.read(), session, today));
    let connect = move |kid: KidId| {
        spawn_local(async move {
            let outcome = state.commit(|j| j.mark_connected(session, kid)).await;
            error.set(outcome.err().map(|e| app_error_text(&e)));
        });
    };
    let finish = move |_| {
        let navigate = navigate.clone();
        spawn_local(async move {
            match state.commit(|j| j.end_session(session)).await {
                Ok(()) => navigate("/session", Default::default()),
                Err(e) => error.set(Some(app_error_text(&e))),
            }
        });
    };
    view! {
        <section aria-labelledby="sweep-h">
            <h2 id="sweep-h">"Before you end"</h2>
            {move || {
                let left = left.get();
                match left.is_empty() {
                    true => view! { <p class="muted empty-line">"You connected with every kid who came."</p> }.into_any(),
                    false => view! {
                        <p>{format!("No connection noted yet with {}. A word now, or mark that you connected.", plural(left.len(), "kid", "kids"))}</p>
                        <ul class="sweep-list" aria-label="Not connected yet">
                            {left.into_iter().map(|c| {
                                let kid = c.kid;
                                view! {
                                    <li class="card">
                                        <div class="row-head">
                                            <strong>{c.name.clone()}</strong>
                                            <button class="button small" aria-label=format!("Connected with {}", c.name)
                                                on:click=move |_| connect(kid)>"Connected"</button>
                                        </div>
                                        <QuickNote session=session kid=kid name=c.name/>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                }
            }}
            {move || error.get().map(|e| view! { <p class="banner error" role="alert">{e}</p> })}
            <div class="form-actions">
                <button class="button primary" on:click=finish>"Finish session"</button>
                <a class="button quiet" href=format!("/session/{session}")>"Back to attendance"</a>
            </div>
        </section>
    }
}
