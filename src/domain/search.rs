//! Search over names, nicknames, interests, tags and note text: "soccer"
//! finds the kid whose interest is soccer and the kids whose notes mention it.

use super::order;
use std::collections::HashMap;

use chrono::NaiveDate;

use super::journal::FoldedNote;
use super::text::fold;
use super::{Journal, KidId, Note};

/// Where a kid matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Matched {
    Name,
    Interest(String),
    Tag(String),
    /// A note mentioning it: the note's day and its text, or the part of a
    /// long note around the words found.
    Note(NaiveDate, String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit {
    pub kid: KidId,
    pub name: String,
    /// Name and interests first, then tags, then the newest few notes.
    pub matched: Vec<Matched>,
    /// Notes that also mention it, beyond those in `matched`.
    pub more_notes: usize,
}

/// Notes kept per kid in a hit; the rest are only counted.
pub const NOTES_KEPT: usize = 3;

/// Kids matching `query`, case- and accent-insensitively, those matching by
/// name or interest first, then by how many notes mention it.
pub fn search(journal: &Journal, query: &str) -> Vec<SearchHit> {
    let wanted = fold(query);
    if wanted.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<SearchHit> = journal
        .kids_by_name(true)
        .into_iter()
        .map(|kid| {
            let mut matched = Vec::new();
            let by_name = fold(&kid.first_name).contains(&wanted)
                || kid
                    .nickname
                    .as_deref()
                    .is_some_and(|n| fold(n).contains(&wanted));
            if by_name {
                matched.push(Matched::Name);
            }
            for interest in kid.interests.iter().filter(|i| fold(i).contains(&wanted)) {
                matched.push(Matched::Interest(interest.clone()));
            }
            SearchHit {
                kid: kid.id,
                name: kid.name().to_string(),
                matched,
                more_notes: 0,
            }
        })
        .collect();
    let index: HashMap<KidId, usize> = hits.iter().enumerate().map(|(i, h)| (h.kid, i)).collect();
    let tag_in = |folded: &FoldedNote| folded.tags.iter().position(|t| t.contains(&wanted));
    // Only the notes that match are put in date order, not every note.
    let mut mentions: Vec<(&Note, Option<usize>, bool)> = journal
        .notes_folded()
        .filter_map(|(note, folded)| {
            let tag = tag_in(folded);
            let in_text = folded.text.contains(&wanted);
            let found = tag.is_some() || in_text || folded.chips.contains(&wanted);
            found.then_some((note, tag, in_text))
        })
        .collect();
    order::sort_by_key(&mut mentions, |(n, _, _)| {
        std::cmp::Reverse((n.created_at, n.id))
    });
    for (note, tag, in_text) in mentions {
        let tag = tag.and_then(|t| note.tags.get(t));
        for hit in note.kids.iter().filter_map(|k| index.get(k)) {
            let hit = &mut hits[*hit];
            match &tag {
                Some(t) => {
                    let tag = Matched::Tag((*t).clone());
                    if !hit.matched.contains(&tag) {
                        hit.matched.push(tag);
                    }
                }
                None if hit.notes_kept() < NOTES_KEPT => hit.matched.push(Matched::Note(
                    note.created_at.date_naive(),
                    match in_text {
                        true => excerpt(&note.text, &wanted),
                        false => with_chips(note, &wanted),
                    },
                )),
                None => hit.more_notes += 1,
            }
        }
    }
    hits.retain(|h| !h.matched.is_empty());
    let strong = |h: &SearchHit| {
        h.matched
            .iter()
            .any(|m| matches!(m, Matched::Name | Matched::Interest(_)))
    };
    order::sort_by_key(&mut hits, |h| {
        let count = h.matched.len() + h.more_notes;
        (!strong(h), std::cmp::Reverse(count))
    });
    hits
}

/// Notes longer than this, in characters, are shown as an excerpt.
pub const EXCERPT_CHARS: usize = 120;
/// Words kept before the first word found, in an excerpt.
const WORDS_BEFORE: usize = 6;
/// Words in an excerpt.
const EXCERPT_WORDS: usize = 18;

/// A short note whole; a long one as the words around the first match, with
/// "…" where words were left out.
pub fn excerpt(text: &str, wanted: &str) -> String {
    if text.chars().count() <= EXCERPT_CHARS {
        return text.to_string();
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let first = wanted.split(' ').next().unwrap_or_default();
    let found = words
        .iter()
        .position(|w| fold(w).contains(first))
        .unwrap_or(0);
    let start = found.saturating_sub(WORDS_BEFORE);
    let end = (start + EXCERPT_WORDS).min(words.len());
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.push_str(&words[start..end].join(" "));
    if end < words.len() {
        out.push('…');
    }
    out
}

/// A note found by one of its chips: the chips, then the start of its text.
fn with_chips(note: &Note, wanted: &str) -> String {
    let chips: Vec<&str> = note.chips.iter().map(|c| c.label()).collect();
    let text = excerpt(&note.text, wanted);
    match text.is_empty() {
        true => chips.join(", "),
        false => format!("{}: {text}", chips.join(", ")),
    }
}

impl SearchHit {
    fn notes_kept(&self) -> usize {
        self.matched
            .iter()
            .filter(|m| matches!(m, Matched::Note(..)))
            .count()
    }
}
