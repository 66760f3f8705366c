//! What reminders and calendar events share: the morning hour (a reminder
//! waits for it, an alarm rings at it), and whether they may show first
//! names and prompts, never with the lock on.

use leptos::prelude::*;

use super::{Outcome, OutcomeLine};
use crate::domain::due_index::{MORNING_HOURS, ReminderSettings};
use crate::state::Reminders;
use crate::ui::errors::reminder_store_text;

#[component]
pub fn ReminderOptions(
    /// Whether this browser can show a morning reminder, or only the calendar rings.
    can_wake: bool,
) -> impl IntoView {
    let reminders = Reminders::expect();
    let message = RwSignal::new(None::<Outcome>);
    let change = move |settings: ReminderSettings| {
        let saved = reminders.set(settings);
        message.set(
            saved
                .err()
                .map(|e| Outcome::Failed(reminder_store_text(&e))),
        );
    };
    let pick_hour = move |ev: leptos::ev::Event| {
        if let Ok(hour) = event_target_value(&ev).parse::<u8>() {
            change(ReminderSettings {
                morning_hour: hour,
                ..reminders.settings()
            });
        }
    };
    let pick_names = move |ev: leptos::ev::Event| {
        change(ReminderSettings {
            names: event_target_checked(&ev),
            ..reminders.settings()
        });
    };
    let names_hint = move || {
        let what = match can_wake {
            true => "reminders and calendar events",
            false => "calendar events",
        };
        match (reminders.locked(), reminders.shows_names()) {
            (true, _) => format!("Not while the app lock is on: {what} name no one."),
            (false, false) => format!("Off: {what} name no one."),
            (false, true) => {
                "On: anyone who sees the phone's lock screen, or a calendar copied to \
                a cloud, can read them."
                    .to_string()
            }
        }
    };
    view! {
        <label class="field" for="reminder-hour">
            {match can_wake {
                true => "Morning hour",
                false => "Calendar alarms at",
            }}
        </label>
        <select
            id="reminder-hour"
            aria-describedby=can_wake.then_some("reminder-hour-hint")
            on:change=pick_hour
        >
            {MORNING_HOURS
                .map(|hour| {
                    view! {
                        <option value=hour.to_string() selected=reminders.settings().hour() == hour>
                            {format!("{hour}:00")}
                        </option>
                    }
                })
                .collect_view()}
        </select>
        {can_wake
            .then(|| {
                view! {
                    <p class="hint" id="reminder-hour-hint">
                        "No reminder comes before it; calendar alarms ring at it."
                    </p>
                }
            })}
        <label class="check field">
            <input
                type="checkbox"
                prop:checked=move || reminders.shows_names()
                disabled=move || reminders.locked()
                on:change=pick_names
                aria-describedby="reminder-names-hint"
            />
            "Show first names and what to ask"
        </label>
        <p class="hint" id="reminder-names-hint">
            {names_hint}
        </p>
        <OutcomeLine message=message />
    }
}
