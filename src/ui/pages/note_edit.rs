//! A saved note, changed or taken back: its words, who it is about, its
//! chips; and, where the change moves the day it names, its follow-up too.

use leptos::prelude::*;

use crate::domain::capture::CaptureDraft;
use crate::domain::{FollowUpId, KidId, Note, NoteEdit, NoteId, dates};
use crate::platform::clock;
use crate::routes::Route;
use crate::state::{AppState, Draft, Preferences};
use crate::ui::change::Changes;
use crate::ui::components::capture_form::submit_on_ctrl_enter;
use crate::ui::components::note_fields::toggled;
use crate::ui::components::{EmptyState, ErrorBanner, Loading, NoteFields};
use crate::ui::plural;
use crate::ui::router::Location;

#[component]
pub fn NoteEditPage() -> impl IntoView {
    let state = AppState::expect();
    let id = Location::expect().id::<NoteId>();
    let note = Memo::new(move |_| {
        let id = id.get()?;
        state.journal.read().note(id).map(|n| n.id)
    });
    move || match note.get() {
        Some(id) => {
            let note = state.journal.with_untracked(|j| j.note(id).cloned());
            note.map(|note| view! { <NoteEditForm note=note /> }.into_any())
                .unwrap_or_else(|| ().into_any())
        }
        None if !state.is_ready() => view! { <Loading /> }.into_any(),
        None => view! {
            <EmptyState
                title="This note is not in your notes"
                hint="It may have been deleted."
                action=("/kids", "See your kids")
            />
        }
        .into_any(),
    }
}

#[component]
fn NoteEditForm(note: Note) -> impl IntoView {
    let state = AppState::expect();
    let here = Location::expect();
    let id = note.id;
    let back = note
        .kids
        .first()
        .map_or_else(|| "/kids".to_string(), |k| Route::kid(k).href());
    let back = StoredValue::new(back);
    let pristine = NoteEdit {
        text: note.text.clone(),
        kids: note.kids.clone(),
        chips: note.chips.clone(),
        move_to: None,
    };
    let draft = Draft::resume(format!("note-edit.{id}"), EditDraft::from(&pristine));
    let order = Preferences::expect().date_order().get_untracked();
    // The day the note named, against the day it names now: where they
    // differ and a follow-up from it is still open, offer to move it.
    let created = note.created_at.date_naive();
    let was = CaptureDraft::reading_due(&note.text, created, order);
    let open = state.journal.with_untracked(|j| {
        j.open_follow_ups_from(id)
            .iter()
            .map(|f| f.prompt.clone())
            .collect::<Vec<_>>()
    });
    let moved = Memo::new(move |_| {
        let now = CaptureDraft::reading_due(&draft.value.read().text, created, order);
        now.filter(|due| Some(*due) != was)
    });
    let has_open = !open.is_empty();
    let changes = Changes::new();
    let confirming = RwSignal::new(false);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = draft.value.get_untracked();
        let edit = NoteEdit {
            text: typed.text,
            kids: typed.kids,
            chips: typed.chips,
            move_to: moved.get_untracked().filter(|_| typed.move_follow_up),
        };
        let ids: Vec<FollowUpId> = edit
            .kids
            .iter()
            .map(|_| FollowUpId(clock::new_id()))
            .collect();
        changes.run_then(
            move |j| j.edit_note(id, &edit, &ids, clock::now()),
            move || {
                draft.clear();
                here.close_note(&back.get_value());
            },
        );
    };
    let cancel = move |_| {
        draft.clear();
        here.close_note(&back.get_value());
    };
    view! {
        <h1>"Edit note"</h1>
        <p class="date-line">{format!("Written {}", dates::long_day(created))}</p>
        <form class="form" on:submit=save on:keydown=submit_on_ctrl_enter novalidate>
            <NoteFields
                kids=Signal::derive(move || draft.value.read().kids.clone())
                on_kids=Callback::new(move |kids| draft.value.update(|d| d.kids = kids))
                text=Signal::derive(move || draft.value.read().text.clone())
                on_text=Callback::new(move |text| draft.value.update(|d| d.text = text))
                chips=Signal::derive(move || draft.value.read().chips.clone())
                on_chip=Callback::new(move |chip| {
                    draft.value.update(|d| toggled(&mut d.chips, chip))
                })
            />
            {move || {
                (has_open && moved.get().is_some())
                    .then(|| {
                        view! {
                            <label class="check">
                                <input
                                    type="checkbox"
                                    prop:checked=move || draft.value.read().move_follow_up
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        draft.value.update(|d| d.move_follow_up = on)
                                    }
                                />
                                {move || {
                                    moved
                                        .get()
                                        .map(dates::due_words)
                                        .map(|when| format!("Move its follow-up too: {when}"))
                                }}
                            </label>
                        }
                    })
            }}
            <ErrorBanner error=changes.error() />
            <div class="form-actions sticky">
                <button type="submit" class="button primary">
                    "Save changes"
                </button>
                <button type="button" class="button quiet" on:click=cancel>
                    "Cancel"
                </button>
            </div>
        </form>
        <button
            type="button"
            class="button quiet danger"
            aria-expanded=move || confirming.get().to_string()
            on:click=move |_| confirming.set(true)
        >
            "Delete note…"
        </button>
        {move || {
            confirming
                .get()
                .then(|| {
                    view! {
                        <DeleteNote
                            id=id
                            open=open.clone()
                            back=back.get_value()
                            on_cancel=Callback::new(move |()| confirming.set(false))
                        />
                    }
                })
        }}
    }
}

/// What the edit form holds: the note as changed, and whether to move its
/// follow-up with a day the change moved.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
struct EditDraft {
    text: String,
    kids: Vec<KidId>,
    chips: Vec<crate::domain::Chip>,
    move_follow_up: bool,
}

impl From<&NoteEdit> for EditDraft {
    fn from(edit: &NoteEdit) -> EditDraft {
        EditDraft {
            text: edit.text.clone(),
            kids: edit.kids.clone(),
            chips: edit.chips.clone(),
            move_follow_up: true,
        }
    }
}

/// Asks before a note goes, saying what goes with it.
#[component]
fn DeleteNote(
    id: NoteId,
    open: Vec<String>,
    back: String,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let here = Location::expect();
    let changes = Changes::new();
    let what = match open.len() {
        0 => "This deletes the note. Follow-ups already asked stay in the timeline.".to_string(),
        n => format!(
            "This deletes the note and its {} still open ({}). \
             Follow-ups already asked stay in the timeline.",
            plural(n, "follow-up", "follow-ups"),
            open.join("; ")
        ),
    };
    let keep = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = keep.get() {
            let _ = button.focus();
        }
    });
    let back = StoredValue::new(back);
    let delete = move |_| {
        changes.undoable_settled(
            "Note deleted".into(),
            move |j| j.delete_note(id),
            move |outcome| {
                if outcome.is_ok() {
                    here.close_note(&back.get_value());
                }
            },
        );
    };
    view! {
        <section
            class="card danger-zone"
            role="alertdialog"
            aria-labelledby="delete-note-h"
            aria-describedby="delete-note-what"
        >
            <h2 id="delete-note-h">"Delete this note?"</h2>
            <p id="delete-note-what">{what}</p>
            <ErrorBanner error=changes.error() />
            <div class="form-actions">
                <button class="button danger-solid" on:click=delete>
                    "Delete note"
                </button>
                <button class="button quiet" node_ref=keep on:click=move |_| on_cancel.run(())>
                    "Keep"
                </button>
            </div>
        </section>
    }
}
