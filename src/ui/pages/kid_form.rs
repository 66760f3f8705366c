//! Adding and editing a kid. What is typed is kept as a draft until saved.

use crate::ui::router::{Location, use_navigate};
use leptos::prelude::*;

use crate::domain::{GroupId, KidDraft, KidId};
use crate::platform::clock;
use crate::routes::Route;
use crate::state::{AppState, Draft};
use crate::ui::change::Changes;
use crate::ui::components::{EmptyState, ErrorBanner, Loading};
use crate::ui::{roving, toggle};

#[component]
pub fn KidNewPage() -> impl IntoView {
    view! { <KidForm editing=None pristine=KidDraft::default() /> }
}

#[component]
pub fn KidEditPage() -> impl IntoView {
    let state = AppState::expect();
    let id = Location::expect().id::<KidId>();
    let current = Memo::new(move |_| {
        let id = id.get()?;
        let journal = state.journal.read();
        let kid = journal.kid(id)?;
        Some((
            id,
            KidDraft {
                first_name: kid.first_name.clone(),
                nickname: kid.nickname.clone().unwrap_or_default(),
                interests: kid.interests.join(", "),
                groups: kid.groups.clone(),
            },
        ))
    });
    // The form is built once per kid, so a save elsewhere cannot reset what is being typed.
    let editing = Memo::new(move |_| current.with(|c| c.as_ref().map(|(id, _)| *id)));
    move || match editing.get() {
        Some(id) => {
            let pristine = current.get_untracked().map(|(_, d)| d).unwrap_or_default();
            view! { <KidForm editing=Some(id) pristine=pristine /> }.into_any()
        }
        None if !state.head_ready() => view! { <Loading /> }.into_any(),
        None => view! {
            <EmptyState
                title="This kid is not in your notes"
                hint="They may have been deleted."
                action=("/kids", "See your kids")
            />
        }
        .into_any(),
    }
}

#[component]
fn KidForm(
    /// The kid being edited, or `None` to add a new one.
    editing: Option<KidId>,
    /// The form's starting values; the stored draft wins over them.
    pristine: KidDraft,
) -> impl IntoView {
    let state = AppState::expect();
    let navigate = use_navigate();
    let key = match editing {
        Some(id) => format!("kid.{id}"),
        None => "kid.new".to_string(),
    };
    let draft = Draft::resume(key, pristine.clone());
    let changes = Changes::new();
    let busy = changes.pending();
    let field = move |read: fn(&KidDraft) -> &String| move || read(&draft.value.read()).clone();

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let typed = draft.value.get_untracked();
        let navigate = navigate.clone();
        let id = editing.unwrap_or_else(|| KidId(clock::new_id()));
        changes.run_then(
            move |j| match editing {
                Some(_) => j.update_kid(id, &typed),
                None => j.add_kid(id, &typed, clock::now()),
            },
            move || {
                draft.clear();
                navigate(&Route::kid(id).href(), Default::default());
            },
        );
    };
    let discard = move |_| {
        draft.value.set(pristine.clone());
        changes.clear();
    };
    let title = if editing.is_some() {
        "Edit kid"
    } else {
        "Add a kid"
    };
    view! {
        <h1>{title}</h1>
        <form class="form" on:submit=on_submit novalidate>
            <label for="kid-name">"Name"</label>
            <input
                id="kid-name"
                name="name"
                autocomplete="off"
                autocapitalize="words"
                required
                aria-describedby="kid-name-hint"
                prop:value=field(|d| &d.first_name)
                on:input=move |ev| draft.value.update(|d| d.first_name = event_target_value(&ev))
            />
            <p id="kid-name-hint" class="hint">
                "First name only. Leave out surnames and birthdays."
            </p>
            <label for="kid-nickname">"Nickname (optional)"</label>
            <input
                id="kid-nickname"
                name="nickname"
                autocomplete="off"
                prop:value=field(|d| &d.nickname)
                on:input=move |ev| draft.value.update(|d| d.nickname = event_target_value(&ev))
            />
            <label for="kid-interests">"Interests"</label>
            <input
                id="kid-interests"
                name="interests"
                autocomplete="off"
                aria-describedby="kid-interests-hint"
                prop:value=field(|d| &d.interests)
                on:input=move |ev| draft.value.update(|d| d.interests = event_target_value(&ev))
            />
            <p id="kid-interests-hint" class="hint">
                "Separate with commas: soccer, drawing, lego"
            </p>
            {move || {
                let groups: Vec<(GroupId, String)> = state
                    .journal
                    .read()
                    .groups()
                    .filter(|g| !g.archived)
                    .map(|g| (g.id, g.name.clone()))
                    .collect();
                (!groups.is_empty())
                    .then(|| {
                        view! {
                            <fieldset class="plain">
                                <legend>"Groups"</legend>
                                <div class="chips" on:keydown=roving::on_keydown>
                                    {groups
                                        .into_iter()
                                        .enumerate()
                                        .map(|(i, (id, name))| {
                                            let chosen = move || {
                                                draft.value.read().groups.contains(&id)
                                            };
                                            let tap = move |_| {
                                                draft.value.update(|d| toggle(&mut d.groups, id))
                                            };
                                            view! {
                                                <button
                                                    type="button"
                                                    class="chip toggle"
                                                    tabindex=roving::tab_stop(i)
                                                    aria-pressed=move || chosen().to_string()
                                                    on:click=tap
                                                >
                                                    {name}
                                                </button>
                                            }
                                        })
                                        .collect_view()}
                                </div>
                            </fieldset>
                        }
                    })
            }}
            <ErrorBanner error=changes.error() />
            <div class="form-actions sticky">
                <button type="submit" class="button primary" disabled=move || busy.get()>
                    "Save"
                </button>
                <button type="button" class="button quiet" on:click=discard>
                    "Discard changes"
                </button>
            </div>
        </form>
    }
}
