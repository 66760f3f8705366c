//! The only code that touches the browser: IndexedDB, localStorage, the clock and ids.

pub mod clock;
pub mod crypto;
pub mod files;
pub mod indexed_db;
pub mod prefs;
pub mod pwa;
pub mod tabs;
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
/// before the shell's later parts and the history are worked on. A page in
/// the background paints nothing; there a short timer stands in.
pub async fn after_presented() {
    use wasm_bindgen::{JsCast, JsValue, closure::Closure};
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let Some(window) = web_sys::window() else {
            let _ = resolve.call0(&JsValue::NULL);
            return;
        };
        let (then, frames) = (resolve.clone(), window.clone());
        let on_frame = Closure::once_into_js(move || {
            let on_next = Closure::once_into_js(move || {
                let _ = then.call0(&JsValue::NULL);
            });
            let _ = frames.request_animation_frame(on_next.unchecked_ref());
        });
        let _ = window.request_animation_frame(on_frame.unchecked_ref());
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 100);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Resolves once the browser has painted the next frame, so a tap's visible
/// answer is drawn before the write behind it starts. A page in the
/// background paints nothing; there a short timer stands in, so the write is
/// never held back for long.
pub async fn after_paint() {
    use wasm_bindgen::{JsCast, JsValue, closure::Closure};
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let Some(window) = web_sys::window() else {
            let _ = resolve.call0(&JsValue::NULL);
            return;
        };
        let (then, timers) = (resolve.clone(), window.clone());
        let on_frame = Closure::once_into_js(move || {
            let _ = timers.set_timeout_with_callback_and_timeout_and_arguments_0(&then, 0);
        });
        let _ = window.request_animation_frame(on_frame.unchecked_ref());
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 100);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
