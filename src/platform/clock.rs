//! The device's clock and a source of fresh ids.

use chrono::{DateTime, FixedOffset, NaiveDate, Offset, Utc};

use crate::domain::Moment;

/// Now, in the device's local offset.
pub fn now() -> Moment {
    local(js_sys::Date::new_0())
}

/// A moment given in milliseconds since the epoch, in the device's local
/// offset at that moment.
pub fn at_millis(millis: f64) -> Moment {
    local(js_sys::Date::new(&millis.into()))
}

fn local(date: js_sys::Date) -> Moment {
    let millis = date.get_time() as i64;
    // getTimezoneOffset is minutes *behind* UTC, so east is its negation.
    let east_seconds = -(date.get_timezone_offset() as i32) * 60;
    let offset = FixedOffset::east_opt(east_seconds).unwrap_or_else(|| Utc.fix());
    DateTime::from_timestamp_millis(millis)
        .unwrap_or_default()
        .with_timezone(&offset)
}

/// The local calendar day.
pub fn today() -> NaiveDate {
    now().date_naive()
}

/// A fresh random 64-bit id from the platform's cryptographic generator.
pub fn new_id() -> u64 {
    let mut bytes = [0u8; 8];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        // Every browser Attune runs in has WebCrypto; this only keeps ids
        // distinct if one does not.
        let a = (js_sys::Math::random() * f64::from(u32::MAX)) as u64;
        let b = (js_sys::Math::random() * f64::from(u32::MAX)) as u64;
        return (a << 32) | b;
    }
    u64::from_le_bytes(bytes)
}
