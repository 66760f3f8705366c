//! The last one-tap change, offered back for a few seconds: "Asked ✓ Mateo · Undo".

use leptos::prelude::*;

use super::{AppError, AppState, Plan};
use crate::domain::{Change, FollowUpId, Journal, JournalError};

/// What the undo bar offers to take back.
#[derive(Debug, Clone, PartialEq)]
pub struct Offered {
    /// What happened, in words: "Asked ✓ Mateo".
    pub label: String,
    /// Counts offers, so a timer set for one does not hide the next.
    pub serial: u64,
    /// Why the last try to undo failed, if it did.
    pub error: Option<AppError>,
    made: Vec<Change>,
    undo: Vec<Change>,
}

/// The one undo on offer, shared by every screen.
#[derive(Clone, Copy)]
pub struct Undo {
    pub offered: RwSignal<Option<Offered>>,
    serial: StoredValue<u64>,
    state: AppState,
}

impl Undo {
    pub fn provide(state: AppState) -> Undo {
        let undo = Undo {
            offered: RwSignal::new(None),
            serial: StoredValue::new(0),
            state,
        };
        provide_context(undo);
        undo
    }

    pub fn expect() -> Undo {
        expect_context::<Undo>()
    }

    /// Stores a change and offers it back as `label`; a second change
    /// replaces the offer.
    pub async fn commit(self, label: String, plan: Plan) -> Result<(), AppError> {
        let (made, undo) = self.state.commit_undoable(plan).await?;
        self.serial.update_value(|n| *n += 1);
        self.offered.set(Some(Offered {
            label,
            serial: self.serial.get_value(),
            error: None,
            made,
            undo,
        }));
        Ok(())
    }

    /// Puts back what the offered change touched, through the same write
    /// path as any change. Refused if those records have changed since, so
    /// an undo never takes back more than the change it names.
    pub async fn take_back(self) {
        let Some(offered) = self.offered.get_untracked() else {
            return;
        };
        let (made, undo) = (offered.made.clone(), offered.undo.clone());
        let outcome = self
            .state
            .put_back(Box::new(move |j| match unchanged_since(j, &made) {
                true => Ok(undo),
                false => Err(JournalError::ChangedSince),
            }))
            .await;
        match outcome {
            Ok(()) => self.offered.set(None),
            Err(error) => self.offered.set(Some(Offered {
                error: Some(error),
                ..offered
            })),
        }
    }

    /// Takes the offer down, once its time is up.
    pub fn withdraw(self, serial: u64) {
        if self
            .offered
            .try_with_untracked(|o| o.as_ref().is_some_and(|o| o.serial == serial))
            == Some(true)
        {
            self.offered.set(None);
        }
    }

    /// The follow-ups an offered change closed, which taking it back reopens.
    pub fn closed(offered: &Offered) -> Vec<FollowUpId> {
        offered
            .undo
            .iter()
            .filter_map(|c| match c {
                Change::Put(crate::domain::Entity::FollowUp(f)) if f.is_open() => Some(f.id),
                _ => None,
            })
            .collect()
    }
}

/// Whether every record `made` wrote is still as it wrote it.
fn unchanged_since(journal: &Journal, made: &[Change]) -> bool {
    made.iter().all(|change| match change {
        Change::Put(entity) => journal.entity(entity.entity_ref()).as_ref() == Some(entity),
        Change::Delete(target) => journal.entity(*target).is_none(),
    })
}
