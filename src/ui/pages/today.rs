//! Today: what needs the leader's attention now, each with its reason.

use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::domain::KidId;
use crate::domain::backup_nudge::{Nudge, backup_nudge};
use crate::domain::dates;
use crate::domain::radar::{RadarKid, reason};
use crate::domain::today::{TodayView, today_view};
use crate::platform::{clock, today_copy};
use crate::routes::Route;
use crate::state::{AppState, Outcomes, Preferences};
use crate::ui::change::Changes;
use crate::ui::components::{
    EmptyState, ErrorBanner, FollowUpRows, Loading, MeetingToday, OutcomePrompts, PutOff,
    ReflectionCard, StaleSessions,
};
use crate::ui::first_rows;

/// Follow-ups listed before "show more".
const SHOWN: usize = 10;
/// Radar kids listed before "show more".
const RADAR_SHOWN: usize = 5;

/// One kid on the radar, with why, and "Not now" to put them off a while.
#[component]
fn RadarRow(kid: RadarKid) -> impl IntoView {
    let changes = Changes::new();
    let id = kid.kid;
    let name = StoredValue::new(kid.name.clone());
    let choosing = RwSignal::new(false);
    let later = move |days: u64| {
        let until = clock::today() + chrono::Days::new(days);
        let label = format!("Not now: {}, {days} days", name.get_value());
        changes.undoable(label, move |j| j.snooze_radar(id, until));
    };
    let why = reason(&kid);
    view! {
        <li class="radar-row">
            <a href=Route::kid(id).href()>
                <span class="kid-name">{kid.name.clone()}</span>
                <span class="kid-meta">{why}</span>
            </a>
            {move || match choosing.get() {
                false => {
                    view! {
                        <button
                            class="button quiet small"
                            aria-label=format!("Not now: {}", kid.name)
                            on:click=move |_| choosing.set(true)
                        >
                            "Not now"
                        </button>
                    }
                        .into_any()
                }
                true => {
                    view! {
                        <PutOff
                            label="Put off for"
                            days=&[3, 7, 14]
                            on_pick=Callback::new(later)
                            on_cancel=Callback::new(move |()| choosing.set(false))
                        />
                    }
                        .into_any()
                }
            }}
            <ErrorBanner error=changes.error() />
        </li>
    }
}

#[component]
pub fn TodayPage() -> impl IntoView {
    let state = AppState::expect();
    let today = clock::today();
    // A copy of this screen is what a cold start shows first (`today_copy`).
    today_copy::today_shown(Some(today));
    on_cleanup(|| today_copy::today_shown(None));
    let view_model = Memo::new(move |_| today_view(&state.journal.read(), today));
    let show_all = RwSignal::new(false);
    // A memo for each part, so that a change (or the history arriving a
    // moment after Today is shown) draws again only what it touched. A long
    // backlog would bury today's few: show the first ones and offer the rest.
    let (due, hidden) = first_rows(view_model, |m| &m.due, SHOWN, show_all);
    let upcoming = Memo::new(move |_| view_model.with(|m| m.upcoming.clone()));
    // The kids Today already shows, so the reflection suggests others.
    let on_today = Memo::new(move |_| {
        view_model.with(|m| {
            let items = m.due.iter().chain(&m.upcoming).chain(&m.waiting);
            let kids = items.map(|i| i.kid).chain(m.radar.iter().map(|r| r.kid));
            kids.collect::<BTreeSet<KidId>>()
        })
    });
    let head_ready = Memo::new(move |_| state.head_ready());
    let kid_count = Memo::new(move |_| {
        let journal = state.journal.read();
        journal.kid_count() - journal.archived_kid_count()
    });
    let outcomes = Outcomes::expect();
    let asking = Memo::new(move |_| outcomes.any(None));
    let no_upcoming = Memo::new(move |_| upcoming.with(Vec::is_empty));
    let upcoming_list = move || match no_upcoming.get() {
        true => {
            view! { <p class="muted empty-line">"Nothing planned for the next seven days."</p> }
                .into_any()
        }
        false => view! {
            <ul class="follow-up-list">
                <FollowUpRows items=upcoming.into() />
            </ul>
        }
        .into_any(),
    };
    let body = move || {
        if !head_ready.get() {
            return view! { <Loading /> }.into_any();
        }
        if kid_count.get() == 0 {
            return view! {
                <EmptyState
                    title="Start with the kids in your group"
                    hint="Paste the names of a group you lead, or add each kid by first name or \
                    nickname. Attune keeps everything on this phone."
                    action=("/groups/new", "Paste a list of names")
                    or=("/kids/new", "Add a kid")
                />
            }
            .into_any();
        }
        view! {
            <StaleSessions />
            <MeetingToday />
            <BackupReminder />
            <section aria-labelledby="due-h">
                <h2 id="due-h">"Follow up today"</h2>
                <ul class="follow-up-list">
                    <OutcomePrompts />
                    <FollowUpRows items=due.into() />
                </ul>
                <ShowMore hidden show_all />
                {move || {
                    (due.with(Vec::is_empty) && !asking.get())
                        .then(|| {
                            view! {
                                <p class="muted empty-line">
                                    "Nothing due today. When a note mentions a day, \
                                     like “big game on Saturday”, Attune brings it back here then."
                                </p>
                            }
                        })
                }}
            </section>
            // After what is due now, which matters most mid-session.
            <ReflectionCard on_today=on_today />
            <section aria-labelledby="upcoming-h">
                <h2 id="upcoming-h">"Coming up this week"</h2>
                {upcoming_list}
            </section>
            <WaitingList view_model />
            <RadarList view_model />
        }
        .into_any()
    };
    view! {
        <h1>"Today"</h1>
        <p class="date-line">{dates::long_day(today)}</p>
        {body}
    }
}

/// "Show N more", while rows are hidden; a tap shows them all.
#[component]
fn ShowMore(hidden: Memo<usize>, show_all: RwSignal<bool>) -> impl IntoView {
    move || {
        (hidden.get() > 0).then(|| {
            view! {
                <button class="button quiet" on:click=move |_| show_all.set(true)>
                    {format!("Show {} more", hidden.get())}
                </button>
            }
        })
    }
}

/// Follow-ups waiting to see their kid, the first few with "show more":
/// none is late until the kid has been seen.
#[component]
fn WaitingList(
    /// Today, whose waiting follow-ups (by name) this lists.
    view_model: Memo<TodayView>,
) -> impl IntoView {
    let show_all = RwSignal::new(false);
    let (shown, hidden) = first_rows(view_model, |m| &m.waiting, RADAR_SHOWN, show_all);
    let any = Memo::new(move |_| !shown.with(Vec::is_empty));
    move || {
        any.get().then(|| {
            view! {
                <section aria-labelledby="waiting-h">
                    <h2 id="waiting-h">"When you next see them"</h2>
                    <ul class="follow-up-list">
                        <FollowUpRows items=shown.into() />
                    </ul>
                    <ShowMore hidden show_all />
                </section>
            }
        })
    }
}

/// Kids not connected with lately, the first few with "show more".
#[component]
fn RadarList(
    /// Today, whose radar (in its order) this lists.
    view_model: Memo<TodayView>,
) -> impl IntoView {
    let show_all = RwSignal::new(false);
    let (shown, hidden) = first_rows(view_model, |m| &m.radar, RADAR_SHOWN, show_all);
    let any = Memo::new(move |_| !shown.with(Vec::is_empty));
    move || {
        any.get().then(|| {
            view! {
                <section aria-labelledby="radar-h">
                    <h2 id="radar-h">"Not connected with lately"</h2>
                    <ul class="quiet-list">
                        <For each=move || shown.get() key=|r| r.clone() let:r>
                            <RadarRow kid=r />
                        </For>
                    </ul>
                    <ShowMore hidden show_all />
                </section>
            }
        })
    }
}

/// A reminder to save a backup, when the last one is old or there is none.
#[component]
fn BackupReminder() -> impl IntoView {
    let state = AppState::expect();
    let preferences = Preferences::expect();
    let nudge = Memo::new(move |_| {
        backup_nudge(
            &state.journal.read(),
            preferences.last_backup().get(),
            preferences.backup_every_days().get(),
            clock::today(),
        )
    });
    move || {
        nudge.get().map(|nudge| {
            let text = match nudge {
                Nudge::Old(days) => format!("Your last backup was {days} days ago."),
                Nudge::Never(_) => "You have not saved a backup yet.".to_string(),
            };
            view! {
                <p class="banner warning backup-reminder" data-testid="backup-reminder">
                    {text}
                    " Everything is only on this phone. "
                    <a href="/settings#backup">"Save a backup"</a>
                </p>
            }
        })
    }
}
