//! Choosing a backup file: read, and either previewed or, when locked,
//! waiting for its passphrase.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{Outcome, Step};
use crate::persist::{MAX_BACKUP_BYTES, parse_backup, read_sealed};
use crate::platform::files;
use crate::state::AppState;
use crate::ui::errors::{backup_error_text, file_error_text};

/// The step a backup file's text leads to, or why it leads nowhere.
fn step_for(state: AppState, text: &str) -> Result<Step, Outcome> {
    let failed = |e| Outcome::Failed(backup_error_text(&e));
    match read_sealed(text).map_err(failed)? {
        Some(sealed) => Ok(Step::Unlocking(sealed)),
        None => Ok(super::restore::preview(
            state,
            parse_backup(text).map_err(failed)?,
        )),
    }
}

#[component]
pub(super) fn ChooseFile(
    step: RwSignal<Step, LocalStorage>,
    message: RwSignal<Option<Outcome>>,
) -> impl IntoView {
    let state = AppState::expect();
    let reading = Action::new_local(move |file: &web_sys::File| {
        let file = file.clone();
        async move {
            let read = files::read_text(&file, MAX_BACKUP_BYTES).await;
            let next = read
                .map_err(|e| Outcome::Failed(file_error_text(&e)))
                .and_then(|text| step_for(state, &text));
            match next {
                Ok(next) => {
                    message.set(None);
                    step.set(next);
                }
                Err(outcome) => message.set(Some(outcome)),
            }
        }
    });
    let choose = move |ev: leptos::ev::Event| {
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        let Some(input) = input else {
            return;
        };
        let file = input.files().and_then(|f| f.get(0));
        // Cleared, so choosing the same file again is a change too.
        input.set_value("");
        if let Some(file) = file {
            step.set(Step::Idle);
            reading.dispatch_local(file);
        }
    };
    view! {
        <label class="button quiet file-button">
            "Restore from a backup…"
            <input
                type="file"
                accept=".json,application/json"
                class="visually-hidden"
                on:change=choose
            />
        </label>
    }
}
