//! Deterministic use of the app over a year or more, for the benchmark:
//! groups, kids, sessions, notes and follow-ups in every status, built
//! through the journal's own commands and written as a backup file the app
//! imports.

use attune::domain::{
    Change, Chip, Due, FollowUpDraft, FollowUpId, GroupDraft, GroupId, Journal, JournalError,
    KidDraft, KidId, Mood, NoteDraft, NoteId, SessionId,
};
use chrono::{DateTime, Days, FixedOffset, NaiveDate, NaiveTime, Weekday};

/// What to generate. Sessions and follow-ups scale with the notes.
pub struct Spec {
    pub notes: usize,
    pub seed: u64,
    /// The last day of use.
    pub end: NaiveDate,
    /// How many days of use, ending with `end`: [`YEAR`] or [`THREE_YEARS`].
    pub days: u64,
}

/// A year of use, the span of the benchmark's smaller data sets.
pub const YEAR: u64 = 365;
/// Three years: how long a leader may keep Attune; the largest data set.
pub const THREE_YEARS: u64 = 3 * YEAR;

/// The kid whose page the benchmark opens: they get exactly this many notes.
pub const BUSY_KID_NOTES: usize = 300;
const KIDS: usize = 90;

const GROUPS: [(&str, &[Weekday], u16); 6] = [
    ("Tuesday Huddle", &[Weekday::Tue], 14),
    ("Thursday Art Club", &[Weekday::Thu], 14),
    ("Soccer Juniors", &[Weekday::Mon, Weekday::Wed], 7),
    ("Homework Club", &[Weekday::Wed], 21),
    ("Friday Youth Group", &[Weekday::Fri], 14),
    ("Mentoring Circle", &[Weekday::Sat], 28),
];

const NAMES: [&str; 90] = [
    "Marco", "Zoë", "Amara", "Liam", "Priya", "Jonah", "Sofia", "Mateo", "Aisha", "Noah", "Chloé",
    "Kwame", "Lena", "Omar", "Isla", "Diego", "Hana", "Eli", "Maya", "Tariq", "Freya", "José",
    "Nia", "Ravi", "Elif", "Caleb", "Yara", "Finn", "Leila", "Samuel", "Ines", "Kai", "Amelia",
    "Dev", "Rosa", "Ezra", "Mila", "Arjun", "Ava", "Tomás", "Imani", "Oscar", "Lucía", "Malik",
    "Ruby", "Niko", "Sana", "Theo", "Zara", "Idris", "Nora", "Mohammed", "Ella", "Björn", "Keira",
    "Luca", "Amira", "Jude", "Ana", "Felix", "Daria", "Hugo", "Esme", "Kofi", "Layla", "Max",
    "Naomi", "Rafael", "Siena", "Yusuf", "Clara", "Emeka", "Lily", "Ahmed", "Mei", "Jasper",
    "Talia", "Ibrahim", "Zainab", "Leo", "Anouk", "Bilal", "Cora", "Dante", "Elena", "Gabriel",
    "Hiba", "Ivan", "June", "Kenji",
];

const INTERESTS: [&str; 40] = [
    "soccer",
    "drawing",
    "minecraft",
    "basketball",
    "music",
    "lego",
    "dance",
    "reading",
    "anime",
    "swimming",
    "cooking",
    "skateboarding",
    "guitar",
    "gymnastics",
    "piano",
    "chess",
    "roblox",
    "baseball",
    "volleyball",
    "hockey",
    "photography",
    "coding",
    "science",
    "animals",
    "horses",
    "dogs",
    "cats",
    "singing",
    "theatre",
    "fashion",
    "cars",
    "bikes",
    "fishing",
    "hiking",
    "video games",
    "k-pop",
    "football",
    "poetry",
    "baking",
    "space",
];

const NOTE_TEMPLATES: [&str; 16] = [
    "Talked about {i} for ages",
    "Big game on Saturday",
    "Quiet today, sat near the window",
    "Brought something about {i} to show everyone",
    "Said the {i} tournament is next week",
    "Helped a younger kid with {i}",
    "Seemed tired, mentioned staying up late",
    "Excited about the school trip",
    "First time speaking up in circle",
    "Asked if we could do {i} next time",
    "Upset after a call from home",
    "Mentioned a new puppy",
    "Birthday coming up soon",
    "Had a good week at school",
    "Struggled to focus during the game",
    "Wants to show me a {i} video",
];

const PROMPTS: [&str; 8] = [
    "Ask about the big game",
    "Ask how the {i} tournament went",
    "Check in about the school trip",
    "Ask how the birthday was",
    "See how things are at home",
    "Ask about the new puppy",
    "Ask to see the {i} video",
    "Ask how the week went",
];

/// SplitMix64: small, fast, and the same sequence for the same seed everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    /// Skewed towards the front of a list: a few interests are very common.
    fn skewed(&mut self, n: usize) -> usize {
        let a = self.below(n);
        let b = self.below(n);
        a.min(b)
    }
}

struct Builder {
    journal: Journal,
    rng: Rng,
    next_id: u64,
}

impl Builder {
    fn id(&mut self) -> u64 {
        self.next_id += 1;
        (self.rng.next() & 0xffff_ffff_0000_0000) | self.next_id
    }

    fn run(&mut self, plan: impl FnOnce(&Journal) -> Result<Vec<Change>, JournalError>) {
        match plan(&self.journal) {
            Ok(changes) => self.journal.apply(changes),
            Err(e) => panic!("the generator asked for something the journal refuses: {e}"),
        }
    }
}

fn moment(day: NaiveDate, minute_of_day: u32) -> DateTime<FixedOffset> {
    let time =
        NaiveTime::from_num_seconds_from_midnight_opt(minute_of_day * 60, 0).unwrap_or_default();
    let offset = FixedOffset::east_opt(0).unwrap_or_else(|| unreachable!("zero offset is valid"));
    day.and_time(time)
        .and_local_timezone(offset)
        .single()
        .unwrap_or_default()
}

fn fill(template: &str, interest: &str) -> String {
    template.replace("{i}", interest)
}

/// Builds the use described by `spec`.
pub fn generate(spec: &Spec) -> Journal {
    let mut b = Builder {
        journal: Journal::default(),
        rng: Rng(spec.seed),
        next_id: 0,
    };
    let start = spec.end - Days::new(spec.days.max(1) - 1);
    // Any day of the span; the draws are the same as before spans could
    // differ, so a year's data set did not change when they came.
    let span = spec.days.max(1) as usize;

    let mut groups = Vec::new();
    for (name, days, cadence) in GROUPS {
        let id = GroupId(b.id());
        let draft = GroupDraft {
            name: name.into(),
            meeting_days: days.to_vec(),
            cadence_days: cadence,
        };
        b.run(|j| j.add_group(id, &draft));
        groups.push(id);
    }

    let mut kids = Vec::new();
    for (i, name) in NAMES.iter().enumerate().take(KIDS) {
        let id = KidId(b.id());
        let count = 1 + b.rng.below(4);
        let interests: Vec<&str> = (0..count)
            .map(|_| INTERESTS[b.rng.skewed(INTERESTS.len())])
            .collect();
        let mut member_of = vec![groups[i % groups.len()]];
        if b.rng.chance(30) {
            member_of.push(groups[b.rng.below(groups.len())]);
        }
        let draft = KidDraft {
            first_name: (*name).into(),
            nickname: if b.rng.chance(15) {
                format!("{}{}", &name[..1], "J")
            } else {
                String::new()
            },
            interests: interests.join(", "),
            groups: member_of,
        };
        b.run(|j| j.add_kid(id, &draft, moment(start, 600 + i as u32)));
        kids.push(id);
    }
    if spec.notes == 0 {
        return b.journal;
    }

    let session_count = (spec.notes / 40).max(1);
    let mut sessions = Vec::new();
    for n in 0..session_count {
        let id = SessionId(b.id());
        let group = groups[n % groups.len()];
        let day = start + Days::new((n * span / session_count) as u64);
        b.run(|j| j.start_session(id, group, day));
        let roster: Vec<KidId> = b
            .journal
            .session(id)
            .map(|s| s.attendance.iter().map(|a| a.kid).collect())
            .unwrap_or_default();
        for kid in roster {
            if b.rng.chance(78) {
                let mood = [
                    Mood::Bright,
                    Mood::Okay,
                    Mood::Quiet,
                    Mood::Low,
                    Mood::Wired,
                ][b.rng.below(5)];
                let mood = b.rng.chance(40).then_some(mood);
                b.run(|j| j.set_attendance(id, kid, true, mood));
            }
        }
        b.run(|j| j.end_session(id));
        sessions.push((id, day));
    }

    let follow_up_count = spec.notes / 5;
    let with_outcome = |n: usize| matches!(n % 20, 0 | 2 | 4 | 6 | 8);
    let outcomes = (0..follow_up_count).filter(|n| with_outcome(*n)).count();
    let plain_notes = spec.notes - outcomes;
    for n in 0..plain_notes {
        // The first kid is the busy one whose page the benchmark opens.
        let kid_index = if n < BUSY_KID_NOTES.min(plain_notes / 10) {
            0
        } else {
            // Quiet kids (every fifth) are noted far less often.
            loop {
                let k = 1 + b.rng.below(kids.len() - 1);
                if !k.is_multiple_of(5) || b.rng.chance(25) {
                    break k;
                }
            }
        };
        let kid = kids[kid_index];
        let interest = b
            .journal
            .kid(kid)
            .and_then(|k| k.interests.first().cloned())
            .unwrap_or_else(|| "games".into());
        let mut text = fill(NOTE_TEMPLATES[b.rng.below(NOTE_TEMPLATES.len())], &interest);
        if b.rng.chance(25) {
            text.push_str(&format!(
                " #{}",
                INTERESTS[b.rng.skewed(INTERESTS.len())].replace(' ', "-")
            ));
        }
        let mut about = vec![kid];
        if b.rng.chance(8) {
            let other = kids[1 + b.rng.below(kids.len() - 1)];
            if other != kid {
                about.push(other);
            }
        }
        let chips = if b.rng.chance(30) {
            vec![Chip::ALL[b.rng.below(Chip::ALL.len())]]
        } else {
            vec![]
        };
        let (day, session) = if b.rng.chance(50) {
            let (id, day) = sessions[b.rng.below(sessions.len())];
            (day, Some(id))
        } else {
            (start + Days::new(b.rng.below(span) as u64), None)
        };
        let id = NoteId(b.id());
        let draft = NoteDraft {
            text,
            kids: about,
            chips,
            session,
        };
        let at = moment(day, 15 * 60 + b.rng.below(240) as u32);
        b.run(|j| j.add_note(id, &draft, at));
    }

    for n in 0..follow_up_count {
        let kid = kids[1 + b.rng.below(kids.len() - 1)];
        let interest = b
            .journal
            .kid(kid)
            .and_then(|k| k.interests.first().cloned())
            .unwrap_or_else(|| "games".into());
        let created = start + Days::new(b.rng.below(span) as u64);
        let offset_days = b.rng.below(14) as u64;
        let due = match b.rng.below(3) {
            0 => Due::OnDate(created + Days::new(offset_days)),
            1 => Due::NextTimeSeen,
            _ => Due::FirstSeenOnOrAfter(created + Days::new(offset_days)),
        };
        let id = FollowUpId(b.id());
        let draft = FollowUpDraft {
            kid,
            prompt: fill(PROMPTS[b.rng.below(PROMPTS.len())], &interest),
            due,
            from_note: None,
        };
        let at = moment(created, 17 * 60);
        b.run(|j| j.add_follow_up(id, &draft, at));
        let done_at = moment(created + Days::new(offset_days + 1), 17 * 60 + 30);
        match n % 20 {
            // 45% done, half of them with an outcome that joins the timeline.
            0..=8 => {
                let outcome =
                    with_outcome(n).then(|| (NoteId(b.id()), "They lit up telling me about it"));
                b.run(|j| j.complete_follow_up(id, outcome, done_at));
            }
            9..=11 => b.run(|j| j.dismiss_follow_up(id, done_at)),
            12..=13 => {
                let until = spec.end + Days::new(1 + b.rng.below(7) as u64);
                b.run(|j| j.snooze_follow_up(id, until));
            }
            _ => {}
        }
    }
    b.journal
}

#[cfg(test)]
#[path = "dataset/tests.rs"]
mod tests;
