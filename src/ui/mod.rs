//! Pages and components. Components stay thin: logic lives in `domain`.

mod app;
mod components;
mod errors;
mod pages;

pub use app::App;

/// Mounts the app into the page body.
pub fn mount() {
    leptos::mount::mount_to_body(App);
}
