//! The one place where errors become words for the leader: what happened and what to do.

use chrono::Datelike;

use crate::domain::rules::{Broken, Choice, EARLIEST_DAY, Link, Text, YEARS_AHEAD};
use crate::domain::{
    CADENCE_DAYS, EntityKind, JournalError, MAX_GROUP_NAME_CHARS, MAX_NAME_CHARS, MAX_NOTE_CHARS,
    MAX_PROMPT_CHARS,
};
use crate::persist::{BackupError, Problem, StoreError};
use crate::platform::files::FileError;
use crate::platform::reminders::ReminderError;
use crate::platform::vault::LockError;
use crate::state::AppError;
use crate::ui::{plural, thousands};

pub fn app_error_text(error: &AppError) -> String {
    match error {
        AppError::Refused(e) => journal_error_text(e),
        AppError::Storage(e) => store_error_text(e),
        AppError::Breaks(b) => format!("Not saved: {}. Your text is kept.", broken_text(b)),
        AppError::Backup(e) => backup_error_text(e),
        AppError::NotReady => {
            "Attune is still opening your notes. Wait a moment and try again; your text is kept."
                .into()
        }
    }
}

pub fn journal_error_text(error: &JournalError) -> String {
    use JournalError as E;
    match error {
        E::NameMissing => "Add a name: a first name or nickname is enough.".into(),
        E::NameTooLong => format!("Names can be up to {MAX_NAME_CHARS} characters."),
        E::InterestTooLong => {
            "Each interest can be up to 40 characters. Separate them with commas.".into()
        }
        E::DuplicateName => {
            "You already have a kid with this name. Add a nickname so you can tell them apart."
                .into()
        }
        E::KidNotFound => "This kid is no longer in your notes.".into(),
        E::GroupNotFound => "That group no longer exists. Pick another one.".into(),
        E::GroupNameMissing => "Give the group a name.".into(),
        E::GroupNameTooLong => {
            format!("Group names can be up to {MAX_GROUP_NAME_CHARS} characters.")
        }
        E::CadenceOutOfRange => format!(
            "Choose a check-in cadence between {} and {} days.",
            CADENCE_DAYS.start(),
            CADENCE_DAYS.end()
        ),
        E::NoteEmpty => "Type a note or tap a chip first.".into(),
        E::NoteTooLong => format!("Notes can be up to {MAX_NOTE_CHARS} characters."),
        E::NoteWithoutKid => "Choose who this note is about.".into(),
        E::NoteNotFound => "This note is no longer in your notes.".into(),
        E::PromptMissing => "Say what to ask about.".into(),
        E::PromptTooLong => format!("What to ask can be up to {MAX_PROMPT_CHARS} characters."),
        E::FollowUpNotFound => "This follow-up no longer exists.".into(),
        E::FollowUpClosed => "This follow-up is already done or dismissed.".into(),
        E::OutcomeNotExpected => "How it went is already noted for this follow-up.".into(),
        E::SessionNotFound => "This session no longer exists.".into(),
        E::KidNotInSession => "This kid is not on this session's list.".into(),
        E::SessionEnded => "This session has already ended.".into(),
        E::IdTaken => "That did not save because of a clash. Try again; your text is kept.".into(),
        E::ChangedSince => "That can no longer be undone: it has changed since.".into(),
    }
}

pub fn store_error_text(error: &StoreError) -> String {
    match error {
        StoreError::QuotaExceeded => {
            "Not saved: this phone's storage for Attune is full. Your text is still here. \
             Free some space on the phone, then tap Save again."
                .into()
        }
        StoreError::Unavailable(_) => {
            "Attune cannot open its storage in this browser. Private browsing can block it: \
             open Attune in a normal window or from the home screen."
                .into()
        }
        StoreError::Aborted | StoreError::Failed(_) => {
            "Not saved: the browser refused the change. Your text is still here. \
             Tap Save to try again."
                .into()
        }
    }
}

pub fn backup_error_text(error: &BackupError) -> String {
    let what = match error {
        BackupError::Empty => "the file is empty".to_string(),
        BackupError::TooLarge => "the file is larger than 50 MB, far more than any backup".into(),
        BackupError::NotJson => {
            "the file is not a backup, or it was cut short while copying".into()
        }
        BackupError::NotABackup => "this is not an Attune backup file".into(),
        BackupError::TooNew(_) => {
            "it was made by a newer version of Attune: update Attune first".into()
        }
        BackupError::BadRecord { index, .. } => {
            format!("entry {} in the file is damaged", index + 1)
        }
        BackupError::Duplicate { index } => format!(
            "entry {} repeats an earlier one, so the file was altered",
            index + 1
        ),
        BackupError::LockDamaged => "this locked backup is damaged and cannot be opened".into(),
        BackupError::WrongPassphrase => {
            "that passphrase does not open this backup (or the file was changed since it was saved)"
                .into()
        }
        BackupError::MostlyBroken { left_out, entries } => format!(
            "{} of the file's {} entries break Attune's rules or need one that does, \
             too many to trust the rest",
            thousands(*left_out),
            thousands(*entries)
        ),
    };
    format!("Nothing was changed: {what}.")
}

pub fn file_error_text(error: &FileError) -> String {
    match error {
        FileError::TooLarge => backup_error_text(&BackupError::TooLarge),
        FileError::Unreadable => {
            "Nothing was changed: the browser could not read that file. Choose it again.".into()
        }
        FileError::NotSaved => {
            "The backup could not be saved. Check the phone's free space and try again.".into()
        }
    }
}

pub fn lock_error_text(error: &LockError) -> String {
    match error {
        LockError::Wrong => "That is not the passcode.".into(),
        LockError::Wait(seconds) => format!(
            "Too many wrong passcodes. Try again in {}.",
            plural(*seconds as usize, "second", "seconds")
        ),
        LockError::TooShort => "Use at least 6 characters for the passcode.".into(),
        LockError::Crypto(_) => {
            "This browser could not encrypt or decrypt. The lock is unchanged.".into()
        }
        LockError::Storage(e) => store_error_text(e),
    }
}

/// What is wrong with a record, as a phrase that names it: "a name of
/// 3,000,000 characters, the limit is 40".
pub fn broken_text(broken: &Broken) -> String {
    match broken {
        Broken::Refused(e) => match e {
            JournalError::NameMissing => "an empty name".into(),
            JournalError::GroupNameMissing => "a group with no name".into(),
            JournalError::NoteEmpty => "an empty note".into(),
            JournalError::NoteWithoutKid => "a note about no kid".into(),
            JournalError::PromptMissing => "a follow-up with nothing to ask".into(),
            other => journal_error_text(other),
        },
        Broken::TooLong { text, chars } => {
            let what = match text {
                Text::Name => "a name",
                Text::Interest => "an interest",
                Text::GroupName => "a group name",
                Text::Note => "a note",
                Text::Prompt => "a follow-up",
            };
            let (chars, limit) = (thousands(*chars), thousands(text.limit()));
            format!("{what} of {chars} characters, the limit is {limit}")
        }
        Broken::TagsNotInText => "a note whose #tags are not in its text".into(),
        Broken::Cadence(days) => format!(
            "a check-in cadence of {days} days, where {} to {} are allowed",
            CADENCE_DAYS.start(),
            CADENCE_DAYS.end()
        ),
        // The year as a number: chrono's own formatting would add 8 KB.
        Broken::OutOfRange(day) => match *day < EARLIEST_DAY {
            true => format!(
                "a date in the year {}, before {}",
                day.year(),
                EARLIEST_DAY.year()
            ),
            false => format!(
                "a date in the year {}, more than {YEARS_AHEAD} years ahead",
                day.year()
            ),
        },
        Broken::UnknownChoice { choice, value } => {
            let what = match choice {
                Choice::Chip => "a chip",
                Choice::Mood => "a mood",
                Choice::Weekday => "a meeting day",
                Choice::DueRule => "a kind of due date",
                Choice::FollowUpState => "a follow-up state",
            };
            format!("{what} \u{201c}{value}\u{201d} that Attune does not know")
        }
        Broken::Missing { link, target } => format!("{} {}", link_text(*link), gone(target.kind)),
    }
}

/// The start of a phrase about a record that refers to another.
fn link_text(link: Link) -> &'static str {
    match link {
        Link::KidGroup => "a kid in a group",
        Link::NoteKid => "a note about a kid",
        Link::FollowUpKid => "a follow-up for a kid",
        Link::SessionGroup => "a session of a group",
        Link::SessionKid => "a session listing a kid",
    }
}

fn gone(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Kid => "who is no longer here",
        _ => "that is no longer here",
    }
}

/// One entry a restore leaves out: "entry 12: a note about a kid who is
/// not in the file", counted from 1 as a leader counts.
pub fn problem_text(problem: &Problem) -> String {
    let what = match &problem.reason {
        Broken::Missing { link, target } => {
            let who = if target.kind == EntityKind::Kid {
                "who"
            } else {
                "that"
            };
            match problem.after {
                Some(entry) => format!(
                    "{} {who} is left out (entry {})",
                    link_text(*link),
                    entry + 1
                ),
                None => format!("{} {who} is not in the file", link_text(*link)),
            }
        }
        other => broken_text(other),
    };
    format!("entry {}: {what}", problem.entry + 1)
}

pub fn reminder_error_text(error: &ReminderError) -> String {
    match error {
        ReminderError::Blocked => {
            "Notifications are blocked for Attune. Allow them in this browser's settings \
             for the site, then turn reminders on again."
                .into()
        }
        ReminderError::NotInstalled => {
            "This browser wakes only installed apps. Install Attune (browser menu, then \
             Install app), open it from the home screen and turn reminders on there."
                .into()
        }
        ReminderError::NoWorker => {
            "Attune's offline copy is not running yet, so nothing can wake it. \
             Reload Attune and try again."
                .into()
        }
    }
}

/// The due index, or a reminder setting, could not be stored.
pub fn reminder_store_text(error: &StoreError) -> String {
    let why = match error {
        StoreError::QuotaExceeded => "this phone's storage for Attune is full",
        _ => "the browser refused to store it",
    };
    format!(
        "Reminders could not be brought up to date: {why}. Attune tries again at your next change."
    )
}

/// A choice in Settings could not be stored: it holds until Attune closes.
pub fn preference_error_text(error: &StoreError) -> String {
    let why = match error {
        StoreError::QuotaExceeded => "this phone's storage for Attune is full",
        _ => "the browser refused to store it",
    };
    format!("Your choice holds only until Attune closes: {why}. Choose again later to keep it.")
}

/// What the leader types is not being kept on the side until it is saved.
pub fn typing_not_kept_text(error: &StoreError) -> String {
    let why = match error {
        StoreError::QuotaExceeded => "this phone's storage for Attune is full",
        _ => "the browser refused to store it",
    };
    format!("What you type is not kept if Attune closes before you save it: {why}.")
}
