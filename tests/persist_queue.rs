//! Quick taps during group: each change waits for the one before it, so a
//! second tap never plans from a record the first tap is still replacing.

mod support;

use support::day;

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use attune::domain::session_view::session_cards;
use attune::domain::{Journal, KidId, SessionId};
use attune::persist::{MemoryStore, Store, WriteQueue, encode_changes};
use chrono::NaiveDate;
use support::{GROUP, group_of, run};

const SESSION: SessionId = SessionId(0xe1);
const NAMES: [&str; 9] = [
    "Ana", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo",
];

fn today() -> NaiveDate {
    day("2026-12-08")
}

/// A group of nine kids with a session under way and nobody marked yet.
fn running_session() -> Journal {
    let mut j = group_of(&NAMES);
    let planned = j.start_session(SESSION, GROUP, today());
    run(&mut j, planned);
    j
}

/// Gives way once, as a browser's storage does while a write is in flight.
struct GiveWay(bool);

impl Future for GiveWay {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

/// Polls every task in turn until all are done, like the browser's event
/// loop running several taps' writes at once.
fn run_together(mut tasks: Vec<Pin<Box<dyn Future<Output = ()>>>>) {
    let mut cx = Context::from_waker(Waker::noop());
    for _ in 0..1000 {
        tasks.retain_mut(|t| t.as_mut().poll(&mut cx).is_pending());
        if tasks.is_empty() {
            return;
        }
    }
    panic!("{} tasks never finished", tasks.len());
}

/// Marks every kid present, all taps at once, the way the app commits a
/// change: plan against memory, store, then apply in memory.
fn tap_everyone(queued: bool) -> Journal {
    let journal = Rc::new(RefCell::new(running_session()));
    let store = Rc::new(MemoryStore::default());
    let queue = WriteQueue::new();
    let tasks = (1..=NAMES.len() as u64)
        .map(|n| {
            let (journal, store, queue) = (journal.clone(), store.clone(), queue.clone());
            Box::pin(async move {
                let _turn = if queued {
                    Some(queue.turn().await)
                } else {
                    None
                };
                let changes = journal
                    .borrow()
                    .set_attendance(SESSION, KidId(n), true, None)
                    .unwrap_or_default();
                GiveWay(false).await;
                if store.write(&encode_changes(&changes)).await.is_ok() {
                    journal.borrow_mut().apply(changes);
                }
            }) as Pin<Box<dyn Future<Output = ()>>>
        })
        .collect();
    run_together(tasks);
    journal.take()
}

fn present(journal: &Journal) -> usize {
    session_cards(journal, SESSION, today())
        .iter()
        .filter(|c| c.present)
        .count()
}

#[test]
fn nine_quick_taps_mark_nine_kids_present() {
    assert_eq!(present(&tap_everyone(true)), 9);
}

#[test]
fn without_taking_turns_the_taps_undo_each_other() {
    // The failure the queue exists for: each tap planned from the session
    // as it was before any of them landed, so only the last one stays.
    assert_eq!(present(&tap_everyone(false)), 1);
}

#[test]
fn turns_are_taken_in_the_order_asked_and_a_waiter_that_gives_up_is_skipped() {
    let queue = WriteQueue::new();
    let order = Rc::new(RefCell::new(Vec::new()));
    let mut cx = Context::from_waker(Waker::noop());

    let mut first = Box::pin(queue.turn());
    let Poll::Ready(first_turn) = first.as_mut().poll(&mut cx) else {
        panic!("the first in line waits for nobody");
    };
    let mut gives_up = Box::pin(queue.turn());
    assert!(gives_up.as_mut().poll(&mut cx).is_pending());
    let tasks: Vec<Pin<Box<dyn Future<Output = ()>>>> = (1..=3)
        .map(|n| {
            let (queue, order) = (queue.clone(), order.clone());
            Box::pin(async move {
                let _turn = queue.turn().await;
                order.borrow_mut().push(n);
                GiveWay(false).await;
            }) as Pin<Box<dyn Future<Output = ()>>>
        })
        .collect();
    let mut tasks = tasks;
    for t in &mut tasks {
        assert!(t.as_mut().poll(&mut cx).is_pending());
    }
    assert_eq!(queue.waiting(), 4);
    drop(gives_up);
    drop(first_turn);
    run_together(tasks);
    assert_eq!(*order.borrow(), vec![1, 2, 3]);
    assert_eq!(queue.waiting(), 0);
    // Free again: the next turn is given at once.
    let mut next = Box::pin(queue.turn());
    assert!(next.as_mut().poll(&mut cx).is_ready());
}
