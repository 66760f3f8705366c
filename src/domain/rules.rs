//! The rules every record holds, however it comes in: planned by a command,
//! read from a backup, or read from storage at start-up.
//!
//! A record's own rules are the commands' checks, reused (names, note text,
//! prompts, cadence), with its dates inside a sane [`Window`]. Its
//! references are the records it is about: a kid's groups, a note's kids, a
//! follow-up's kid, a session's group and the kids on its list; each must be
//! there. A link back to where a record came from (the note a follow-up came
//! from or that tells its outcome, the session a note was written in) need
//! not be: the app itself deletes old notes, so such a link may outlive its
//! note, and one that leads nowhere is dropped instead ([`links`]).

use std::collections::{HashMap, HashSet};

use chrono::{Months, NaiveDate};

use super::follow_up::{MAX_PROMPT_CHARS, clean_prompt};
use super::group::{MAX_GROUP_NAME_CHARS, check_cadence, clean_name as clean_group_name};
use super::kid::clean_name;
use super::note::check_text;
use super::{
    Change, Due, Entity, EntityKind, EntityRef, FollowUp, FollowUpId, FollowUpStatus, GroupId,
    Journal, JournalError, KidId, MAX_NAME_CHARS, MAX_NOTE_CHARS, Moment, NoteId, SessionId,
};

mod links;

pub(crate) use links::follow_up_without_missing_links;
pub use links::{dropped_links, without_missing_links};

/// The first day a record may be dated: Attune did not exist before.
pub const EARLIEST_DAY: NaiveDate = match NaiveDate::from_ymd_opt(2000, 1, 1) {
    Some(day) => day,
    None => NaiveDate::MIN,
};
/// How far past today a date may be: a follow-up may be set a while ahead,
/// and a phone's clock may be off, but not by decades.
pub const YEARS_AHEAD: u32 = 5;

/// The days a record's dates and moments may fall on, around today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub earliest: NaiveDate,
    pub latest: NaiveDate,
}

impl Window {
    pub fn around(today: NaiveDate) -> Window {
        let latest = today
            .checked_add_months(Months::new(12 * YEARS_AHEAD))
            .unwrap_or(NaiveDate::MAX);
        Window {
            earliest: EARLIEST_DAY,
            latest,
        }
    }

    fn day(&self, day: NaiveDate) -> Result<(), Broken> {
        match (self.earliest..=self.latest).contains(&day) {
            true => Ok(()),
            false => Err(Broken::OutOfRange(day)),
        }
    }

    /// A moment counts by its own calendar day, as the leader saw it.
    fn moment(&self, at: &Moment) -> Result<(), Broken> {
        self.day(at.date_naive())
    }
}

/// Which text is too long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    Name,
    Interest,
    GroupName,
    Note,
    Prompt,
}

impl Text {
    /// The most characters it may hold.
    pub fn limit(self) -> usize {
        match self {
            Text::Name => MAX_NAME_CHARS,
            // A note's #tags become interests, so one may be as long as a note.
            Text::Interest | Text::Note => MAX_NOTE_CHARS,
            Text::GroupName => MAX_GROUP_NAME_CHARS,
            Text::Prompt => MAX_PROMPT_CHARS,
        }
    }
}

/// A field that holds one of a fixed set of values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    Chip,
    Mood,
    Weekday,
    DueRule,
    FollowUpState,
}

/// A reference from one record to another that must be there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    /// A kid in a group.
    KidGroup,
    /// A note about a kid.
    NoteKid,
    /// A follow-up with a kid.
    FollowUpKid,
    /// A session of a group.
    SessionGroup,
    /// A kid on a session's list.
    SessionKid,
}

/// Why a record may not come in. Each becomes words for the leader in the
/// UI's error module.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Broken {
    /// A rule the forms hold, with the reason a command gives.
    #[error("{0}")]
    Refused(JournalError),
    #[error("{chars} characters where {} are allowed", text.limit())]
    TooLong { text: Text, chars: usize },
    #[error("a note's tags are not in its text")]
    TagsNotInText,
    #[error("a check-in cadence of {0} days")]
    Cadence(u16),
    #[error("a date outside the years Attune takes: {0}")]
    OutOfRange(NaiveDate),
    #[error("a value Attune does not know: {value:?}")]
    UnknownChoice { choice: Choice, value: String },
    #[error("it refers to {target}, which is not there")]
    Missing { link: Link, target: EntityRef },
}

impl Broken {
    /// An unknown value, kept short enough to show: it may be megabytes.
    pub fn unknown(choice: Choice, value: &str) -> Broken {
        let value = match value.char_indices().nth(40) {
            Some((end, _)) => format!("{}…", &value[..end]),
            None => value.to_string(),
        };
        Broken::UnknownChoice { choice, value }
    }
}

/// A text is over its limit: counted now, since the check only said so.
fn too_long(text: Text, typed: &str) -> Broken {
    Broken::TooLong {
        text,
        chars: typed.chars().count(),
    }
}

fn within(text: Text, typed: &str) -> Result<(), Broken> {
    match typed.len() > text.limit() && typed.chars().count() > text.limit() {
        true => Err(too_long(text, typed)),
        false => Ok(()),
    }
}

fn name(typed: &str) -> Result<(), Broken> {
    clean_name(typed).map(drop).map_err(|e| match e {
        JournalError::NameTooLong => too_long(Text::Name, typed),
        other => Broken::Refused(other),
    })
}

/// A record's own rules: everything but its references.
pub fn check_own(entity: &Entity, window: &Window) -> Result<(), Broken> {
    match entity {
        Entity::Kid(kid) => {
            name(&kid.first_name)?;
            kid.nickname.as_deref().map_or(Ok(()), name)?;
            for interest in &kid.interests {
                within(Text::Interest, interest)?;
            }
            window.moment(&kid.created_at)?;
            kid.last_noted.map_or(Ok(()), |at| window.moment(&at))?;
            kid.radar_snoozed_until.map_or(Ok(()), |d| window.day(d))
        }
        Entity::Group(group) => {
            clean_group_name(&group.name).map_err(|e| match e {
                JournalError::GroupNameTooLong => too_long(Text::GroupName, &group.name),
                other => Broken::Refused(other),
            })?;
            check_cadence(group.cadence_days).map_err(|_| Broken::Cadence(group.cadence_days))
        }
        Entity::Note(note) => {
            check_text(&note.text, &note.chips).map_err(|e| match e {
                JournalError::NoteTooLong => too_long(Text::Note, &note.text),
                other => Broken::Refused(other),
            })?;
            if note.kids.is_empty() {
                return Err(Broken::Refused(JournalError::NoteWithoutKid));
            }
            // Each tag is written in the text after a `#`, so together they
            // are shorter than it: a cheap bound on what search folds.
            if note.tags.iter().map(String::len).sum::<usize>() > note.text.len() {
                return Err(Broken::TagsNotInText);
            }
            window.moment(&note.created_at)
        }
        Entity::FollowUp(f) => follow_up_rules(f, window),
        Entity::Session(session) => window.day(session.date),
    }
}

fn follow_up_rules(f: &FollowUp, window: &Window) -> Result<(), Broken> {
    clean_prompt(&f.prompt).map_err(|e| match e {
        JournalError::PromptTooLong => too_long(Text::Prompt, &f.prompt),
        other => Broken::Refused(other),
    })?;
    match f.due {
        Due::OnDate(day) | Due::FirstSeenOnOrAfter(day) => window.day(day)?,
        Due::NextTimeSeen => {}
    }
    match f.status {
        FollowUpStatus::Done { at, .. } | FollowUpStatus::Dismissed { at } => window.moment(&at)?,
        FollowUpStatus::Open => {}
    }
    f.snoozed_until.map_or(Ok(()), |d| window.day(d))?;
    window.moment(&f.created_at)
}

fn target(kind: EntityKind, id: u64) -> EntityRef {
    EntityRef { kind, id }
}

/// A record's references: each must be a record `has` knows.
pub fn check_refs(entity: &Entity, has: &dyn Fn(EntityRef) -> bool) -> Result<(), Broken> {
    let need = |link: Link, target: EntityRef| match has(target) {
        true => Ok(()),
        false => Err(Broken::Missing { link, target }),
    };
    let kid = |link: Link, id: KidId| need(link, target(EntityKind::Kid, id.0));
    let group = |link: Link, id: GroupId| need(link, target(EntityKind::Group, id.0));
    match entity {
        Entity::Kid(k) => k.groups.iter().try_for_each(|g| group(Link::KidGroup, *g)),
        Entity::Group(_) => Ok(()),
        Entity::Note(n) => n.kids.iter().try_for_each(|k| kid(Link::NoteKid, *k)),
        Entity::FollowUp(f) => kid(Link::FollowUpKid, f.kid),
        Entity::Session(s) => {
            group(Link::SessionGroup, s.group)?;
            s.attendance
                .iter()
                .try_for_each(|a| kid(Link::SessionKid, a.kid))
        }
    }
}

/// Every rule of a record, its references looked up in `has`.
pub fn check(
    entity: &Entity,
    window: &Window,
    has: &dyn Fn(EntityRef) -> bool,
) -> Result<(), Broken> {
    check_own(entity, window)?;
    check_refs(entity, has)
}

/// Whether the journal holds this record.
pub fn holds(journal: &Journal, target: EntityRef) -> bool {
    match target.kind {
        EntityKind::Kid => journal.kid(KidId(target.id)).is_some(),
        EntityKind::Group => journal.group(GroupId(target.id)).is_some(),
        EntityKind::Note => journal.note(NoteId(target.id)).is_some(),
        EntityKind::FollowUp => journal.follow_up(FollowUpId(target.id)).is_some(),
        EntityKind::Session => journal.session(SessionId(target.id)).is_some(),
    }
}

/// Sets apart, in `apart`, the records that cannot come in with the rest:
/// each that breaks a rule of its own, then each that refers to a record
/// neither among the others kept nor `elsewhere`, again and again, since
/// leaving one out can leave another without what it is about. `apart` may
/// hold on entry records known broken already (an unknown choice): they
/// count as there, but left out.
pub fn vet(
    records: &[&Entity],
    apart: &mut HashMap<EntityRef, Broken>,
    window: &Window,
    elsewhere: &dyn Fn(EntityRef) -> bool,
) {
    // Only kids and groups are referred to (see `check_refs`): a set of a
    // hundred, not of a year of notes.
    let referred = |t: &EntityRef| matches!(t.kind, EntityKind::Kid | EntityKind::Group);
    let mut present: HashSet<EntityRef> = apart.keys().copied().filter(referred).collect();
    for entity in records {
        let target = entity.entity_ref();
        if referred(&target) {
            present.insert(target);
        }
        if let Err(why) = check_own(entity, window) {
            apart.insert(target, why);
        }
    }
    // References run from kids to groups and from the rest to kids and
    // groups, so this settles within three rounds; it does not count on it.
    loop {
        let fell: Vec<(EntityRef, Broken)> = {
            let has =
                |t: EntityRef| (present.contains(&t) && !apart.contains_key(&t)) || elsewhere(t);
            records
                .iter()
                .filter(|e| !apart.contains_key(&e.entity_ref()))
                .filter_map(|e| Some((e.entity_ref(), check_refs(e, &has).err()?)))
                .collect()
        };
        if fell.is_empty() {
            return;
        }
        apart.extend(fell);
    }
}

/// Checks what a command plans before it is stored: every record it puts
/// holds its own rules, and refers only to records the journal holds and
/// the changes keep, or that the changes put.
pub fn check_changes(journal: &Journal, changes: &[Change], window: &Window) -> Result<(), Broken> {
    let put: HashSet<EntityRef> = changes
        .iter()
        .filter(|c| matches!(c, Change::Put(_)))
        .map(Change::target)
        .collect();
    let deleted: HashSet<EntityRef> = changes
        .iter()
        .filter(|c| matches!(c, Change::Delete(_)))
        .map(Change::target)
        .collect();
    let has = |t: EntityRef| put.contains(&t) || (!deleted.contains(&t) && holds(journal, t));
    changes.iter().try_for_each(|change| match change {
        Change::Put(entity) => check(entity, window, &has),
        Change::Delete(_) => Ok(()),
    })
}
