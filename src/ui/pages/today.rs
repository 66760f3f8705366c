//! Today: what needs the leader's attention now, each with its reason.

use leptos::prelude::*;

use crate::domain::today::{TodayItem, today_view};
use crate::domain::{FollowUpId, dates};
use crate::platform::clock;
use crate::state::AppState;
use crate::ui::components::{EmptyState, FollowUpRow, OutcomePrompt};

/// Follow-ups listed before "show more".
const SHOWN: usize = 10;

#[component]
pub fn TodayPage() -> impl IntoView {
    let state = AppState::expect();
    let today = clock::today();
    let view_model = Memo::new(move |_| today_view(&state.journal.read(), today));
    let kid_count = Memo::new(move |_| {
        let journal = state.journal.read();
        journal.kid_count() - journal.archived_kid_count()
    });
    let just_done = RwSignal::new(Vec::<TodayItem>::new());
    let show_all = RwSignal::new(false);
    let on_done = Callback::new(move |item| just_done.update(|list| list.push(item)));
    let finish =
        Callback::new(move |id: FollowUpId| just_done.update(|list| list.retain(|i| i.id != id)));
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
        let nothing_due = model.due.is_empty() && just_done.read().is_empty();
        // A long backlog would bury today's few: show the first ones and offer the rest.
        let hidden = if show_all.get() {
            0
        } else {
            model.due.len().saturating_sub(SHOWN)
        };
        model.due.truncate(model.due.len() - hidden);
        view! {
            <section aria-labelledby="due-h">
                <h2 id="due-h">"Follow up today"</h2>
                <ul class="follow-up-list">
                    {just_done.get().into_iter().map(|item| view! { <OutcomePrompt item=item on_finish=finish/> }).collect_view()}
                    {model.due.into_iter().map(|item| view! { <FollowUpRow item=item on_done=on_done/> }).collect_view()}
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
            <section aria-labelledby="upcoming-h">
                <h2 id="upcoming-h">"Coming up this week"</h2>
                {if model.upcoming.is_empty() {
                    view! { <p class="muted empty-line">"Nothing planned for the next seven days."</p> }.into_any()
                } else {
                    view! {
                        <ul class="follow-up-list">
                            {model.upcoming.into_iter().map(|item| view! { <FollowUpRow item=item on_done=on_done/> }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
            {(!model.quiet.is_empty()).then(|| view! {
                <section aria-labelledby="quiet-h">
                    <h2 id="quiet-h">"Not noted for a while"</h2>
                    <ul class="quiet-list">
                        {model.quiet.into_iter().map(|q| {
                            let why = match q.days {
                                None => "Nothing noted yet".to_string(),
                                Some(d) => format!("{d} days since you last noted anything"),
                            };
                            view! {
                                <li><a href=format!("/kids/{}", q.kid)>
                                    <span class="kid-name">{q.name}</span>
                                    <span class="kid-meta">{why}</span>
                                </a></li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
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
