//! "Add to calendar": a calendar file for one follow-up, or for every one
//! with a day ahead, as a link the leader taps. A real tap on a link is
//! what a phone needs to hand the file to its calendar (an iPhone offers
//! to add the events); the file is in the link itself, made from the
//! journal as it is drawn, so nothing is fetched.

use chrono::Utc;
use leptos::prelude::*;

use crate::domain::FollowUpId;
use crate::domain::ics::{CalendarEvent, calendar, event_of, upcoming_events};
use crate::platform::clock;
use crate::routes::encode;
use crate::state::{AppState, Reminders};
use crate::ui::plural;

/// A `data:` address holding the calendar file for `events`.
fn file_href(events: &[CalendarEvent], alarm_hour: u8) -> String {
    let file = calendar(events, alarm_hour, Utc::now());
    format!("data:text/calendar;charset=utf-8,{}", encode(&file))
}

/// The link for one follow-up, where it has a day.
#[component]
pub fn CalendarLink(id: FollowUpId) -> impl IntoView {
    let state = AppState::expect();
    let reminders = Reminders::expect();
    let href = Memo::new(move |_| {
        let names = reminders.shows_names();
        let journal = state.journal.read();
        let event = journal
            .follow_up(id)
            .and_then(|f| event_of(&journal, f, names))?;
        Some(file_href(&[event], reminders.settings().hour()))
    });
    move || {
        href.get().map(|href| {
            view! {
                <a class="button quiet small" href=href download="attune-follow-up.ics">
                    "Add to calendar"
                </a>
            }
        })
    }
}

/// Every open follow-up with a day from today on, in one file.
#[component]
pub fn CalendarExport() -> impl IntoView {
    let state = AppState::expect();
    let reminders = Reminders::expect();
    let today = clock::today();
    let events =
        Memo::new(move |_| upcoming_events(&state.journal.read(), today, reminders.shows_names()));
    let what = move || match reminders.shows_names() {
        false => {
            "Each event says only \u{201c}Attune: 1 follow-up\u{201d}, since calendars are often \
                copied to a cloud."
        }
        true => {
            "Each event names the kid and what to ask, in your calendar and any cloud it is copied \
                to."
        }
    };
    view! {
        <h3>"Your phone's calendar"</h3>
        <p class="hint">
            {move || {
                format!(
                    "Your calendar can ring at {}:00 on a follow-up's day. {} One at a time: Edit \
                        on a follow-up, then Add to calendar.",
                    reminders.settings().hour(),
                    what(),
                )
            }}
        </p>
        {move || match events.get().len() {
            0 => {
                view! {
                    <p class="muted" data-testid="calendar-none">
                        "No open follow-up has a day from today on."
                    </p>
                }
                    .into_any()
            }
            n => {
                let href = file_href(&events.get(), reminders.settings().hour());
                view! {
                    <div class="form-actions">
                        <a class="button" href=href download="attune-follow-ups.ics">
                            {format!("Add {} to my calendar", plural(n, "follow-up", "follow-ups"))}
                        </a>
                    </div>
                }
                    .into_any()
            }
        }}
    }
}
