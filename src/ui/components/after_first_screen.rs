//! Draws its children once the first screen of the leader's records is on
//! screen, and then in a task of their own, just after the one that draws the
//! rest of the screen: the first paint, and the taps that come in meanwhile,
//! do not wait for parts below the fold or behind the scenes.

use std::time::Duration;

use leptos::prelude::*;

use crate::state::AppState;

#[component]
pub fn AfterFirstScreen(children: ChildrenFn) -> impl IntoView {
    let drawn = AppState::expect().drawn;
    let shown = RwSignal::new(false);
    Effect::new(move |queued: Option<bool>| {
        if queued == Some(true) || !drawn.get() {
            return queued.unwrap_or(false);
        }
        // A screen left before the timer fires has dropped the signal: nothing to do.
        set_timeout(
            move || {
                let _ = shown.try_set(true);
            },
            Duration::ZERO,
        );
        true
    });
    move || shown.get().then(|| children())
}
