//! The app's shared state: the journal in memory, how loading and saving are
//! going, and the one path every change takes to storage.
//!
//! The path to storage ([`Ledger`]) is plain Rust, generic over the store,
//! and built for every target; the rest holds Leptos signals and is built
//! for the browser only.

mod ledger;
pub use ledger::{AppError, Ledger, Memory, Plan};

#[cfg(target_arch = "wasm32")]
mod app_state;
#[cfg(target_arch = "wasm32")]
mod draft;
#[cfg(target_arch = "wasm32")]
mod outcomes;
#[cfg(target_arch = "wasm32")]
mod preferences;
#[cfg(target_arch = "wasm32")]
mod reminders;
#[cfg(target_arch = "wasm32")]
mod undo;

#[cfg(target_arch = "wasm32")]
pub use app_state::{AppState, Boot, SaveStatus};
#[cfg(target_arch = "wasm32")]
pub use draft::Draft;
#[cfg(target_arch = "wasm32")]
pub use outcomes::{Outcomes, PendingOutcome};
#[cfg(target_arch = "wasm32")]
pub use preferences::{Preference, Preferences};
#[cfg(target_arch = "wasm32")]
pub use reminders::Reminders;
#[cfg(target_arch = "wasm32")]
pub use undo::{Offered, Undo};
