//! The app lock: while it is on, every record in IndexedDB and every draft in
//! localStorage is stored encrypted, and the key lives only in this page's
//! memory, from the moment the passcode is typed until the app locks.
//!
//! Records are encrypted with a random AES-256-GCM key (the data key). The
//! passcode, through PBKDF2-SHA256, makes a second key that encrypts the data
//! key; only that wrapped form is stored (`attune.lock` in localStorage,
//! with the salt). Changing the passcode makes a new data key and encrypts
//! every record again; until that is stored, the old data key is kept beside
//! the new one, wrapped by the new passcode, so a crash halfway loses nothing.
//!
//! A stored value is `sealed1:<key id>:<base64 of nonce, ciphertext, tag>`;
//! any other value is plain JSON (written before the lock was turned on, or
//! after it was turned off) and is read as it is.

mod cache;
mod keys;
mod passcode;
mod sealing;
mod sensitive;

use serde::{Deserialize, Serialize};

use super::crypto::CryptoError;
use super::local;
use super::tabs::Channel;
use crate::persist::{StoreError, wait_after};

pub use crate::persist::MIN_PASSCODE_CHARS;
pub(crate) use cache::cached;
pub use passcode::{change, disable, enable};
pub use sealing::{RawRecords, open_values, seal_leftovers, seal_writes};
pub(crate) use sensitive::keep;

const TRIES: &str = "lock_tries";
const CHANNEL: &str = "attune-lock";

/// Wrong passcodes so far, and when the last one was typed (ms since epoch).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Tries {
    failed: u32,
    last_ms: f64,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LockError {
    #[error("wrong passcode")]
    Wrong,
    #[error("too many wrong passcodes: wait {0} s")]
    Wait(u32),
    #[error("the passcode is too short")]
    TooShort,
    #[error(transparent)]
    Crypto(#[from] CryptoError),
    #[error(transparent)]
    Storage(#[from] StoreError),
}

/// The lock is on: records are sealed and a passcode opens them.
pub fn is_enabled() -> bool {
    keys::stored_meta().is_some()
}

/// The passcode has been typed in this page.
pub fn is_open() -> bool {
    cache::is_open()
}

/// Drafts and the week's intention may name kids: under the lock they are
/// stored sealed.
pub(crate) fn is_sensitive(key: &str) -> bool {
    key.starts_with("draft.") || key == "reflection"
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Seconds left before the next try is allowed.
pub fn seconds_to_wait() -> u32 {
    let tries: Tries = local::load(TRIES).unwrap_or_default();
    let until = tries.last_ms + f64::from(wait_after(tries.failed)) * 1000.0;
    ((until - now_ms()) / 1000.0).ceil().max(0.0) as u32
}

/// Opens the vault with the passcode; wrong ones are counted and slow down.
pub async fn unlock(passcode: &str) -> Result<(), LockError> {
    let wait = seconds_to_wait();
    if wait > 0 {
        return Err(LockError::Wait(wait));
    }
    let Some(meta) = keys::stored_meta() else {
        return Ok(());
    };
    match keys::unwrap_keys(passcode, &meta).await {
        Ok(keys) => {
            local::remove(TRIES);
            cache::open_with(keys, Default::default());
            sensitive::load_sensitive().await;
            Ok(())
        }
        Err(LockError::Wrong) => {
            let mut tries: Tries = local::load(TRIES).unwrap_or_default();
            tries.failed += 1;
            tries.last_ms = now_ms();
            // Should storage refuse the count, the wait is only shorter.
            let _ = local::save(TRIES, &tries);
            match wait_after(tries.failed) {
                0 => Err(LockError::Wrong),
                n => Err(LockError::Wait(n)),
            }
        }
        Err(other) => Err(other),
    }
}

/// Forgets the keys and every opened value by starting the page afresh:
/// nothing decrypted survives in memory, and the lock screen shows. Asked
/// for by the leader, every tab locks; locking for idleness or because this
/// tab was hidden locks only this one (the leader may just have switched to
/// another Attune tab).
pub fn lock_now(every_tab: bool) {
    if every_tab {
        announce();
    }
    reload();
}

/// Forgets the keys and every opened value in this page, as starting it
/// afresh does.
pub fn close() {
    cache::close();
}

fn reload() {
    close();
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

thread_local! {
    static LOCKS: Channel = const { Channel::new(CHANNEL) };
}

/// Other tabs lock, or start afresh, when this one turns the lock on, off,
/// changes it, or locks.
fn announce() {
    LOCKS.with(Channel::announce);
}

/// Starts listening to the other tabs' lock changes.
pub fn follow_other_tabs() {
    LOCKS.with(|locks| locks.listen(reload));
}
