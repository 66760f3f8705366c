//! Settings → App lock: turning it on with a passcode, when it locks,
//! changing the passcode and turning it off.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{Outcome, OutcomeLine, Secret};
use crate::platform::vault;
use crate::state::{AppState, Preference, Preferences, Reminders};
use crate::ui::errors::lock_error_text;

/// What "Lock after" offers: minutes without use, 0 for never.
const IDLE_CHOICES: [(u32, &str); 5] = [
    (1, "1 minute without use"),
    (5, "5 minutes without use"),
    (15, "15 minutes without use"),
    (60, "an hour without use"),
    (0, "only when I lock it"),
];

/// A change of the lock under way: on, a new passcode, or off.
type LockChange =
    std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), vault::LockError>>>>;

#[component]
pub fn AppLockPanel() -> impl IntoView {
    let state = AppState::expect();
    let reminders = Reminders::expect();
    let preferences = Preferences::expect();
    let enabled = RwSignal::new(vault::is_enabled());
    let busy = RwSignal::new(false);
    let message = RwSignal::new(None::<Outcome>);
    let (current, first, again) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let clear = move || {
        current.set(String::new());
        first.set(String::new());
        again.set(String::new());
    };
    // Checks the new passcode typed twice; says why not, or runs `then`.
    let new_passcode = move || -> Option<String> {
        let (a, b) = (first.get_untracked(), again.get_untracked());
        if a.chars().count() < vault::MIN_PASSCODE_CHARS {
            message.set(Some(Outcome::Failed(
                "Use at least 6 characters for the passcode.".into(),
            )));
            None
        } else if a != b {
            message.set(Some(Outcome::Failed(
                "The two new passcodes are not the same.".into(),
            )));
            None
        } else {
            Some(a)
        }
    };
    // Runs one change of the lock, and says how it went.
    let run = move |change: LockChange, done: &'static str| {
        busy.set(true);
        message.set(None);
        spawn_local(async move {
            let outcome = change.await;
            busy.set(false);
            match outcome {
                Ok(()) => {
                    clear();
                    enabled.set(vault::is_enabled());
                    reminders.lock_changed();
                    message.set(Some(Outcome::Done(done.to_string())));
                }
                Err(e) => message.set(Some(Outcome::Failed(lock_error_text(&e)))),
            }
        });
    };

    let turn_on = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let Some(passcode) = new_passcode() else {
            return;
        };
        run(
            Box::pin(
                state.change_lock(|store| async move { vault::enable(&passcode, &*store).await }),
            ),
            "The lock is on. Everything Attune keeps on this phone is now encrypted.",
        );
    };
    let change =
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if busy.get_untracked() {
                return;
            }
            let Some(passcode) = new_passcode() else {
                return;
            };
            let old = current.get_untracked();
            run(
                Box::pin(state.change_lock(|store| async move {
                    vault::change(&old, &passcode, &*store).await
                })),
                "Passcode changed. Everything was encrypted again with a new key.",
            );
        };
    let turn_off = move |_| {
        if busy.get_untracked() {
            return;
        }
        let old = current.get_untracked();
        run(
            Box::pin(state.change_lock(|store| async move { vault::disable(&old, &*store).await })),
            "The lock is off. Attune opens without a passcode again.",
        );
    };
    let lock_now = move |_| spawn_local(state.lock(true));

    view! {
        <section class="card" id="lock" aria-labelledby="lock-h">
            <h2 id="lock-h">"App lock"</h2>
            {move || {
                if enabled.get() {
                    view! {
                        <p>
                            "The lock is on: Attune asks for the passcode when it opens, and keeps \
                             everything on this phone encrypted."
                        </p>
                        <label for="lock-idle">"Lock after"</label>
                        <select
                            id="lock-idle"
                            on:change=move |ev| {
                                if let Ok(minutes) = event_target_value(&ev).parse::<u32>() {
                                    preferences.set(Preference::LockIdleMinutes(minutes));
                                }
                            }
                        >
                            {IDLE_CHOICES
                                .into_iter()
                                .map(|(minutes, label)| {
                                    view! {
                                        <option
                                            value=minutes.to_string()
                                            selected=move || {
                                                preferences.lock_idle_minutes().get() == minutes
                                            }
                                        >
                                            {label}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                        <label class="check">
                            <input
                                type="checkbox"
                                prop:checked=move || preferences.lock_when_hidden().get()
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    preferences.set(Preference::LockWhenHidden(on));
                                }
                            />
                            "Lock as soon as Attune is hidden"
                        </label>
                        <div class="form-actions">
                            <button class="button primary" on:click=lock_now>
                                "Lock now"
                            </button>
                        </div>
                        <form
                            class="form"
                            aria-label="Change or turn off the lock"
                            on:submit=change
                        >
                            <Secret
                                id="lock-current"
                                label="Current passcode"
                                value=current
                                new=false
                            />
                            <Secret
                                id="lock-new"
                                label="New passcode (6 characters or more)"
                                value=first
                                new=true
                            />
                            <Secret
                                id="lock-new-again"
                                label="The new passcode again"
                                value=again
                                new=true
                            />
                            <div class="form-actions">
                                <button
                                    class="button quiet"
                                    type="submit"
                                    disabled=move || busy.get()
                                >
                                    "Change passcode"
                                </button>
                                <button
                                    class="button quiet danger"
                                    type="button"
                                    disabled=move || busy.get()
                                    on:click=turn_off
                                >
                                    "Turn the lock off"
                                </button>
                            </div>
                            <p class="hint">
                                "Turning the lock off needs only the current passcode."
                            </p>
                        </form>
                    }
                        .into_any()
                } else {
                    view! {
                        <p>
                            "With the lock on, Attune asks for a passcode when it opens and \
                             after a few idle minutes, and everything it keeps on this phone is \
                             encrypted: \
                             without the passcode nobody can read a name or a note."
                        </p>
                        <p class="banner warning">
                            "If you forget the passcode, nobody can open your notes, not even \
                             Attune: only a backup brings them back. "
                            <a href="#backup">"Save a backup"</a> " first."
                        </p>
                        <form class="form" aria-label="Turn on the lock" on:submit=turn_on>
                            <Secret
                                id="lock-new"
                                label="Passcode (6 characters or more)"
                                value=first
                                new=true
                            />
                            <Secret
                                id="lock-new-again"
                                label="The same passcode again"
                                value=again
                                new=true
                            />
                            <div class="form-actions">
                                <button
                                    class="button primary"
                                    type="submit"
                                    disabled=move || busy.get()
                                >
                                    {move || match busy.get() {
                                        true => "Encrypting…",
                                        false => "Turn the lock on",
                                    }}
                                </button>
                            </div>
                        </form>
                    }
                        .into_any()
                }
            }}
            <OutcomeLine message=message />
        </section>
    }
}
