//! Pages and components. Components stay thin: logic lives in `domain`.

mod app;
mod components;
mod errors;
mod pages;

pub use app::App;

/// "1 note", "3 notes".
pub(crate) fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Mounts the app into the page body.
pub fn mount() {
    leptos::mount::mount_to_body(App);
}
