//! What Today shows: follow-ups due, what is coming this week, and the kids
//! past their check-in cadence.

use super::order;
use chrono::{Days, NaiveDate};

use super::follow_up::Standing;
use super::radar::{RadarKid, radar};
use super::{Due, FollowUp, FollowUpId, Journal, Kid, KidId, fold};

/// How far ahead "coming up" looks.
pub const UPCOMING_DAYS: u64 = 7;

/// One follow-up as Today lists it; a list's rows are keyed on it whole,
/// so a row is drawn again only when something it shows has changed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TodayItem {
    pub id: FollowUpId,
    pub kid: KidId,
    pub kid_name: String,
    pub prompt: String,
    pub due: Due,
    pub standing: Standing,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TodayView {
    /// Overdue (longest overdue first), then due today.
    pub due: Vec<TodayItem>,
    /// Due within the coming week, soonest first.
    pub upcoming: Vec<TodayItem>,
    /// Waiting to see the kid: their day has come (or they have none), and
    /// they come due the first time the kid is seen. By name.
    pub waiting: Vec<TodayItem>,
    /// Kids past their check-in cadence, as the radar orders them.
    pub radar: Vec<RadarKid>,
}

impl TodayItem {
    fn new(journal: &Journal, f: &FollowUp, kid: &Kid, today: NaiveDate) -> TodayItem {
        TodayItem {
            id: f.id,
            kid: kid.id,
            kid_name: kid.name().to_string(),
            prompt: f.prompt.clone(),
            due: f.due,
            standing: journal.standing(f, today),
        }
    }
}

/// One kid's open follow-ups, the soonest to come back first and "next
/// time seen" last.
pub fn open_follow_ups_of(journal: &Journal, kid: KidId, today: NaiveDate) -> Vec<TodayItem> {
    let Some(k) = journal.kid(kid) else {
        return Vec::new();
    };
    let mut open: Vec<&FollowUp> = journal
        .follow_ups_for(kid)
        .filter(|f| f.is_open())
        .collect();
    order::sort_by_key(&mut open, |f| {
        (f.comes_back_on().is_none(), f.comes_back_on(), f.created_at)
    });
    open.into_iter()
        .map(|f| TodayItem::new(journal, f, k, today))
        .collect()
}

/// How many follow-ups Today lists as due (overdue or due today): the
/// number on the app's icon.
pub fn due_count(journal: &Journal, today: NaiveDate) -> usize {
    journal
        .open_follow_ups()
        .filter(|f| journal.kid(f.kid).is_some_and(|k| !k.archived))
        .filter(|f| {
            matches!(
                journal.standing(f, today),
                Standing::Overdue(_) | Standing::DueToday
            )
        })
        .count()
}

pub fn today_view(journal: &Journal, today: NaiveDate) -> TodayView {
    let horizon = today + Days::new(UPCOMING_DAYS);
    let mut view = TodayView::default();
    for f in journal.open_follow_ups() {
        let Some(kid) = journal.kid(f.kid).filter(|k| !k.archived) else {
            continue;
        };
        let item = TodayItem::new(journal, f, kid, today);
        let standing = item.standing;
        match standing {
            Standing::Overdue(_) | Standing::DueToday => view.due.push(item),
            Standing::Upcoming(d) if d <= horizon => view.upcoming.push(item),
            Standing::WaitingSince(_) | Standing::WaitingToBeSeen => view.waiting.push(item),
            _ => {}
        }
    }
    // Longest overdue first, then due today; by name within each.
    let overdue = |i: &TodayItem| match i.standing {
        Standing::Overdue(days) => days,
        _ => 0,
    };
    order::sort_by(&mut view.due, |a, b| {
        (overdue(b), &a.kid_name).cmp(&(overdue(a), &b.kid_name))
    });
    order::sort_by(&mut view.upcoming, |a, b| {
        (a.standing, &a.kid_name).cmp(&(b.standing, &b.kid_name))
    });
    order::sort_by_cached_key(&mut view.waiting, |i| (fold(&i.kid_name), i.id));

    view.radar = radar(journal, today);
    view
}
