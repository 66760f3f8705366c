//! A kid in the leader's groups, and the rules for what a leader may type about one.

use super::order;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::text::{fold, tidy};
use super::{GroupId, KidId, Moment};

/// Longest first name or nickname, in characters.
pub const MAX_NAME_CHARS: usize = 40;
/// Longest single interest, in characters.
pub const MAX_INTEREST_CHARS: usize = 40;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Kid {
    pub id: KidId,
    /// First name only: the app discourages surnames. Stored as
    /// `display_name`, its name in every version of the record format.
    #[serde(rename = "display_name")]
    pub first_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    #[serde(default)]
    pub interests: Vec<String>,
    #[serde(default)]
    pub groups: Vec<GroupId>,
    #[serde(default)]
    pub archived: bool,
    #[serde(deserialize_with = "super::wire_time::moment")]
    pub created_at: Moment,
    /// When the newest note about them was written. Kept on the kid so
    /// Today can be shown before the notes themselves have loaded.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::wire_time::optional_moment"
    )]
    pub last_noted: Option<Moment>,
    /// "Not now" on the radar: left off it until this day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub radar_snoozed_until: Option<NaiveDate>,
}

impl Kid {
    /// The name shown for them: the nickname when there is one, else the
    /// first name.
    pub fn name(&self) -> &str {
        self.nickname.as_deref().unwrap_or(&self.first_name)
    }

    /// Folded (name, nickname) pair used to tell two kids apart.
    pub(crate) fn identity(&self) -> (String, String) {
        identity(&self.first_name, self.nickname.as_deref())
    }
}

pub(crate) fn identity(name: &str, nickname: Option<&str>) -> (String, String) {
    (fold(name), nickname.map(fold).unwrap_or_default())
}

/// What the leader typed into the kid form, before validation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KidDraft {
    /// Named as drafts already kept in the browser name it.
    #[serde(rename = "display_name")]
    pub first_name: String,
    pub nickname: String,
    /// Comma-separated, as typed: "soccer, drawing, #lego".
    pub interests: String,
    #[serde(default)]
    pub groups: Vec<GroupId>,
}

/// A draft that passed validation, in the shape stored on a [`Kid`].
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct CleanKid {
    pub first_name: String,
    pub nickname: Option<String>,
    pub interests: Vec<String>,
    pub groups: Vec<GroupId>,
}

impl KidDraft {
    pub(crate) fn clean(&self) -> Result<CleanKid, super::JournalError> {
        let first_name = clean_name(&self.first_name)?;
        let nickname = match tidy(&self.nickname).is_empty() {
            true => None,
            false => Some(clean_name(&self.nickname)?),
        };
        let interests = parse_interests(&self.interests)?;
        let mut groups = self.groups.clone();
        order::sort(&mut groups);
        groups.dedup();
        Ok(CleanKid {
            first_name,
            nickname,
            interests,
            groups,
        })
    }
}

/// A name or nickname as the forms take it: tidied, present, and within
/// [`MAX_NAME_CHARS`]. A stored kid's names are held to the same.
pub(crate) fn clean_name(typed: &str) -> Result<String, super::JournalError> {
    let name = tidy(typed);
    if name.is_empty() {
        return Err(super::JournalError::NameMissing);
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(super::JournalError::NameTooLong);
    }
    Ok(name)
}

/// Splits a comma-separated list into tidy interests, dropping a leading `#`
/// and repeats that differ only in case or accents.
pub fn parse_interests(typed: &str) -> Result<Vec<String>, super::JournalError> {
    let mut out: Vec<String> = Vec::new();
    for part in typed.split([',', ';', '\n']) {
        let interest = tidy(part.trim().trim_start_matches('#'));
        if interest.is_empty() {
            continue;
        }
        if interest.chars().count() > MAX_INTEREST_CHARS {
            return Err(super::JournalError::InterestTooLong);
        }
        if !out.iter().any(|known| fold(known) == fold(&interest)) {
            out.push(interest);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::JournalError;

    fn draft(name: &str, nickname: &str, interests: &str) -> KidDraft {
        KidDraft {
            first_name: name.into(),
            nickname: nickname.into(),
            interests: interests.into(),
            groups: vec![],
        }
    }

    #[test]
    fn a_draft_is_tidied() {
        let clean = draft("  Marco ", " ", "soccer, #Lego ,, drawing").clean();
        let clean = clean.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(clean.first_name, "Marco");
        assert_eq!(clean.nickname, None);
        assert_eq!(clean.interests, ["soccer", "Lego", "drawing"]);
    }

    #[test]
    fn interests_repeated_in_other_case_or_accents_are_kept_once() {
        let interests = parse_interests("Café, cafe, CAFE, chess").unwrap_or_default();
        assert_eq!(interests, ["Café", "chess"]);
    }

    #[test]
    fn names_are_required_and_bounded() {
        assert_eq!(draft("   ", "", "").clean(), Err(JournalError::NameMissing));
        let long = "x".repeat(MAX_NAME_CHARS + 1);
        assert_eq!(draft(&long, "", "").clean(), Err(JournalError::NameTooLong));
        assert_eq!(
            draft("Ana", &long, "").clean(),
            Err(JournalError::NameTooLong)
        );
        let ok = "é".repeat(MAX_NAME_CHARS);
        assert!(draft(&ok, "", "").clean().is_ok());
    }

    #[test]
    fn overlong_interest_is_refused() {
        let long = "y".repeat(MAX_INTEREST_CHARS + 1);
        assert_eq!(parse_interests(&long), Err(JournalError::InterestTooLong));
    }
}
