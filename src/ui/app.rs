//! The shell: top bar, banners, the routed page and the bottom navigation.

use leptos::context::Provider;
use leptos::prelude::*;

use super::components::{
    AfterFirstScreen, AutoLock, BootBanner, BottomNav, CaptureButton, InstalledApp, SaveIndicator,
    TypingNotice, UndoBar,
};
use super::pages::{
    GroupEditPage, GroupNewPage, KidEditPage, KidNewPage, KidPage, KidsPage, NotFoundPage,
    NoteEditPage, NotePage, SessionPage, SessionRunPage, SettingsPage, SharePage, TodayPage,
};
use super::router::Location;
use crate::platform::{self, today_copy};
use crate::routes::Route;
use crate::state::{AppState, Boot, Outcomes, Preferences, Reminders, Undo};
use crate::ui::settle::Settle;

#[component]
pub fn App() -> impl IntoView {
    Preferences::provide();
    let state = AppState::provide();
    Outcomes::provide();
    Undo::provide(state);
    Reminders::provide(state);
    let here = Location::provide();
    let (under, has_under) = here.under_note();
    let writing = Memo::new(move |_| here.route.get() == Route::Note);
    keep_today(state, here);
    let shell = view! {
        <a href="#main" class="skip-link" on:click=skip_to_main>
            "Skip to content"
        </a>
        <header class="top-bar">
            <span class="brand">"Attune"</span>
            <SaveIndicator />
        </header>
        // Listens from the first moment: hiding Attune just after unlocking locks it.
        <AutoLock />
        <AfterFirstScreen>
            <BootBanner />
            <TypingNotice />
            <InstalledApp />
        </AfterFirstScreen>
        // Busy until the whole journal has loaded, for screen readers.
        <main
            id="main"
            tabindex="-1"
            class="page"
            aria-busy=move || (!state.is_ready()).to_string()
        >
            // The screen, hidden while a note is written over it; its
            // layout is kept (`.under-note`), so it comes back at once.
            <div class:under-note=move || writing.get()>
                <Provider value=under>
                    {move || has_under.get().then(|| page(under.route.get()))}
                </Provider>
            </div>
            {move || writing.get().then(|| view! { <NotePage /> })}
        </main>
        <UndoBar />
        <AfterFirstScreen>
            <CaptureButton />
        </AfterFirstScreen>
        <BottomNav />
    };
    platform::mark("attune:shell");
    shell
}

/// Tells the kept copy of Today (`public/today-copy.js`) when the app's first screen
/// is drawn and when everything is loaded, so it gives way; then, while
/// Today is what the leader sees, keeps a copy of it after every change.
fn keep_today(state: AppState, here: Location) {
    Effect::new(move |_| {
        if state.drawn.get() {
            today_copy::app_drawn();
        }
    });
    Effect::new(move |_| {
        if matches!(state.boot.get(), Boot::Ready { .. } | Boot::Failed(_)) {
            today_copy::give_way();
        }
    });
    // Kept once the taps settle, not after each: going to the background
    // keeps it at once (`public/today-copy.js`).
    let settle = Settle::new();
    Effect::new(move |_| {
        state.journal.track();
        let on =
            here.route.get() == Route::Today && state.is_ready() && !platform::vault::is_enabled();
        today_copy::set_live(on);
        if on {
            settle.run(today_copy::save);
        }
    });
}

/// The skip link moves focus past the top bar, without a history entry.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    let main = document()
        .get_element_by_id("main")
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
    if let Some(main) = main {
        let _ = main.focus();
    }
}

/// The screen an address shows.
fn page(route: Route) -> AnyView {
    match route {
        Route::Today => view! { <TodayPage /> }.into_any(),
        Route::Kids => view! { <KidsPage /> }.into_any(),
        Route::KidNew => view! { <KidNewPage /> }.into_any(),
        Route::Kid(_) => view! { <KidPage /> }.into_any(),
        Route::KidEdit(_) => view! { <KidEditPage /> }.into_any(),
        // Drawn over the screen it was started from (`Location::under_note`).
        Route::Note => ().into_any(),
        Route::NoteEdit(_) => view! { <NoteEditPage /> }.into_any(),
        Route::Session => view! { <SessionPage /> }.into_any(),
        Route::SessionRun(_) => view! { <SessionRunPage /> }.into_any(),
        Route::GroupNew => view! { <GroupNewPage /> }.into_any(),
        Route::GroupEdit(_) => view! { <GroupEditPage /> }.into_any(),
        Route::Settings => view! { <SettingsPage /> }.into_any(),
        Route::Share => view! { <SharePage /> }.into_any(),
        Route::NotFound => view! { <NotFoundPage /> }.into_any(),
    }
}
