//! The app's shared state: the journal in memory, how loading and saving are
//! going, and the one path every change takes to storage.

mod app_state;
mod draft;
mod outcomes;
mod preferences;
mod reminders;
mod undo;

pub use app_state::{AppError, AppState, Boot, Plan, SaveStatus};
pub use draft::Draft;
pub use outcomes::{Outcomes, PendingOutcome};
pub use preferences::{Preference, Preferences};
pub use reminders::Reminders;
pub use undo::{Offered, Undo};
