//! Under the app lock: Attune locks itself after the chosen idle minutes,
//! and as soon as it is hidden if the leader asked for that.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::platform::vault;
use crate::state::{AppState, Preferences};

/// Listens from the start, so a lock turned on in Settings takes effect at
/// once; each check asks whether the lock is on.
#[component]
pub fn AutoLock() -> impl IntoView {
    let state = AppState::expect();
    let preferences = Preferences::expect();
    let last = StoredValue::new(js_sys::Date::now());
    let touched = move || last.set_value(js_sys::Date::now());
    let locking = StoredValue::new(false);
    let lock = move || {
        if locking.try_get_value() == Some(false) {
            locking.set_value(true);
            spawn_local(state.lock(false));
        }
    };
    // Everything below is taken down with the shell: a locked Attune has
    // none of it, and it must not outlive the state it reads.
    let mut listeners: Vec<WindowListenerHandle> = ["pointerdown", "keydown", "input", "scroll"]
        .into_iter()
        .map(|event| window_event_listener_untyped(event, move |_| touched()))
        .collect();
    listeners.push(window_event_listener_untyped(
        "visibilitychange",
        move |_| {
            let hidden = document().hidden();
            if hidden && vault::is_enabled() && preferences.lock_when_hidden().get_untracked() {
                lock();
            }
        },
    ));
    let ticking = set_interval_with_handle(
        move || {
            let Some(minutes) = preferences.lock_idle_minutes().try_get_untracked() else {
                return;
            };
            let Some(last) = last.try_get_value() else {
                return;
            };
            let idle_ms = js_sys::Date::now() - last;
            if minutes > 0 && idle_ms >= f64::from(minutes) * 60_000.0 && vault::is_enabled() {
                lock();
            }
        },
        std::time::Duration::from_secs(10),
    );
    on_cleanup(move || {
        for listener in listeners {
            listener.remove();
        }
        if let Ok(handle) = ticking {
            handle.clear();
        }
    });
}
