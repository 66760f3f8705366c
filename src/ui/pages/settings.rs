//! Settings: where the data lives and how much of it there is.

use leptos::prelude::*;

use crate::domain::date_phrase::DateOrder;
use crate::domain::{byte_size, dates, retention};
use leptos::task::spawn_local;

use crate::platform::{clock, pwa};
use crate::state::{AppState, Boot, Preference, Preferences};
use crate::ui::components::{
    AfterFirstScreen, AppLockPanel, BackupPanel, ErrorBanner, Outcome, OutcomeLine, RemindersPanel,
};
use crate::ui::errors::{app_error_text, preference_error_text};
use crate::ui::plural;

#[component]
pub fn SettingsPage() -> impl IntoView {
    let state = AppState::expect();
    let preferences = Preferences::expect();
    let order = preferences.date_order();
    let asking_day = preferences.reflection_day();
    let counts = Memo::new(move |_| {
        let j = state.journal.read();
        (j.kid_count(), j.note_count())
    });
    let storage = move || match state.boot.get() {
        // About as long as the count that follows, so nothing below moves.
        Boot::Loading | Boot::HeadLoaded => {
            "Counting the kids and notes stored in this browser on this phone…".to_string()
        }
        Boot::Failed(_) => "Storage could not be opened".to_string(),
        Boot::Ready { .. } => {
            let (kids, notes) = counts.get();
            format!(
                "{} and {}, stored in this browser on this phone",
                plural(kids, "kid", "kids"),
                plural(notes, "note", "notes")
            )
        }
    };
    let failed = preferences.failed();
    let not_stored = Signal::derive(move || failed.get().map(|e| preference_error_text(&e)));
    view! {
        <h1>"Settings"</h1>
        <ErrorBanner error=not_stored />
        <section class="card">
            <h2>"Your data"</h2>
            <p data-testid="storage-summary">{storage}</p>
            <p class="muted">
                "Nothing leaves this phone. There is no account and no server: \
                 if this browser's data is cleared, the notes are gone."
            </p>
        </section>
        <section class="card">
            <h2>"Dates"</h2>
            <label for="date-order">"In a note, 5/12 means"</label>
            <select
                id="date-order"
                on:change=move |ev| {
                    let order = match event_target_value(&ev).as_str() {
                        "month_day" => DateOrder::MonthDay,
                        _ => DateOrder::DayMonth,
                    };
                    preferences.set(Preference::DateOrder(order));
                }
            >
                <option value="day_month" selected=move || order.get() == DateOrder::DayMonth>
                    "5 December"
                </option>
                <option value="month_day" selected=move || order.get() == DateOrder::MonthDay>
                    "May 12"
                </option>
            </select>
        </section>
        <section class="card">
            <h2>"Weekly reflection"</h2>
            <label for="reflection-day">"Ask me on"</label>
            <select
                id="reflection-day"
                on:change=move |ev| {
                    let name = event_target_value(&ev);
                    let picked = dates::WEEK.into_iter().find(|d| dates::weekday_name(*d) == name);
                    if let Some(day) = picked {
                        preferences.set(Preference::ReflectionDay(day));
                    }
                }
            >
                {dates::WEEK
                    .into_iter()
                    .map(|d| {
                        view! {
                            <option
                                value=dates::weekday_name(d)
                                selected=move || asking_day.get() == d
                            >
                                {dates::weekday_name(d)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <p class="hint">
                "The first time you open Attune on or after this day, Today asks how you could \
                 show attunement this week."
            </p>
        </section>
        <AfterFirstScreen>
            <RemindersPanel />
        </AfterFirstScreen>
        <AfterFirstScreen>
            <BackupPanel />
        </AfterFirstScreen>
        <AfterFirstScreen>
            <AppLockPanel />
        </AfterFirstScreen>
        <AfterFirstScreen>
            <Retention />
        </AfterFirstScreen>
        <AfterFirstScreen>
            <StorageStatus />
        </AfterFirstScreen>
        <AfterFirstScreen>
            <section class="card">
                <h2>"Appearance"</h2>
                <p class="muted">"Attune follows your phone's light or dark setting."</p>
                <p class="muted" data-testid="version">
                    {version()}
                </p>
            </section>
        </AfterFirstScreen>
        <AfterFirstScreen>
            <DeleteEverything />
        </AfterFirstScreen>
    }
}

/// Whether the browser has promised to keep Attune's data, and how much there is.
#[component]
fn StorageStatus() -> impl IntoView {
    let kept = RwSignal::new(None::<Option<bool>>);
    let used = RwSignal::new(None::<(f64, f64)>);
    spawn_local(async move {
        kept.set(Some(pwa::storage_persisted().await));
        used.set(pwa::storage_estimate().await);
    });
    let kept_text = move || match kept.get() {
        None => "Checking…",
        Some(Some(true)) => {
            "Kept: this browser has promised not to clear Attune's data to free up space."
        }
        Some(Some(false)) => {
            "Not promised yet: the browser may clear Attune's data if the phone runs short of \
             space. Attune asks once you have saved something; installing it to the home screen \
             helps. Back up regularly."
        }
        Some(None) => {
            "This browser does not say whether it will keep Attune's data. Back up regularly."
        }
    };
    view! {
        <section class="card">
            <h2>"Storage"</h2>
            <p data-testid="storage-kept">{kept_text}</p>
            {move || {
                used.get()
                    .map(|(usage, quota)| {
                        view! {
                            <p class="muted" data-testid="storage-used">
                                {format!(
                                    "Using {} of the {} this browser allows.",
                                    byte_size(usage as u64),
                                    byte_size(quota as u64),
                                )}
                            </p>
                        }
                    })
            }}
        </section>
    }
}

/// The build, as stamped into the page when it was made.
fn version() -> String {
    document()
        .query_selector("meta[name=attune-version]")
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .map(|v| format!("Version {}", &v[..v.len().min(8)]))
        .unwrap_or_else(|| "Version: development build".into())
}

/// Removes every trace of Attune from this browser, after asking.
#[component]
fn DeleteEverything() -> impl IntoView {
    let state = AppState::expect();
    let asking = RwSignal::new(false);
    let done = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let keep = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = keep.get() {
            let _ = button.focus();
        }
    });
    let delete = move |_| {
        spawn_local(async move {
            match state.delete_everything().await {
                Ok(()) => {
                    asking.set(false);
                    done.set(true);
                    error.set(None);
                }
                Err(e) => error.set(Some(app_error_text(&e))),
            }
        });
    };
    view! {
        <section class="card" aria-labelledby="delete-all-h">
            <h2 id="delete-all-h">"Delete everything"</h2>
            <p class="muted">
                "Removes every kid, note, follow-up, group and session, every draft and setting, \
                 and the copy of Attune kept for offline use."
            </p>
            {move || {
                done.get()
                    .then(|| {
                        view! {
                            <p role="status">
                                "Everything is deleted: every record, draft and setting, \
                                 and the offline copy of Attune."
                            </p>
                        }
                    })
            }}
            {move || match asking.get() {
                false => {
                    view! {
                        <button class="button danger" on:click=move |_| asking.set(true)>
                            "Delete everything…"
                        </button>
                    }
                        .into_any()
                }
                true => {
                    view! {
                        <div
                            class="danger-zone"
                            role="alertdialog"
                            aria-labelledby="delete-all-q"
                            aria-describedby="delete-all-what"
                        >
                            <h3 id="delete-all-q">"Delete everything on this phone?"</h3>
                            <p id="delete-all-what">
                                "Only a backup can bring it back. "
                                <strong>"This cannot be undone."</strong>
                            </p>
                            <div class="form-actions">
                                <button class="button danger-solid" on:click=delete>
                                    "Delete everything"
                                </button>
                                <button
                                    class="button quiet"
                                    node_ref=keep
                                    on:click=move |_| asking.set(false)
                                >
                                    "Keep"
                                </button>
                            </div>
                        </div>
                    }
                        .into_any()
                }
            }}
            <ErrorBanner error=error />
        </section>
    }
}

/// Keeping notes for a chosen time: the choice, what it would delete, and
/// the deletion, only on the leader's tap.
#[component]
fn Retention() -> impl IntoView {
    let state = AppState::expect();
    let preferences = Preferences::expect();
    let months = preferences.retention_months();
    let message = RwSignal::new(None::<Outcome>);
    let preview = Memo::new(move |_| {
        let months = months.get();
        (months > 0).then(|| retention::preview(&state.journal.read(), months, clock::today()))
    });
    let delete = move |_| {
        let Some(p) = preview.get_untracked() else {
            return;
        };
        spawn_local(async move {
            let outcome = state
                .commit(Box::new(move |j| {
                    Ok(retention::delete_notes_before(j, p.cutoff))
                }))
                .await;
            message.set(Some(match outcome {
                Ok(()) => Outcome::Done(format!(
                    "Deleted {}.",
                    plural(p.notes, "older note", "older notes")
                )),
                Err(e) => Outcome::Failed(app_error_text(&e)),
            }));
        });
    };
    view! {
        <section class="card" id="retention" aria-labelledby="retention-h">
            <h2 id="retention-h">"Keeping notes"</h2>
            <label for="retention-months">"Keep notes"</label>
            <select
                id="retention-months"
                on:change=move |ev| {
                    if let Ok(m) = event_target_value(&ev).parse::<u32>() {
                        message.set(None);
                        preferences.set(Preference::RetentionMonths(m));
                    }
                }
            >
                <option value="0" selected=months.get_untracked() == 0>
                    "forever"
                </option>
                {retention::CHOICES
                    .into_iter()
                    .map(|m| {
                        view! {
                            <option value=m.to_string() selected=months.get_untracked() == m>
                                {format!("for {m} months")}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            {move || {
                preview
                    .get()
                    .map(|p| match p.notes {
                        0 => {
                            view! {
                                <p class="muted" data-testid="retention-preview">
                                    {format!(
                                        "No notes were written before {}.",
                                        dates::day_month_year(p.cutoff),
                                    )}
                                </p>
                            }
                                .into_any()
                        }
                        n => {
                            view! {
                                <div class="danger-zone" data-testid="retention-preview">
                                    <p>
                                        {format!(
                                            "{} written before {}, the oldest on {}. \
                             Kids, follow-ups and sessions stay. ",
                                            plural(n, "note was", "notes were"),
                                            dates::day_month_year(p.cutoff),
                                            p.oldest.map(dates::day_month_year).unwrap_or_default(),
                                        )}<strong>"Deleting cannot be undone."</strong>
                                    </p>
                                    <button class="button danger-solid" on:click=delete>
                                        {format!(
                                            "Delete {}",
                                            plural(n, "older note", "older notes"),
                                        )}
                                    </button>
                                </div>
                            }
                                .into_any()
                        }
                    })
            }}
            <OutcomeLine message=message />
        </section>
    }
}
