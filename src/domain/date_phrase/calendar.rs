//! The calendar arithmetic behind day phrases: the next Saturday, the next
//! 12th, the last day of the month. Every step is checked, so no date a
//! note names can overflow.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::DateOrder;

pub(crate) fn plus_days(day: NaiveDate, days: u64) -> Option<NaiveDate> {
    day.checked_add_days(Days::new(days))
}

/// `day` on or after `from`.
pub(crate) fn on_or_after(from: NaiveDate, day: Weekday) -> Option<NaiveDate> {
    let ahead = (7 + day.num_days_from_monday() - from.weekday().num_days_from_monday()) % 7;
    plus_days(from, u64::from(ahead))
}

/// The next `day` strictly after `from`.
pub(crate) fn after(from: NaiveDate, day: Weekday) -> Option<NaiveDate> {
    on_or_after(plus_days(from, 1)?, day)
}

pub(crate) fn next_monday(today: NaiveDate) -> Option<NaiveDate> {
    after(today, Weekday::Mon)
}

/// "next Saturday": that day in the week after this one (weeks start Monday).
pub(crate) fn next_week_day(today: NaiveDate, day: Weekday) -> Option<NaiveDate> {
    on_or_after(next_monday(today)?, day)
}

/// Saturday of this weekend; on a Sunday, today.
pub(crate) fn this_weekend(today: NaiveDate) -> Option<NaiveDate> {
    match today.weekday() {
        Weekday::Sun => Some(today),
        _ => on_or_after(today, Weekday::Sat),
    }
}

/// The Saturday of the weekend nearest `day` ("the weekend of the 20th"),
/// never before today.
pub(crate) fn weekend_of(day: NaiveDate, today: NaiveDate) -> Option<NaiveDate> {
    let from_monday = i64::from(day.weekday().num_days_from_monday());
    // Monday and Tuesday are nearer the weekend before, the rest the one after.
    let shift = if from_monday <= 1 {
        -(from_monday + 2)
    } else {
        5 - from_monday
    };
    let saturday = day.checked_add_signed(chrono::TimeDelta::try_days(shift)?)?;
    Some(saturday.max(today))
}

pub(crate) fn last_of_month(today: NaiveDate) -> Option<NaiveDate> {
    first_of_next_month(today)?.pred_opt()
}

pub(crate) fn first_of_next_month(today: NaiveDate) -> Option<NaiveDate> {
    today.with_day(1)?.checked_add_months(Months::new(1))
}

pub(crate) fn plus_months(today: NaiveDate, months: u32) -> Option<NaiveDate> {
    today.checked_add_months(Months::new(months))
}

/// The next date from today on with this month and day (29 February waits
/// for a leap year).
pub(crate) fn next_month_day(today: NaiveDate, m: u32, day: u32) -> Option<NaiveDate> {
    if !(1..=12).contains(&m) || !(1..=31).contains(&day) {
        return None;
    }
    (0..8)
        .filter_map(|k| NaiveDate::from_ymd_opt(today.year().checked_add(k)?, m, day))
        .find(|d| *d >= today)
}

/// The next date from today on that falls on this day of a month.
pub(crate) fn next_day_of_month(today: NaiveDate, day: u32) -> Option<NaiveDate> {
    if !(1..=31).contains(&day) {
        return None;
    }
    let first = today.with_day(1)?;
    (0..12)
        .filter_map(|k| first.checked_add_months(Months::new(k))?.with_day(day))
        .find(|d| *d >= today)
}

/// A date written in numbers: 2027-03-12, or 5/12 and 5/12/27 in the
/// leader's order.
pub(crate) fn numeric(
    parts: &[u32],
    sep: char,
    today: NaiveDate,
    order: DateOrder,
) -> Option<NaiveDate> {
    if sep == '-' {
        return match parts {
            [y, m, d] if *y >= 1000 => NaiveDate::from_ymd_opt(i32::try_from(*y).ok()?, *m, *d),
            _ => None,
        };
    }
    let (a, b) = (*parts.first()?, *parts.get(1)?);
    let (mut day, mut m) = match order {
        DateOrder::DayMonth => (a, b),
        DateOrder::MonthDay => (b, a),
    };
    // "12/19" can only be read one way, whichever order the leader chose.
    if m > 12 && day <= 12 {
        (day, m) = (m, day);
    }
    match parts.get(2) {
        Some(&y) => {
            let year = if y < 100 { 2000 + y } else { y };
            NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, m, day)
        }
        None => next_month_day(today, m, day),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    #[test]
    fn the_weekend_of_a_day_is_its_nearest_saturday() {
        let today = day("2026-12-01");
        for (of, saturday) in [
            ("2026-12-20", "2026-12-19"),
            ("2026-12-19", "2026-12-19"),
            ("2026-12-18", "2026-12-19"),
            ("2026-12-21", "2026-12-19"),
            ("2026-12-22", "2026-12-19"),
            ("2026-12-23", "2026-12-26"),
            ("2026-12-24", "2026-12-26"),
        ] {
            assert_eq!(weekend_of(day(of), today), Some(day(saturday)), "{of}");
        }
        let sunday = day("2026-12-06");
        assert_eq!(weekend_of(day("2026-12-07"), sunday), Some(sunday));
    }

    #[test]
    fn month_ends_and_starts() {
        assert_eq!(last_of_month(day("2027-02-03")), Some(day("2027-02-28")));
        assert_eq!(last_of_month(day("2026-12-31")), Some(day("2026-12-31")));
        assert_eq!(
            first_of_next_month(day("2026-12-31")),
            Some(day("2027-01-01"))
        );
    }

    #[test]
    fn far_dates_do_not_overflow() {
        assert_eq!(plus_days(NaiveDate::MAX, 1), None);
        assert_eq!(after(NaiveDate::MAX, Weekday::Mon), None);
        assert_eq!(next_day_of_month(NaiveDate::MAX, 31), Some(NaiveDate::MAX));
        assert_eq!(next_month_day(NaiveDate::MAX, 1, 1), None);
    }
}
