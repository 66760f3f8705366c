//! One follow-up in Today: who, what to ask, why it is here, and what to do with it.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

use crate::domain::today::TodayItem;
use crate::domain::{Change, FollowUpId, Journal, JournalError, NoteId, Standing, dates};
use crate::platform::clock;
use crate::state::AppState;
use crate::ui::errors::app_error_text;

/// Why the follow-up is listed, in words.
pub fn standing_text(standing: Standing) -> String {
    match standing {
        Standing::Overdue(1) => "Overdue since yesterday".into(),
        Standing::Overdue(n) => format!("Overdue by {n} days"),
        Standing::DueToday => "Due today".into(),
        Standing::Upcoming(d) => dates::short_day(d),
        Standing::WaitingToBeSeen => "Next time you see them".into(),
        Standing::Snoozed(d) => format!("Snoozed until {}", dates::short_day(d)),
        Standing::Done => "Done".into(),
        Standing::Dismissed => "Dismissed".into(),
    }
}

#[component]
pub fn FollowUpRow(
    /// The follow-up as Today lists it.
    item: TodayItem,
    /// Called once it is marked done, so Today can ask how it went.
    on_done: Callback<TodayItem>,
) -> impl IntoView {
    let state = AppState::expect();
    let id = item.id;
    let error = RwSignal::new(None::<String>);
    let snoozing = RwSignal::new(false);
    let run = move |plan: Plan, after: Box<dyn FnOnce()>| {
        spawn_local(async move {
            match state.commit(plan).await {
                Ok(()) => after(),
                Err(e) => error.set(Some(app_error_text(&e))),
            }
        });
    };
    let done_item = item.clone();
    let mark_done = move |_| {
        let item = done_item.clone();
        run(
            Box::new(move |j| j.complete_follow_up(id, None, clock::now())),
            Box::new(move || on_done.run(item)),
        );
    };
    let snooze = move |days: u64| {
        let until = clock::today() + chrono::Days::new(days);
        run(
            Box::new(move |j| j.snooze_follow_up(id, until)),
            Box::new(|| ()),
        );
    };
    let dismiss = move |_| {
        run(
            Box::new(move |j| j.dismiss_follow_up(id, clock::now())),
            Box::new(|| ()),
        )
    };
    let overdue = matches!(item.standing, Standing::Overdue(_));
    view! {
        <li class="follow-up-row" class:overdue=overdue>
            <div class="row-head">
                <A href=format!("/kids/{}", item.kid) attr:class="kid-link">{item.kid_name.clone()}</A>
                <span class="reason">{standing_text(item.standing)}</span>
            </div>
            <p class="prompt">{item.prompt.clone()}</p>
            {move || match snoozing.get() {
                true => view! {
                    <div class="form-actions" role="group" aria-label="Snooze for">
                        <button class="button small" on:click=move |_| snooze(1)>"1 day"</button>
                        <button class="button small" on:click=move |_| snooze(3)>"3 days"</button>
                        <button class="button small" on:click=move |_| snooze(7)>"7 days"</button>
                        <button class="button quiet small" on:click=move |_| snoozing.set(false)>"Cancel"</button>
                    </div>
                }.into_any(),
                false => view! {
                    <div class="form-actions">
                        <button class="button primary small" on:click=mark_done.clone()>"Done"</button>
                        <button class="button small" on:click=move |_| snoozing.set(true)>"Snooze"</button>
                        <button class="button quiet small" on:click=dismiss>"Dismiss"</button>
                    </div>
                }.into_any(),
            }}
            {move || error.get().map(|e| view! { <p class="banner error" role="alert">{e}</p> })}
        </li>
    }
}

type Plan = Box<dyn FnOnce(&Journal) -> Result<Vec<Change>, JournalError>>;

/// After Done: how did it go? Optional, and it joins the kid's timeline.
#[component]
pub fn OutcomePrompt(
    /// The follow-up just marked done.
    item: TodayItem,
    /// Called when the leader saves an outcome or skips it.
    on_finish: Callback<FollowUpId>,
) -> impl IntoView {
    let state = AppState::expect();
    let id = item.id;
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = text.get_untracked();
        if typed.trim().is_empty() {
            return on_finish.run(id);
        }
        let note = NoteId(clock::new_id());
        spawn_local(async move {
            match state
                .commit(|j| j.add_outcome(id, note, &typed, clock::now()))
                .await
            {
                Ok(()) => on_finish.run(id),
                Err(e) => error.set(Some(app_error_text(&e))),
            }
        });
    };
    let field = format!("outcome-{id}");
    view! {
        <li class="follow-up-row done">
            <form class="outcome" on:submit=save>
                <label for=field.clone()>{format!("Done ✓ {}: how did it go? (optional)", item.kid_name)}</label>
                <input id=field autocomplete="off" placeholder="They won 3-1, face lit up"
                    prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))/>
                <div class="form-actions">
                    <button type="submit" class="button primary small">"Save"</button>
                    <button type="button" class="button quiet small" on:click=move |_| on_finish.run(id)>"Skip"</button>
                </div>
            </form>
            {move || error.get().map(|e| view! { <p class="banner error" role="alert">{e}</p> })}
        </li>
    }
}
