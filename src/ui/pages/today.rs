//! Today: what needs the leader's attention now.

use leptos::prelude::*;

use crate::domain::dates;
use crate::platform::clock;
use crate::state::AppState;
use crate::ui::components::EmptyState;

#[component]
pub fn TodayPage() -> impl IntoView {
    let state = AppState::expect();
    let date = dates::long_day(clock::today());
    let kid_count = Memo::new(move |_| state.journal.read().kids_by_name(false).len());
    let body = move || {
        if !state.head_ready() {
            return view! { <p class="muted">"Opening your notes…"</p> }.into_any();
        }
        match kid_count.get() {
            0 => view! {
                <EmptyState
                    title="Start with the kids in your group"
                    hint="Add each kid by first name or nickname, with a few things they care about. Attune keeps everything on this phone."
                    action=("/kids/new", "Add a kid")
                />
            }
            .into_any(),
            n => view! {
                <EmptyState
                    title="Nothing due today"
                    hint="Open a kid's page to see what you know about them. Follow-ups you set will come back here on the right day."
                    action=("/kids", "See your kids")
                />
                <p class="muted summary">{format!("{n} {} in your notes.", if n == 1 { "kid" } else { "kids" })}</p>
            }
            .into_any(),
        }
    };
    view! {
        <h1>"Today"</h1>
        <p class="date-line">{date}</p>
        {body}
    }
}
