//! Search over names, nicknames, interests, tags and note text: "soccer"
//! finds the kid whose interest is soccer and the kids whose notes mention it.

use chrono::NaiveDate;

use super::text::fold;
use super::{Journal, KidId, Note};

/// Where a kid matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Matched {
    Name,
    Interest(String),
    Tag(String),
    /// A note mentioning it: the note's day and its text.
    Note(NaiveDate, String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit {
    pub kid: KidId,
    pub name: String,
    /// Name and interests first, then tags, then notes newest first.
    pub matched: Vec<Matched>,
}

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
            let by_name = fold(&kid.display_name).contains(&wanted)
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
                name: kid.called().to_string(),
                matched,
            }
        })
        .collect();
    let tag_in = |note: &'_ Note| {
        note.tags
            .iter()
            .find(|t| fold(t).contains(&wanted))
            .cloned()
    };
    // Only the notes that match are put in date order, not every note.
    let mut mentions: Vec<&Note> = journal
        .notes()
        .filter(|n| tag_in(n).is_some() || fold(&n.text).contains(&wanted))
        .collect();
    mentions.sort_by_key(|n| std::cmp::Reverse(n.created_at));
    for note in mentions {
        let tag = tag_in(note);
        for hit in hits.iter_mut().filter(|h| note.kids.contains(&h.kid)) {
            match &tag {
                Some(t) => {
                    let tag = Matched::Tag(t.clone());
                    if !hit.matched.contains(&tag) {
                        hit.matched.push(tag);
                    }
                }
                None => hit.matched.push(Matched::Note(
                    note.created_at.date_naive(),
                    note.text.clone(),
                )),
            }
        }
    }
    hits.retain(|h| !h.matched.is_empty());
    let strong = |h: &SearchHit| {
        h.matched
            .iter()
            .any(|m| matches!(m, Matched::Name | Matched::Interest(_)))
    };
    hits.sort_by_key(|h| (!strong(h), std::cmp::Reverse(h.matched.len())));
    hits
}
