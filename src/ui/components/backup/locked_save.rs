//! Saving a backup locked with a passphrase, typed twice and held only
//! until the file is made.

use leptos::prelude::*;

use super::save::{file_name, saved};
use super::{Outcome, Step};
use crate::persist::{export_backup, passphrase_problem, write_sealed};
use crate::platform::{clock, crypto, files};
use crate::state::{AppState, Preferences};
use crate::ui::components::{ErrorBanner, Secret};
use crate::ui::errors::file_error_text;

/// Seals a backup's text with a passphrase; `None` if this browser cannot.
async fn seal(secret: &str, text: &str) -> Option<String> {
    let params = crypto::fresh_params().ok()?;
    let sealed = crypto::seal(secret, params, text).await.ok()?;
    Some(write_sealed(&sealed))
}

#[component]
pub(super) fn LockedSave(
    step: RwSignal<Step, LocalStorage>,
    message: RwSignal<Option<Outcome>>,
) -> impl IntoView {
    let state = AppState::expect();
    let passphrase = RwSignal::new(String::new());
    let repeated = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<&'static str>);
    let forget_problem = Callback::new(move |()| problem.set(None));
    let preferences = Preferences::expect();
    // Sealed, the file is saved by the browser, and the form closes.
    let sealing = Action::new_local(move |(secret, text): &(String, String)| {
        let (secret, text) = (secret.clone(), text.clone());
        async move {
            let Some(file) = seal(&secret, &text).await else {
                let why = "This browser could not lock the backup. Nothing was saved.";
                return message.set(Some(Outcome::Failed(why.into())));
            };
            let name = file_name(true);
            match files::download(&name, &file, "application/json") {
                Ok(()) => {
                    step.set(Step::Idle);
                    saved(preferences, message, &name, true);
                }
                Err(e) => message.set(Some(Outcome::Failed(file_error_text(&e)))),
            }
        }
    });
    let busy = sealing.pending();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let (secret, again) = (passphrase.get_untracked(), repeated.get_untracked());
        problem.set(passphrase_problem(&secret, &again));
        if problem.get_untracked().is_none() {
            let text = state
                .journal
                .with_untracked(|j| export_backup(j, clock::now()));
            sealing.dispatch_local((secret, text));
        }
    };
    view! {
        <form class="form lock-form" aria-label="Lock the backup" on:submit=submit>
            <p class="hint">
                "A locked backup opens only with its passphrase. Nobody, not even Attune, \
                 can open it without it."
            </p>
            <Secret
                id="lock-passphrase"
                label="Passphrase (8 characters or more)"
                value=passphrase
                new=true
                on_edit=forget_problem
            />
            <Secret
                id="lock-repeat"
                label="The same passphrase again"
                value=repeated
                new=true
                on_edit=forget_problem
            />
            <ErrorBanner error=Signal::derive(move || problem.get().map(String::from)) />
            <div class="form-actions">
                <button class="button primary" type="submit" disabled=move || busy.get()>
                    {move || if busy.get() { "Locking…" } else { "Save locked backup" }}
                </button>
            </div>
        </form>
    }
}
