//! How much of the page the on-screen keyboard covers, for browsers that
//! lay the page out behind it rather than shrinking it.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// Keeps the CSS variable `--keyboard` at the height, in pixels, that the
/// visible part of the page has lost at its bottom, so a form's actions can
/// stay above the keyboard. Where the browser shrinks the page itself
/// (`interactive-widget=resizes-content`), it stays 0.
pub fn follow() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(visible) = window.visual_viewport() else {
        return;
    };
    let Some(root) = window.document().and_then(|d| d.document_element()) else {
        return;
    };
    let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    let (seen, shown) = (visible.clone(), window.clone());
    let update = Closure::<dyn FnMut()>::new(move || {
        let layout = shown
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
        // Whole pixels, as a number: printing a fraction would bring in
        // the code that formats floats.
        let covered = (layout - seen.height() - seen.offset_top())
            .max(0.0)
            .round() as i64;
        let _ = root
            .style()
            .set_property("--keyboard", &format!("{covered}px"));
    });
    for event in ["resize", "scroll"] {
        let _ = visible.add_event_listener_with_callback(event, update.as_ref().unchecked_ref());
    }
    // Listens for the life of the page.
    update.forget();
}
