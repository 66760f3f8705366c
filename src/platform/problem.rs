//! What the leader sees if Attune ever panics: a plain message and a way to
//! reload, instead of a page that has silently stopped answering.

use wasm_bindgen::JsCast;

/// The message shown; it names nothing of the leader's.
const MESSAGE: &str = "Attune hit a problem. Reload; your notes are safe.";

/// Shows [`MESSAGE`] over the page on any panic. Nothing of the panic is
/// logged: its text could hold a kid's name or a note.
pub fn install() {
    std::panic::set_hook(Box::new(|_| show()));
}

/// Built from the DOM alone, since the app that panicked cannot draw it.
/// Every change is already stored before memory moves (the write path), so
/// a reload loses nothing saved, and drafts are in localStorage.
fn show() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.get_element_by_id("problem").is_some() {
        return;
    }
    let (Ok(panel), Ok(text), Ok(reload), Some(body)) = (
        document.create_element("div"),
        document.create_element("p"),
        document.create_element("a"),
        document.body(),
    ) else {
        return;
    };
    panel.set_id("problem");
    let _ = panel.set_attribute("role", "alert");
    let _ = panel.set_attribute("class", "problem");
    text.set_text_content(Some(MESSAGE));
    let here = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_else(|| "/".into());
    let _ = reload.set_attribute("href", &here);
    // A target of its own: the app's link handling (which may be what
    // failed) leaves it to the browser, which loads the page afresh.
    let _ = reload.set_attribute("target", "_self");
    let _ = reload.set_attribute("class", "button primary");
    reload.set_text_content(Some("Reload"));
    let _ = panel.append_child(&text);
    let _ = panel.append_child(&reload);
    let _ = body.append_child(&panel);
    if let Ok(link) = reload.dyn_into::<web_sys::HtmlElement>() {
        let _ = link.focus();
    }
}
