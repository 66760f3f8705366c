//! Moving between screens without reloading the page: links inside Attune,
//! the back and forward buttons, and moves made by the app itself all go
//! through the browser's history, and `Location` follows the address.
//! Which screen an address shows is decided in `crate::routes`.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::routes::{Query, Route};

/// Where the leader is: the address, and which screen and query it means.
#[derive(Clone, Copy)]
pub struct Location {
    path: RwSignal<String>,
    search: RwSignal<String>,
    pub route: Memo<Route>,
    pub query: Memo<Query>,
}

impl Location {
    /// Follows the address from now on; provided once, by the shell.
    pub fn provide() -> Location {
        let (path, search) = address();
        let (path, search) = (RwSignal::new(path), RwSignal::new(search));
        let here = Location {
            path,
            search,
            route: Memo::new(move |_| Route::of(&path.read())),
            query: Memo::new(move |_| Query::parse(&search.read())),
        };
        provide_context(here);
        let back = window_event_listener(leptos::ev::popstate, move |_| here.follow());
        let links = window_event_listener(leptos::ev::click, move |ev| follow_link(here, &ev));
        on_cleanup(move || {
            back.remove();
            links.remove();
        });
        here
    }

    pub fn expect() -> Location {
        expect_context::<Location>()
    }

    /// The id in the address, read as a `T`; `None` where the screen has no
    /// id or it is not one.
    pub fn id<T>(self) -> Memo<Option<T>>
    where
        T: std::str::FromStr + PartialEq + Send + Sync + 'static,
    {
        Memo::new(move |_| self.route.read().id()?.parse().ok())
    }

    /// Where the screen under the note form is, and whether there is one (a
    /// note opened directly has none). A new note is written over the screen
    /// it was started from, which stays as it was, so that saving changes
    /// that screen in place rather than building it again. Its route and
    /// query are the address's, except that `/note` is skipped; its
    /// [`Location::path`] and [`Location::go`] are the address's own.
    pub fn under_note(self) -> (Location, Memo<bool>) {
        let kept = Memo::new(
            move |kept: Option<&Option<(Route, Query)>>| match self.route.get() {
                Route::Note => kept.cloned().flatten(),
                route => Some((route, self.query.get())),
            },
        );
        let under = Location {
            path: self.path,
            search: self.search,
            route: Memo::new(move |_| {
                kept.read()
                    .as_ref()
                    .map_or(Route::NotFound, |k| k.0.clone())
            }),
            query: Memo::new(move |_| {
                kept.read()
                    .as_ref()
                    .map(|k| k.1.clone())
                    .unwrap_or_default()
            }),
        };
        (under, Memo::new(move |_| kept.read().is_some()))
    }

    /// The path, without query or fragment.
    pub fn path(self) -> String {
        self.path.get()
    }

    /// Catches up with the address bar.
    fn follow(self) {
        let (path, search) = address();
        self.show(path, search);
    }

    fn show(self, path: String, search: String) {
        if *self.path.read_untracked() != path {
            self.path.set(path);
        }
        if *self.search.read_untracked() != search {
            self.search.set(search);
        }
    }

    /// Goes to `href`, a path inside Attune with any query and fragment.
    pub fn go(self, href: &str, how: NavigateOptions) {
        if let Ok(history) = window().history() {
            // A note form pushed over a screen remembers that screen's
            // address, the entry just before its own: see `Location::leave_note`.
            let path = href.split(['?', '#']).next().unwrap_or_default();
            let from = match Route::of(path) {
                Route::Note | Route::NoteEdit(_) if !how.replace => {
                    JsValue::from_str(&current_address())
                }
                _ => JsValue::NULL,
            };
            let _ = match how.replace {
                true => history.replace_state_with_url(&from, "", Some(href)),
                false => history.push_state_with_url(&from, "", Some(href)),
            };
        }
        self.follow();
        if how.scroll {
            scroll_to(fragment(href));
        }
    }

    /// Leaves the note form for `href` once the note is saved. Where `href`
    /// is the address the form was opened from, this goes back to it, as
    /// closing a sheet does: Back afterwards then goes where it went before
    /// the note, not to an empty form.
    pub fn leave_note(self, href: &str) {
        let history = window().history().ok();
        let opened_from = history
            .as_ref()
            .and_then(|h| h.state().ok())
            .and_then(|state| state.as_string());
        match history {
            Some(history) if opened_from.as_deref() == Some(href) => {
                let _ = history.back();
                // The screen moves now rather than when the browser reports
                // the move back, a task later; that report then finds the
                // address already followed.
                let (path, search) = match href.split_once('?') {
                    Some((path, query)) => (path.to_string(), format!("?{query}")),
                    None => (href.to_string(), String::new()),
                };
                self.show(path, search);
            }
            _ => self.go(href, NavigateOptions::default()),
        }
    }
}

impl Location {
    /// Leaves a note's form: back to the screen it was opened from, or to
    /// `elsewhere` when it was opened on its own.
    pub fn close_note(self, elsewhere: &str) {
        let history = window().history().ok();
        let opened_from = history
            .as_ref()
            .and_then(|h| h.state().ok())
            .and_then(|state| state.as_string());
        match opened_from {
            Some(href) => self.leave_note(&href),
            None => self.go(elsewhere, NavigateOptions::default()),
        }
    }
}

/// How a move is made: a new history entry or in place of the current one,
/// and whether the new screen starts at its top.
#[derive(Debug, Clone, Copy)]
pub struct NavigateOptions {
    pub replace: bool,
    pub scroll: bool,
}

impl Default for NavigateOptions {
    fn default() -> Self {
        NavigateOptions {
            replace: false,
            scroll: true,
        }
    }
}

/// A way to move that can be kept and called later, after a save.
pub fn use_navigate() -> impl Fn(&str, NavigateOptions) + Clone + 'static {
    let here = Location::expect();
    move |href, how| here.go(href, how)
}

/// The path and query in the address bar, as a link would give them.
fn current_address() -> String {
    let (path, search) = address();
    path + &search
}

fn address() -> (String, String) {
    let location = window().location();
    (
        location.pathname().unwrap_or_else(|_| "/".into()),
        location.search().unwrap_or_default(),
    )
}

fn fragment(href: &str) -> Option<String> {
    href.split_once('#')
        .map(|(_, id)| id.to_string())
        .filter(|id| !id.is_empty())
}

/// A plain click on a link to Attune's own pages moves without a reload;
/// anything else (new tab, download, another site) is left to the browser.
fn follow_link(here: Location, ev: &web_sys::MouseEvent) {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.meta_key()
        || ev.ctrl_key()
        || ev.shift_key()
        || ev.alt_key()
    {
        return;
    }
    let Some(link) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("a[href]").ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    if !link.target().is_empty() || link.has_attribute("download") {
        return;
    }
    let Ok(url) = web_sys::Url::new(&link.href()) else {
        return;
    };
    if Some(url.origin()) != window().location().origin().ok() {
        return;
    }
    ev.prevent_default();
    let href = format!("{}{}{}", url.pathname(), url.search(), url.hash());
    here.go(&href, NavigateOptions::default());
}

/// Starts the new screen at its top, or at the element a fragment names;
/// that element may be drawn a moment later (`AfterFirstScreen`), so it is looked for
/// again for up to half a second.
fn scroll_to(id: Option<String>) {
    let Some(id) = id else {
        window().scroll_to_with_x_and_y(0.0, 0.0);
        return;
    };
    fn attempt(id: String, left: u32) {
        match document().get_element_by_id(&id) {
            Some(element) => element.scroll_into_view(),
            None if left > 0 => set_timeout(
                move || attempt(id, left - 1),
                std::time::Duration::from_millis(50),
            ),
            None => {}
        }
    }
    attempt(id, 10);
}
