//! The four destinations, always one thumb-tap away.

use crate::ui::router::Location;
use leptos::prelude::*;

/// A simple line icon for a tab; decorative, the label names the tab.
fn icon(path: &'static str) -> impl IntoView {
    view! {
        <svg class="nav-icon" viewBox="0 0 24 24" aria-hidden="true">
            <path d=path />
        </svg>
    }
}

/// One tab, marked as the current page on its screen and the screens under
/// it (a kid's page is under Kids); Today only on Today itself.
fn tab(href: &'static str, label: &'static str, path: &'static str) -> impl IntoView {
    let here = Location::expect();
    let current = move || {
        let at = here.path();
        let under = match href {
            "/" => at == "/",
            _ => {
                at == href
                    || at
                        .strip_prefix(href)
                        .is_some_and(|rest| rest.starts_with('/'))
            }
        };
        under.then_some("page")
    };
    view! {
        <a href=href aria-current=current>
            {icon(path)}
            <span>{label}</span>
        </a>
    }
}

#[component]
pub fn BottomNav() -> impl IntoView {
    view! {
        <nav class="bottom-nav" aria-label="Main">
            {tab("/", "Today", "M4 11 12 4l8 7v9h-5v-6H9v6H4z")}
            {tab(
                "/kids",
                "Kids",
                "M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zm-6 9c0-3.3 2.7-6 6-6s6 2.7 6 6M16 \
                    4.5a3.5 3.5 0 0 1 0 6.5M21 20c0-2.6-1.6-4.8-4-5.6",
            )}
            {tab("/session", "Session", "M5 5h14v15H5zM8 3v4M16 3v4M8.5 13l2.5 2.5 4.5-5")}
            {tab(
                "/settings",
                "Settings",
                "M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM4 12h2M18 12h2M12 4v2M12 18v2M6.3 6.3l1.4 \
                    1.4M16.3 16.3l1.4 1.4M6.3 17.7l1.4-1.4M16.3 7.7l1.4-1.4",
            )}
        </nav>
    }
}
