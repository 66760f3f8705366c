//! The follow-up a note brings, shown in words before saving: open when the
//! text names something ahead, folded to one tap ("Ask next time I see
//! them") when it does not, each part changeable and the whole removable.

use chrono::{Days, NaiveDate};
use leptos::prelude::*;

use crate::domain::capture::{FollowUpChoice, Offer};
use crate::domain::{Due, dates};

/// What the leader can change about the follow-up.
#[derive(Clone, Copy)]
pub struct OfferChanges {
    /// Rewords what to ask.
    pub prompt: Callback<String>,
    /// Brings it back the first time the kid is seen on or after a day.
    pub day: Callback<NaiveDate>,
    /// Brings it back the next time the kid is seen.
    pub next_time: Callback<()>,
    /// Declines it, or (with `false`) takes it back after all.
    pub declined: Callback<bool>,
}

/// When it is due, in words: "the first time you see them on or after Sat 13 Mar".
pub fn due_in_words(due: Due, today: NaiveDate) -> String {
    match due {
        Due::FirstSeenOnOrAfter(d) if Some(d) == today.checked_add_days(Days::new(1)) => {
            "the first time you see them after today".into()
        }
        Due::FirstSeenOnOrAfter(d) => {
            format!(
                "the first time you see them on or after {}",
                dates::short_day(d)
            )
        }
        Due::NextTimeSeen => "the next time you see them".into(),
        Due::OnDate(d) => format!("on {}", dates::short_day(d)),
    }
}

/// The line beside Save: "Follow up Sat 13 Mar: Ask about the big game".
pub fn summary(offer: &Offer) -> String {
    let when = match offer.due {
        Due::FirstSeenOnOrAfter(d) | Due::OnDate(d) => dates::short_day(d),
        Due::NextTimeSeen => "next time".into(),
    };
    format!("Follow up {when}: {}", offer.prompt)
}

#[component]
pub fn FollowUpOffer(
    /// What saving would bring.
    choice: Signal<FollowUpChoice>,
    /// The day the note is written.
    today: NaiveDate,
    /// What the leader can change.
    changes: OfferChanges,
) -> impl IntoView {
    let pick_day = move |ev: leptos::ev::Event| {
        if let Ok(day) = event_target_value(&ev).parse::<NaiveDate>() {
            changes.day.run(day);
        }
    };
    move || match choice.get() {
        FollowUpChoice::Declined => view! {
            <button
                type="button"
                class="button quiet"
                on:click=move |_| changes.declined.run(false)
            >
                "Add a follow-up after all"
            </button>
        }
        .into_any(),
        FollowUpChoice::Folded { prompt } => view! {
            <section class="card offer folded" aria-labelledby="offer-h">
                <h2 id="offer-h">"Follow up?"</h2>
                <p class="hint">{prompt}</p>
                <div class="form-actions">
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| changes.next_time.run(())
                    >
                        "Ask next time I see them"
                    </button>
                    <label class="inline-label">
                        "Or on a day "
                        <input type="date" aria-label="Follow-up date" on:change=pick_day />
                    </label>
                </div>
            </section>
        }
        .into_any(),
        FollowUpChoice::Offered(o) => {
            let understood = (!o.phrase.is_empty()).then(|| format!("From “{}”. ", o.phrase));
            let day = match o.due {
                Due::FirstSeenOnOrAfter(d) | Due::OnDate(d) => Some(d),
                Due::NextTimeSeen => None,
            };
            view! {
                <section class="card offer" aria-labelledby="offer-h">
                    <h2 id="offer-h">"Follow up"</h2>
                    <label for="offer-prompt">"What to ask"</label>
                    <input
                        id="offer-prompt"
                        autocomplete="off"
                        prop:value=o.prompt.clone()
                        on:input=move |ev| changes.prompt.run(event_target_value(&ev))
                    />
                    <p data-testid="offer-due">
                        {understood} "Due "<strong>{due_in_words(o.due, today)}</strong>"."
                    </p>
                    <div class="form-actions">
                        <label class="inline-label">
                            "Change date "
                            <input
                                type="date"
                                aria-label="Follow-up date"
                                prop:value=day.map(dates::iso_day).unwrap_or_default()
                                on:change=pick_day
                            />
                        </label>
                        {day
                            .is_some()
                            .then(|| {
                                view! {
                                    <button
                                        type="button"
                                        class="button quiet"
                                        on:click=move |_| changes.next_time.run(())
                                    >
                                        "Next time I see them"
                                    </button>
                                }
                            })}
                        <button
                            type="button"
                            class="button quiet"
                            on:click=move |_| changes.declined.run(true)
                        >
                            "No follow-up"
                        </button>
                    </div>
                </section>
            }
            .into_any()
        }
    }
}
