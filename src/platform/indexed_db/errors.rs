//! How IndexedDB's failures, thrown at once or reported by an aborted
//! transaction, become a [`StoreError`].

use wasm_bindgen::JsCast;

use crate::persist::StoreError;

fn failed(e: impl std::fmt::Display) -> StoreError {
    StoreError::Failed(e.to_string())
}

/// A DOM exception by its name: a full disk and an abort are told apart.
pub(super) fn from_dom(name: &str, message: String) -> StoreError {
    match name {
        "QuotaExceededError" => StoreError::QuotaExceeded,
        "AbortError" => StoreError::Aborted,
        _ => StoreError::Failed(message),
    }
}

pub(super) fn from_idb(e: idb::Error) -> StoreError {
    use idb::Error as E;
    // A browser may refuse a write at once, by throwing, as well as later,
    // by aborting: either way, a full disk is told as one.
    let thrown = match &e {
        E::DomException(dom) => Some(dom.clone()),
        E::UpdateFailed(js)
        | E::AddFailed(js)
        | E::DeleteFailed(js)
        | E::ClearFailed(js)
        | E::TransactionOpenFailed(js) => js.dyn_ref::<web_sys::DomException>().cloned(),
        _ => None,
    };
    match thrown {
        Some(dom) => from_dom(&dom.name(), dom.message()),
        None => failed(e),
    }
}
