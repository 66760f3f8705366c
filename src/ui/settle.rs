//! Work that follows every change but is no tap's business (the icon's
//! number, the kept copy of Today) waits until the taps settle, so a burst
//! of changes costs it once and no tap waits on it.

use std::time::Duration;

use leptos::prelude::*;

/// How long after the last change the work runs.
const SETTLED_AFTER: Duration = Duration::from_millis(600);

/// Runs the last of a burst of calls once none has come for a moment.
#[derive(Clone, Copy)]
pub struct Settle {
    calls: StoredValue<u64>,
}

impl Settle {
    pub fn new() -> Settle {
        Settle {
            calls: StoredValue::new(0),
        }
    }

    /// Runs `work` once no other call has come for a moment; a later call
    /// replaces it. Dropped if the screen that asked is gone by then.
    pub fn run(self, work: impl FnOnce() + 'static) {
        self.calls.update_value(|n| *n += 1);
        let mine = self.calls.get_value();
        set_timeout(
            move || {
                if self.calls.try_get_value() == Some(mine) {
                    work();
                }
            },
            SETTLED_AFTER,
        );
    }
}
