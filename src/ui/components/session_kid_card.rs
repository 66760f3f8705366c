//! A present kid's card in a running session: how they arrived, what to ask
//! about, one interest and their last note, and a quick note of one line.

use leptos::prelude::*;

use crate::domain::session_view::SessionCard;
use crate::domain::{KidId, Mood, NoteDraft, NoteId, SessionId};
use crate::platform::clock;
use crate::routes::Route;
use crate::state::{Draft, Outcomes};
use crate::ui::change::Changes;
use crate::ui::components::{ErrorBanner, NewFollowUp, OutcomePrompts, mark_asked};
use crate::ui::roving;

#[component]
pub fn SessionKidCard(
    session: SessionId,
    kid: KidId,
    name: String,
    /// What the card shows, kept current as the session goes on.
    card: Memo<SessionCard>,
) -> impl IntoView {
    let changes = Changes::new();
    let outcomes = Outcomes::expect();
    let mood = move || card.read().mood;
    let set_mood = move |mood: Option<Mood>| {
        changes.run(move |j| j.set_attendance(session, kid, true, mood));
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
        <article
            class="card kid-card"
            class:connected=move || card.read().connected
            aria-labelledby=labelled
        >
            <div class="row-head">
                <h3 id=heading>
                    <a href=Route::kid(kid).href()>{name.clone()}</a>
                </h3>
                {move || {
                    card.read()
                        .connected
                        .then(|| view! { <span class="reason">"Connected ✓"</span> })
                }}
            </div>
            {move || {
                card.read()
                    .interest
                    .clone()
                    .map(|i| view! { <p class="remember">"Remember: "{i}</p> })
            }}
            {move || {
                card.read()
                    .last_note
                    .clone()
                    .map(|n| {
                        view! {
                            <p class="last-note" data-testid="last-note">
                                "Last note: "
                                {n}
                            </p>
                        }
                    })
            }}
            <div
                class="chips"
                role="group"
                aria-label=format!("How {name} arrived")
                on:keydown=roving::on_keydown
            >
                {Mood::ALL
                    .into_iter()
                    .enumerate()
                    .map(|(i, m)| {
                        view! {
                            <button
                                type="button"
                                class="chip toggle"
                                tabindex=roving::tab_stop(i)
                                aria-pressed=move || (mood() == Some(m)).to_string()
                                on:click=move |_| set_mood(
                                    if mood() == Some(m) { None } else { Some(m) },
                                )
                            >
                                {m.label()}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <ul class="follow-up-list">
                <OutcomePrompts kid=kid />
                <For each=asks key=|a| a.id let:item>
                    {
                        let prompt = item.prompt.clone();
                        view! {
                            <li class="ask">
                                <span class="prompt">{prompt.clone()}</span>
                                <button
                                    class="button small"
                                    aria-label=format!("Asked: {prompt}")
                                    on:click=move |_| mark_asked(changes, outcomes, &item)
                                >
                                    "Asked ✓"
                                </button>
                            </li>
                        }
                    }
                </For>
            </ul>
            <QuickNote session=session kid=kid name=name.clone() />
            <NewFollowUp kid=kid name=name.clone() />
            <ErrorBanner error=changes.error() />
        </article>
    }
}

/// A one-line note about one kid, written during the session.
#[component]
pub fn QuickNote(session: SessionId, kid: KidId, name: String) -> impl IntoView {
    let changes = Changes::new();
    let draft = Draft::resume(format!("session-note.{kid}"), String::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = draft.value.get_untracked();
        if text.trim().is_empty() {
            return;
        }
        let note = NoteDraft {
            text,
            kids: vec![kid],
            session: Some(session),
            ..NoteDraft::default()
        };
        let id = NoteId(clock::new_id());
        changes.run_then(
            move |j| j.add_note(id, &note, clock::now()),
            move || {
                draft.value.set(String::new());
                draft.clear();
            },
        );
    };
    let field = format!("quick-{kid}");
    view! {
        <form class="quick-note" on:submit=save>
            <label class="visually-hidden" for=field.clone()>
                {format!("Note about {name}")}
            </label>
            <input
                id=field
                autocomplete="off"
                placeholder="Quick note"
                prop:value=move || draft.value.get()
                on:input=move |ev| draft.value.set(event_target_value(&ev))
            />
            <button type="submit" class="button small" aria-label=format!("Save note about {name}")>
                "Save"
            </button>
            <ErrorBanner error=changes.error() />
        </form>
    }
}
