//! Loading the journal from storage: at start-up the head, then the history,
//! and all of it again when another tab stored something.

use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{AppState, Boot};
use crate::domain::rules::{self, Window};
use crate::domain::{History, Journal};
use crate::persist::{HeadRecords, StoreError, load_head, read_history};
use crate::platform::{self, IndexedDbStore, indexed_db::DATABASE};
use crate::state::ledger::Ledger;

/// How long the shell's later parts wait for the first screen of records.
const SHELL_WAITS_AT_MOST: std::time::Duration = std::time::Duration::from_secs(1);

impl AppState {
    /// Reads what Today needs, shows it, then reads the history (notes,
    /// closed follow-ups, ended sessions).
    pub(super) async fn load(self) {
        // The shell's own task ends first, so it paints and answers taps
        // before any record is decoded.
        platform::next_task().await;
        // Should storage be slow to answer, the rest of the shell is not held back.
        set_timeout(move || self.drawn.set(true), SHELL_WAITS_AT_MOST);
        let store = match IndexedDbStore::open(DATABASE).await {
            Ok(store) => Rc::new(store),
            Err(e) => return self.stop(e),
        };
        // Records are held to the rules of the day the app opened.
        let window = Window::around(platform::clock::today());
        let head = match load_head(&*store, &window).await {
            Ok(head) => head,
            Err(e) => return self.stop(e),
        };
        self.journal.set(Journal::from_head(head.entities));
        self.boot.set(Boot::HeadLoaded);
        platform::mark("attune:head-loaded");
        // Today is on screen before the rest of the shell is drawn and the
        // history (a year is 10,000 notes) is decoded.
        platform::after_presented().await;
        // In a task of its own, not the frame callback: drawing the rest
        // there would hold up the frame after it.
        platform::next_task().await;
        platform::mark("attune:drawn");
        self.drawn.set(true);
        // Built apart and taken in at once: each note is indexed as it is
        // decoded, in the same slices, not all together at the end.
        let mut loaded = History::default();
        let known = self.journal.with_untracked(HeadRecords::of);
        let take = &mut |e| loaded.add(e);
        let history = match read_history(&*store, &known, &window, take).await {
            Ok(quarantined) => quarantined,
            Err(e) => return self.stop(e),
        };
        self.journal.update_untracked(|j| {
            j.take_in_history(loaded);
            let links = rules::dropped_links(j);
            j.apply(links);
        });
        // Every screen works itself out again in a task of its own: a tap
        // made while the history was being taken in is answered in between.
        platform::next_task().await;
        self.journal.notify();
        let ledger = Rc::new(Ledger::new(store, self, self.queue.get_value()));
        let unreadable = head.quarantined.iter().chain(&history);
        ledger.set_unreadable(unreadable.map(|q| q.key.clone()).collect());
        self.ledger.set_value(Some(ledger.clone()));
        let quarantined = head.quarantined.len() + history.len();
        let empty = quarantined == 0
            && self
                .journal
                .with_untracked(|j| j.entities().next().is_none());
        if empty && platform::prefs::had_records() {
            self.wiped.set(true);
        }
        self.boot.set(Boot::Ready { quarantined });
        platform::mark("attune:loaded");
        platform::tabs::listen(move || spawn_local(self.reread()));
        let turn = self.queue.get_value().turn().await;
        // Not the leader's doing, and retried at the next unlock.
        let _ = platform::vault::seal_leftovers(&**ledger.store()).await;
        ledger.pack_if_due().await;
        drop(turn);
    }

    /// Start-up cannot go on: say so, and draw the rest of the shell.
    fn stop(self, error: StoreError) {
        self.boot.set(Boot::Failed(error));
        self.drawn.set(true);
    }

    /// Another tab stored something: read the journal again, so this tab
    /// shows it and plans its own changes against it.
    async fn reread(self) {
        if let Some(ledger) = self.ledger.get_value() {
            ledger.reread(platform::clock::today()).await;
        }
    }
}
