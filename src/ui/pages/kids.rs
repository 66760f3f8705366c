//! The Kids list: everyone the leader works with, by name.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::state::AppState;
use crate::ui::components::{EmptyState, KidRow, SearchResults};

#[component]
pub fn KidsPage() -> impl IntoView {
    let state = AppState::expect();
    let query = use_query_map();
    let show_archived = Memo::new(move |_| query.read().get("archived").is_some());
    // The search lives in the URL, so back returns to it and a reload keeps it.
    let typed = Memo::new(move |_| query.read().get("q").unwrap_or_default());
    let navigate = use_navigate();
    let on_search = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let href = match text.is_empty() {
            true => "/kids".to_string(),
            false => format!("/kids?q={}", js_sys::encode_uri_component(&text)),
        };
        let options = NavigateOptions {
            replace: true,
            ..Default::default()
        };
        navigate(&href, options);
    };
    let kids = Memo::new(move |_| {
        let journal = state.journal.read();
        journal
            .kids_by_name(show_archived.get())
            .into_iter()
            .cloned()
            .collect::<Vec<_>>()
    });
    let archived_count = Memo::new(move |_| state.journal.read().archived_kid_count());
    let toggle = move || {
        let (href, label) = match show_archived.get() {
            true => ("/kids", "Hide archived".to_string()),
            false => (
                "/kids?archived=1",
                format!("Show archived ({})", archived_count.get()),
            ),
        };
        (archived_count.get() > 0)
            .then(|| view! { <A href=href attr:class="button quiet">{label}</A> })
    };
    let list = move || {
        if !typed.get().trim().is_empty() {
            if !state.is_ready() {
                return view! { <p class="muted">"Loading notes…"</p> }.into_any();
            }
            return view! { <SearchResults query=Signal::derive(move || typed.get())/> }.into_any();
        }
        let kids = kids.get();
        if kids.is_empty() && state.head_ready() && archived_count.get() == 0 {
            return view! {
                <EmptyState
                    title="No kids yet"
                    hint="Add the kids you lead, one at a time. A first name or nickname is enough."
                />
            }
            .into_any();
        }
        view! {
            <ul class="kid-list" aria-label="Kids">
                {kids.into_iter().map(|kid| view! { <KidRow kid=kid/> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <div class="page-head">
            <h1>"Kids"</h1>
            <A href="/kids/new" attr:class="button primary">"Add kid"</A>
        </div>
        <input type="search" class="search" aria-label="Search names, interests and notes"
            placeholder="Search: soccer, Zoë, big game" autocomplete="off"
            prop:value=move || typed.get() on:input=on_search/>
        {list}
        {toggle}
    }
}
