//! The weekly reflection on Today: a question, three suggestions from the
//! leader's notes, and an intention that stays on Today for the week.

use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::domain::KidId;
use crate::domain::reflection::{QUESTION, suggestions, week_start};
use crate::platform::{clock, prefs};
use crate::routes::Route;
use crate::state::{AppState, Draft, Preferences};
use crate::ui::components::ErrorBanner;
use crate::ui::errors::store_error_text;
use crate::ui::plural;

#[component]
pub fn ReflectionCard(
    /// The kids Today already shows: the ideas are about others.
    on_today: Memo<BTreeSet<KidId>>,
) -> impl IntoView {
    let state = AppState::expect();
    let today = clock::today();
    let week = week_start(
        today,
        Preferences::expect().reflection_day().get_untracked(),
    );
    let stored = RwSignal::new(prefs::reflection(week));
    // What is typed survives a reload until it is kept.
    let draft = Draft::resume(
        format!("intention.{week}"),
        stored.get_untracked().intention,
    );
    let typed = draft.value;
    let editing = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let ideas =
        Memo::new(move |_| suggestions(&state.journal.read(), today, week, &on_today.read()));
    let keep = move |r: prefs::Reflection| match prefs::save_reflection(&r) {
        Ok(()) => {
            stored.set(r);
            error.set(None);
            editing.set(false);
        }
        Err(e) => error.set(Some(store_error_text(&e))),
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut r = stored.get_untracked();
        r.intention = typed.get_untracked().trim().to_string();
        keep(r);
        draft.clear();
    };
    let dismiss = move |_| {
        let mut r = stored.get_untracked();
        r.dismissed = true;
        keep(r);
    };
    move || {
        let r = stored.get();
        if !r.intention.is_empty() && !editing.get() {
            return view! {
                <section class="card intention" aria-labelledby="intention-h">
                    <h2 id="intention-h">"This week"</h2>
                    <p>{r.intention.clone()}</p>
                    <button class="button quiet small" on:click=move |_| editing.set(true)>
                        "Change"
                    </button>
                </section>
            }
            .into_any();
        }
        if r.dismissed || !state.is_ready() || state.journal.read().kid_count() == 0 {
            return ().into_any();
        }
        // Folded until opened: the question alone takes little of Today.
        view! {
            <section class="card reflection" aria-labelledby="reflection-h">
                <h2 id="reflection-h">{QUESTION}</h2>
                // Open from the start when an intention is half written.
                <details open=!typed.get_untracked().is_empty()>
                    <summary>
                        {move || match ideas.read().len() {
                            0 => "Write an intention for the week".to_string(),
                            n => {
                                let ideas = plural(n, "idea", "ideas");
                                format!("{ideas} from your notes, and an intention")
                            }
                        }}
                    </summary>
                    {move || {
                        let ideas = ideas.get();
                        (!ideas.is_empty())
                            .then(|| {
                                view! {
                                    <ul class="ideas" aria-label="Ideas from your notes">
                                        {ideas
                                            .into_iter()
                                            .map(|s| {
                                                let href = Route::kid(s.kid).href();
                                                view! {
                                                    <li>
                                                        <a href=href>{s.text}</a>
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ul>
                                }
                            })
                    }}
                    <form class="form" on:submit=save>
                        <label for="intention">"My intention for this week"</label>
                        <textarea
                            id="intention"
                            rows="2"
                            placeholder="One small thing, for one kid"
                            prop:value=move || typed.get()
                            on:input=move |ev| typed.set(event_target_value(&ev))
                        ></textarea>
                        <ErrorBanner error=error />
                        <div class="form-actions">
                            <button type="submit" class="button primary small">
                                "Keep for the week"
                            </button>
                            <button type="button" class="button quiet small" on:click=dismiss>
                                "Not this week"
                            </button>
                        </div>
                    </form>
                </details>
            </section>
        }
        .into_any()
    }
}
