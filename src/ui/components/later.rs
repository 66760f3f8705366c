//! Draws its children in a task of their own, just after the one that draws
//! the rest of the screen, so the screen's first paint, and the taps that
//! come in meanwhile, do not wait for parts below the fold or behind the scenes.

use std::time::Duration;

use leptos::prelude::*;

#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let shown = RwSignal::new(false);
    // A screen left before the timer fires has dropped the signal: nothing to do.
    set_timeout(
        move || {
            let _ = shown.try_set(true);
        },
        Duration::ZERO,
    );
    move || shown.get().then(|| children())
}
