//! The shell: top bar, banners, the routed page and the bottom navigation.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use super::components::{
    AutoLock, BootBanner, BottomNav, CaptureButton, InstalledApp, Later, SaveIndicator,
};
use super::pages::{
    GroupEditPage, GroupNewPage, KidEditPage, KidNewPage, KidPage, KidsPage, NotFoundPage,
    NotePage, SessionPage, SessionRunPage, SettingsPage, TodayPage,
};
use crate::platform;
use crate::state::{AppState, Outcomes};

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::provide();
    Outcomes::provide();
    let shell = view! {
        <Router>
            <header class="top-bar">
                <span class="brand">"Attune"</span>
                <SaveIndicator/>
            </header>
            <Later>
                <BootBanner/>
                <InstalledApp/>
                <AutoLock/>
            </Later>
            // Busy until the whole journal has loaded, for screen readers.
            <main id="main" class="page" aria-busy=move || (!state.is_ready()).to_string()>
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=TodayPage/>
                    <Route path=path!("/kids") view=KidsPage/>
                    <Route path=path!("/kids/new") view=KidNewPage/>
                    <Route path=path!("/kids/:id") view=KidPage/>
                    <Route path=path!("/kids/:id/edit") view=KidEditPage/>
                    <Route path=path!("/note") view=NotePage/>
                    <Route path=path!("/session") view=SessionPage/>
                    <Route path=path!("/session/:id") view=SessionRunPage/>
                    <Route path=path!("/groups/new") view=GroupNewPage/>
                    <Route path=path!("/groups/:id") view=GroupEditPage/>
                    <Route path=path!("/settings") view=SettingsPage/>
                </Routes>
            </main>
            <Later>
                <CaptureButton/>
            </Later>
            <BottomNav/>
        </Router>
    };
    platform::mark("attune:shell");
    shell
}
