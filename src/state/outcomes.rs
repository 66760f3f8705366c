//! Follow-ups just marked done, waiting for "how did it go?".
//!
//! Kept once for the whole app and mirrored to localStorage, so an outcome
//! half typed survives a redraw of the list it sits in, a move to another
//! screen, and a reload, until the leader saves or skips it.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::Draft;
use crate::domain::today::TodayItem;
use crate::domain::{FollowUpId, KidId};

/// One follow-up done, and what the leader has typed about it so far.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PendingOutcome {
    pub id: FollowUpId,
    pub kid: KidId,
    pub kid_name: String,
    pub text: String,
}

#[derive(Clone, Copy)]
pub struct Outcomes(Draft<Vec<PendingOutcome>>);

impl Outcomes {
    /// Restores the pending questions and provides them to the tree.
    pub fn provide() -> Outcomes {
        let outcomes = Outcomes(Draft::resume("outcomes".into(), Vec::new()));
        provide_context(outcomes);
        outcomes
    }

    pub fn expect() -> Outcomes {
        expect_context::<Outcomes>()
    }

    /// Asks how `item` went, once however often it is tapped.
    pub fn ask(self, item: &TodayItem) {
        if self
            .0
            .value
            .read_untracked()
            .iter()
            .any(|o| o.id == item.id)
        {
            return;
        }
        self.0.value.update(|list| {
            list.push(PendingOutcome {
                id: item.id,
                kid: item.kid,
                kid_name: item.kid_name.clone(),
                text: String::new(),
            })
        });
    }

    /// Saved, skipped, or taken back: the question goes.
    pub fn forget(self, id: FollowUpId) {
        self.0.value.update(|list| list.retain(|o| o.id != id));
    }

    /// The pending questions, about one kid or (with `None`) about anyone.
    pub fn pending(self, kid: Option<KidId>) -> Vec<PendingOutcome> {
        self.0
            .value
            .read()
            .iter()
            .filter(|o| kid.is_none_or(|k| o.kid == k))
            .cloned()
            .collect()
    }

    /// Whether any question waits, about one kid or (with `None`) anyone.
    pub fn any(self, kid: Option<KidId>) -> bool {
        self.0
            .value
            .read()
            .iter()
            .any(|o| kid.is_none_or(|k| o.kid == k))
    }

    pub fn is_pending(self, id: FollowUpId) -> bool {
        self.0.value.read().iter().any(|o| o.id == id)
    }

    pub fn text(self, id: FollowUpId) -> String {
        self.0
            .value
            .read()
            .iter()
            .find(|o| o.id == id)
            .map(|o| o.text.clone())
            .unwrap_or_default()
    }

    pub fn set_text(self, id: FollowUpId, text: String) {
        self.0.value.update(|list| {
            if let Some(o) = list.iter_mut().find(|o| o.id == id) {
                o.text = text;
            }
        });
    }
}
