//! The follow-up a note brings: its prompt and date, shown in words before
//! saving, each changeable, and the whole of it removable.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::capture::Offer;
use crate::domain::dates;

#[component]
pub fn FollowUpOffer(
    /// What would be created; `None` shows nothing.
    offer: Signal<Option<Offer>>,
    /// Called when the leader rewords the prompt.
    on_prompt: Callback<String>,
    /// Called when the leader picks another date.
    on_date: Callback<NaiveDate>,
    /// Called when the leader declines the follow-up.
    on_remove: Callback<()>,
) -> impl IntoView {
    move || {
        offer.get().map(|o| {
            let understood = (!o.phrase.is_empty()).then(|| format!("From “{}”. ", o.phrase));
            view! {
                <section class="card offer" aria-labelledby="offer-h">
                    <h2 id="offer-h">"Follow up"</h2>
                    <label for="offer-prompt">"What to ask"</label>
                    <input id="offer-prompt" autocomplete="off" prop:value=o.prompt.clone()
                        on:input=move |ev| on_prompt.run(event_target_value(&ev))/>
                    <p data-testid="offer-due">
                        {understood}
                        "Due the first time you see them on or after "
                        <strong>{dates::short_day(o.date)}</strong>"."
                    </p>
                    <div class="form-actions">
                        <label class="inline-label">
                            "Change date "
                            <input type="date" aria-label="Follow-up date" prop:value=dates::iso_day(o.date)
                                on:change=move |ev| {
                                    if let Ok(date) = event_target_value(&ev).parse::<NaiveDate>() {
                                        on_date.run(date);
                                    }
                                }/>
                        </label>
                        <button type="button" class="button quiet" on:click=move |_| on_remove.run(())>
                            "No follow-up"
                        </button>
                    </div>
                </section>
            }
        })
    }
}
