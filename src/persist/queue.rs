//! One change at a time: each change is planned against the journal only
//! after the change before it has been stored and applied.
//!
//! Without this, two quick taps (two kids marked present) would both plan
//! from the same session record, and the second write would put back the
//! record the first one replaced.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use futures_channel::oneshot;

/// A first-come, first-served async lock for a single thread.
#[derive(Clone, Default)]
pub struct WriteQueue {
    inner: Rc<RefCell<Inner>>,
}

#[derive(Default)]
struct Inner {
    busy: bool,
    waiting: VecDeque<oneshot::Sender<()>>,
}

/// Holding this is the turn to plan and store a change; dropping it hands
/// the turn to the next in line.
pub struct Turn {
    inner: Rc<RefCell<Inner>>,
}

impl WriteQueue {
    pub fn new() -> WriteQueue {
        WriteQueue::default()
    }

    /// Waits until every change asked for earlier has finished.
    pub async fn turn(&self) -> Turn {
        let waiting = {
            let mut inner = self.inner.borrow_mut();
            if inner.busy {
                let (send, receive) = oneshot::channel();
                inner.waiting.push_back(send);
                Some(receive)
            } else {
                inner.busy = true;
                None
            }
        };
        if let Some(receive) = waiting {
            // The sender is only dropped after being used, or when the
            // queue itself is gone; either way the turn is ours.
            let _ = receive.await;
        }
        Turn {
            inner: self.inner.clone(),
        }
    }

    /// How many are waiting behind the one whose turn it is.
    pub fn waiting(&self) -> usize {
        self.inner.borrow().waiting.len()
    }
}

impl Drop for Turn {
    fn drop(&mut self) {
        let mut inner = self.inner.borrow_mut();
        // A waiter that gave up (its future was dropped) is skipped.
        while let Some(next) = inner.waiting.pop_front() {
            if next.send(()).is_ok() {
                return;
            }
        }
        inner.busy = false;
    }
}
