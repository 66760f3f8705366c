//! The only code that touches the browser: IndexedDB, localStorage, the clock and ids.

pub mod clock;
pub mod files;
pub mod indexed_db;
pub mod prefs;

pub use indexed_db::IndexedDbStore;

/// Records a named moment on the page's performance timeline, so start-up
/// can be measured from outside without reading any content.
pub fn mark(name: &str) {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark(name);
    }
}
