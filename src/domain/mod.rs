//! The pure model of a leader's journal: kids, groups, notes, follow-ups and sessions.
//!
//! Nothing here touches the browser or reads a clock: ids, `today` and `now`
//! arrive as arguments so every rule can be tested natively with literal dates.

pub mod backup_nudge;
pub mod capture;
pub mod date_phrase;
pub mod dates;
pub mod due_index;
mod entity;
mod follow_up;
mod follow_up_wire;
mod group;
pub mod ics;
mod ids;
mod journal;
mod kid;
pub mod kid_list;
mod note;
pub mod order;
pub mod radar;
pub mod reading;
pub mod reflection;
pub mod retention;
pub mod roster;
pub mod rules;
pub mod search;
mod session;
pub mod session_view;
pub mod share;
mod text;
pub mod timeline;
pub mod today;
pub mod wire_time;

pub use entity::{Change, Entity, EntityKind, EntityRef};
pub use follow_up::{Due, FollowUp, FollowUpDraft, FollowUpStatus, MAX_PROMPT_CHARS, Standing};
pub use group::{CADENCE_DAYS, DEFAULT_CADENCE_DAYS, Group, GroupDraft, MAX_GROUP_NAME_CHARS};
pub use ids::{FollowUpId, GroupId, KidId, NoteId, ParseIdError, SessionId};
pub use journal::invariants::Flaw;
pub use journal::{History, Journal, JournalError, NoteEdit};
pub use kid::{Kid, KidDraft, MAX_NAME_CHARS};
pub use note::{Chip, MAX_NOTE_CHARS, Note, NoteDraft};
pub use session::{Attendance, Mood, Session};
pub use text::{byte_size, fold};

/// A moment as the leader's device saw it: the absolute instant plus the
/// local offset, so the local calendar day of a note never shifts later.
pub type Moment = chrono::DateTime<chrono::FixedOffset>;
