//! Session mode: attendance and what to ask each kid, during group.

use leptos::prelude::*;

use crate::state::AppState;
use crate::ui::components::EmptyState;

#[component]
pub fn SessionPage() -> impl IntoView {
    let state = AppState::expect();
    let has_kids = Memo::new(move |_| state.journal.read().kid_count() > 0);
    move || {
        match has_kids.get() {
        false => view! {
            <h1>"Session"</h1>
            <EmptyState
                title="No kids to take attendance for"
                hint="Add the kids in your group first. Then, during group, you can mark who came and see what to ask each of them."
                action=("/kids/new", "Add a kid")
            />
        }
        .into_any(),
        true => view! {
            <h1>"Session"</h1>
            <EmptyState
                title="No groups yet"
                hint="Sessions are taken per group. Your kids are in Kids; open one to see and edit what you know about them."
                action=("/kids", "See your kids")
            />
        }
        .into_any(),
    }
    }
}
