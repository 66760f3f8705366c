//! The word classes that find the thing a note asks about: where a noun
//! phrase starts and stops, and when it takes "the".
//!
//! Each list is sorted, so a word is looked up by binary search.

/// Words that end a noun phrase read backwards from its day: verbs,
/// adverbs, joining words, times.
#[rustfmt::skip]
pub(crate) const STOPS: &[&str] = &[
    "actually", "after", "afternoon", "again", "ago", "ahead", "all", "alone", "already", "also",
    "always", "and", "another", "any", "apparently", "around", "as", "ask", "asks", "attending",
    "away", "back", "basically", "bc", "be", "because", "been", "being", "between", "bit", "both",
    "bring", "btw", "but", "by", "can", "cause", "check", "come", "competing", "could", "coz",
    "cuz", "definitely", "do", "does", "doesn't", "doing", "don't", "down", "during", "each",
    "earlier", "even", "evening", "ever", "every", "except", "feel", "feeling", "feels", "finally",
    "find", "follow", "forward", "fyi", "get", "go", "goes", "gone", "gotta", "hate", "hates",
    "having", "here", "honestly", "hope", "hoped", "hoping", "hosting", "hour", "hours", "how",
    "if", "into", "just", "keep", "keeps", "kinda", "know", "knows", "later", "like", "liked",
    "likes", "literally", "lol", "look", "looks", "lot", "lots", "love", "loved", "loves", "make",
    "makes", "many", "maybe", "meets", "mention", "might", "minute", "minutes", "month", "more",
    "morning", "much", "must", "near", "need", "never", "night", "no", "nor", "not", "now", "ok",
    "okay", "omg", "one", "ones", "only", "onto", "or", "other", "over", "per", "playing",
    "please", "probably", "quite", "really", "remember", "say", "seem", "seemed", "seems", "shall",
    "should", "since", "sitting", "so", "some", "soon", "sorta", "still", "such", "super",
    "taking", "talk", "talking", "tell", "than", "thanks", "that", "then", "these", "think",
    "this", "tho", "those", "though", "through", "till", "time", "today", "together", "tomorrow",
    "tonight", "too", "totally", "towards", "tried", "tries", "try", "trying", "turn", "turns",
    "under", "unless", "until", "up", "very", "via", "visits", "wait", "waiting", "wanna", "want",
    "wanted", "week", "weekend", "well", "what", "when", "where", "whether", "which", "while",
    "who", "whom", "why", "without", "worry", "would", "writing", "year", "yes", "yesterday",
    "yet",
];

/// Words that open a noun phrase.
#[rustfmt::skip]
pub(crate) const DETERMINERS: &[&str] = &[
    "a", "an", "her", "his", "its", "my", "our", "the", "their", "your",
];

/// Prepositions inside one event's name: "trip to the zoo", "match vs.
/// the Eagles".
#[rustfmt::skip]
pub(crate) const INNER_PREPOSITIONS: &[&str] = &[
    "about", "against", "at", "before", "for", "from", "in", "of", "on", "to", "v", "vs", "w",
    "with",
];

/// Heads said without "the": "Ask about practice", "Ask about christmas break".
#[rustfmt::skip]
pub(crate) const NO_ARTICLE: &[&str] = &[
    "acting", "baking", "band", "baseball", "basketball", "bowling", "boxing", "break",
    "breakfast", "chemo", "choir", "christmas", "church", "class", "climbing", "club", "college",
    "cooking", "court", "cycling", "dancing", "daycare", "detention", "dinner", "diving", "easter",
    "fencing", "football", "gymnastics", "halloween", "hockey", "holidays", "homework", "karate",
    "kindergarten", "lunch", "mass", "nursery", "orchestra", "practice", "preschool", "recess",
    "rehearsal", "riding", "rowing", "running", "sailing", "school", "scouts", "singing",
    "skating", "soccer", "swimming", "thanksgiving", "therapy", "training", "work", "wrestling",
    "xmas", "youth",
];

/// Describing words that bring "the" back: "the new school".
#[rustfmt::skip]
pub(crate) const ADJECTIVES: &[&str] = &[
    "annual", "big", "early", "extra", "final", "first", "huge", "important", "last", "late",
    "little", "long", "new", "next", "old", "real", "short", "small", "special", "whole",
];

/// Words in "-ing" that are things, not doings: "the wedding", "the
/// spelling bee".
#[rustfmt::skip]
pub(crate) const NOUNS_IN_ING: &[&str] = &[
    "acting", "baking", "bowling", "boxing", "building", "camping", "ceiling", "christening",
    "climbing", "clothing", "cooking", "cycling", "dancing", "diving", "drawing", "evening",
    "fencing", "fishing", "gathering", "hearing", "homecoming", "king", "meeting", "morning",
    "offering", "opening", "outing", "painting", "pudding", "reading", "recording", "riding",
    "ring", "rowing", "running", "sailing", "screening", "sibling", "singing", "skating", "skiing",
    "spelling", "spring", "string", "swimming", "thing", "training", "wedding", "wing",
    "wrestling",
];

/// Words between an event and its day that belong to neither: "game *is
/// on* Saturday", "cards *come out* end of the month".
#[rustfmt::skip]
pub(crate) const TRAILING: &[&str] = &[
    "also", "and", "are", "at", "back", "be", "begin", "begins", "by", "come", "comes", "coming",
    "due", "ends", "for", "from", "happening", "in", "is", "it", "next", "on", "planned",
    "scheduled", "set", "start", "starting", "starts", "that", "the", "this", "till", "until",
    "was", "which", "will",
];

/// Words before an event named after its day: "Tomorrow *she has* a test".
#[rustfmt::skip]
pub(crate) const LEADING: &[&str] = &[
    "about", "also", "and", "are", "ask", "at", "be", "for", "gets", "gonna", "got", "has", "have",
    "having", "he", "i", "is", "it", "just", "on", "really", "she", "so", "start", "starts",
    "still", "them", "then", "there", "they", "was", "we", "were", "will", "you",
];
