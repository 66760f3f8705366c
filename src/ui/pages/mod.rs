//! One module per screen.

mod group;
mod kid;
mod kid_form;
mod kids;
mod not_found;
mod note;
mod session;
mod settings;
mod today;

pub use group::{GroupEditPage, GroupNewPage};
pub use kid::KidPage;
pub use kid_form::{KidEditPage, KidNewPage};
pub use kids::KidsPage;
pub use not_found::NotFoundPage;
pub use note::NotePage;
pub use session::{SessionPage, SessionRunPage};
pub use settings::SettingsPage;
pub use today::TodayPage;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::domain::KidId;

/// The `:id` of the current route as a kid id, if it is one.
fn kid_id_param() -> Memo<Option<KidId>> {
    let params = use_params_map();
    Memo::new(move |_| params.read().get("id").and_then(|id| id.parse().ok()))
}
