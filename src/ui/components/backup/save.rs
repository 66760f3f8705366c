//! Saving a plain backup file, when the last one was saved, and how often
//! to be reminded.

use leptos::prelude::*;

use super::Outcome;
use crate::domain::dates;
use crate::domain::kid_list::days_ago;
use crate::persist::export_backup;
use crate::platform::{clock, files};
use crate::state::{AppState, Preference, Preferences};
use crate::ui::errors::file_error_text;

/// What "Remind me to back up" offers: days, 0 for never.
const REMIND_CHOICES: [(u32, &str); 4] = [
    (7, "after a week"),
    (14, "after two weeks"),
    (30, "after a month"),
    (0, "never"),
];

/// The file a backup made now is saved as; `locked` when sealed.
pub(super) fn file_name(locked: bool) -> String {
    let day = dates::iso_day(clock::today());
    match locked {
        true => format!("attune-backup-{day}-locked.json"),
        false => format!("attune-backup-{day}.json"),
    }
}

/// A backup was saved as `name`: remembered for the reminder, and said.
pub(super) fn saved(
    preferences: Preferences,
    message: RwSignal<Option<Outcome>>,
    name: &str,
    locked: bool,
) {
    // Only a reminder depends on it; the backup itself is saved either way.
    preferences.set(Preference::LastBackup(clock::today()));
    let tail = if locked {
        " It opens only with the passphrase: keep both safe, the file off this phone."
    } else {
        " Keep it somewhere safe, off this phone."
    };
    message.set(Some(Outcome::Done(format!(
        "Backup saved as {name}.{tail}"
    ))));
}

#[component]
pub(super) fn SaveButton(message: RwSignal<Option<Outcome>>) -> impl IntoView {
    let (state, preferences) = (AppState::expect(), Preferences::expect());
    let save = move |_| {
        let text = state
            .journal
            .with_untracked(|j| export_backup(j, clock::now()));
        let name = file_name(false);
        match files::download(&name, &text, "application/json") {
            Ok(()) => saved(preferences, message, &name, false),
            Err(e) => message.set(Some(Outcome::Failed(file_error_text(&e)))),
        }
    };
    view! {
        <button class="button primary" on:click=save>
            "Save a backup"
        </button>
    }
}

/// When the last backup was saved from this phone, and the reminder's choice.
#[component]
pub(super) fn LastBackup() -> impl IntoView {
    let preferences = Preferences::expect();
    let last = preferences.last_backup();
    let choose = move |ev| {
        if let Ok(days) = event_target_value(&ev).parse::<u32>() {
            preferences.set(Preference::BackupEveryDays(days));
        }
    };
    view! {
        <p data-testid="last-backup">
            {move || match last.get() {
                Some(day) => {
                    let ago = days_ago(day, clock::today());
                    format!("Last backup: {}, {ago}.", dates::short_day(day))
                }
                None => "No backup saved from this phone yet.".to_string(),
            }}
        </p>
        <label for="backup-every">"Remind me to back up"</label>
        <select id="backup-every" on:change=choose>
            {REMIND_CHOICES
                .into_iter()
                .map(|(days, label)| {
                    view! {
                        <option
                            value=days.to_string()
                            selected=move || preferences.backup_every_days().get() == days
                        >
                            {label}
                        </option>
                    }
                })
                .collect_view()}
        </select>
    }
}
