//! Settings → Reminders: a morning reminder where this browser can wake
//! Attune while it is closed, and plainly where it cannot; the phone's own
//! calendar for a follow-up with a day.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{BadgePermission, CalendarExport, ErrorBanner, Outcome, OutcomeLine, ReminderOptions};
use crate::domain::due_index::ReminderSettings;
use crate::domain::{Moment, dates};
use crate::platform::reminders;
use crate::state::Reminders;
use crate::ui::errors::{reminder_error_text, reminder_store_text};

#[component]
pub fn RemindersPanel() -> impl IntoView {
    let reminders = Reminders::expect();
    let can_wake = reminders::can_wake();
    let message = RwSignal::new(None::<Outcome>);
    let busy = RwSignal::new(false);
    let on = Memo::new(move |_| reminders.settings().on);
    let switch = NodeRef::<leptos::html::Input>::new();
    let toggle = move |ev: leptos::ev::Event| {
        let wanted = event_target_checked(&ev);
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        message.set(None);
        // Asked in the tap itself: a browser asks the leader only then.
        let asked = wanted.then(reminders::ask_permission).flatten();
        spawn_local(async move {
            let result = match wanted {
                true => reminders::turn_on(asked)
                    .await
                    .map_err(|e| reminder_error_text(&e)),
                false => {
                    reminders::turn_off().await;
                    Ok(())
                }
            };
            let settings = ReminderSettings {
                on: wanted,
                ..reminders::settings()
            };
            let result =
                result.and_then(|()| reminders.set(settings).map_err(|e| reminder_store_text(&e)));
            busy.set(false);
            if let Err(text) = result {
                message.set(Some(Outcome::Failed(text)));
            }
            // The switch shows what is, refused or not.
            if let Some(input) = switch.get_untracked() {
                input.set_checked(on.get_untracked());
            }
        });
    };
    let blocked = move || on.get() && reminders::permission() == "denied";
    // Proof the phone really wakes Attune, or a sign it has not yet.
    let woke = RwSignal::new(None::<Moment>);
    if can_wake && on.get_untracked() {
        spawn_local(async move { woke.set(reminders::last_woke().await) });
    }
    view! {
        <section class="card reminders" id="reminders" aria-labelledby="reminders-h">
            <h2 id="reminders-h">"Reminders"</h2>
            {match can_wake {
                false => {
                    view! {
                        <p data-testid="reminders-unavailable">
                            "This browser cannot wake Attune while it is closed, so there is no \
                                morning reminder here: Attune shows what is due each time you open \
                                it, and your phone's calendar can ring for a follow-up with a day \
                                (below)."
                        </p>
                        <BadgePermission />
                    }
                        .into_any()
                }
                true => {
                    view! {
                        <label class="check">
                            <input
                                type="checkbox"
                                node_ref=switch
                                prop:checked=move || on.get()
                                disabled=move || busy.get()
                                on:change=toggle
                            />
                            "Remind me in the morning"
                        </label>
                        <p class="hint" data-testid="reminders-state">
                            {move || state_text(reminders.settings())}
                        </p>
                        {move || {
                            woke.get()
                                .filter(|_| on.get())
                                .map(|at| {
                                    view! {
                                        <p class="hint" data-testid="reminders-woke">
                                            {format!(
                                                "The phone last woke Attune: {}.",
                                                dates::day_and_time(at),
                                            )}
                                        </p>
                                    }
                                })
                        }}
                        {move || {
                            blocked()
                                .then(|| {
                                    view! {
                                        <p class="banner warning">
                                            "Notifications are blocked for Attune in this \
                                                browser's settings: no reminder can show until \
                                                they are allowed."
                                        </p>
                                    }
                                })
                        }}
                    }
                        .into_any()
                }
            }}
            <ReminderOptions can_wake=can_wake />
            <OutcomeLine message=message />
            <ErrorBanner error=Signal::derive(move || {
                reminders.failed.get().map(|e| reminder_store_text(&e))
            }) />
            <CalendarExport />
        </section>
    }
}

/// What the morning reminder does, or that there is none.
fn state_text(settings: ReminderSettings) -> String {
    match settings.on {
        false => "Off: Attune tells you what is due when you open it.".into(),
        true => format!(
            "On: once a day, after {}:00 and before 21:00, a notification says how many follow-ups \
                are due and, on a group's day, how many kids to ask there. The phone chooses when \
                to wake Attune (about once a day, when it is online), so it comes some time after \
                {}:00.",
            settings.hour(),
            settings.hour()
        ),
    }
}
