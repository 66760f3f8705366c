//! The one place where errors become words for the leader: what happened and what to do.

use crate::domain::{JournalError, MAX_NAME_CHARS, MAX_NOTE_CHARS};
use crate::persist::{BackupError, StoreError};
use crate::platform::files::FileError;
use crate::platform::reminders::ReminderError;
use crate::platform::vault::LockError;
use crate::state::AppError;
use crate::ui::plural;

pub fn app_error_text(error: &AppError) -> String {
    match error {
        AppError::Refused(e) => journal_error_text(e),
        AppError::Storage(e) => store_error_text(e),
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
        E::GroupNameTooLong => "Group names can be up to 60 characters.".into(),
        E::CadenceOutOfRange => "Choose a check-in cadence between 1 and 365 days.".into(),
        E::NoteEmpty => "Type a note or tap a chip first.".into(),
        E::NoteTooLong => format!("Notes can be up to {MAX_NOTE_CHARS} characters."),
        E::NoteWithoutKid => "Choose who this note is about.".into(),
        E::NoteNotFound => "This note is no longer in your notes.".into(),
        E::PromptMissing => "Say what to ask about.".into(),
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
            "Not saved: this phone's storage for Attune is full. Your text is still here. Free some space on the phone, then tap Save again.".into()
        }
        StoreError::Unavailable(_) => {
            "Attune cannot open its storage in this browser. Private browsing can block it: open Attune in a normal window or from the home screen.".into()
        }
        StoreError::Aborted | StoreError::Failed(_) => {
            "Not saved: the browser refused the change. Your text is still here. Tap Save to try again.".into()
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

pub fn reminder_error_text(error: &ReminderError) -> String {
    match error {
        ReminderError::Blocked => {
            "Notifications are blocked for Attune. Allow them in this browser's settings for the site, then turn reminders on again.".into()
        }
        ReminderError::NotInstalled => {
            "This browser wakes only installed apps. Install Attune (browser menu, then Install app), open it from the home screen and turn reminders on there.".into()
        }
        ReminderError::NoWorker => {
            "Attune's offline copy is not running yet, so nothing can wake it. Reload Attune and try again.".into()
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
