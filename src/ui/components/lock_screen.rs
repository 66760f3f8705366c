//! What a locked Attune shows: a passcode field and nothing of the notes.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::persist::Write;
use crate::platform::vault::{self, LockError, RawRecords};
use crate::platform::{IndexedDbStore, indexed_db::DATABASE, prefs};
use crate::ui::components::ErrorBanner;
use crate::ui::errors::lock_error_text;

#[component]
pub fn LockScreen(unlocked: RwSignal<bool>) -> impl IntoView {
    let passcode = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let wait = RwSignal::new(vault::seconds_to_wait());
    // Counts a wait down, so the button comes back by itself. A tick that
    // comes once the lock screen has gone (unlocked in the meantime, before
    // the interval is cleared) finds its signals gone and does nothing:
    // reading them anyway stopped the app once, a second after unlocking.
    let ticking = set_interval_with_handle(
        move || {
            if wait.try_get_untracked().is_some_and(|w| w > 0) {
                let left = vault::seconds_to_wait();
                let _ = wait.try_set(left);
                if left == 0 {
                    let _ = error.try_set(None);
                }
            }
        },
        std::time::Duration::from_secs(1),
    );
    on_cleanup(move || {
        if let Ok(handle) = ticking {
            handle.clear();
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() || wait.get_untracked() > 0 {
            return;
        }
        busy.set(true);
        error.set(None);
        let typed = passcode.get_untracked();
        spawn_local(async move {
            let outcome = vault::unlock(&typed).await;
            busy.set(false);
            match outcome {
                Ok(()) => {
                    passcode.set(String::new());
                    unlocked.set(true);
                }
                Err(e) => {
                    if let LockError::Wait(_) = e {
                        wait.set(vault::seconds_to_wait());
                    }
                    passcode.set(String::new());
                    error.set(Some(lock_error_text(&e)));
                }
            }
        });
    };
    let forgot = RwSignal::new(false);
    let start_over = move |_| {
        spawn_local(async move {
            // Everything goes: the sealed records cannot be opened anyway.
            if let Ok(store) = IndexedDbStore::open(DATABASE).await {
                let _ = store.write_raw(&[Write::Clear]).await;
            }
            prefs::clear_all();
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        });
    };
    view! {
        <header class="top-bar">
            <span class="brand">"Attune"</span>
        </header>
        <main id="main" class="page lock-screen" aria-busy="false">
            <h1>"Attune is locked"</h1>
            <form class="form" on:submit=submit>
                <label for="unlock-passcode">"Passcode"</label>
                <input
                    id="unlock-passcode"
                    type="password"
                    autocomplete="current-password"
                    autofocus
                    prop:value=move || passcode.get()
                    on:input=move |ev| passcode.set(event_target_value(&ev))
                />
                <ErrorBanner error=error />
                <div class="form-actions">
                    <button
                        class="button primary"
                        type="submit"
                        disabled=move || { busy.get() || wait.get() > 0 }
                    >
                        {move || if busy.get() { "Unlocking…" } else { "Unlock" }}
                    </button>
                </div>
            </form>
            <div class="forgot">
                <button
                    class="button quiet"
                    aria-expanded=move || forgot.get().to_string()
                    on:click=move |_| forgot.update(|f| *f = !*f)
                >
                    "Forgot the passcode?"
                </button>
                {move || {
                    forgot
                        .get()
                        .then(|| {
                            view! {
                                <div class="banner warning">
                                    <p>
                                        "Without the passcode nobody can open these notes, not \
                                            even Attune. To start again, delete everything on this \
                                            phone, then restore your latest backup in Settings."
                                    </p>
                                    <button class="button danger" on:click=start_over>
                                        "Delete everything and start again"
                                    </button>
                                </div>
                            }
                        })
                }}
            </div>
        </main>
    }
}
