//! Typed identifiers: random 64-bit values written as 16 hex digits.

use std::fmt;
use std::str::FromStr;

use serde::de::Visitor;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An id that is not 16 hexadecimal digits.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an id: expected 16 hexadecimal digits")]
pub struct ParseIdError;

macro_rules! typed_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub u64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{:016x}", self.0)
            }
        }

        impl FromStr for $name {
            type Err = ParseIdError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                parse_hex(s).map($name)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                d.deserialize_str(IdText).map($name)
            }
        }
    };
}

fn parse_hex(s: &str) -> Result<u64, ParseIdError> {
    if s.len() != 16 || !s.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(ParseIdError);
    }
    u64::from_str_radix(s, 16).map_err(|_| ParseIdError)
}

/// Reads an id from the text as it is handed over, with no copy made: a
/// year of records holds tens of thousands of ids. One reader for every kind
/// of id, so its code is not repeated for each.
struct IdText;

impl Visitor<'_> for IdText {
    type Value = u64;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an id of 16 hexadecimal digits")
    }

    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<u64, E> {
        parse_hex(s).map_err(E::custom)
    }
}

typed_id!(
    /// Identifies a kid.
    KidId
);
typed_id!(
    /// Identifies a group.
    GroupId
);
typed_id!(
    /// Identifies a note.
    NoteId
);
typed_id!(
    /// Identifies a follow-up.
    FollowUpId
);
typed_id!(
    /// Identifies a session.
    SessionId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_through_text() {
        let id = KidId(0x00ab_cdef_0123_4567);
        assert_eq!(id.to_string(), "00abcdef01234567");
        assert_eq!("00abcdef01234567".parse::<KidId>(), Ok(id));
    }

    #[test]
    fn malformed_ids_are_refused() {
        for bad in [
            "",
            "123",
            "zzzzzzzzzzzzzzzz",
            "00abcdef012345678",
            "+0abcdef01234567",
        ] {
            assert_eq!(bad.parse::<NoteId>(), Err(ParseIdError), "{bad:?}");
        }
    }

    #[test]
    fn ids_are_read_from_json_strings_only() {
        let read = |json: &str| serde_json::from_str::<KidId>(json).ok();
        assert_eq!(
            read(r#""00abcdef01234567""#),
            Some(KidId(0x00ab_cdef_0123_4567))
        );
        // Escaped, the same text is the same id.
        assert_eq!(
            read(r#""\u0030\u0030abcdef01234567""#),
            Some(KidId(0x00ab_cdef_0123_4567))
        );
        for bad in [
            r#""00abcdef0123456""#,
            r#""zzzzzzzzzzzzzzzz""#,
            "12",
            "null",
            "[]",
        ] {
            assert_eq!(read(bad), None, "{bad}");
        }
    }

    #[test]
    fn ids_serialize_as_strings() {
        let json = serde_json::to_string(&GroupId(255)).unwrap_or_default();
        assert_eq!(json, "\"00000000000000ff\"");
    }
}
