//! Pages and components. Components stay thin: logic lives in `domain`.

mod app;
mod change;
mod components;
mod errors;
mod pages;
mod router;
mod roving;
mod settle;

pub use app::App;

use leptos::prelude::{Memo, RwSignal};

/// A toggle chip's tap: takes `item` out of `items` if it is there, else adds it.
pub(crate) fn toggle<T: PartialEq>(items: &mut Vec<T>, item: T) {
    match items.iter().position(|x| *x == item) {
        Some(i) => drop(items.remove(i)),
        None => items.push(item),
    }
}

/// The first `limit` rows of a list in `source`, all of them once
/// `show_all` is set, and how many wait behind "Show N more". Memos, so a
/// change copies and redraws only the rows shown, not a backlog of hundreds.
pub(crate) fn first_rows<S, T>(
    source: Memo<S>,
    rows: fn(&S) -> &[T],
    limit: usize,
    show_all: RwSignal<bool>,
) -> (Memo<Vec<T>>, Memo<usize>)
where
    S: Send + Sync + 'static,
    T: Clone + PartialEq + Send + Sync + 'static,
{
    use leptos::prelude::{Get, With};
    let shown = Memo::new(move |_| {
        let limit = if show_all.get() { usize::MAX } else { limit };
        source.with(|s| rows(s).iter().take(limit).cloned().collect::<Vec<_>>())
    });
    let hidden = Memo::new(move |_| source.with(|s| rows(s).len()) - shown.with(Vec::len));
    (shown, hidden)
}

/// "1 note", "3 notes".
pub(crate) fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "3,000,000": a count with its thousands set apart, as a leader reads it.
pub(crate) fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// Mounts the app into the page body: behind the lock screen when the app
/// lock is on, so nothing is read from storage before the passcode.
pub fn mount() {
    crate::platform::problem::install();
    crate::platform::keyboard::follow();
    leptos::mount::mount_to_body(Root);
}

#[leptos::component]
fn Root() -> impl leptos::IntoView {
    use leptos::prelude::*;
    crate::platform::vault::follow_other_tabs();
    let unlocked = RwSignal::new(!crate::platform::vault::is_enabled());
    if !unlocked.get_untracked() {
        // The kept copy shows nothing of Today under the lock, but the lock may
        // have been turned on in another tab since it looked (which forgot
        // the stored copy): the copy on screen goes, or it would stay over
        // the lock screen.
        crate::platform::today_copy::give_way();
    }
    move || match unlocked.get() {
        true => view! { <App /> }.into_any(),
        false => view! { <components::LockScreen unlocked=unlocked /> }.into_any(),
    }
}
