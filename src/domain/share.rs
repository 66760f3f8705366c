//! Text shared into Attune from another app (a parent's message, a line
//! from an email) becomes a new note.

use super::capture::{CaptureDraft, NoteDrafts};

/// The note's text from what the sharing app sent: its title, text and
/// link, in that order, one a line, leaving out any that another already
/// holds (apps often repeat the link inside the text).
pub fn shared_text(title: Option<&str>, text: Option<&str>, url: Option<&str>) -> String {
    let parts: Vec<&str> = [title, text, url]
        .into_iter()
        .flatten()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let kept: Vec<&str> = parts
        .iter()
        .enumerate()
        .filter(|(i, part)| {
            !parts
                .iter()
                .enumerate()
                .any(|(j, other)| j != *i && other.contains(**part) && (other != *part || j < *i))
        })
        .map(|(_, part)| *part)
        .collect();
    kept.join("\n")
}

impl NoteDrafts {
    /// A new note begun with shared text. A note being written is set
    /// aside, as opening the form about another kid does, never written
    /// over; the same text shared again (the page reloaded) changes nothing.
    pub fn shared(mut self, text: String) -> NoteDrafts {
        if text.is_empty() || self.active.text == text {
            return self;
        }
        self.set_aside();
        self.active = CaptureDraft {
            text,
            ..CaptureDraft::default()
        };
        self
    }
}
