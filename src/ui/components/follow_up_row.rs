//! One follow-up in Today: who, what to ask, why it is here, and what to do with it.

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::routes::Route;

use crate::domain::today::TodayItem;
use crate::domain::{Due, FollowUpId, KidId, NoteId, Standing, dates};
use crate::platform::{self, clock};
use crate::state::Outcomes;
use crate::ui::change::Changes;
use crate::ui::components::{CalendarLink, ErrorBanner, PutOff};

/// Why the follow-up is listed, in words.
pub fn standing_text(standing: Standing, due: Due) -> String {
    match standing {
        Standing::Overdue(1) => "Overdue since yesterday".into(),
        Standing::Overdue(n) => format!("Overdue by {n} days"),
        Standing::DueToday => "Due today".into(),
        Standing::Upcoming(d) => match due {
            Due::OnDate(_) => format!("On {}", dates::short_day(d)),
            _ => format!("First time you see them from {}", dates::short_day(d)),
        },
        Standing::WaitingToBeSeen => "Next time you see them".into(),
        Standing::WaitingSince(d) => {
            format!("Waiting to see them (from {})", dates::short_day(d))
        }
        Standing::Snoozed(d) => format!("Snoozed until {}", dates::short_day(d)),
        Standing::Done => "Done".into(),
        Standing::Dismissed => "Dismissed".into(),
    }
}

/// What the row's buttons are doing.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Actions,
    Snooze,
    Edit,
}

#[component]
pub fn FollowUpRow(
    /// The follow-up as Today lists it.
    item: TodayItem,
    /// On the kid's own page the kid's name is left out.
    #[prop(optional)]
    without_kid: bool,
) -> impl IntoView {
    let changes = Changes::new();
    let outcomes = Outcomes::expect();
    let id = item.id;
    let name = StoredValue::new(item.kid_name.clone());
    let mode = RwSignal::new(Mode::Actions);
    // Each of these takes the follow-up out of view; the undo bar offers it back.
    let done_item = item.clone();
    // Its question takes the row's place (the row hides while it is asked).
    let mark_done = move |_| mark_asked(changes, outcomes, &done_item);
    let snooze = move |days: u64| {
        let until = clock::today() + chrono::Days::new(days);
        let label = format!(
            "Snoozed until {} · {}",
            dates::short_day(until),
            name.get_value()
        );
        changes.undoable(label, move |j| j.snooze_follow_up(id, until));
    };
    let dismiss = move |_| {
        let label = format!("Dismissed · {}", name.get_value());
        changes.undoable(label, move |j| j.dismiss_follow_up(id, clock::now()));
    };
    let overdue = matches!(item.standing, Standing::Overdue(_));
    let (prompt, due) = (item.prompt.clone(), item.due);
    view! {
        <li class="follow-up-row" class:overdue=overdue hidden=move || outcomes.is_pending(id)>
            <div class="row-head">
                {(!without_kid)
                    .then(|| {
                        view! {
                            <a href=Route::kid(item.kid).href() class="kid-link">
                                {item.kid_name.clone()}
                            </a>
                        }
                    })} <span class="reason">{standing_text(item.standing, item.due)}</span>
            </div>
            <p class="prompt">{item.prompt.clone()}</p>
            {move || match mode.get() {
                Mode::Snooze => {
                    view! {
                        <PutOff
                            label="Snooze for"
                            days=&[1, 3, 7]
                            on_pick=Callback::new(snooze)
                            on_cancel=Callback::new(move |()| mode.set(Mode::Actions))
                        />
                    }
                        .into_any()
                }
                Mode::Edit => {
                    view! {
                        <FollowUpEdit
                            id=id
                            prompt=prompt.clone()
                            due=due
                            on_close=Callback::new(move |()| mode.set(Mode::Actions))
                        />
                    }
                        .into_any()
                }
                Mode::Actions => {
                    view! {
                        <div class="form-actions">
                            <button class="button primary small" on:click=mark_done.clone()>
                                "Done"
                            </button>
                            <button class="button small" on:click=move |_| mode.set(Mode::Snooze)>
                                "Snooze"
                            </button>
                            <button
                                class="button quiet small"
                                on:click=move |_| mode.set(Mode::Edit)
                            >
                                "Edit"
                            </button>
                            <button class="button quiet small" on:click=dismiss>
                                "Dismiss"
                            </button>
                        </div>
                    }
                        .into_any()
                }
            }}
            <ErrorBanner error=changes.error() />
        </li>
    }
}

/// The three ways a follow-up can come back, as the edit form offers them.
#[derive(Clone, Copy, PartialEq)]
enum When {
    FirstSeenFrom,
    OnDate,
    NextTimeSeen,
}

impl When {
    fn of(due: Due) -> (When, NaiveDate) {
        match due {
            Due::FirstSeenOnOrAfter(d) => (When::FirstSeenFrom, d),
            Due::OnDate(d) => (When::OnDate, d),
            Due::NextTimeSeen => (When::NextTimeSeen, clock::today()),
        }
    }

    fn due(self, date: NaiveDate) -> Due {
        match self {
            When::FirstSeenFrom => Due::FirstSeenOnOrAfter(date),
            When::OnDate => Due::OnDate(date),
            When::NextTimeSeen => Due::NextTimeSeen,
        }
    }

    fn value(self) -> &'static str {
        match self {
            When::FirstSeenFrom => "seen-from",
            When::OnDate => "on-date",
            When::NextTimeSeen => "next-seen",
        }
    }
}

/// Reword a follow-up or change when it comes back.
#[component]
fn FollowUpEdit(
    id: FollowUpId,
    prompt: String,
    due: Due,
    /// Called after saving or cancelling.
    on_close: Callback<()>,
) -> impl IntoView {
    let changes = Changes::new();
    let (kind, day) = When::of(due);
    let text = RwSignal::new(prompt);
    let when = RwSignal::new(kind);
    let date = RwSignal::new(day);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (typed, due) = (
            text.get_untracked(),
            when.get_untracked().due(date.get_untracked()),
        );
        changes.run_then(
            move |j| j.edit_follow_up(id, &typed, due),
            move || on_close.run(()),
        );
    };
    let on_when = move |ev: leptos::ev::Event| {
        let picked = [When::FirstSeenFrom, When::OnDate, When::NextTimeSeen]
            .into_iter()
            .find(|w| w.value() == event_target_value(&ev));
        if let Some(w) = picked {
            when.set(w);
        }
    };
    let (prompt_id, when_id) = (format!("edit-prompt-{id}"), format!("edit-when-{id}"));
    view! {
        <form class="form edit-follow-up" on:submit=save>
            <label for=prompt_id.clone()>"What to ask"</label>
            <input
                id=prompt_id
                autocomplete="off"
                prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))
            />
            <label for=when_id.clone()>"When"</label>
            <select id=when_id on:change=on_when prop:value=move || when.get().value()>
                <option value="seen-from">"First time I see them from"</option>
                <option value="on-date">"On this day, seen or not"</option>
                <option value="next-seen">"Next time I see them"</option>
            </select>
            {move || {
                (when.get() != When::NextTimeSeen)
                    .then(|| {
                        view! {
                            <input
                                type="date"
                                aria-label="Day"
                                prop:value=move || dates::iso_day(date.get())
                                on:change=move |ev| {
                                    if let Ok(d) = event_target_value(&ev).parse::<NaiveDate>() {
                                        date.set(d);
                                    }
                                }
                            />
                        }
                    })
            }}
            <ErrorBanner error=changes.error() />
            <div class="form-actions">
                <button type="submit" class="button primary small">
                    "Save"
                </button>
                <button type="button" class="button quiet small" on:click=move |_| on_close.run(())>
                    "Cancel"
                </button>
                <CalendarLink id=id />
            </div>
        </form>
    }
}

/// After Done: how did it go? Optional, and it joins the kid's timeline.
/// What is typed lives in [`Outcomes`], not here, so redrawing the list
/// around the question never loses it.
#[component]
pub fn OutcomePrompt(
    /// The follow-up just marked done.
    id: FollowUpId,
    kid_name: String,
) -> impl IntoView {
    let changes = Changes::new();
    let outcomes = Outcomes::expect();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = outcomes.text(id);
        if typed.trim().is_empty() {
            return outcomes.forget(id);
        }
        let note = NoteId(clock::new_id());
        changes.run_then(
            move |j| j.add_outcome(id, note, &typed, clock::now()),
            move || outcomes.forget(id),
        );
    };
    let field = format!("outcome-{id}");
    view! {
        <li class="follow-up-row done">
            <form class="outcome" on:submit=save>
                <label for=field
                    .clone()>{format!("Done ✓ {kid_name}: how did it go? (optional)")}</label>
                <input
                    id=field
                    autocomplete="off"
                    placeholder="They won 3-1, face lit up"
                    prop:value=move || outcomes.text(id)
                    on:input=move |ev| outcomes.set_text(id, event_target_value(&ev))
                />
                <div class="form-actions">
                    <button type="submit" class="button primary small">
                        "Save"
                    </button>
                    <button
                        type="button"
                        class="button quiet small"
                        on:click=move |_| outcomes.forget(id)
                    >
                        "Skip"
                    </button>
                </div>
            </form>
            <ErrorBanner error=changes.error() />
        </li>
    }
}

/// The questions waiting about one kid, or about anyone: each keeps its
/// place (and its focus) while others come and go.
#[component]
pub fn OutcomePrompts(#[prop(optional)] kid: Option<KidId>) -> impl IntoView {
    let outcomes = Outcomes::expect();
    view! {
        <For each=move || outcomes.pending(kid) key=|o| o.id let:o>
            <OutcomePrompt id=o.id kid_name=o.kid_name />
        </For>
    }
}

/// Marks a follow-up asked. The question of how it went shows at once,
/// drawn before the write starts; a failed write takes it away again, and
/// the error says why. A second tap while it is asked does nothing.
pub fn mark_asked(changes: Changes, outcomes: Outcomes, item: &TodayItem) {
    let id = item.id;
    if outcomes.is_pending(id) {
        return;
    }
    outcomes.ask(item);
    let label = format!("Asked ✓ {}", item.kid_name);
    spawn_local(async move {
        platform::after_paint().await;
        changes.undoable_settled(
            label,
            move |j| j.complete_follow_up(id, None, clock::now()),
            move |outcome| {
                if outcome.is_err() {
                    outcomes.forget(id);
                }
            },
        );
    });
}

/// Follow-up rows keyed on what each shows: a change redraws only the rows
/// it touched, and a row keeps what it was doing (choosing a snooze) while
/// others come and go.
#[component]
pub fn FollowUpRows(
    items: Signal<Vec<TodayItem>>,
    /// On a kid's own page, where the name would repeat the heading.
    #[prop(optional)]
    without_kid: bool,
) -> impl IntoView {
    view! {
        <For each=move || items.get() key=|item| item.clone() let:item>
            <FollowUpRow item=item without_kid=without_kid />
        </For>
    }
}
