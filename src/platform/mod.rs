//! The only code that touches the browser: IndexedDB, localStorage, the clock and ids.

pub mod clock;
pub mod crypto;
pub mod files;
pub mod indexed_db;
pub mod prefs;
pub mod pwa;
pub mod tabs;
pub mod today_copy;
pub mod vault;

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
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| match web_sys::window() {
        Some(window) => {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
        None => {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
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
    use wasm_bindgen::{JsCast, JsValue, closure::Closure};
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
