//! Other tabs of Attune on this phone: each says when it has stored a
//! change, and listens for the others, so every tab shows the same journal.

use std::cell::RefCell;

use wasm_bindgen::{JsCast, JsValue, closure::Closure};
use web_sys::BroadcastChannel;

const CHANNEL: &str = "attune-changes";

thread_local! {
    static OPEN: RefCell<Option<BroadcastChannel>> = const { RefCell::new(None) };
}

/// Calls `on_change` whenever another tab has stored a change.
pub fn listen(on_change: impl Fn() + 'static) {
    let Ok(channel) = BroadcastChannel::new(CHANNEL) else {
        return;
    };
    let handler = Closure::<dyn Fn()>::new(on_change);
    channel.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    handler.forget();
    OPEN.with(|open| *open.borrow_mut() = Some(channel));
}

/// Tells the other tabs that storage has changed. The message carries no
/// content: each tab reads what changed from storage itself.
pub fn announce_change() {
    OPEN.with(|open| {
        if let Some(channel) = open.borrow().as_ref() {
            let _ = channel.post_message(&JsValue::from_str("changed"));
        }
    });
}
