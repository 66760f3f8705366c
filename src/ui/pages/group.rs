//! Adding and editing a group: name, meeting days, check-in cadence, and a
//! roster pasted in.

use crate::ui::router::{Location, use_navigate};
use leptos::prelude::*;

use crate::domain::roster::{RosterPreview, preview};
use crate::domain::{GroupDraft, GroupId, KidId, dates};
use crate::platform::clock;
use crate::routes::Route;
use crate::state::{AppState, Draft, Preferences};
use crate::ui::change::Changes;
use crate::ui::components::{EmptyState, ErrorBanner, Loading};
use crate::ui::roving;
use crate::ui::{plural, toggle};

#[component]
pub fn GroupNewPage() -> impl IntoView {
    view! { <GroupForm editing=None pristine=GroupDraft::default() /> }
}

#[component]
pub fn GroupEditPage() -> impl IntoView {
    let state = AppState::expect();
    let id = Location::expect().id::<GroupId>();
    let found = Memo::new(move |_| {
        let id = id.get()?;
        state.journal.read().group(id).map(|g| g.id)
    });
    move || match found.get() {
        Some(id) => {
            let pristine = state.journal.with_untracked(|j| {
                j.group(id)
                    .map(|g| GroupDraft {
                        name: g.name.clone(),
                        meeting_days: g.meeting_days.clone(),
                        cadence_days: g.cadence_days,
                    })
                    .unwrap_or_default()
            });
            view! {
                <GroupForm editing=Some(id) pristine=pristine />
                <RosterPaste group=id />
                <GroupArchive group=id />
            }
            .into_any()
        }
        None if !state.head_ready() => view! { <Loading /> }.into_any(),
        None => view! {
            <EmptyState
                title="This group is not in your notes"
                hint="It may have been removed."
                action=("/session", "See your groups")
            />
        }
        .into_any(),
    }
}

#[component]
fn GroupForm(editing: Option<GroupId>, pristine: GroupDraft) -> impl IntoView {
    let state = AppState::expect();
    let preferences = Preferences::expect();
    let navigate = use_navigate();
    let key = match editing {
        Some(id) => format!("group.{id}"),
        None => "group.new".to_string(),
    };
    let draft = Draft::resume(key, pristine.clone());
    // A new group's names can be pasted with it, so a first open takes one form.
    let roster = Draft::resume("roster.new".into(), String::new());
    let changes = Changes::new();
    let saved = RwSignal::new(false);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = draft.value.get_untracked();
        let names = roster.value.get_untracked();
        let navigate = navigate.clone();
        let id = editing.unwrap_or_else(|| GroupId(clock::new_id()));
        // Names pasted with a new group are added once the group is stored.
        let add_names = move || {
            let p = state.journal.with_untracked(|j| preview(j, &names));
            let ids: Vec<KidId> = p.new.iter().map(|_| KidId(clock::new_id())).collect();
            let existing: Vec<KidId> = p.existing.iter().map(|(k, _)| *k).collect();
            let done = move || {
                roster.value.set(String::new());
                roster.clear();
                navigate(&Route::GroupEdit(id.to_string()).href(), Default::default());
            };
            if ids.is_empty() && existing.is_empty() {
                return done();
            }
            changes.run_settled(
                move |j| j.import_roster(id, &p.new, &existing, &ids, clock::now()),
                move |outcome| match outcome {
                    Ok(()) => done(),
                    // The group stands: the names move to its own paste box, to add again there.
                    Err(_) => preferences.kept(Draft::put(&format!("roster.{id}"), &names)),
                },
            );
        };
        changes.run_then(
            move |j| match editing {
                Some(_) => j.update_group(id, &typed),
                None => j.add_group(id, &typed),
            },
            move || {
                draft.clear();
                saved.set(true);
                if editing.is_none() {
                    add_names();
                }
            },
        );
    };
    let title = match editing {
        Some(_) => "Edit group",
        None => "New group",
    };
    view! {
        <h1>{title}</h1>
        <form class="form" on:submit=on_submit novalidate>
            <label for="group-name">"Name"</label>
            <input
                id="group-name"
                autocomplete="off"
                autocapitalize="words"
                prop:value=move || draft.value.read().name.clone()
                on:input=move |ev| {
                    saved.set(false);
                    draft.value.update(|d| d.name = event_target_value(&ev))
                }
            />
            <fieldset class="plain">
                <legend>"Meets on"</legend>
                <div class="chips" on:keydown=roving::on_keydown>
                    {dates::WEEK
                        .into_iter()
                        .enumerate()
                        .map(|(i, day)| {
                            view! {
                                <button
                                    type="button"
                                    class="chip toggle"
                                    aria-label=dates::weekday_name(day)
                                    tabindex=roving::tab_stop(i)
                                    aria-pressed=move || {
                                        draft.value.read().meeting_days.contains(&day).to_string()
                                    }
                                    on:click=move |_| {
                                        saved.set(false);
                                        draft.value.update(|d| toggle(&mut d.meeting_days, day))
                                    }
                                >
                                    {dates::weekday_name(day).get(..3).unwrap_or_default()}
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
            <label for="group-cadence">"Check in with each kid at least every (days)"</label>
            <input
                id="group-cadence"
                type="number"
                inputmode="numeric"
                min="1"
                max="365"
                aria-describedby="group-cadence-hint"
                prop:value=move || draft.value.read().cadence_days.to_string()
                on:input=move |ev| {
                    saved.set(false);
                    let days = event_target_value(&ev).trim().parse::<u16>().unwrap_or(0);
                    draft.value.update(|d| d.cadence_days = days);
                }
            />
            <p id="group-cadence-hint" class="hint">
                "Kids not connected with for longer are brought up in Today. 14 if unsure."
            </p>
            {editing.is_none().then(|| view! { <RosterField draft=roster /> })}
            <ErrorBanner error=changes.error() />
            {move || {
                saved
                    .get()
                    .then(|| {
                        view! {
                            <p class="banner info" role="status">
                                "Group saved."
                            </p>
                        }
                    })
            }}
            <div class="form-actions sticky">
                <button type="submit" class="button primary">
                    {match editing {
                        Some(_) => "Save",
                        None => "Create group",
                    }}
                </button>
            </div>
        </form>
    }
}

/// The names pasted with a new group, and what will become of them.
#[component]
fn RosterField(draft: Draft<String>) -> impl IntoView {
    let state = AppState::expect();
    let plan = Memo::new(move |_| preview(&state.journal.read(), &draft.value.read()));
    view! {
        <label for="roster">
            "Names (optional): paste one a line, or rows copied from a spreadsheet"
        </label>
        <textarea
            id="roster"
            rows="5"
            autocomplete="off"
            prop:value=move || draft.value.get()
            on:input=move |ev| draft.value.set(event_target_value(&ev))
        ></textarea>
        <RosterSummary plan=plan />
    }
}

/// Paste a roster: a preview of what will happen, then one tap to add it.
#[component]
fn RosterPaste(group: GroupId) -> impl IntoView {
    let state = AppState::expect();
    let draft = Draft::resume(format!("roster.{group}"), String::new());
    let changes = Changes::new();
    let added = RwSignal::new(None::<String>);
    let plan = Memo::new(move |_| preview(&state.journal.read(), &draft.value.read()));
    let add = move |_| {
        let p = plan.get_untracked();
        let ids: Vec<KidId> = p.new.iter().map(|_| KidId(clock::new_id())).collect();
        let existing: Vec<KidId> = p.existing.iter().map(|(id, _)| *id).collect();
        let total = p.new.len() + existing.len();
        changes.run_then(
            move |j| j.import_roster(group, &p.new, &existing, &ids, clock::now()),
            move || {
                draft.value.set(String::new());
                draft.clear();
                added.set(Some(format!(
                    "{} now in this group.",
                    plural(total, "kid", "kids")
                )));
            },
        );
    };
    view! {
        <section class="card" aria-labelledby="roster-h">
            <h2 id="roster-h">"Add kids from a list"</h2>
            <label for="roster">"Paste names, one a line, or rows copied from a spreadsheet"</label>
            <textarea
                id="roster"
                rows="6"
                autocomplete="off"
                prop:value=move || draft.value.get()
                on:input=move |ev| {
                    added.set(None);
                    draft.value.set(event_target_value(&ev))
                }
            ></textarea>
            <RosterSummary plan=plan />
            {move || {
                let count = plan.with(|p| p.new.len() + p.existing.len());
                (count > 0)
                    .then(|| {
                        view! {
                            <div class="form-actions sticky">
                                <button type="button" class="button primary" on:click=add>
                                    {format!("Add {} to the group", plural(count, "kid", "kids"))}
                                </button>
                            </div>
                        }
                    })
            }}
            {move || {
                added
                    .get()
                    .map(|text| {
                        view! {
                            <p class="banner info" role="status">
                                {text}
                            </p>
                        }
                    })
            }}
            <ErrorBanner error=changes.error() />
        </section>
    }
}

/// What a pasted roster will do: who is new, who is known, what is skipped.
#[component]
fn RosterSummary(plan: Memo<RosterPreview>) -> impl IntoView {
    move || {
        let p = plan.get();
        let count = p.new.len() + p.existing.len();
        (count > 0 || !p.skipped.is_empty()).then(|| view! {
            <div class="roster-preview" aria-live="polite">
                {p
                    .column
                    .map(|c| {
                        view! { <p class="hint">{format!("Names from the “{c}” column.")}</p> }
                    })}
                {(!p.new.is_empty())
                    .then(|| {
                        view! {
                            <p>
                                <strong>
                                    {format!("New: {}", plural(p.new.len(), "kid", "kids"))}
                                </strong>
                                " "
                                {p.new.join(", ")}
                            </p>
                        }
                    })}
                {(!p.existing.is_empty())
                    .then(|| {
                        view! {
                            <p>
                                <strong>"Already in your kids, added to this group: "</strong>
                                {p
                                    .existing
                                    .iter()
                                    .map(|(_, n)| n.as_str())
                                    .collect::<Vec<_>>()
                                    .join(", ")}
                            </p>
                        }
                    })}
                {(!p.skipped.is_empty())
                    .then(|| {
                        view! {
                            <p>
                                <strong>"Skipped: "</strong>
                                {p
                                    .skipped
                                    .iter()
                                    .map(|(line, name, why)| match name.is_empty() {
                                        true => format!("line {line} ({})", why.reason()),
                                        false => format!("line {line}, {name} ({})", why.reason()),
                                    })
                                    .collect::<Vec<_>>()
                                    .join("; ")}
                            </p>
                        }
                    })}
            </div>
        })
    }
}

#[component]
fn GroupArchive(group: GroupId) -> impl IntoView {
    let state = AppState::expect();
    let archived = Memo::new(move |_| {
        state
            .journal
            .read()
            .group(group)
            .is_some_and(|g| g.archived)
    });
    let changes = Changes::new();
    let toggle = move |_| {
        let to = !archived.get_untracked();
        changes.run(move |j| j.set_group_archived(group, to));
    };
    view! {
        {move || {
            archived
                .get()
                .then(|| view! { <p class="banner info">"Archived: not offered for sessions."</p> })
        }}
        <ErrorBanner error=changes.error() />
        <button class="button quiet" on:click=toggle>
            {move || if archived.get() { "Restore group" } else { "Archive group" }}
        </button>
    }
}
