//! The installed app: the service worker and its updates, persistent
//! storage, and the icon badge. Each is skipped quietly where the browser
//! lacks it.

use std::cell::RefCell;

use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue, closure::Closure};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};

thread_local! {
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
}

/// Lets a promise whose outcome nobody needs run to the end, rejected or not.
fn let_settle(promise: js_sys::Promise) {
    wasm_bindgen_futures::spawn_local(async move {
        let _ = JsFuture::from(promise).await;
    });
}

fn navigator() -> Option<web_sys::Navigator> {
    web_sys::window().map(|w| w.navigator())
}

/// Whether `navigator` has `name` (service workers exist only in secure contexts).
fn navigator_has(name: &str) -> bool {
    navigator().is_some_and(|n| Reflect::has(&n, &JsValue::from_str(name)).unwrap_or(false))
}

/// Registers the service worker. `on_update_ready` is called once a new
/// version has installed and is waiting for the leader to switch to it.
pub async fn register_worker(on_update_ready: impl Fn() + Clone + 'static) {
    if !navigator_has("serviceWorker") {
        return;
    }
    let Some(navigator) = navigator() else { return };
    let container = navigator.service_worker();
    let Ok(registration) = JsFuture::from(container.register("/sw.js")).await else {
        return;
    };
    // A browser that blocks workers may answer with nothing at all.
    let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
        return;
    };
    // Only an update needs the leader: the very first install has nothing to replace.
    let has_controller = {
        let container = container.clone();
        move || container.controller().is_some()
    };
    if registration.waiting().is_some() && has_controller() {
        on_update_ready();
    }
    let watch = {
        let registration = registration.clone();
        let on_update_ready = on_update_ready.clone();
        let has_controller = has_controller.clone();
        Closure::<dyn Fn()>::new(move || {
            let Some(worker) = registration.installing() else {
                return;
            };
            let watched = worker.clone();
            let on_update_ready = on_update_ready.clone();
            let has_controller = has_controller.clone();
            let changed = Closure::<dyn Fn()>::new(move || {
                if watched.state() == ServiceWorkerState::Installed && has_controller() {
                    on_update_ready();
                }
            });
            worker.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
            changed.forget();
        })
    };
    registration.set_onupdatefound(Some(watch.as_ref().unchecked_ref()));
    watch.forget();
    REGISTRATION.with(|r| *r.borrow_mut() = Some(registration));
}

/// Asks the browser to look for a new version now (when the app comes back
/// to the foreground, say). Nothing happens without a registration.
pub fn check_for_update() {
    REGISTRATION.with(|r| {
        if let Some(registration) = r.borrow().as_ref()
            && let Ok(promise) = registration.update()
        {
            // Offline the check fails; the next one will do.
            let_settle(promise);
        }
    });
}

/// Switches to the waiting version: the page reloads once it has taken over.
pub fn apply_update() {
    let waiting: Option<ServiceWorker> =
        REGISTRATION.with(|r| r.borrow().as_ref().and_then(|r| r.waiting()));
    let (Some(worker), Some(navigator)) = (waiting, navigator()) else {
        return;
    };
    let reload = Closure::once_into_js(|| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    });
    navigator
        .service_worker()
        .set_oncontrollerchange(Some(reload.unchecked_ref()));
    let _ = worker.post_message(&JsValue::from_str("skip-waiting"));
}

/// Whether the browser has promised not to clear Attune's storage.
pub async fn storage_persisted() -> Option<bool> {
    if !navigator_has("storage") {
        return None;
    }
    let promise = navigator()?.storage().persisted().ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}

/// Asks for storage the browser will not clear under pressure. Browsers may
/// grant it silently, or not; the answer shows in Settings.
pub async fn request_persistence() -> Option<bool> {
    if !navigator_has("storage") {
        return None;
    }
    let promise = navigator()?.storage().persist().ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}

/// Bytes used and available to Attune, as the browser estimates them.
pub async fn storage_estimate() -> Option<(f64, f64)> {
    if !navigator_has("storage") {
        return None;
    }
    let promise = navigator()?.storage().estimate().ok()?;
    let estimate: web_sys::StorageEstimate = JsFuture::from(promise).await.ok()?.unchecked_into();
    Some((estimate.get_usage()?, estimate.get_quota()?))
}

/// Whether this browser can put a number on the app's icon.
pub fn has_badge() -> bool {
    navigator_has("setAppBadge")
}

/// Shows `count` on the app's icon, or clears it at zero, where the Badging
/// API exists.
pub fn set_badge(count: usize) {
    let Some(navigator) = navigator() else { return };
    let name = if count == 0 {
        "clearAppBadge"
    } else {
        "setAppBadge"
    };
    let Ok(method) = Reflect::get(&navigator, &JsValue::from_str(name)) else {
        return;
    };
    let Some(method) = method.dyn_ref::<js_sys::Function>() else {
        return;
    };
    let result = match count {
        0 => method.call0(&navigator),
        n => method.call1(&navigator, &JsValue::from_f64(n as f64)),
    };
    // The promise rejects where badges are not allowed; nothing to tell the leader.
    if let Ok(promise) = result
        && let Ok(promise) = promise.dyn_into::<js_sys::Promise>()
    {
        let_settle(promise);
    }
}

/// Deletes every cached copy of the app, the morning reminder's database,
/// and unregisters the service worker (with its periodic wake-up), so
/// nothing of Attune is left in the browser's storage. The next visit
/// with a connection installs the app again.
pub async fn delete_caches() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(caches) = Reflect::get(&window, &JsValue::from_str("caches"))
        && !caches.is_undefined()
    {
        let call = |name: &str, args: &[JsValue]| -> Option<js_sys::Promise> {
            let method: js_sys::Function = Reflect::get(&caches, &JsValue::from_str(name))
                .ok()?
                .dyn_into()
                .ok()?;
            let array: js_sys::Array = args.iter().collect();
            method.apply(&caches, &array).ok()?.dyn_into().ok()
        };
        if let Some(keys) = call("keys", &[])
            && let Ok(names) = JsFuture::from(keys).await
        {
            for name in js_sys::Array::from(&names).iter() {
                if let Some(deleted) = call("delete", &[name]) {
                    let _ = JsFuture::from(deleted).await;
                }
            }
        }
    }
    REGISTRATION.with(|r| r.borrow_mut().take());
    // What the morning reminder reads goes with the worker that reads it.
    super::reminders::forget().await;
    if !navigator_has("serviceWorker") {
        return;
    }
    let Some(navigator) = navigator() else { return };
    let Ok(all) = JsFuture::from(navigator.service_worker().get_registrations()).await else {
        return;
    };
    for registration in js_sys::Array::from(&all).iter() {
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        if let Ok(done) = registration.unregister() {
            let _ = JsFuture::from(done).await;
        }
    }
}
