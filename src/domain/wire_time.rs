//! Moments as stored, read quickly.
//!
//! Every record holds a moment or two, and a year of records is decoded at
//! each start. chrono reads any RFC 3339 text, with the care that takes; the
//! form Attune itself writes (`2026-12-03T17:30:00.123+01:00`, or `Z` for
//! UTC) is read here digit by digit, and anything else is left to chrono.
//! A moment read here is always the one chrono would read: anything this
//! reader is unsure of (a leap second, a lower-case `t`, a space, more than
//! nine digits of fraction) it hands on.

use std::fmt;

use chrono::{FixedOffset, NaiveDate, NaiveTime};
use serde::de::{Deserializer, Error, Visitor};

use super::Moment;

/// The moment in `text`, as chrono would read it, or chrono's refusal.
pub fn parse_moment(text: &str) -> Result<Moment, chrono::ParseError> {
    match as_written(text) {
        Some(moment) => Ok(moment),
        None => text.parse(),
    }
}

/// `YYYY-MM-DDTHH:MM:SS`, then an optional fraction of one to nine digits,
/// then `Z` or `±HH:MM`; `None` for anything else.
fn as_written(text: &str) -> Option<Moment> {
    let b = text.as_bytes();
    let number = |from: usize, to: usize| -> Option<u32> {
        b.get(from..to)?.iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let at = |i: usize, c: u8| b.get(i) == Some(&c);
    if !(at(4, b'-') && at(7, b'-') && at(10, b'T') && at(13, b':') && at(16, b':')) {
        return None;
    }
    let year = i32::try_from(number(0, 4)?).ok()?;
    let date = NaiveDate::from_ymd_opt(year, number(5, 7)?, number(8, 10)?)?;
    let (hour, minute, second) = (number(11, 13)?, number(14, 16)?, number(17, 19)?);
    // A leap second is chrono's to read.
    if second > 59 {
        return None;
    }
    let mut i = 19;
    let mut nano = 0;
    if at(i, b'.') {
        let digits = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        if !(1..=9).contains(&digits) {
            return None;
        }
        nano = number(i + 1, i + 1 + digits)? * 10u32.pow(9 - digits as u32);
        i += 1 + digits;
    }
    let east = match &b[i..] {
        [b'Z'] => 0,
        [sign @ (b'+' | b'-'), _, _, b':', _, _] => {
            let (hours, minutes) = (number(i + 1, i + 3)?, number(i + 4, i + 6)?);
            if hours > 23 || minutes > 59 {
                return None;
            }
            let seconds = i32::try_from(hours * 3600 + minutes * 60).ok()?;
            if *sign == b'-' { -seconds } else { seconds }
        }
        _ => return None,
    };
    let time = NaiveTime::from_hms_nano_opt(hour, minute, second, nano)?;
    date.and_time(time)
        .and_local_timezone(FixedOffset::east_opt(east)?)
        .single()
}

/// For `#[serde(deserialize_with)]` on a [`Moment`] field.
pub fn moment<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Moment, D::Error> {
    deserializer.deserialize_str(MomentText)
}

/// For `#[serde(deserialize_with)]` on an `Option<Moment>` field.
pub fn optional_moment<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Moment>, D::Error> {
    deserializer.deserialize_option(OptionalMoment)
}

struct MomentText;

impl Visitor<'_> for MomentText {
    type Value = Moment;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a date and time in RFC 3339 form")
    }

    fn visit_str<E: Error>(self, text: &str) -> Result<Moment, E> {
        parse_moment(text).map_err(E::custom)
    }
}

struct OptionalMoment;

impl<'de> Visitor<'de> for OptionalMoment {
    type Value = Option<Moment>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a date and time in RFC 3339 form, or null")
    }

    fn visit_none<E: Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        moment(deserializer).map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The moment to the nanosecond, with its offset: `DateTime`'s own `==`
    /// compares instants only.
    fn exactly(moment: Option<Moment>) -> Option<String> {
        moment.map(|m| m.to_rfc3339_opts(chrono::SecondsFormat::Nanos, false))
    }

    fn both(text: &str) -> (Option<String>, Option<String>) {
        (exactly(as_written(text)), exactly(text.parse().ok()))
    }

    #[test]
    fn the_forms_attune_writes_are_read_as_chrono_reads_them() {
        for text in [
            "2026-09-25T17:00:00Z",
            "2026-12-03T17:30:00+01:00",
            "2026-12-03T17:30:00.123+01:00",
            "2026-12-03T17:30:00.123456789-05:30",
            "2024-02-29T23:59:59.5Z",
            "0001-01-01T00:00:00+23:59",
            "2026-12-03T17:30:00-00:00",
        ] {
            let (mine, chrono) = both(text);
            assert!(mine.is_some(), "{text} should be read here");
            assert_eq!(mine, chrono, "{text}");
        }
    }

    #[test]
    fn anything_unsure_is_left_to_chrono() {
        for text in [
            "2026-12-03t17:30:00Z",
            "2026-12-03 17:30:00Z",
            "2026-12-03T17:30:00z",
            "2026-12-03T17:30:60Z",
            "2026-12-03T17:30:00.1234567891Z",
            "2026-12-03T17:30:00.Z",
            "2026-12-03T17:30:00+0100",
            "2026-12-03T17:30:00+01:60",
            "2026-02-30T17:30:00Z",
            "2026-12-03T24:00:00Z",
            "2026-12-03T17:30:00Z ",
            "+2026-12-03T17:30:00Z",
            "2026-12-03T17:30Z",
            "",
        ] {
            assert_eq!(as_written(text), None, "{text}");
            assert_eq!(
                exactly(parse_moment(text).ok()),
                exactly(text.parse().ok()),
                "{text}"
            );
        }
    }

    #[test]
    fn a_field_is_read_through_serde_either_way() {
        #[derive(serde::Deserialize, Debug, PartialEq)]
        struct Stamped {
            #[serde(deserialize_with = "moment")]
            at: Moment,
            #[serde(default, deserialize_with = "optional_moment")]
            then: Option<Moment>,
        }
        let read = |json: &str| serde_json::from_str::<Stamped>(json).ok();
        let fast = read(r#"{"at":"2026-12-03T17:30:00+01:00","then":"2026-12-04T08:00:00Z"}"#);
        let slow = read(r#"{"at":"2026-12-03 17:30:00 +01:00","then":null}"#);
        let at: Moment = "2026-12-03T17:30:00+01:00".parse().unwrap();
        assert_eq!(fast.as_ref().map(|s| s.at), Some(at));
        assert_eq!(
            fast.and_then(|s| s.then),
            "2026-12-04T08:00:00Z".parse().ok()
        );
        assert_eq!(slow, Some(Stamped { at, then: None }));
        assert_eq!(
            read(r#"{"at":"2026-12-03T17:30:00+01:00"}"#).unwrap().then,
            None
        );
        assert_eq!(read(r#"{"at":"yesterday"}"#), None);
        assert_eq!(read(r#"{"at":17}"#), None);
    }
}
