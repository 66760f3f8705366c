//! Other tabs of Attune on this phone. A message between tabs carries no
//! content, only that something happened: each tab then reads what it needs
//! from storage itself, so no name or note ever crosses between them.

use std::cell::RefCell;

use wasm_bindgen::{JsCast, JsValue, closure::Closure};
use web_sys::BroadcastChannel;

/// One named channel to the other tabs.
pub struct Channel {
    name: &'static str,
    open: RefCell<Option<BroadcastChannel>>,
}

impl Channel {
    pub const fn new(name: &'static str) -> Channel {
        Channel {
            name,
            open: RefCell::new(None),
        }
    }

    /// Calls `on_message` whenever another tab announces on this channel,
    /// instead of whatever was called before: the state an earlier listener
    /// answered for (before the app locked) is gone.
    pub fn listen(&self, on_message: impl Fn() + 'static) {
        let Ok(channel) = BroadcastChannel::new(self.name) else {
            return;
        };
        let handler = Closure::<dyn Fn()>::new(on_message);
        channel.set_onmessage(Some(handler.as_ref().unchecked_ref()));
        handler.forget();
        if let Some(earlier) = self.open.borrow_mut().replace(channel) {
            earlier.set_onmessage(None);
            earlier.close();
        }
    }

    /// Tells the other tabs listening on this channel. A tab that is not
    /// listening itself has nothing to say.
    pub fn announce(&self) {
        if let Some(channel) = self.open.borrow().as_ref() {
            let _ = channel.post_message(&JsValue::from_str(self.name));
        }
    }
}

thread_local! {
    static CHANGES: Channel = const { Channel::new("attune-changes") };
}

/// Calls `on_change` whenever another tab has stored a change.
pub fn listen(on_change: impl Fn() + 'static) {
    CHANGES.with(|changes| changes.listen(on_change));
}

/// Tells the other tabs that storage has changed.
pub fn announce_change() {
    CHANGES.with(Channel::announce);
}
