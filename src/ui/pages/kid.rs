//! One kid's page: who they are, what they care about, and their timeline.

use crate::ui::router::{Location, use_navigate};
use leptos::prelude::*;

use crate::routes::Route;

use crate::domain::kid_list::days_ago;
use crate::domain::{Kid, KidId};
use crate::platform::clock;
use crate::state::AppState;
use crate::ui::change::Changes;
use crate::ui::components::{EmptyState, ErrorBanner, Loading, OpenFollowUps, Timeline};
use crate::ui::plural;

#[component]
pub fn KidPage() -> impl IntoView {
    let state = AppState::expect();
    let id = Location::expect().id::<KidId>();
    // What the page does not show is left out, so that a note saved about
    // them (which moves `last_noted`) changes the timeline alone rather
    // than building the page again.
    let kid = Memo::new(move |_| {
        let kid = id
            .get()
            .and_then(|id| state.journal.read().kid(id).cloned());
        kid.map(|kid| Kid {
            last_noted: None,
            radar_snoozed_until: None,
            ..kid
        })
    });
    move || match kid.get() {
        Some(kid) => view! { <KidDetails kid=kid /> }.into_any(),
        None if !state.head_ready() => view! { <Loading /> }.into_any(),
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
    let changes = Changes::new();
    let confirming = RwSignal::new(false);
    let name = kid.name().to_string();
    let id = kid.id;
    let archived = kid.archived;
    let label = match archived {
        true => format!("{name} restored from the archive"),
        false => format!("{name} archived"),
    };
    let set_archived = move |_| {
        changes.undoable(label.clone(), move |j| j.set_kid_archived(id, !archived));
    };
    let who = StoredValue::new(name.clone());
    let remove_interest = move |interest: String| {
        let label = format!("“{interest}” removed from {}", who.get_value());
        changes.undoable(label, move |j| j.remove_interest(id, &interest));
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
    let today = clock::today();
    let last = Memo::new(move |_| {
        let journal = state.journal.read();
        match journal.last_connected(id) {
            Some(at) => format!("Last connected {}", days_ago(at, today)),
            None => "No connection noted yet".to_string(),
        }
    });
    let nickname = kid
        .nickname
        .clone()
        .map(|_| format!("Name: {}", kid.first_name));
    view! {
        <div class="page-head">
            <h1>{kid.name().to_string()}</h1>
            <a href=Route::KidEdit(id.to_string()).href() class="button">
                "Edit"
            </a>
        </div>
        {nickname.map(|n| view! { <p class="muted">{n}</p> })}
        <p class="last-connected">{move || last.get()}</p>
        {archived
            .then(|| {
                view! { <p class="banner info">"Archived: hidden from lists and sessions."</p> }
            })}
        <section class="card" aria-labelledby="interests-h">
            <h2 id="interests-h">"Interests"</h2>
            {if kid.interests.is_empty() {
                view! { <p class="muted">"None yet. Edit to add what they care about."</p> }
                    .into_any()
            } else {
                view! {
                    <ul class="chips" aria-label="Interests">
                        {kid
                            .interests
                            .iter()
                            .map(|i| {
                                let (interest, label) = (i.clone(), format!("Remove {i}"));
                                view! {
                                    <li class="chip chosen">
                                        {i.clone()}
                                        <button
                                            type="button"
                                            class="chip-remove drawn-x"
                                            aria-label=label
                                            on:click=move |_| remove_interest(interest.clone())
                                        ></button>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
            {move || (!groups.get().is_empty()).then(|| view! { <p>"Groups: " {groups.get()}</p> })}
        </section>
        <a href=Route::Note.href_with(&[("kid", &id.to_string())]) class="button primary wide">
            {format!("Add a note about {}", kid.name())}
        </a>
        <OpenFollowUps kid=id name=kid.name().to_string() />
        <section class="card" aria-labelledby="timeline-h">
            <h2 id="timeline-h">"Timeline"</h2>
            <Timeline kid=id />
        </section>
        <ErrorBanner error=changes.error() />
        <div class="form-actions">
            <button class="button quiet" on:click=set_archived>
                {if archived { "Restore from archive" } else { "Archive" }}
            </button>
            <button
                class="button quiet danger"
                on:click=move |_| confirming.set(true)
                aria-expanded=move || confirming.get().to_string()
            >
                "Delete…"
            </button>
        </div>
        {move || {
            confirming
                .get()
                .then(|| {
                    view! {
                        <DeleteKid
                            id=id
                            name=name.clone()
                            on_cancel=Callback::new(move |()| confirming.set(false))
                        />
                    }
                })
        }}
    }
}

/// Asks before deleting a kid for good, saying what goes with them.
#[component]
fn DeleteKid(id: KidId, name: String, on_cancel: Callback<()>) -> impl IntoView {
    let state = AppState::expect();
    let navigate = use_navigate();
    let changes = Changes::new();
    let own_notes = state.journal.with_untracked(|j| {
        j.notes_about(id)
            .into_iter()
            .filter(|n| n.kids.len() == 1)
            .count()
    });
    let what = match own_notes {
        0 => format!("This removes {name} and their follow-ups."),
        n => format!(
            "This removes {name}, the {} only about them, and their follow-ups. Notes shared with \
                other kids stay, without {name}.",
            plural(n, "note", "notes")
        ),
    };
    // Focus lands on the safe choice, which also brings the question into view.
    let keep = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = keep.get() {
            let _ = button.focus();
        }
    });
    let delete = move |_| {
        let navigate = navigate.clone();
        changes.run_then(
            move |j| j.delete_kid(id),
            move || navigate("/kids", Default::default()),
        );
    };
    view! {
        <section
            class="card danger-zone"
            role="alertdialog"
            aria-labelledby="delete-h"
            aria-describedby="delete-what"
        >
            <h2 id="delete-h">{format!("Delete {name} for good?")}</h2>
            <p id="delete-what">
                {what}" "<strong>"This cannot be undone."</strong>
                " Archive hides them instead and keeps everything."
            </p>
            <ErrorBanner error=changes.error() />
            <div class="form-actions">
                <button class="button danger-solid" on:click=delete>
                    {format!("Delete {name}")}
                </button>
                <button class="button quiet" node_ref=keep on:click=move |_| on_cancel.run(())>
                    "Keep"
                </button>
            </div>
        </section>
    }
}
