//! One way for a part of a screen to make a change: planned against the
//! journal, stored through the one write path, its error kept to be shown
//! where it was asked for, and what follows run once it is stored.
//!
//! Every change goes through one Leptos `Action` type, so the work of
//! storing a change is compiled once rather than once per button.

use std::cell::Cell;

use leptos::prelude::*;

use crate::domain::{Change, Journal, JournalError};
use crate::state::{AppError, AppState, Plan, Undo};
use crate::ui::errors::app_error_text;

/// What to do once a change is stored, or refused.
type Settled = Box<dyn FnOnce(Result<(), &AppError>)>;

/// One change asked for: taken by the action the moment it runs.
struct Request {
    plan: Cell<Option<Plan>>,
    /// Offered back on the undo bar under this label.
    undo: Option<String>,
    settled: Cell<Option<Settled>>,
}

/// The changes one part of a screen makes, with their last error.
#[derive(Clone, Copy)]
pub struct Changes {
    action: Action<Request, Result<(), AppError>>,
    /// Why the last change was not stored; cleared by the next that is.
    error: RwSignal<Option<AppError>>,
}

impl Changes {
    pub fn new() -> Changes {
        let (state, undo) = (AppState::expect(), Undo::expect());
        let error = RwSignal::new(None::<AppError>);
        let action = Action::new_unsync_local(move |request: &Request| {
            let (plan, settled) = (request.plan.take(), request.settled.take());
            let label = request.undo.clone();
            let (sent, outcome) = futures_channel::oneshot::channel();
            // Stored in a task of its own, so that the part of the screen
            // being drawn again, or left, while the write waits its turn
            // never drops a change the leader made (an outcome typed, say).
            leptos::task::spawn_local(async move {
                let Some(plan) = plan else {
                    return;
                };
                let outcome = match label {
                    Some(label) => undo.commit(label, plan).await,
                    None => state.commit(plan).await,
                };
                // The part of the screen may be gone by now (a page left).
                let _ = error.try_set(outcome.as_ref().err().cloned());
                if let Some(settled) = settled {
                    settled(outcome.as_ref().map(drop));
                }
                let _ = sent.send(outcome);
            });
            async move { outcome.await.unwrap_or(Ok(())) }
        });
        Changes { action, error }
    }

    fn dispatch(self, plan: Plan, undo: Option<String>, settled: Option<Settled>) {
        self.action.dispatch_local(Request {
            plan: Cell::new(Some(plan)),
            undo,
            settled: Cell::new(settled),
        });
    }

    /// Stores a change.
    pub fn run(self, plan: impl FnOnce(&Journal) -> Result<Vec<Change>, JournalError> + 'static) {
        self.dispatch(Box::new(plan), None, None);
    }

    /// Stores a change, then runs `then` if it was stored.
    pub fn run_then(
        self,
        plan: impl FnOnce(&Journal) -> Result<Vec<Change>, JournalError> + 'static,
        then: impl FnOnce() + 'static,
    ) {
        let settled: Settled = Box::new(move |outcome| {
            if outcome.is_ok() {
                then();
            }
        });
        self.dispatch(Box::new(plan), None, Some(settled));
    }

    /// Stores a change and then runs `settled` with how it went.
    pub fn run_settled(
        self,
        plan: impl FnOnce(&Journal) -> Result<Vec<Change>, JournalError> + 'static,
        settled: impl FnOnce(Result<(), &AppError>) + 'static,
    ) {
        self.dispatch(Box::new(plan), None, Some(Box::new(settled)));
    }

    /// Stores a one-tap change and offers it back on the undo bar as `label`.
    pub fn undoable(
        self,
        label: String,
        plan: impl FnOnce(&Journal) -> Result<Vec<Change>, JournalError> + 'static,
    ) {
        self.dispatch(Box::new(plan), Some(label), None);
    }

    /// [`Changes::undoable`], then `settled` with how it went.
    pub fn undoable_settled(
        self,
        label: String,
        plan: impl FnOnce(&Journal) -> Result<Vec<Change>, JournalError> + 'static,
        settled: impl FnOnce(Result<(), &AppError>) + 'static,
    ) {
        self.dispatch(Box::new(plan), Some(label), Some(Box::new(settled)));
    }

    /// Why the last change was not stored, in words; none once one is.
    pub fn error(self) -> Signal<Option<String>> {
        let error = self.error;
        Signal::derive(move || error.with(|e| e.as_ref().map(app_error_text)))
    }

    /// Forgets the last error, as when the leader discards what they typed.
    pub fn clear(self) {
        self.error.set(None);
    }

    /// A change is being stored.
    pub fn pending(self) -> Memo<bool> {
        self.action.pending()
    }
}
