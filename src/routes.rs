//! Which screen an address shows, and what its query says.
//!
//! Pure, so every address Attune uses is checked natively; the browser side
//! (history, links, the back button) is in `ui::router`.

/// The screens, by address. Ids stay as written: a page that cannot read its
/// id says the link leads nowhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// `/`
    Today,
    /// `/kids`
    Kids,
    /// `/kids/new`
    KidNew,
    /// `/kids/:id`
    Kid(String),
    /// `/kids/:id/edit`
    KidEdit(String),
    /// `/note`
    Note,
    /// `/notes/:id/edit`
    NoteEdit(String),
    /// `/session`
    Session,
    /// `/session/:id`
    SessionRun(String),
    /// `/groups/new`
    GroupNew,
    /// `/groups/:id`
    GroupEdit(String),
    /// `/settings`
    Settings,
    /// `/share?title=…&text=…&url=…`: text shared from another app, which
    /// becomes a new note (the manifest's `share_target`).
    Share,
    NotFound,
}

impl Route {
    /// The screen for a path (no query, no fragment). A trailing slash is
    /// ignored, as the browser's own address bar would have it.
    pub fn of(path: &str) -> Route {
        let trimmed = path.strip_suffix('/').unwrap_or(path);
        let parts: Vec<&str> = trimmed.split('/').skip(1).collect();
        match parts.as_slice() {
            [] | [""] => Route::Today,
            ["kids"] => Route::Kids,
            ["kids", "new"] => Route::KidNew,
            ["kids", id] if !id.is_empty() => Route::Kid(decode(id)),
            ["kids", id, "edit"] if !id.is_empty() => Route::KidEdit(decode(id)),
            ["note"] => Route::Note,
            ["notes", id, "edit"] if !id.is_empty() => Route::NoteEdit(decode(id)),
            ["session"] => Route::Session,
            ["session", id] if !id.is_empty() => Route::SessionRun(decode(id)),
            ["groups", "new"] => Route::GroupNew,
            ["groups", id] if !id.is_empty() => Route::GroupEdit(decode(id)),
            ["settings"] => Route::Settings,
            ["share"] => Route::Share,
            _ => Route::NotFound,
        }
    }

    /// The address of a screen: every link in Attune is built here, from the
    /// route, never spelled out by hand.
    pub fn href(&self) -> String {
        match self {
            Route::Today => "/".into(),
            Route::Kids => "/kids".into(),
            Route::KidNew => "/kids/new".into(),
            Route::Kid(id) => format!("/kids/{}", encode(id)),
            Route::KidEdit(id) => format!("/kids/{}/edit", encode(id)),
            Route::Note => "/note".into(),
            Route::NoteEdit(id) => format!("/notes/{}/edit", encode(id)),
            Route::Session => "/session".into(),
            Route::SessionRun(id) => format!("/session/{}", encode(id)),
            Route::GroupNew => "/groups/new".into(),
            Route::GroupEdit(id) => format!("/groups/{}", encode(id)),
            Route::Settings => "/settings".into(),
            Route::Share => "/share".into(),
            Route::NotFound => "/not-found".into(),
        }
    }

    /// [`Route::href`] with a query, each value percent-encoded; pairs
    /// with an empty value are left out.
    pub fn href_with(&self, pairs: &[(&str, &str)]) -> String {
        let query: Vec<String> = pairs
            .iter()
            .filter(|(_, value)| !value.is_empty())
            .map(|(key, value)| format!("{key}={}", encode(value)))
            .collect();
        match query.is_empty() {
            true => self.href(),
            false => format!("{}?{}", self.href(), query.join("&")),
        }
    }

    /// A kid's page.
    pub fn kid(id: impl std::fmt::Display) -> Route {
        Route::Kid(id.to_string())
    }

    /// A running (or past) session.
    pub fn session(id: impl std::fmt::Display) -> Route {
        Route::SessionRun(id.to_string())
    }

    /// The id in the address, for the screens that have one.
    pub fn id(&self) -> Option<&str> {
        match self {
            Route::Kid(id)
            | Route::KidEdit(id)
            | Route::NoteEdit(id)
            | Route::SessionRun(id)
            | Route::GroupEdit(id) => Some(id),
            _ => None,
        }
    }
}

/// The `?key=value&…` part of an address, decoded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pairs: Vec<(String, String)>,
}

impl Query {
    /// Reads a query string, with or without its leading `?`.
    pub fn parse(search: &str) -> Query {
        let search = search.strip_prefix('?').unwrap_or(search);
        let pairs = search
            .split('&')
            .filter(|pair| !pair.is_empty())
            .map(|pair| match pair.split_once('=') {
                Some((key, value)) => (decode(key), decode(value)),
                None => (decode(pair), String::new()),
            })
            .collect();
        Query { pairs }
    }

    /// The first value given for `key`.
    pub fn get(&self, key: &str) -> Option<String> {
        self.pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
    }

    pub fn pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }
}

/// Undoes percent-encoding (and `+` for a space, as forms write it). A broken
/// escape is kept as written; bytes that are not UTF-8 become U+FFFD.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => match (
                bytes.get(i + 1).and_then(hex),
                bytes.get(i + 2).and_then(hex),
            ) {
                (Some(high), Some(low)) => {
                    out.push(high * 16 + low);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(byte: &u8) -> Option<u8> {
    (*byte as char).to_digit(16).map(|d| d as u8)
}

/// Percent-encodes a query value, as `encodeURIComponent` does.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'-'
            | b'_'
            | b'.'
            | b'!'
            | b'~'
            | b'*'
            | b'\''
            | b'('
            | b')' => out.push(byte as char),
            _ => {
                const HEX: &[u8; 16] = b"0123456789ABCDEF";
                out.push('%');
                out.push(HEX[usize::from(byte >> 4)] as char);
                out.push(HEX[usize::from(byte & 15)] as char);
            }
        }
    }
    out
}
