//! Today: what needs the leader's attention now, each with its reason.

use leptos::prelude::*;

use leptos::task::spawn_local;

use crate::domain::backup_nudge::{Nudge, backup_nudge};
use crate::domain::dates;
use crate::domain::radar::{RadarKid, reason};
use crate::domain::today::today_view;
use crate::platform::{clock, prefs};
use crate::state::{AppState, Outcomes};
use crate::ui::components::{EmptyState, FollowUpRow, OutcomePrompts, ReflectionCard};
use crate::ui::errors::app_error_text;

/// Follow-ups listed before "show more".
const SHOWN: usize = 10;
/// Radar kids listed before "show more".
const RADAR_SHOWN: usize = 5;

/// One kid on the radar, with why, and "Not now" to put them off a while.
#[component]
fn RadarRow(kid: RadarKid) -> impl IntoView {
    let state = AppState::expect();
    let id = kid.kid;
    let choosing = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let later = move |days: u64| {
        let until = clock::today() + chrono::Days::new(days);
        spawn_local(async move {
            let outcome = state.commit(|j| j.snooze_radar(id, until)).await;
            error.set(outcome.err().map(|e| app_error_text(&e)));
        });
    };
    let why = reason(&kid);
    view! {
        <li class="radar-row">
            <a href=format!("/kids/{id}")>
                <span class="kid-name">{kid.name.clone()}</span>
                <span class="kid-meta">{why}</span>
            </a>
            {move || match choosing.get() {
                false => view! {
                    <button class="button quiet small" aria-label=format!("Not now: {}", kid.name)
                        on:click=move |_| choosing.set(true)>"Not now"</button>
                }.into_any(),
                true => view! {
                    <div class="form-actions" role="group" aria-label="Put off for">
                        <button class="button small" on:click=move |_| later(3)>"3 days"</button>
                        <button class="button small" on:click=move |_| later(7)>"7 days"</button>
                        <button class="button small" on:click=move |_| later(14)>"14 days"</button>
                        <button class="button quiet small" on:click=move |_| choosing.set(false)>"Cancel"</button>
                    </div>
                }.into_any(),
            }}
            {move || error.get().map(|e| view! { <p class="banner error" role="alert">{e}</p> })}
        </li>
    }
}

#[component]
pub fn TodayPage() -> impl IntoView {
    let state = AppState::expect();
    let today = clock::today();
    let view_model = Memo::new(move |_| today_view(&state.journal.read(), today));
    let kid_count = Memo::new(move |_| {
        let journal = state.journal.read();
        journal.kid_count() - journal.archived_kid_count()
    });
    let outcomes = Outcomes::expect();
    let asking = Memo::new(move |_| outcomes.any(None));
    let show_all = RwSignal::new(false);
    let show_all_radar = RwSignal::new(false);
    let body = move || {
        if !state.head_ready() {
            return view! { <p class="muted">"Opening your notes…"</p> }.into_any();
        }
        if kid_count.get() == 0 {
            return view! {
                <EmptyState
                    title="Start with the kids in your group"
                    hint="Add each kid by first name or nickname, with a few things they care about. Attune keeps everything on this phone."
                    action=("/kids/new", "Add a kid")
                />
            }
            .into_any();
        }
        let mut model = view_model.get();
        let nothing_due = model.due.is_empty() && !asking.get();
        // A long backlog would bury today's few: show the first ones and offer the rest.
        let hidden = if show_all.get() {
            0
        } else {
            model.due.len().saturating_sub(SHOWN)
        };
        model.due.truncate(model.due.len() - hidden);
        view! {
            <BackupReminder/>
            <section aria-labelledby="due-h">
                <h2 id="due-h">"Follow up today"</h2>
                <ul class="follow-up-list">
                    <OutcomePrompts/>
                    {model.due.into_iter().map(|item| view! { <FollowUpRow item=item/> }).collect_view()}
                </ul>
                {(hidden > 0).then(|| view! {
                    <button class="button quiet" on:click=move |_| show_all.set(true)>
                        {format!("Show {hidden} more")}
                    </button>
                })}
                {nothing_due.then(|| view! {
                    <p class="muted empty-line">"Nothing due today. When a note mentions a day, like “big game on Saturday”, Attune brings it back here then."</p>
                })}
            </section>
            // After what is due now, which matters most mid-session.
            <ReflectionCard/>
            <section aria-labelledby="upcoming-h">
                <h2 id="upcoming-h">"Coming up this week"</h2>
                {if model.upcoming.is_empty() {
                    view! { <p class="muted empty-line">"Nothing planned for the next seven days."</p> }.into_any()
                } else {
                    view! {
                        <ul class="follow-up-list">
                            {model.upcoming.into_iter().map(|item| view! { <FollowUpRow item=item/> }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
            {(!model.radar.is_empty()).then(|| {
                let hidden = match show_all_radar.get() {
                    true => 0,
                    false => model.radar.len().saturating_sub(RADAR_SHOWN),
                };
                let shown = model.radar.len() - hidden;
                view! {
                    <section aria-labelledby="radar-h">
                        <h2 id="radar-h">"Not connected with lately"</h2>
                        <ul class="quiet-list">
                            {model.radar.into_iter().take(shown).map(|r| view! { <RadarRow kid=r/> }).collect_view()}
                        </ul>
                        {(hidden > 0).then(|| view! {
                            <button class="button quiet" on:click=move |_| show_all_radar.set(true)>
                                {format!("Show {hidden} more")}
                            </button>
                        })}
                    </section>
                }
            })}
        }
        .into_any()
    };
    view! {
        <h1>"Today"</h1>
        <p class="date-line">{dates::long_day(today)}</p>
        {body}
    }
}

/// A reminder to save a backup, when the last one is old or there is none.
#[component]
fn BackupReminder() -> impl IntoView {
    let state = AppState::expect();
    let nudge = Memo::new(move |_| {
        backup_nudge(
            &state.journal.read(),
            prefs::last_backup(),
            prefs::backup_every_days(),
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
                    {text}" Everything is only on this phone. "
                    <a href="/settings#backup">"Save a backup"</a>
                </p>
            }
        })
    }
}
