//! Writing a note: who it is about, what was noticed, and the follow-up it brings.

use crate::ui::router::Location;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::capture::{CaptureDraft, FollowUpChoice, NoteDrafts};
use crate::domain::{FollowUpId, KidId, NoteId};
use crate::platform::clock;
use crate::routes::Route;
use crate::state::{AppState, Draft, Preferences, SaveStatus};
use crate::ui::change::Changes;
use crate::ui::components::follow_up_offer::{FollowUpOffer, OfferChanges, summary};
use crate::ui::components::note_fields::toggled;
use crate::ui::components::{ErrorBanner, NoteFields, UnfinishedNotes};

#[component]
pub fn CaptureForm(
    /// A kid to start with when there is no draft yet (from their page).
    #[prop(default = None)]
    kid: Option<KidId>,
) -> impl IntoView {
    let state = AppState::expect();
    let here = Location::expect();
    let draft = Draft::resume("note".into(), CaptureDraft::default());
    let aside = Draft::resume("note.unfinished".into(), Vec::<CaptureDraft>::new());
    let drafts = move || NoteDrafts {
        active: draft.value.get_untracked(),
        unfinished: aside.value.get_untracked(),
    };
    let show = move |d: NoteDrafts| {
        draft.value.set(d.active);
        aside.value.set(d.unfinished);
    };
    show(drafts().open(kid));
    let order = Preferences::expect().date_order().get_untracked();
    let saving = Changes::new();
    let busy = RwSignal::new(false);
    let today = clock::today();
    // Read on every keystroke; a memo, so what depends on it is drawn again
    // only when what the form offers changes.
    let choice = Memo::new(move |_| draft.value.with(|d| d.choice(today, order)));
    let changes = OfferChanges {
        prompt: Callback::new(move |p| draft.value.update(|d| d.prompt = Some(p))),
        day: Callback::new(move |day| {
            draft.value.update(|d| {
                d.due = Some(day);
                d.next_time = false;
            })
        }),
        next_time: Callback::new(move |()| {
            draft.value.update(|d| {
                d.due = None;
                d.next_time = true;
            })
        }),
        declined: Callback::new(move |no| draft.value.update(|d| d.no_follow_up = no)),
    };
    // A kid deleted since the draft was written is left out, not an error.
    let known = move |kids: &[KidId]| {
        let journal = state.journal.read();
        match journal.kid_count() {
            0 => kids.to_vec(),
            _ => kids
                .iter()
                .copied()
                .filter(|k| journal.kid(*k).is_some())
                .collect(),
        }
    };
    // A memo, so a change to the journal that leaves the chosen kids as they
    // were (the note just saved) draws nothing again.
    let chosen = Memo::new(move |_| known(&draft.value.with(|d| d.kids.clone())));

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let mut typed = draft.value.get_untracked();
        typed.kids = known(&typed.kids);
        let note = NoteId(clock::new_id());
        let ids: Vec<FollowUpId> = typed
            .kids
            .iter()
            .map(|_| FollowUpId(clock::new_id()))
            .collect();
        let first = typed.kids.first().map(|k| Route::kid(k).href());
        // The form stays busy until it is gone, so a second tap cannot save
        // the note twice.
        saving.run_settled(
            move |j| typed.plan(j, note, &ids, clock::now(), order),
            move |outcome| match outcome {
                Ok(()) => {
                    draft.clear();
                    here.leave_note(&first.unwrap_or_default());
                }
                Err(_) => busy.set(false),
            },
        );
    };
    // The form opens ready to type: into the note when it knows who it is
    // about, else into who.
    Effect::new(move |_| {
        let field = match chosen.get_untracked().is_empty() {
            true => "kid-search",
            false => "note-text",
        };
        focus(field);
    });
    view! {
        <UnfinishedNotes
            notes=aside.value
            on_resume=Callback::new(move |at| show(drafts().resume(at)))
            on_discard=Callback::new(move |at| show(drafts().discard(at)))
        />
        <form class="form" on:submit=save on:keydown=submit_on_ctrl_enter novalidate>
            <NoteFields
                kids=chosen.into()
                on_kids=Callback::new(move |kids| draft.value.update(|d| d.kids = kids))
                text=Signal::derive(move || draft.value.read().text.clone())
                on_text=Callback::new(move |text| draft.value.update(|d| d.text = text))
                chips=Signal::derive(move || draft.value.read().chips.clone())
                on_chip=Callback::new(move |chip| {
                    draft.value.update(|d| toggled(&mut d.chips, chip))
                })
            />
            <FollowUpOffer choice=choice.into() today=today changes=changes />
            <ErrorBanner error=saving.error() />
            <div class="form-actions sticky">
                <p class="understood" data-testid="understood" aria-live="polite">
                    {move || match choice.get() {
                        FollowUpChoice::Offered(offer) => summary(&offer),
                        _ => String::new(),
                    }}
                </p>
                // Shown as busy once "Saving…" is: a write answered at once
                // draws nothing in between, and `busy` already refuses a second tap.
                <button
                    type="submit"
                    class="button primary"
                    disabled=move || busy.get() && state.save.get() == SaveStatus::Saving
                >
                    "Save note"
                </button>
                <button
                    type="button"
                    class="button quiet"
                    on:click=move |_| {
                        draft.value.set(CaptureDraft::default());
                        draft.clear();
                        here.close_note("/");
                    }
                >
                    "Discard"
                </button>
            </div>
        </form>
    }
}

/// Ctrl+Enter (Cmd+Enter on a Mac) saves, as in a message being written.
pub fn submit_on_ctrl_enter(ev: leptos::ev::KeyboardEvent) {
    if ev.key() != "Enter" || !(ev.ctrl_key() || ev.meta_key()) {
        return;
    }
    let form = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok());
    if let Some(form) = form {
        ev.prevent_default();
        let _ = form.request_submit();
    }
}

/// Puts the caret in the element with this id, if it is there.
fn focus(id: &str) {
    let element = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}
