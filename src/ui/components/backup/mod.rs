//! The backup card in Settings: saving a backup file, plain or locked with
//! a passphrase; opening one, with a preview, and then adding it to what is
//! here or replacing everything with it. One step shows at a time.

mod choose;
mod locked_save;
mod restore;
mod save;

use leptos::prelude::*;

use super::{Outcome, OutcomeLine};
use crate::persist::{Backup, MergePlan, Sealed, Vetting};
use choose::ChooseFile;
use locked_save::LockedSave;
use restore::{Restore, Unlock};
use save::{LastBackup, SaveButton};

/// Where the card is: what it shows below its buttons.
#[derive(Clone)]
enum Step {
    /// Nothing under way.
    Idle,
    /// The passphrase form for a locked backup is open.
    Locking,
    /// A locked file was chosen: it waits for its passphrase.
    Unlocking(Sealed),
    /// A file read whole: what adding it would do, and what replacing
    /// everything with it would leave out.
    Previewing(Backup, MergePlan, Vetting),
}

#[component]
pub fn BackupPanel() -> impl IntoView {
    let step = RwSignal::new_local(Step::Idle);
    let message = RwSignal::new(None::<Outcome>);
    let locking = move || matches!(step.get(), Step::Locking);
    let toggle_locking = move |_| {
        step.set(if locking() { Step::Idle } else { Step::Locking });
    };
    view! {
        <section class="card" id="backup" aria-labelledby="backup-h">
            <h2 id="backup-h">"Backup"</h2>
            <p class="muted">
                "A backup file holds everything. Save one regularly and keep it off this phone."
            </p>
            <LastBackup />
            <div class="form-actions">
                <SaveButton message />
                <button
                    class="button quiet"
                    aria-expanded=move || locking().to_string()
                    on:click=toggle_locking
                >
                    "Save a locked backup…"
                </button>
                <ChooseFile step message />
            </div>
            {move || match step.get() {
                Step::Idle => ().into_any(),
                Step::Locking => view! { <LockedSave step message /> }.into_any(),
                Step::Unlocking(sealed) => view! { <Unlock sealed step message /> }.into_any(),
                Step::Previewing(backup, plan, replacing) => {
                    view! { <Restore backup plan replacing step message /> }.into_any()
                }
            }}
            <OutcomeLine message=message />
        </section>
    }
}
