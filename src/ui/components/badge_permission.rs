//! Where no morning reminder can come but the icon can carry a badge only
//! once notifications are allowed (an iPhone's home-screen app), one tap
//! asks for that, so the icon shows what is due.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::today::due_count;
use crate::platform::{clock, pwa, reminders};
use crate::state::AppState;

#[component]
pub fn BadgePermission() -> impl IntoView {
    let state = AppState::expect();
    let asking = RwSignal::new(pwa::has_badge() && reminders::permission() == "default");
    let ask = move |_| {
        // Asked in the tap itself: a browser asks the leader only then.
        let asked = reminders::ask_permission();
        spawn_local(async move {
            if let Some(asked) = asked {
                let _ = wasm_bindgen_futures::JsFuture::from(asked).await;
            }
            asking.set(reminders::permission() == "default");
            pwa::set_badge(due_count(&state.journal.read_untracked(), clock::today()));
        });
    };
    move || {
        asking.get().then(|| view! {
            <p class="hint">
                "Attune's icon can show how many follow-ups are due once notifications are allowed \
                    for Attune (it sends none here)."
            </p>
            <div class="form-actions">
                <button class="button" on:click=ask>
                    "Show the count on the icon"
                </button>
            </div>
        })
    }
}
