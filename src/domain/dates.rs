//! Dates in words, the way a leader reads them: "Sat 5 Dec", "Saturday 5 December".
//!
//! Written out here rather than through chrono's format strings, which cost
//! more code in the app than these few tables.

use chrono::{Datelike, NaiveDate, Timelike, Weekday};

use super::{Due, Moment};

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The days of the week, Monday first.
pub const WEEK: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

pub fn weekday_name(day: Weekday) -> &'static str {
    WEEKDAYS[day.num_days_from_monday() as usize]
}

pub fn month_name(month: u32) -> &'static str {
    MONTHS[(month.clamp(1, 12) - 1) as usize]
}

fn short(name: &str) -> &str {
    name.get(..3).unwrap_or(name)
}

/// When a follow-up comes back, in words: "first time you see them from Sat 5 Dec".
pub fn due_words(due: Due) -> String {
    match due {
        Due::OnDate(d) => format!("on {}", short_day(d)),
        Due::NextTimeSeen => "next time you see them".into(),
        Due::FirstSeenOnOrAfter(d) => format!("first time you see them from {}", short_day(d)),
    }
}

/// A day gone by, as a leader names it: "Yesterday", "Last Tuesday" within
/// the past week, "Tue 24 Nov" before that.
pub fn past_day(date: NaiveDate, today: NaiveDate) -> String {
    match (today - date).num_days() {
        1 => "Yesterday".into(),
        2..=7 => format!("Last {}", weekday_name(date.weekday())),
        _ => short_day(date),
    }
}

/// "Sat 5 Dec"
pub fn short_day(date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        short(weekday_name(date.weekday())),
        date.day(),
        short(month_name(date.month()))
    )
}

/// "Saturday 5 December"
pub fn long_day(date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        weekday_name(date.weekday()),
        date.day(),
        month_name(date.month())
    )
}

/// "5 Dec 2026"
pub fn day_month_year(date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        date.day(),
        short(month_name(date.month())),
        date.year()
    )
}

/// "2026-12-05", for file names.
pub fn iso_day(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// "5 Dec 2026, 17:05"
pub fn day_and_time(at: Moment) -> String {
    format!(
        "{}, {:02}:{:02}",
        day_month_year(at.date_naive()),
        at.hour(),
        at.minute()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_else(|| panic!("no day {y}-{m}-{d}"))
    }

    #[test]
    fn past_days_are_named_as_a_leader_would() {
        let today = day(2026, 12, 8);
        assert_eq!(past_day(day(2026, 12, 7), today), "Yesterday");
        assert_eq!(past_day(day(2026, 12, 1), today), "Last Tuesday");
        assert_eq!(past_day(day(2026, 11, 30), today), "Mon 30 Nov");
    }

    #[test]
    fn dates_read_as_words() {
        assert_eq!(short_day(day(2026, 12, 5)), "Sat 5 Dec");
        assert_eq!(long_day(day(2026, 11, 27)), "Friday 27 November");
        assert_eq!(day_month_year(day(2028, 2, 29)), "29 Feb 2028");
        assert_eq!(iso_day(day(2027, 1, 4)), "2027-01-04");
        let at = chrono::DateTime::parse_from_rfc3339("2026-12-01T07:05:00+01:00");
        assert_eq!(
            at.map(day_and_time).ok(),
            Some("1 Dec 2026, 07:05".to_string())
        );
    }
}
