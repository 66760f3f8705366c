//! A short observation about one or more kids.

use serde::{Deserialize, Serialize};

use super::{JournalError, KidId, Moment, NoteId, SessionId};

/// Longest note, in characters: a note is a few lines, not an essay.
pub const MAX_NOTE_CHARS: usize = 2000;

/// Quick observations a leader can tap instead of typing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Chip {
    QuietToday,
    Upset,
    Excited,
    Tired,
    StrugglingToFocus,
    NewInterest,
}

impl Chip {
    pub const ALL: [Chip; 6] = [
        Chip::QuietToday,
        Chip::Upset,
        Chip::Excited,
        Chip::Tired,
        Chip::StrugglingToFocus,
        Chip::NewInterest,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Chip::QuietToday => "quiet today",
            Chip::Upset => "upset",
            Chip::Excited => "excited",
            Chip::Tired => "tired",
            Chip::StrugglingToFocus => "struggling to focus",
            Chip::NewInterest => "new interest",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Note {
    pub id: NoteId,
    pub text: String,
    pub kids: Vec<KidId>,
    #[serde(default)]
    pub chips: Vec<Chip>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(deserialize_with = "super::wire_time::moment")]
    pub created_at: Moment,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<SessionId>,
    /// When the leader last changed it; it keeps its own day.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::wire_time::optional_moment"
    )]
    pub edited_at: Option<Moment>,
}

/// What the leader entered in the capture form.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NoteDraft {
    pub text: String,
    pub kids: Vec<KidId>,
    #[serde(default)]
    pub chips: Vec<Chip>,
    #[serde(default)]
    pub session: Option<SessionId>,
}

/// A note's text as the capture form takes it: something typed or a chip
/// tapped, and no more than [`MAX_NOTE_CHARS`]. A stored note is held to the
/// same.
pub(crate) fn check_text(text: &str, chips: &[Chip]) -> Result<(), JournalError> {
    if text.trim().is_empty() && chips.is_empty() {
        return Err(JournalError::NoteEmpty);
    }
    // A character takes at least a byte: most notes are counted by length alone.
    if text.len() > MAX_NOTE_CHARS && text.chars().count() > MAX_NOTE_CHARS {
        return Err(JournalError::NoteTooLong);
    }
    Ok(())
}

/// The `#tags` in a note, without the `#`, each once, in order of appearance.
pub fn tags_in(text: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        let Some(rest) = word.strip_prefix('#') else {
            continue;
        };
        let tag: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        if !tag.is_empty() && !tags.iter().any(|t| t.eq_ignore_ascii_case(&tag)) {
            tags.push(tag);
        }
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_found_once_without_punctuation() {
        assert_eq!(
            tags_in("Loves #soccer! Big game, #Soccer #lego-club. # alone"),
            ["soccer", "lego-club"]
        );
        assert!(tags_in("no tags here").is_empty());
    }
}
