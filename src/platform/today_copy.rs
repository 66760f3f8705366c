//! The kept copy of Today that `public/today-copy.js` shows at a cold start, before
//! the app has loaded: the app tells it when Today is on screen, when to
//! write the copy, when to forget it, and when it may give way.
//!
//! The copy is written only from Today as shown, with the app lock off, and
//! forgotten before any change is stored, so the copy shown is Today exactly
//! as it was last seen, or nothing. Pages without `index.html` (the browser
//! tests) have no `window.attuneToday`; every call is then a no-op.

use chrono::NaiveDate;
use wasm_bindgen::{JsCast, JsValue};

fn call(method: &str, arg: &JsValue) -> Option<JsValue> {
    let window: JsValue = web_sys::window()?.into();
    let copy = js_sys::Reflect::get(&window, &JsValue::from_str("attuneToday")).ok()?;
    if copy.is_undefined() {
        return None;
    }
    let function = js_sys::Reflect::get(&copy, &JsValue::from_str(method))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    function.call1(&copy, arg).ok()
}

/// Today is drawn, for `day` (`Some`), or gone (`None`).
pub fn today_shown(day: Option<NaiveDate>) {
    let day = day.map_or(JsValue::NULL, |d| JsValue::from_str(&d.to_string()));
    call("todayShown", &day);
}

/// Whether Today is what the leader sees, loaded, with the app lock off.
/// The copy is written only while it is.
pub fn set_live(on: bool) {
    call("setLive", &JsValue::from_bool(on));
}

/// Writes Today as it is on screen now, if it is live.
pub fn save() {
    call("save", &JsValue::UNDEFINED);
}

/// A change is about to be stored, or the lock turned on: no copy is kept
/// until Today is seen again.
pub fn discard() {
    call("discard", &JsValue::UNDEFINED);
}

/// The app has drawn its first screen, from Today's records: the copy gives
/// way now if the leader has tapped it, and otherwise at `give_way`.
pub fn app_drawn() {
    call("appDrawn", &JsValue::UNDEFINED);
}

/// Everything is loaded, or start-up stopped or is locked: the copy goes.
/// A link tapped on it is followed then.
pub fn give_way() {
    call("giveWay", &JsValue::UNDEFINED);
}
