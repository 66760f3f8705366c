//! A passcode or passphrase field, never shown as typed.

use leptos::prelude::*;

/// A password field bound to a signal.
#[component]
pub fn Secret(
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    /// A new secret being chosen, rather than one the leader already has.
    new: bool,
    /// Runs on each edit, before the value changes: to clear a complaint
    /// about what was typed before.
    #[prop(optional)]
    on_edit: Option<Callback<()>>,
) -> impl IntoView {
    view! {
        <label for=id>{label}</label>
        <input
            id=id
            type="password"
            autocomplete=if new { "new-password" } else { "current-password" }
            prop:value=move || value.get()
            on:input=move |ev| {
                if let Some(edit) = on_edit {
                    edit.run(());
                }
                value.set(event_target_value(&ev))
            }
        />
    }
}
