//! Calendar files (RFC 5545) for follow-ups with a day, so the phone's own
//! calendar can ring for them: one all-day event per follow-up, with an
//! alarm on its morning.
//!
//! Calendars are often synced to a cloud, so an event says only "Attune: 1
//! follow-up" unless the leader asked for names (never with the lock on).
//! An event's `UID` comes from the follow-up's id, so exporting again
//! updates the event instead of adding a second one.

use chrono::{DateTime, Datelike, Days, NaiveDate, Timelike, Utc};

use super::{Due, FollowUp, Journal, dates};

/// One event of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarEvent {
    /// Stable across exports: the same follow-up, the same event.
    pub uid: String,
    /// The all-day event's day.
    pub day: NaiveDate,
    pub summary: String,
    pub description: String,
}

/// The longest line RFC 5545 allows, in octets, without its line break.
const LINE_OCTETS: usize = 75;

/// Escapes text for a TEXT value: backslash, semicolon, comma and line
/// breaks (a CRLF or a lone CR is one break).
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// A content line folded to 75 octets a line, each continuation starting
/// with a space, never splitting a character; every line ends in CRLF.
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / LINE_OCTETS * 3 + 2);
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > LINE_OCTETS {
            out.push_str("\r\n ");
            // The space that opens a continuation counts toward its 75.
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

/// "20261205"
fn date_value(day: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", day.year(), day.month(), day.day())
}

/// "20261202T220500Z"
fn stamp_value(at: DateTime<Utc>) -> String {
    format!(
        "{}T{:02}{:02}{:02}Z",
        date_value(at.date_naive()),
        at.hour(),
        at.minute(),
        at.second()
    )
}

/// The whole file: every event, each with an alarm at `alarm_hour` on its
/// day. `stamp` is when the file is made (its `DTSTAMP`).
pub fn calendar(events: &[CalendarEvent], alarm_hour: u8, stamp: DateTime<Utc>) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//Attune//Follow-ups//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    let stamp = stamp_value(stamp);
    for event in events {
        let summary = escape_text(&event.summary);
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}", event.uid),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", date_value(event.day)),
            format!("DTEND;VALUE=DATE:{}", date_value(event.day + Days::new(1))),
            format!("SUMMARY:{summary}"),
            format!("DESCRIPTION:{}", escape_text(&event.description)),
            // A reminder to ask, not an appointment: the leader is not busy.
            "TRANSP:TRANSPARENT".into(),
            "BEGIN:VALARM".into(),
            "ACTION:DISPLAY".into(),
            format!("DESCRIPTION:{summary}"),
            // From the start of an all-day event, its midnight.
            format!("TRIGGER:PT{alarm_hour}H"),
            "END:VALARM".into(),
            "END:VEVENT".into(),
        ]);
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|l| fold_line(l)).collect()
}

/// The day a follow-up names, if it names one: on a day, or the first time
/// seen from a day (a snooze moves it later).
pub fn day_of(f: &FollowUp) -> Option<NaiveDate> {
    match f.due {
        Due::OnDate(_) | Due::FirstSeenOnOrAfter(_) => f.comes_back_on(),
        Due::NextTimeSeen => None,
    }
}

/// The event for an open follow-up with a day, of a kid still in the list.
/// Without `names` it says only that there is a follow-up.
pub fn event_of(journal: &Journal, f: &FollowUp, names: bool) -> Option<CalendarEvent> {
    let kid = journal.kid(f.kid).filter(|k| !k.archived)?;
    let day = day_of(f).filter(|_| f.is_open())?;
    let (summary, description) = match names {
        false => (
            "Attune: 1 follow-up".to_string(),
            "Open Attune to see what to ask.".to_string(),
        ),
        true => {
            let when = match f.due {
                Due::FirstSeenOnOrAfter(_) => format!(
                    "The first time you see {} from {}.",
                    kid.name(),
                    dates::short_day(day)
                ),
                _ => format!("On {}.", dates::short_day(day)),
            };
            (format!("{}: {}", kid.name(), f.prompt), when)
        }
    };
    Some(CalendarEvent {
        uid: format!("{}@attune", f.id),
        day,
        summary,
        description,
    })
}

/// Every open follow-up whose day is `today` or later, soonest first.
pub fn upcoming_events(journal: &Journal, today: NaiveDate, names: bool) -> Vec<CalendarEvent> {
    let mut events: Vec<CalendarEvent> = journal
        .open_follow_ups()
        .filter_map(|f| event_of(journal, f, names))
        .filter(|e| e.day >= today)
        .collect();
    super::order::sort_by_cached_key(&mut events, |e| (e.day, e.uid.clone()));
    events
}
