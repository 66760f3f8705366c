//! The word classes a note is read with: verbs that place it in the past,
//! words that describe a kid's day, things that happen on a day.
//!
//! Each list is sorted, so a word is looked up by binary search: a note is
//! read on every keystroke.

fn listed(list: &[&str], w: &str) -> bool {
    list.binary_search(&w).is_ok()
}

/// A verb in the past tense. Regular verbs are known by "-ed"; words ending
/// so that describe a state ("excited", "tired") or report speech
/// ("mentioned") do not count.
pub(crate) fn is_past_verb(w: &str) -> bool {
    listed(PAST_VERBS, w)
        || (w.len() >= 4
            && w.ends_with("ed")
            && !w.ends_with("eed")
            && !is_reporting(w)
            && !listed(STATE_PARTICIPLES, w))
}

/// Verbs that report what a kid said: they do not place what was said in
/// the past ("said he has a game Saturday").
pub(crate) fn is_reporting(w: &str) -> bool {
    listed(REPORTING, w)
}

/// Words that tie a clause to now or later: "is", "has", "will",
/// "nervous about".
pub(crate) fn is_present_marker(w: &str) -> bool {
    listed(PRESENT_MARKERS, w) || w.ends_with("'ll") || w.ends_with("'re")
}

/// Pronouns, whose "'s" means "is" or "has": "he's", "there's".
pub(crate) fn is_pronoun(w: &str) -> bool {
    listed(PRONOUNS, w)
}

/// Things that happen on a day: what makes "… today" an event to ask
/// about rather than a description of the day.
pub(crate) fn is_event(w: &str) -> bool {
    listed(EVENTS, w)
}

/// Words that say how a kid was: a clause of only these and small words is
/// a description, whatever day it names ("quiet this week").
pub(crate) fn is_state(w: &str) -> bool {
    listed(STATES, w)
}

/// Small words that carry no content of their own.
pub(crate) fn is_filler(w: &str) -> bool {
    is_pronoun(w) || listed(FILLERS, w)
}

#[rustfmt::skip]
const PAST_VERBS: &[&str] = &[
    "ate", "beat", "became", "began", "bought", "broke", "brought", "came", "caught", "couldn't",
    "did", "didn't", "drew", "drove", "fell", "felt", "flew", "forgot", "fought", "found", "gave",
    "got", "grew", "had", "hadn't", "heard", "held", "hurt", "kept", "knew", "led", "left", "lost",
    "made", "met", "paid", "ran", "rode", "sang", "sat", "saw", "sent", "shot", "slept", "spent",
    "stole", "stood", "stuck", "swam", "swung", "taught", "threw", "took", "understood", "was",
    "wasn't", "went", "were", "weren't", "woke", "won", "wore", "wouldn't", "wrote",
];
/// Words ending in "-ed" that describe how someone is, or a plan, rather
/// than something done.
#[rustfmt::skip]
const STATE_PARTICIPLES: &[&str] = &[
    "agitated", "amazed", "animated", "annoyed", "ashamed", "booked", "bored", "chuffed",
    "concerned", "confused", "delighted", "depressed", "determined", "disappointed", "distracted",
    "divorced", "embarrassed", "engaged", "entered", "excited", "exhausted", "focused",
    "frustrated", "gifted", "grounded", "gutted", "hundred", "hyped", "interested", "invited",
    "involved", "isolated", "married", "motivated", "obsessed", "overwhelmed", "picked", "planned",
    "pleased", "prepared", "psyched", "pumped", "red", "registered", "relieved", "reserved",
    "scared", "scheduled", "selected", "settled", "shed", "signed", "sled", "stoked", "stressed",
    "supposed", "surprised", "talented", "terrified", "thrilled", "tired", "unfocused",
    "unsettled", "wired", "withdrawn", "worried",
];
#[rustfmt::skip]
const REPORTING: &[&str] = &[
    "announced", "asked", "explained", "mentioned", "mentions", "reminded", "said", "says",
    "shared", "talked", "tells", "texted", "thinks", "thought", "told",
];
#[rustfmt::skip]
const PRESENT_MARKERS: &[&str] = &[
    "am", "anxious", "are", "aren't", "arrives", "begins", "booked", "can't", "cannot", "cant",
    "comes", "coming", "due", "excited", "flies", "gets", "getting", "going", "gonna", "has",
    "hasn't", "have", "haven't", "hopes", "hyped", "i'm", "invited", "is", "isn't", "leaves",
    "looking", "moves", "needs", "nervous", "planning", "plans", "plays", "psyched", "pumped",
    "registered", "scared", "scheduled", "signed", "start", "starts", "stressed", "supposed",
    "wants", "will", "won't", "worried",
];
#[rustfmt::skip]
const PRONOUNS: &[&str] = &[
    "anyone", "anything", "everybody", "everyone", "everything", "he", "here", "him", "i", "it",
    "let", "me", "nobody", "nothing", "she", "someone", "something", "that", "them", "there",
    "they", "us", "we", "what", "which", "who", "you",
];
#[rustfmt::skip]
const EVENTS: &[&str] = &[
    "appointment", "appt", "assembly", "audition", "auditions", "baptism", "bday", "bee",
    "birthday", "camp", "campout", "ceremony", "championship", "checkup", "chemo", "christening",
    "communion", "competition", "concert", "conference", "contest", "court", "dance", "dentist",
    "derby", "doctor", "doctors", "exam", "exams", "excursion", "fair", "festival", "final",
    "finals", "fireworks", "flight", "funeral", "gala", "game", "games", "gig", "graduation",
    "hearing", "hike", "interview", "lesson", "lessons", "match", "meet", "meeting", "move",
    "moving", "mri", "musical", "operation", "orthodontist", "outing", "parade", "party",
    "performance", "play", "playoff", "playoffs", "practice", "presentation", "prom", "quiz",
    "race", "recital", "rehearsal", "results", "reunion", "scan", "scrimmage", "semifinal", "show",
    "sleeping", "sleepover", "staying", "surgery", "test", "tournament", "tourney", "training",
    "trials", "trip", "tryout", "tryouts", "visit", "wedding",
];
#[rustfmt::skip]
const STATES: &[&str] = &[
    "angry", "anxious", "better", "bored", "bouncy", "calm", "chatty", "cheerful", "confident",
    "cranky", "distracted", "down", "emotional", "energetic", "excited", "exhausted",
    "fidgety", "fine", "flat", "focused", "frustrated", "giggly", "good", "great", "grumpy",
    "happy", "herself", "himself", "homesick", "hyper", "ill", "irritable", "lonely", "loud",
    "low", "mood", "moody", "nervous", "off", "ok", "okay", "poorly", "proud", "quiet", "quieter",
    "restless", "sad", "scared", "shy", "sick", "silly", "sleepy", "smiley", "sore", "stressed",
    "talkative", "teary", "themselves", "tired", "unfocused", "unwell", "upset", "withdrawn",
    "worried", "worse",
];
#[rustfmt::skip]
const FILLERS: &[&str] = &[
    "", "a", "about", "after", "again", "all", "also", "am", "an", "and", "are", "around", "at",
    "be", "been", "being", "bit", "but", "by", "feeling", "feels", "felt", "for", "from", "had",
    "has", "have", "her", "his", "in", "is", "just", "kind", "kinda", "less", "little", "looked",
    "looks", "lot", "more", "my", "not", "of", "on", "over", "pretty", "quite", "really", "seemed",
    "seems", "so", "still", "super", "than", "the", "their", "to", "too", "usual", "very", "was",
    "were", "with",
];

#[cfg(test)]
pub(crate) fn assert_sorted(name: &str, list: &[&str]) {
    for pair in list.windows(2) {
        assert!(
            pair[0] < pair[1],
            "{name}: {:?} before {:?}",
            pair[0],
            pair[1]
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_sorted_for_binary_search() {
        for (name, list) in [
            ("PAST_VERBS", PAST_VERBS),
            ("STATE_PARTICIPLES", STATE_PARTICIPLES),
            ("REPORTING", REPORTING),
            ("PRESENT_MARKERS", PRESENT_MARKERS),
            ("PRONOUNS", PRONOUNS),
            ("EVENTS", EVENTS),
            ("STATES", STATES),
            ("FILLERS", FILLERS),
        ] {
            assert_sorted(name, list);
        }
    }

    #[test]
    fn past_verbs_are_told_from_states() {
        assert!(is_past_verb("scored") && is_past_verb("went") && is_past_verb("cried"));
        assert!(!is_past_verb("excited") && !is_past_verb("mentioned") && !is_past_verb("need"));
    }
}
