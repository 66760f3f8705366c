//! One module per screen.

mod group;
mod kid;
mod kid_form;
mod kids;
mod not_found;
mod note;
mod note_edit;
mod session;
mod session_run;
mod session_sweep;
mod settings;
mod share;
mod today;

pub use group::{GroupEditPage, GroupNewPage};
pub use kid::KidPage;
pub use kid_form::{KidEditPage, KidNewPage};
pub use kids::KidsPage;
pub use not_found::NotFoundPage;
pub use note::NotePage;
pub use note_edit::NoteEditPage;
pub use session::SessionPage;
pub use session_run::SessionRunPage;
pub use settings::SettingsPage;
pub use share::SharePage;
pub use today::TodayPage;
