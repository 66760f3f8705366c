//! A backup file opened: its passphrase asked for if it is locked, then its
//! preview, and adding it to what is here or replacing everything with it.

use leptos::prelude::*;

use super::{Outcome, Step};
use crate::persist::{Backup, MergePlan, Sealed, Vetting, merge_plan, parse_backup};
use crate::platform::{clock, crypto};
use crate::state::AppState;
use crate::ui::components::backup_preview::{counts_text, without_text};
use crate::ui::components::{BackupPreview, Secret};
use crate::ui::errors::{app_error_text, backup_error_text};

/// A backup read whole, with what adding it would do and what replacing
/// everything with it would leave out.
pub(super) fn preview(state: AppState, backup: Backup) -> Step {
    let today = clock::today();
    let plan = state
        .journal
        .with_untracked(|j| merge_plan(j, &backup, today));
    let replacing = backup.vet_replace(today);
    Step::Previewing(backup, plan, replacing)
}

/// A locked backup file, waiting for its passphrase.
#[component]
pub(super) fn Unlock(
    sealed: Sealed,
    step: RwSignal<Step, LocalStorage>,
    message: RwSignal<Option<Outcome>>,
) -> impl IntoView {
    let state = AppState::expect();
    let secret = RwSignal::new(String::new());
    let opening = Action::new_local(move |secret: &String| {
        let (secret, sealed) = (secret.clone(), sealed.clone());
        async move {
            let opened = crypto::unseal(&secret, &sealed).await;
            match opened.and_then(|text| parse_backup(&text)) {
                Ok(backup) => step.set(preview(state, backup)),
                Err(e) => message.set(Some(Outcome::Failed(backup_error_text(&e)))),
            }
        }
    });
    let busy = opening.pending();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !busy.get_untracked() {
            message.set(None);
            opening.dispatch_local(secret.get_untracked());
        }
    };
    view! {
        <form class="banner warning form" aria-label="Locked backup" on:submit=submit>
            <p>"This backup is locked. Type its passphrase to open it."</p>
            <Secret id="open-passphrase" label="Passphrase" value=secret new=false />
            <div class="form-actions">
                <button class="button primary" type="submit" disabled=move || busy.get()>
                    {move || if busy.get() { "Opening…" } else { "Open backup" }}
                </button>
                <button class="button quiet" type="button" on:click=move |_| step.set(Step::Idle)>
                    "Cancel"
                </button>
            </div>
        </form>
    }
}

/// How a previewed backup is taken in.
#[derive(Clone, Copy)]
enum Taking {
    Add,
    Replace,
}

/// What taking a backup in did, in words.
async fn take(state: AppState, backup: Backup, taking: Taking) -> Outcome {
    let today = clock::today();
    let done =
        match taking {
            Taking::Replace => state
                .replace_with(backup, today)
                .await
                .map(|vetting| match vetting.left_out() {
                    0 => "Restored. Everything on this phone now matches the backup.".into(),
                    _ => format!(
                        "Restored{}. Everything else on this phone now matches the backup.",
                        without_text(&vetting)
                    ),
                }),
            Taking::Add => state.merge_from(backup, today).await.map(|plan| {
                if plan.added.is_empty() {
                    "Nothing was added: this phone already had everything in the backup.".into()
                } else {
                    format!(
                        "Added {}{}. Nothing already on this phone was changed.",
                        counts_text(&plan.added, false),
                        without_text(&plan.vetting)
                    )
                }
            }),
        };
    match done {
        Ok(text) => Outcome::Done(text),
        Err(e) => Outcome::Failed(app_error_text(&e)),
    }
}

/// A backup previewed: added, replacing everything, or put aside.
#[component]
pub(super) fn Restore(
    backup: Backup,
    plan: MergePlan,
    replacing: Vetting,
    step: RwSignal<Step, LocalStorage>,
    message: RwSignal<Option<Outcome>>,
) -> impl IntoView {
    let state = AppState::expect();
    let whole = StoredValue::new_local(backup.clone());
    let taking = Action::new_local(move |how: &Taking| {
        let (how, backup) = (*how, whole.get_value());
        async move {
            let outcome = take(state, backup, how).await;
            if matches!(outcome, Outcome::Done(_)) {
                step.set(Step::Idle);
            }
            message.set(Some(outcome));
        }
    });
    view! {
        <BackupPreview
            backup
            plan
            replacing
            on_add=Callback::new(move |()| {
                taking.dispatch_local(Taking::Add);
            })
            on_replace=Callback::new(move |()| {
                taking.dispatch_local(Taking::Replace);
            })
            on_cancel=Callback::new(move |()| step.set(Step::Idle))
        />
    }
}
