//! One kid's page: who they are, what they care about, and their timeline.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

use super::kid_id_param;
use crate::domain::Kid;
use crate::state::AppState;
use crate::ui::components::{EmptyState, OpenFollowUps, Timeline};
use crate::ui::errors::app_error_text;

#[component]
pub fn KidPage() -> impl IntoView {
    let state = AppState::expect();
    let id = kid_id_param();
    let kid = Memo::new(move |_| {
        id.get()
            .and_then(|id| state.journal.read().kid(id).cloned())
    });
    move || match kid.get() {
        Some(kid) => view! { <KidDetails kid=kid/> }.into_any(),
        None if !state.head_ready() => {
            view! { <p class="muted">"Opening your notes…"</p> }.into_any()
        }
        None => view! {
            <EmptyState
                title="This kid is not in your notes"
                hint="They may have been deleted. Your other kids are in the Kids list."
                action=("/kids", "See your kids")
            />
        }
        .into_any(),
    }
}

#[component]
fn KidDetails(
    /// The kid shown; the page re-renders when they change.
    kid: Kid,
) -> impl IntoView {
    let state = AppState::expect();
    let error = RwSignal::new(None::<String>);
    let id = kid.id;
    let archived = kid.archived;
    let set_archived = move |_| {
        spawn_local(async move {
            let result = state.commit(|j| j.set_kid_archived(id, !archived)).await;
            error.set(result.err().map(|e| app_error_text(&e)));
        });
    };
    let groups = Memo::new(move |_| {
        let journal = state.journal.read();
        let names: Vec<String> = journal
            .kid(id)
            .map(|k| {
                k.groups
                    .iter()
                    .filter_map(|g| journal.group(*g))
                    .map(|g| g.name.clone())
                    .collect()
            })
            .unwrap_or_default();
        names.join(", ")
    });
    let nickname = kid
        .nickname
        .clone()
        .map(|_| format!("Name: {}", kid.display_name));
    view! {
        <div class="page-head">
            <h1>{kid.called().to_string()}</h1>
            <A href=format!("/kids/{id}/edit") attr:class="button">"Edit"</A>
        </div>
        {nickname.map(|n| view! { <p class="muted">{n}</p> })}
        {archived.then(|| view! { <p class="banner info">"Archived: hidden from lists and sessions."</p> })}
        <section class="card" aria-labelledby="interests-h">
            <h2 id="interests-h">"Interests"</h2>
            {if kid.interests.is_empty() {
                view! { <p class="muted">"None yet. Edit to add what they care about."</p> }.into_any()
            } else {
                view! {
                    <ul class="chips" aria-label="Interests">
                        {kid.interests.iter().map(|i| view! { <li class="chip">{i.clone()}</li> }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
            {move || (!groups.get().is_empty()).then(|| view! { <p>"Groups: " {groups.get()}</p> })}
        </section>
        <A href=format!("/note?kid={id}") attr:class="button primary wide">
            {format!("Add a note about {}", kid.called())}
        </A>
        <OpenFollowUps kid=id/>
        <section class="card" aria-labelledby="timeline-h">
            <h2 id="timeline-h">"Timeline"</h2>
            <Timeline kid=id/>
        </section>
        {move || error.get().map(|e| view! { <p class="banner error" role="alert">{e}</p> })}
        <button class="button quiet" on:click=set_archived>
            {if archived { "Restore from archive" } else { "Archive" }}
        </button>
    }
}
