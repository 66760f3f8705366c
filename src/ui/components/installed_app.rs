//! What the installed app does behind the pages: the service worker and its
//! "new version" prompt, the icon badge, and asking for lasting storage.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::today::due_count;
use crate::platform::{clock, pwa};
use crate::state::{AppState, SaveStatus};
use crate::ui::settle::Settle;

/// How often an open app looks for a new version.
const UPDATE_CHECK_MS: u64 = 30 * 60 * 1000;

#[component]
pub fn InstalledApp() -> impl IntoView {
    let state = AppState::expect();
    let update_ready = RwSignal::new(false);
    spawn_local(pwa::register_worker(move || update_ready.set(true)));
    let _ = set_interval_with_handle(
        pwa::check_for_update,
        std::time::Duration::from_millis(UPDATE_CHECK_MS),
    );

    // The number on the icon follows the follow-ups due today, once the
    // taps settle: a phone shows the icon only once the app is put away.
    let settle = Settle::new();
    Effect::new(move |_| {
        state.journal.track();
        if state.head_ready() {
            settle.run(move || {
                pwa::set_badge(due_count(&state.journal.read_untracked(), clock::today()));
            });
        }
    });
    // Set again as the app is put away: the day may have turned while it was
    // open, and hidden is where a phone may end it without a word.
    let hidden = window_event_listener_untyped("visibilitychange", move |_| {
        if document().hidden() && state.head_ready() {
            pwa::set_badge(due_count(&state.journal.read_untracked(), clock::today()));
        }
    });
    on_cleanup(move || hidden.remove());

    // Once something is saved, there is something to lose: ask the browser
    // to keep it, once a run.
    let asked = StoredValue::new(false);
    Effect::new(move |_| {
        if state.save.get() == SaveStatus::Saved && !asked.get_value() {
            asked.set_value(true);
            spawn_local(async {
                if pwa::storage_persisted().await == Some(false) {
                    let _ = pwa::request_persistence().await;
                }
            });
        }
    });

    // Switching happens only when the leader taps, so nothing being typed is cut off.
    move || {
        update_ready.get().then(|| {
            view! {
                <div class="banner info update" role="status">
                    <span>"A new version of Attune is ready."</span>
                    <button class="button small" on:click=move |_| pwa::apply_update()>
                        "Update now"
                    </button>
                </div>
            }
        })
    }
}
