//! Search over names, nicknames, interests, tags and note text: "soccer"
//! finds the kid whose interest is soccer and the kids whose notes mention it.

use super::order;
use std::collections::HashMap;

use chrono::NaiveDate;

use super::journal::FoldedNote;
use super::text::fold;
use super::{Journal, KidId, Note};

/// Where a kid matched.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Matched {
    Name,
    Interest(String),
    Tag(String),
    /// A note mentioning it: the note's day and its text, or the part of a
    /// long note around the words found.
    Note(NaiveDate, String),
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
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
    // One pass over the notes, keeping each kid's newest few: no sort of
    // every note found, which a one-letter search would be.
    let mut found: Vec<Found> = hits.iter().map(|_| Found::default()).collect();
    for (note, folded) in journal.notes_folded() {
        let tag = tag_in(folded);
        let in_text = folded.text.contains(&wanted);
        if tag.is_none() && !in_text && !folded.chips.contains(&wanted) {
            continue;
        }
        let tag = tag.and_then(|t| note.tags.get(t));
        for at in note.kids.iter().filter_map(|k| index.get(k)) {
            found[*at].add(note, tag, in_text);
        }
    }
    for (hit, found) in hits.iter_mut().zip(found) {
        hit.more_notes = found.more;
        hit.matched.extend(
            found
                .kept
                .into_iter()
                .map(|(note, tag, in_text)| match tag {
                    Some(t) => Matched::Tag(t.clone()),
                    None => Matched::Note(
                        note.created_at.date_naive(),
                        match in_text {
                            true => excerpt(&note.text, &wanted),
                            false => with_chips(note, &wanted),
                        },
                    ),
                }),
        );
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
pub fn with_chips(note: &Note, wanted: &str) -> String {
    let chips: Vec<&str> = note.chips.iter().map(|c| c.label()).collect();
    let text = excerpt(&note.text, wanted);
    match text.is_empty() {
        true => chips.join(", "),
        false => format!("{}: {text}", chips.join(", ")),
    }
}

/// What one kid's notes matched, newest first: each note once, as its tag
/// (only the newest note with that tag) or as a mention (only the newest
/// [`NOTES_KEPT`]; the rest are counted).
#[derive(Default)]
struct Found<'a> {
    kept: Vec<(&'a Note, Option<&'a String>, bool)>,
    more: usize,
}

impl<'a> Found<'a> {
    fn add(&mut self, note: &'a Note, tag: Option<&'a String>, in_text: bool) {
        let newer = |a: &Note, b: &Note| (a.created_at, a.id) > (b.created_at, b.id);
        let same_tag = tag.and_then(|t| self.kept.iter().position(|k| k.1 == Some(t)));
        match (tag, same_tag) {
            (Some(_), Some(at)) if newer(note, self.kept[at].0) => drop(self.kept.remove(at)),
            (Some(_), Some(_)) => return,
            (Some(_), None) => {}
            (None, _) => {
                let mentions = self.kept.iter().filter(|k| k.1.is_none());
                if mentions.count() == NOTES_KEPT {
                    self.more += 1;
                    // The kept are newest first: the last mention is the oldest.
                    let oldest = self.kept.iter().rposition(|k| k.1.is_none());
                    match oldest {
                        Some(at) if newer(note, self.kept[at].0) => drop(self.kept.remove(at)),
                        _ => return,
                    }
                }
            }
        }
        let at = self.kept.partition_point(|k| newer(k.0, note));
        self.kept.insert(at, (note, tag, in_text));
    }
}
