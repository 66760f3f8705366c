//! The entries of a backup a restore leaves out, each in words, a handful
//! at a time.

use leptos::prelude::*;

use crate::persist::Vetting;
use crate::ui::errors::problem_text;
use crate::ui::plural;

/// Entries listed before "and N more": enough to see what is wrong, short
/// enough to reach the buttons on a phone.
const LISTED: usize = 5;

/// "2 entries break Attune's rules, and 1 more needs one of them:"
fn heading(vetting: &Vetting) -> String {
    let after = vetting.left_out_after_others();
    let own = vetting.left_out() - after;
    let breaks = if own == 1 { "breaks" } else { "break" };
    let mut text = format!(
        "{} in this file {breaks} Attune's rules",
        plural(own, "entry", "entries")
    );
    if after > 0 {
        let needs = if after == 1 { "needs" } else { "need" };
        text.push_str(&format!(", and {after} more {needs} one of them"));
    }
    text.push(':');
    text
}

#[component]
pub fn BackupProblems(
    /// What replacing everything with the file would leave out: every
    /// broken entry of the file.
    vetting: Vetting,
) -> impl IntoView {
    let more = vetting.left_out().saturating_sub(LISTED);
    (vetting.left_out() > 0).then(|| {
        let lines = (vetting.problems.iter().take(LISTED))
            .map(|p| view! { <li>{problem_text(p)}</li> })
            .collect_view();
        view! {
            <div class="backup-problems" data-testid="backup-problems">
                <p>
                    <strong>{heading(&vetting)}</strong>
                </p>
                <ul aria-label="Broken entries">{lines}</ul>
                {(more > 0).then(|| view! { <p>{format!("…and {more} more.")}</p> })}
            </div>
        }
    })
}
