//! Under the app lock: Attune locks itself after the chosen idle minutes,
//! and as soon as it is hidden if the leader asked for that.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::platform::{prefs, vault};
use crate::state::AppState;

/// Listens from the start, so a lock turned on in Settings takes effect at
/// once; each check asks whether the lock is on.
#[component]
pub fn AutoLock() -> impl IntoView {
    let state = AppState::expect();
    let last = StoredValue::new(js_sys::Date::now());
    let touched = move || last.set_value(js_sys::Date::now());
    let locking = StoredValue::new(false);
    let lock = move || {
        if !locking.get_value() {
            locking.set_value(true);
            spawn_local(state.lock(false));
        }
    };
    for event in ["pointerdown", "keydown", "input", "scroll"] {
        let _ = window_event_listener_untyped(event, move |_| touched());
    }
    let _ = window_event_listener_untyped("visibilitychange", move |_| {
        let hidden = document().hidden();
        if hidden && vault::is_enabled() && prefs::lock_when_hidden() {
            lock();
        }
    });
    let _ = set_interval_with_handle(
        move || {
            let minutes = prefs::lock_idle_minutes();
            let idle_ms = js_sys::Date::now() - last.get_value();
            if minutes > 0 && idle_ms >= f64::from(minutes) * 60_000.0 && vault::is_enabled() {
                lock();
            }
        },
        std::time::Duration::from_secs(10),
    );
}
