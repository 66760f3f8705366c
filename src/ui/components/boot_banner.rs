//! Start-up problems: storage that will not open, or records set aside as
//! unreadable or breaking a rule.

use leptos::prelude::*;

use crate::state::{AppState, Boot};
use crate::ui::errors::store_error_text;

#[component]
pub fn BootBanner() -> impl IntoView {
    let state = AppState::expect();
    move || {
        if state.wiped.get() {
            return Some(view! {
                <div class="banner warning" role="alert" data-testid="wiped-banner">
                    <strong>"Your saved kids and notes are gone from this browser."</strong>
                    "Attune had saved them here, and now finds nothing: the browser, or someone, \
                        cleared its storage. "
                    "If you have a backup, restore it in "
                    <a href="/settings#backup">"Settings"</a>
                    "."
                </div>
            }.into_any());
        }
        match state.boot.get() {
            Boot::Failed(e) => Some(
                view! {
                    <div class="banner error" role="alert">
                        {store_error_text(&e)}
                    </div>
                }
                .into_any(),
            ),
            Boot::Ready { quarantined } if quarantined > 0 => {
                let what = match quarantined {
                    1 => "1 saved record could not be read, or breaks Attune's rules".to_string(),
                    n => format!("{n} saved records could not be read, or break Attune's rules"),
                };
                Some(view! {
                    <div class="banner warning" role="alert" data-testid="quarantine-banner">
                        <strong>{what}</strong>
                        ". Everything else loaded. The records set aside are kept on this phone, \
                            unchanged. "
                        "Do not clear this site's data; a newer version of Attune may be able to \
                            read them."
                    </div>
                }.into_any())
            }
            _ => None,
        }
    }
}
