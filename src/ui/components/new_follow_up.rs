//! A follow-up added straight to a kid, without writing a note: "next time
//! I see them", the first time from a day, or on a day.

use chrono::{Days, NaiveDate};
use leptos::prelude::*;

use crate::domain::{Due, FollowUpDraft, FollowUpId, KidId};
use crate::platform::clock;
use crate::state::Draft;
use crate::ui::change::Changes;
use crate::ui::components::ErrorBanner;

/// The ways a follow-up can come back, as the form offers them.
const WHEN: [(&str, &str); 3] = [
    ("next-seen", "Next time I see them"),
    ("seen-from", "First time I see them from"),
    ("on-date", "On this day, seen or not"),
];

#[component]
pub fn NewFollowUp(
    /// Who it is for.
    kid: KidId,
    /// Their name, for the button and the field's label.
    name: String,
) -> impl IntoView {
    let changes = Changes::new();
    let open = RwSignal::new(false);
    let prompt = Draft::resume(format!("follow-up.{kid}"), String::new());
    let when = RwSignal::new("next-seen".to_string());
    let day = RwSignal::new(clock::today() + Days::new(7));
    let due = move || match when.get_untracked().as_str() {
        "seen-from" => Due::FirstSeenOnOrAfter(day.get_untracked()),
        "on-date" => Due::OnDate(day.get_untracked()),
        _ => Due::NextTimeSeen,
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = FollowUpDraft {
            kid,
            prompt: prompt.value.get_untracked(),
            due: due(),
            from_note: None,
        };
        let id = FollowUpId(clock::new_id());
        changes.run_then(
            move |j| j.add_follow_up(id, &draft, clock::now()),
            move || {
                prompt.value.set(String::new());
                prompt.clear();
                open.set(false);
            },
        );
    };
    let (field, choice) = (format!("new-ask-{kid}"), format!("new-when-{kid}"));
    move || match open.get() {
        false => view! {
            <button
                type="button"
                class="button quiet small"
                aria-label=format!("Add a follow-up for {name}")
                on:click=move |_| open.set(true)
            >
                "Add a follow-up"
            </button>
        }
        .into_any(),
        true => view! {
            <form class="form new-follow-up" on:submit=save>
                <label for=field.clone()>{format!("What to ask {name}")}</label>
                <input
                    id=field.clone()
                    autocomplete="off"
                    placeholder="Ask about the big game"
                    prop:value=move || prompt.value.get()
                    on:input=move |ev| prompt.value.set(event_target_value(&ev))
                />
                <label for=choice.clone()>"When"</label>
                <select
                    id=choice.clone()
                    prop:value=move || when.get()
                    on:change=move |ev| when.set(event_target_value(&ev))
                >
                    {WHEN
                        .into_iter()
                        .map(|(value, label)| view! { <option value=value>{label}</option> })
                        .collect_view()}
                </select>
                {move || {
                    (when.get() != "next-seen")
                        .then(|| {
                            view! {
                                <input
                                    type="date"
                                    aria-label="Day"
                                    prop:value=move || day.get().to_string()
                                    on:change=move |ev| {
                                        if let Ok(d) = event_target_value(&ev).parse::<NaiveDate>()
                                        {
                                            day.set(d);
                                        }
                                    }
                                />
                            }
                        })
                }}
                <ErrorBanner error=changes.error() />
                <div class="form-actions">
                    <button type="submit" class="button primary small">
                        "Add follow-up"
                    </button>
                    <button
                        type="button"
                        class="button quiet small"
                        on:click=move |_| open.set(false)
                    >
                        "Cancel"
                    </button>
                </div>
            </form>
        }
        .into_any(),
    }
}
