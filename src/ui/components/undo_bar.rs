//! The bar that offers the last one-tap change back for about eight
//! seconds: "Asked ✓ Mateo · Undo", above the Note button and the tabs.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::state::{Outcomes, Undo};
use crate::ui::errors::app_error_text;

/// How long an offer stays, unless the leader is on it with the keyboard.
const SHOWN_FOR: Duration = Duration::from_secs(8);

#[component]
pub fn UndoBar() -> impl IntoView {
    let undo = Undo::expect();
    let outcomes = Outcomes::expect();
    let bar = NodeRef::<leptos::html::Div>::new();
    // Each offer gets its own time; one kept in focus waits for the leader.
    Effect::new(move |_| {
        let Some(serial) = undo.offered.with(|o| o.as_ref().map(|o| o.serial)) else {
            return;
        };
        fn expire(undo: Undo, bar: NodeRef<leptos::html::Div>, serial: u64) {
            set_timeout(
                move || {
                    let focused = bar.get_untracked().is_some_and(|b| {
                        document()
                            .active_element()
                            .is_some_and(|a| b.contains(Some(&a)))
                    });
                    match focused {
                        true => expire(undo, bar, serial),
                        false => undo.withdraw(serial),
                    }
                },
                SHOWN_FOR,
            );
        }
        expire(undo, bar, serial);
    });
    let take_back = move |_| {
        let reopened = undo
            .offered
            .with_untracked(|o| o.as_ref().map(Undo::closed).unwrap_or_default());
        spawn_local(async move {
            undo.take_back().await;
            if undo.offered.with_untracked(Option::is_none) {
                for id in reopened {
                    outcomes.forget(id);
                }
            }
        });
    };
    view! {
        // Always there, so that what appears in it is announced.
        <div class="undo-bar" role="status" aria-live="polite" node_ref=bar>
            {move || {
                undo.offered
                    .get()
                    .map(|o| {
                        view! {
                            <div class="undo-offer">
                                <span>{o.label.clone()}</span>
                                <button type="button" class="button small" on:click=take_back>
                                    "Undo"
                                </button>
                                {o
                                    .error
                                    .map(|e| {
                                        view! { <p class="undo-error">{app_error_text(&e)}</p> }
                                    })}
                            </div>
                        }
                    })
            }}
        </div>
    }
}
