//! A row of "N days" buttons for putting something off, and Cancel: the
//! follow-up's Snooze and the radar's Not now.

use leptos::prelude::*;

/// One button per choice of `days`, named for the group as `label`.
#[component]
pub fn PutOff(
    /// What the group of buttons does, read out with it ("Snooze for").
    label: &'static str,
    /// The numbers of days offered.
    days: &'static [u64],
    /// A number of days was chosen.
    on_pick: Callback<u64>,
    /// Cancel was tapped.
    on_cancel: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="form-actions" role="group" aria-label=label>
            {days
                .iter()
                .map(|&n| {
                    let text = if n == 1 { "1 day".to_string() } else { format!("{n} days") };
                    view! {
                        <button class="button small" on:click=move |_| on_pick.run(n)>
                            {text}
                        </button>
                    }
                })
                .collect_view()}
            <button class="button quiet small" on:click=move |_| on_cancel.run(())>
                "Cancel"
            </button>
        </div>
    }
}
