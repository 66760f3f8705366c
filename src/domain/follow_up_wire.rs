//! Reading a follow-up's `due` and `status` back from their stored form.
//!
//! Both are tagged objects. Serde's derived readers for tagged enums first
//! copy the whole object into an untyped buffer and read it a second time;
//! the open follow-ups are most of what Today decodes at start-up, so these
//! read the fields once, straight into a flat struct, and then check that
//! the tag has the fields it needs. The written form is unchanged.

use chrono::NaiveDate;
use serde::de::{Deserialize, Deserializer, Error};

use super::{Due, FollowUpStatus, Moment, NoteId};

#[derive(serde::Deserialize)]
#[serde(rename_all = "snake_case")]
enum Rule {
    OnDate,
    NextTimeSeen,
    FirstSeenOnOrAfter,
}

#[derive(serde::Deserialize)]
struct DueFields {
    rule: Rule,
    #[serde(default)]
    date: Option<NaiveDate>,
}

impl<'de> Deserialize<'de> for Due {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let fields = DueFields::deserialize(deserializer)?;
        let date = || fields.date.ok_or_else(|| D::Error::missing_field("date"));
        Ok(match fields.rule {
            Rule::OnDate => Due::OnDate(date()?),
            Rule::NextTimeSeen => Due::NextTimeSeen,
            Rule::FirstSeenOnOrAfter => Due::FirstSeenOnOrAfter(date()?),
        })
    }
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "snake_case")]
enum State {
    Open,
    Done,
    Dismissed,
}

#[derive(serde::Deserialize)]
struct StatusFields {
    state: State,
    #[serde(default, deserialize_with = "super::wire_time::optional_moment")]
    at: Option<Moment>,
    #[serde(default)]
    outcome_note: Option<NoteId>,
}

impl<'de> Deserialize<'de> for FollowUpStatus {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let fields = StatusFields::deserialize(deserializer)?;
        let at = || fields.at.ok_or_else(|| D::Error::missing_field("at"));
        Ok(match fields.state {
            State::Open => FollowUpStatus::Open,
            State::Done => FollowUpStatus::Done {
                at: at()?,
                outcome_note: fields.outcome_note,
            },
            State::Dismissed => FollowUpStatus::Dismissed { at: at()? },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn due(text: &str) -> Result<Due, serde_json::Error> {
        serde_json::from_str(text)
    }
    fn status(text: &str) -> Result<FollowUpStatus, serde_json::Error> {
        serde_json::from_str(text)
    }
    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn every_due_reads_back_as_written() {
        for written in [
            Due::OnDate(day(2026, 12, 3)),
            Due::NextTimeSeen,
            Due::FirstSeenOnOrAfter(day(2027, 1, 9)),
        ] {
            let text = serde_json::to_string(&written).unwrap();
            assert_eq!(due(&text).unwrap(), written, "{text}");
        }
    }

    #[test]
    fn every_status_reads_back_as_written() {
        let at: Moment = "2026-12-03T17:30:00+01:00".parse().unwrap();
        let note: NoteId = "00035bf40000151e".parse().unwrap();
        for written in [
            FollowUpStatus::Open,
            FollowUpStatus::Done {
                at,
                outcome_note: None,
            },
            FollowUpStatus::Done {
                at,
                outcome_note: Some(note),
            },
            FollowUpStatus::Dismissed { at },
        ] {
            let text = serde_json::to_string(&written).unwrap();
            assert_eq!(status(&text).unwrap(), written, "{text}");
        }
    }

    #[test]
    fn fields_may_come_in_any_order_and_unknown_ones_are_ignored() {
        assert_eq!(
            due(r#"{"date":"2026-12-03","rule":"on_date"}"#).unwrap(),
            Due::OnDate(day(2026, 12, 3))
        );
        assert_eq!(
            status(r#"{"at":"2026-12-03T17:30:00Z","later":1,"state":"dismissed"}"#).unwrap(),
            FollowUpStatus::Dismissed {
                at: "2026-12-03T17:30:00Z".parse().unwrap()
            }
        );
    }

    #[test]
    fn a_tag_without_the_fields_it_needs_is_refused() {
        for text in [
            r#"{"rule":"on_date"}"#,
            r#"{"rule":"first_seen_on_or_after","date":null}"#,
            r#"{"rule":"someday","date":"2026-12-03"}"#,
            r#"{"date":"2026-12-03"}"#,
            r#"{"rule":"on_date","date":"3 December"}"#,
        ] {
            assert!(due(text).is_err(), "{text}");
        }
        for text in [
            r#"{"state":"done"}"#,
            r#"{"state":"dismissed","at":"yesterday"}"#,
            r#"{"state":"lost"}"#,
            r#"{"at":"2026-12-03T17:30:00Z"}"#,
            r#""open""#,
        ] {
            assert!(status(text).is_err(), "{text}");
        }
    }
}
