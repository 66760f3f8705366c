//! A row of chips is one stop for the Tab key: the arrow keys move between
//! its buttons, and Tab goes on to what follows (a roving tab stop).

use wasm_bindgen::JsCast;

/// The `tabindex` of the chip at `index` when the row is drawn: the first
/// is the row's one stop.
pub fn tab_stop(index: usize) -> &'static str {
    match index {
        0 => "0",
        _ => "-1",
    }
}

/// Moves focus, and the row's one stop, with the arrow keys, Home and End.
pub fn on_keydown(ev: leptos::ev::KeyboardEvent) {
    let step: isize = match ev.key().as_str() {
        "ArrowRight" | "ArrowDown" => 1,
        "ArrowLeft" | "ArrowUp" => -1,
        "Home" => isize::MIN,
        "End" => isize::MAX,
        _ => return,
    };
    let Some(row) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Ok(found) = row.query_selector_all("button") else {
        return;
    };
    let buttons: Vec<web_sys::HtmlElement> = (0..found.length())
        .filter_map(|i| found.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .collect();
    let Some(last) = buttons.len().checked_sub(1) else {
        return;
    };
    let focused = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    let at = buttons
        .iter()
        .position(|b| {
            focused
                .as_ref()
                .is_some_and(|f| f == b.as_ref() as &web_sys::Element)
        })
        .unwrap_or(0);
    let to = match step {
        isize::MIN => 0,
        isize::MAX => last,
        1 => (at + 1).min(last),
        _ => at.saturating_sub(1),
    };
    ev.prevent_default();
    for (i, button) in buttons.iter().enumerate() {
        let _ = button.set_attribute("tabindex", if i == to { "0" } else { "-1" });
    }
    let _ = buttons[to].focus();
}
