//! Saving a backup file, plain or locked with a passphrase; opening one,
//! with a preview, and then adding it to what is here or replacing
//! everything with it.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::backup_preview::{counts_text, without_text};
use super::{BackupPreview, Outcome, OutcomeLine, Secret};
use crate::domain::dates;
use crate::domain::kid_list::days_ago;
use crate::persist::{
    Backup, MAX_BACKUP_BYTES, MergePlan, Sealed, Vetting, export_backup, merge_plan, parse_backup,
    passphrase_problem, read_sealed, write_sealed,
};
use crate::platform::{clock, crypto, files};
use crate::state::{AppState, Preference, Preferences};
use crate::ui::errors::{app_error_text, backup_error_text, file_error_text};

/// What "Remind me to back up" offers: days, 0 for never.
const REMIND_CHOICES: [(u32, &str); 4] = [
    (7, "after a week"),
    (14, "after two weeks"),
    (30, "after a month"),
    (0, "never"),
];

/// A chosen file, on its way to being applied.
#[derive(Clone)]
enum Incoming {
    /// Locked: waits for its passphrase.
    Locked(Sealed),
    /// Read whole, with what adding it would do, and what replacing
    /// everything with it would leave out.
    Open(Backup, MergePlan, Vetting),
}

#[component]
pub fn BackupPanel() -> impl IntoView {
    let state = AppState::expect();
    let message = RwSignal::new(None::<Outcome>);
    let incoming = RwSignal::new_local(None::<Incoming>);
    let preferences = Preferences::expect();
    let last = preferences.last_backup();
    let busy = RwSignal::new(false);

    let saved = move |name: &str, locked: bool| {
        let today = clock::today();
        // Only a reminder depends on it; the backup itself is saved either way.
        preferences.set(Preference::LastBackup(today));
        let tail = if locked {
            " It opens only with the passphrase: keep both safe, the file off this phone."
        } else {
            " Keep it somewhere safe, off this phone."
        };
        message.set(Some(Outcome::Done(format!(
            "Backup saved as {name}.{tail}"
        ))));
    };

    let save_backup = move |_| {
        let now = clock::now();
        let text = state.journal.with_untracked(|j| export_backup(j, now));
        let name = format!("attune-backup-{}.json", dates::iso_day(now.date_naive()));
        match files::download(&name, &text, "application/json") {
            Ok(()) => saved(&name, false),
            Err(e) => message.set(Some(Outcome::Failed(file_error_text(&e)))),
        }
    };

    // Locking a backup: a passphrase typed twice, held only until the file is made.
    let locking = RwSignal::new(false);
    let passphrase = RwSignal::new(String::new());
    let repeated = RwSignal::new(String::new());
    let lock_problem = RwSignal::new(None::<&'static str>);
    let forget_problem = Callback::new(move |()| lock_problem.set(None));
    let save_locked = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let (secret, again) = (passphrase.get_untracked(), repeated.get_untracked());
        lock_problem.set(passphrase_problem(&secret, &again));
        if lock_problem.get_untracked().is_some() {
            return;
        }
        busy.set(true);
        let now = clock::now();
        let text = state.journal.with_untracked(|j| export_backup(j, now));
        spawn_local(async move {
            let sealed = match crypto::fresh_params() {
                Ok(params) => crypto::seal(&secret, params, &text).await.ok(),
                Err(_) => None,
            };
            busy.set(false);
            let Some(sealed) = sealed else {
                message.set(Some(Outcome::Failed(
                    "This browser could not lock the backup. Nothing was saved.".into(),
                )));
                return;
            };
            let name = format!(
                "attune-backup-{}-locked.json",
                dates::iso_day(now.date_naive())
            );
            match files::download(&name, &write_sealed(&sealed), "application/json") {
                Ok(()) => {
                    passphrase.set(String::new());
                    repeated.set(String::new());
                    locking.set(false);
                    saved(&name, true);
                }
                Err(e) => message.set(Some(Outcome::Failed(file_error_text(&e)))),
            }
        });
    };

    let show = move |backup: Backup| {
        let today = clock::today();
        let plan = state
            .journal
            .with_untracked(|j| merge_plan(j, &backup, today));
        let replacing = backup.vet_replace(today);
        message.set(None);
        incoming.set(Some(Incoming::Open(backup, plan, replacing)));
    };

    let choose = move |ev: leptos::ev::Event| {
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        let Some(file) = input
            .as_ref()
            .and_then(|i| i.files())
            .and_then(|f| f.get(0))
        else {
            return;
        };
        if let Some(input) = input {
            input.set_value("");
        }
        incoming.set(None);
        spawn_local(async move {
            let text = match files::read_text(&file, MAX_BACKUP_BYTES).await {
                Ok(text) => text,
                Err(e) => return message.set(Some(Outcome::Failed(file_error_text(&e)))),
            };
            match read_sealed(&text) {
                Ok(Some(sealed)) => {
                    message.set(None);
                    incoming.set(Some(Incoming::Locked(sealed)));
                }
                Ok(None) => match parse_backup(&text) {
                    Ok(backup) => show(backup),
                    Err(e) => message.set(Some(Outcome::Failed(backup_error_text(&e)))),
                },
                Err(e) => message.set(Some(Outcome::Failed(backup_error_text(&e)))),
            }
        });
    };

    // Opening a locked backup.
    let opening_secret = RwSignal::new(String::new());
    let open_locked = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(Incoming::Locked(sealed)) = incoming.get_untracked() else {
            return;
        };
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        message.set(None);
        let secret = opening_secret.get_untracked();
        spawn_local(async move {
            let opened = crypto::unseal(&secret, &sealed).await;
            busy.set(false);
            match opened.and_then(|text| parse_backup(&text)) {
                Ok(backup) => {
                    opening_secret.set(String::new());
                    show(backup);
                }
                Err(e) => message.set(Some(Outcome::Failed(backup_error_text(&e)))),
            }
        });
    };

    let replace = move || {
        let Some(Incoming::Open(backup, ..)) = incoming.get_untracked() else {
            return;
        };
        spawn_local(async move {
            match state.replace_with(backup, clock::today()).await {
                Ok(vetting) => {
                    incoming.set(None);
                    let text = match vetting.left_out() {
                        0 => "Restored. Everything on this phone now matches the backup.".into(),
                        _ => format!(
                            "Restored{}. Everything else on this phone now matches the backup.",
                            without_text(&vetting)
                        ),
                    };
                    message.set(Some(Outcome::Done(text)));
                }
                Err(e) => message.set(Some(Outcome::Failed(app_error_text(&e)))),
            }
        });
    };

    let add = move || {
        let Some(Incoming::Open(backup, ..)) = incoming.get_untracked() else {
            return;
        };
        spawn_local(async move {
            match state.merge_from(backup, clock::today()).await {
                Ok(plan) => {
                    incoming.set(None);
                    let text = if plan.added.is_empty() {
                        "Nothing was added: this phone already had everything in the backup."
                            .to_string()
                    } else {
                        format!(
                            "Added {}{}. Nothing already on this phone was changed.",
                            counts_text(&plan.added, false),
                            without_text(&plan.vetting)
                        )
                    };
                    message.set(Some(Outcome::Done(text)));
                }
                Err(e) => message.set(Some(Outcome::Failed(app_error_text(&e)))),
            }
        });
    };

    let cancel = move || {
        incoming.set(None);
        opening_secret.set(String::new());
    };

    view! {
        <section class="card" id="backup" aria-labelledby="backup-h">
            <h2 id="backup-h">"Backup"</h2>
            <p class="muted">
                "A backup file holds everything. Save one regularly and keep it off this phone."
            </p>
            <p data-testid="last-backup">{move || match last.get() {
                Some(day) => {
                    let ago = days_ago(day, clock::today());
                    format!("Last backup: {}, {ago}.", dates::short_day(day))
                }
                None => "No backup saved from this phone yet.".to_string(),
            }}</p>
            <label for="backup-every">"Remind me to back up"</label>
            <select id="backup-every" on:change=move |ev| {
                if let Ok(days) = event_target_value(&ev).parse::<u32>() {
                    preferences.set(Preference::BackupEveryDays(days));
                }
            }>
                {REMIND_CHOICES.into_iter().map(|(days, label)| view! {
                    <option value=days.to_string()
                        selected=move || preferences.backup_every_days().get() == days>
                        {label}
                    </option>
                }).collect_view()}
            </select>
            <div class="form-actions">
                <button class="button primary" on:click=save_backup>"Save a backup"</button>
                <button class="button quiet" aria-expanded=move || locking.get().to_string()
                    on:click=move |_| locking.update(|l| *l = !*l)>"Save a locked backup…"</button>
                <label class="button quiet file-button">
                    "Restore from a backup…"
                    <input type="file" accept=".json,application/json" class="visually-hidden"
                        on:change=choose/>
                </label>
            </div>
            {move || locking.get().then(|| view! {
                <form class="form lock-form" aria-label="Lock the backup" on:submit=save_locked>
                    <p class="hint">
                        "A locked backup opens only with its passphrase. Nobody, not even Attune, \
                         can open it without it."
                    </p>
                    <Secret id="lock-passphrase" label="Passphrase (8 characters or more)"
                        value=passphrase new=true on_edit=forget_problem/>
                    <Secret id="lock-repeat" label="The same passphrase again"
                        value=repeated new=true on_edit=forget_problem/>
                    {move || lock_problem.get().map(|p| view! {
                        <p class="banner error" role="alert">{p}</p>
                    })}
                    <div class="form-actions">
                        <button class="button primary" type="submit" disabled=move || busy.get()>
                            {move || if busy.get() { "Locking…" } else { "Save locked backup" }}
                        </button>
                    </div>
                </form>
            })}
            {move || incoming.get().map(|incoming| match incoming {
                Incoming::Locked(_) => view! {
                    <form class="banner warning form" aria-label="Locked backup"
                        on:submit=open_locked>
                        <p>"This backup is locked. Type its passphrase to open it."</p>
                        <Secret id="open-passphrase" label="Passphrase" value=opening_secret
                            new=false/>
                        <div class="form-actions">
                            <button class="button primary" type="submit"
                                disabled=move || busy.get()>
                                {move || if busy.get() { "Opening…" } else { "Open backup" }}
                            </button>
                            <button class="button quiet" type="button" on:click=move |_| cancel()>
                                "Cancel"
                            </button>
                        </div>
                    </form>
                }.into_any(),
                Incoming::Open(backup, plan, replacing) => view! {
                    <BackupPreview backup plan replacing on_add=Callback::new(move |()| add())
                        on_replace=Callback::new(move |()| replace())
                        on_cancel=Callback::new(move |()| cancel())/>
                }.into_any(),
            })}
            <OutcomeLine message=message/>
        </section>
    }
}
