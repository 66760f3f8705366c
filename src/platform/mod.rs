//! The only code that touches the browser: IndexedDB, localStorage, the clock and ids.

pub mod clock;
pub mod crypto;
pub mod files;
pub mod indexed_db;
pub mod keyboard;
pub mod local;
pub mod prefs;
pub mod problem;
pub mod pwa;
pub mod reminders;
pub mod tabs;
pub mod today_copy;
pub mod vault;

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

pub use indexed_db::IndexedDbStore;

/// Records a named moment on the page's performance timeline, so start-up
/// can be measured from outside without reading any content.
pub fn mark(name: &str) {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark(name);
    }
}

/// Resolves in a task of its own, after the browser has run what was
/// already waiting, so long work is not done in one unbroken stretch.
///
/// The task is a message on a channel kept for this, not a zero-delay timer:
/// a browser holds back a timer set from a timer more than five deep by at
/// least 4 ms, and a year's history, loaded in slices that each give way
/// here, would sit idle that long between every two slices.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let posted = TURNS.with(|turns| match turns {
            Some(turns) => turns.take(resolve.clone()),
            None => false,
        });
        if !posted {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

thread_local! {
    static TURNS: Option<Turns> = Turns::open();
}

/// A message channel to itself: each message posted comes back as a task,
/// and resolves the oldest turn waiting.
struct Turns {
    send: web_sys::MessagePort,
    // Both ends are held, so neither is collected while a turn is on its way.
    _receive_on: web_sys::MessagePort,
    _receive: Closure<dyn FnMut()>,
    waiting: Rc<RefCell<VecDeque<js_sys::Function>>>,
}

impl Turns {
    fn open() -> Option<Turns> {
        let channel = web_sys::MessageChannel::new().ok()?;
        let waiting: Rc<RefCell<VecDeque<js_sys::Function>>> = Rc::default();
        let queue = waiting.clone();
        let receive = Closure::<dyn FnMut()>::new(move || {
            let next = queue.borrow_mut().pop_front();
            if let Some(resolve) = next {
                let _ = resolve.call0(&JsValue::NULL);
            }
        });
        let receive_on = channel.port1();
        receive_on.set_onmessage(Some(receive.as_ref().unchecked_ref()));
        Some(Turns {
            send: channel.port2(),
            _receive_on: receive_on,
            _receive: receive,
            waiting,
        })
    }

    /// Posts a turn for `resolve`; `false` if the message could not be sent.
    fn take(&self, resolve: js_sys::Function) -> bool {
        self.waiting.borrow_mut().push_back(resolve);
        if self.send.post_message(&JsValue::NULL).is_ok() {
            return true;
        }
        self.waiting.borrow_mut().pop_back();
        false
    }
}

/// Resolves once the next frame is on screen: the browser has begun the
/// frame after it. Start-up uses it so the first screen of records is shown
/// before the shell's later parts and the history are worked on.
pub async fn after_presented() {
    after_next_frame(|window, resolve| {
        let _ = window.request_animation_frame(resolve);
    })
    .await;
}

/// Resolves once the browser has painted the next frame, so a tap's visible
/// answer is drawn before the write behind it starts.
pub async fn after_paint() {
    after_next_frame(|window, resolve| {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(resolve, 0);
    })
    .await;
}

/// At the start of the next frame hands `then` the promise's `resolve`, to
/// call when the wait is over. A page in the background paints nothing;
/// there a short timer stands in, so nothing is held back for long.
async fn after_next_frame(then: fn(&web_sys::Window, &js_sys::Function)) {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let Some(window) = web_sys::window() else {
            let _ = resolve.call0(&JsValue::NULL);
            return;
        };
        let (done, frames) = (resolve.clone(), window.clone());
        let on_frame = Closure::once_into_js(move || then(&frames, &done));
        let _ = window.request_animation_frame(on_frame.unchecked_ref());
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 100);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
