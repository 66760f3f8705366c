//! What a note is made of, as the new-note and edit forms both ask for it:
//! who it is about, its words, and the chips for what was noticed.

use leptos::prelude::*;

use crate::domain::{Chip, KidId};
use crate::ui::components::KidPicker;
use crate::ui::roving;

#[component]
pub fn NoteFields(
    /// The kids chosen.
    kids: Signal<Vec<KidId>>,
    /// Called with the kids after each change.
    on_kids: Callback<Vec<KidId>>,
    /// The note's words.
    text: Signal<String>,
    /// Called with the words as they are typed.
    on_text: Callback<String>,
    /// The chips tapped.
    chips: Signal<Vec<Chip>>,
    /// Called with a chip tapped, to turn it on or off.
    on_chip: Callback<Chip>,
) -> impl IntoView {
    view! {
        <KidPicker chosen=kids on_change=on_kids />
        <label for="note-text">"Note"</label>
        <textarea
            id="note-text"
            rows="3"
            placeholder="What did you notice? Big game on Saturday #soccer"
            prop:value=move || text.get()
            on:input=move |ev| on_text.run(event_target_value(&ev))
        ></textarea>
        <div
            class="chips"
            role="group"
            aria-label="Quick observations"
            on:keydown=roving::on_keydown
        >
            {Chip::ALL
                .into_iter()
                .enumerate()
                .map(|(i, chip)| {
                    view! {
                        <button
                            type="button"
                            class="chip toggle"
                            tabindex=roving::tab_stop(i)
                            aria-pressed=move || chips.read().contains(&chip).to_string()
                            on:click=move |_| on_chip.run(chip)
                        >
                            {chip.label()}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// `chips` with `chip` turned on if it was off, off if it was on.
pub fn toggled(chips: &mut Vec<Chip>, chip: Chip) {
    match chips.iter().position(|c| *c == chip) {
        Some(i) => drop(chips.remove(i)),
        None => chips.push(chip),
    }
}
