//! Saving a backup file, and replacing everything from one after a preview.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::domain::kid_list::days_ago;
use crate::domain::{EntityKind, dates};
use crate::persist::{Backup, MAX_BACKUP_BYTES, export_backup, parse_backup};
use crate::platform::{clock, files, prefs};
use crate::state::AppState;
use crate::ui::errors::{app_error_text, backup_error_text, file_error_text};
use crate::ui::plural;

fn preview_text(backup: &Backup) -> String {
    let summary = backup.summary();
    let count =
        |kind, one, many| plural(summary.counts.get(&kind).copied().unwrap_or(0), one, many);
    let mut text = format!(
        "{}, {}, {}, {}, {}.",
        count(EntityKind::Kid, "kid", "kids"),
        count(EntityKind::Note, "note", "notes"),
        count(EntityKind::FollowUp, "follow-up", "follow-ups"),
        count(EntityKind::Group, "group", "groups"),
        count(EntityKind::Session, "session", "sessions")
    );
    if let (Some(first), Some(last)) = (summary.first_note, summary.last_note) {
        text.push_str(&format!(
            " Notes from {} to {}.",
            dates::day_month_year(first),
            dates::day_month_year(last)
        ));
    }
    if let Some(at) = backup.exported_at {
        text = format!("Backup made {}: {text}", dates::day_and_time(at));
    }
    text
}

#[component]
pub fn BackupPanel() -> impl IntoView {
    let state = AppState::expect();
    let message = RwSignal::new(None::<(bool, String)>);
    let pending = RwSignal::new_local(None::<Backup>);
    let last = RwSignal::new(prefs::last_backup());

    let save_backup = move |_| {
        let now = clock::now();
        let text = state.journal.with_untracked(|j| export_backup(j, now));
        let name = format!("attune-backup-{}.json", dates::iso_day(now.date_naive()));
        message.set(Some(
            match files::download(&name, &text, "application/json") {
                Ok(()) => {
                    let today = now.date_naive();
                    // Only a reminder depends on it; the backup itself is saved either way.
                    let _ = prefs::set_last_backup(today);
                    last.set(Some(today));
                    (
                        false,
                        format!("Backup saved as {name}. Keep it somewhere safe, off this phone."),
                    )
                }
                Err(e) => (true, file_error_text(&e)),
            },
        ));
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
        pending.set(None);
        spawn_local(async move {
            let parsed = match files::read_text(&file, MAX_BACKUP_BYTES).await {
                Ok(text) => parse_backup(&text).map_err(|e| backup_error_text(&e)),
                Err(e) => Err(file_error_text(&e)),
            };
            match parsed {
                Ok(backup) => {
                    message.set(None);
                    pending.set(Some(backup));
                }
                Err(text) => message.set(Some((true, text))),
            }
        });
    };

    let replace = move |_| {
        let Some(backup) = pending.get_untracked() else {
            return;
        };
        spawn_local(async move {
            match state.replace_with(backup).await {
                Ok(()) => {
                    pending.set(None);
                    message.set(Some((
                        false,
                        "Restored. Everything on this phone now matches the backup.".into(),
                    )));
                }
                Err(e) => message.set(Some((true, app_error_text(&e)))),
            }
        });
    };

    view! {
        <section class="card" id="backup" aria-labelledby="backup-h">
            <h2 id="backup-h">"Backup"</h2>
            <p class="muted">"A backup file holds everything. Save one regularly and keep it off this phone."</p>
            <p data-testid="last-backup">{move || match last.get() {
                Some(day) => format!("Last backup: {}, {}.", dates::short_day(day), days_ago(day, clock::today())),
                None => "No backup saved from this phone yet.".to_string(),
            }}</p>
            <label for="backup-every">"Remind me to back up"</label>
            <select id="backup-every" on:change=move |ev| {
                if let Ok(days) = event_target_value(&ev).parse::<u32>() {
                    let _ = prefs::set_backup_every_days(days);
                }
            }>
                {[(7, "after a week"), (14, "after two weeks"), (30, "after a month"), (0, "never")].into_iter().map(|(days, label)| view! {
                    <option value=days.to_string() selected=prefs::backup_every_days() == days>{label}</option>
                }).collect_view()}
            </select>
            <div class="form-actions">
                <button class="button primary" on:click=save_backup>"Save a backup"</button>
                <label class="button quiet file-button">
                    "Restore from a backup…"
                    <input type="file" accept=".json,application/json" class="visually-hidden" on:change=choose/>
                </label>
            </div>
            {move || pending.get().map(|backup| view! {
                <div class="banner warning" role="region" aria-label="Backup preview">
                    <p data-testid="backup-preview">{preview_text(&backup)}</p>
                    <p>"Restoring replaces everything on this phone with this backup."</p>
                    <div class="form-actions">
                        <button class="button primary" on:click=replace>"Replace everything"</button>
                        <button class="button quiet" on:click=move |_| pending.set(None)>"Cancel"</button>
                    </div>
                </div>
            })}
            {move || message.get().map(|(is_error, text)| view! {
                <p class=if is_error { "banner error" } else { "banner info" } role=if is_error { "alert" } else { "status" }>{text}</p>
            })}
        </section>
    }
}
