//! Cutting a note into words and numbers, each knowing where it sits in the
//! text and what punctuation follows it.

/// What a token is, lower-cased and with a trailing "'s" taken off words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Kind {
    Word(String),
    Number(u32),
    Ordinal(u32),
    /// Two or three numbers joined by '/' or '-': 12/3, 12/3/2027, 2027-03-12.
    Numeric {
        parts: [u32; 3],
        len: usize,
        sep: char,
    },
    /// Digits that are none of the above: 10am, 3:30's pieces, 1/2/3/4.
    Other,
}

/// The punctuation between a token and the next one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Stop {
    None,
    /// A comma, colon, dash, bracket or emoji: the clause ends.
    Clause,
    /// A full stop, ! or ?, a new line, or the end of the text.
    Sentence,
}

#[derive(Debug, Clone)]
pub(crate) struct Token {
    pub kind: Kind,
    /// Byte range in the text, always on char boundaries.
    pub start: usize,
    pub end: usize,
    pub stop: Stop,
    /// The word was written with a capital first letter.
    pub capital: bool,
    /// The word ended in "'s" (a possessive, or "he's" for "he is").
    pub s_suffix: bool,
}

impl Token {
    pub fn word(&self) -> &str {
        match &self.kind {
            Kind::Word(w) => w,
            _ => "",
        }
    }

    pub fn ends_clause(&self) -> bool {
        self.stop != Stop::None
    }
}

/// Words after which a full stop shortens the word instead of ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "vs", "v", "dr", "mr", "mrs", "ms", "st", "mt", "appt", "approx", "etc", "jr", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Numbers written the way texts spell words: "2morrow", "2nite".
const DIGIT_WORDS: &[(&str, &str)] = &[
    ("2morrow", "tomorrow"),
    ("2moro", "tomorrow"),
    ("2mrw", "tomorrow"),
    ("2nite", "tonight"),
    ("2day", "today"),
];

pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens: Vec<Token> = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_alphabetic() {
            let mut end = start + c.len_utf8();
            while let Some(&(at, next)) = chars.peek() {
                if !(next.is_alphabetic() || next == '\'' || next == '’') {
                    break;
                }
                end = at + next.len_utf8();
                chars.next();
            }
            tokens.push(word_token(&text[start..end], start, end, c.is_uppercase()));
        } else if c.is_ascii_digit() {
            let mut end = start + 1;
            while let Some(&(at, next)) = chars.peek() {
                if !(next.is_ascii_alphanumeric() || next == '/' || next == '-') {
                    break;
                }
                end = at + next.len_utf8();
                chars.next();
            }
            let kind = number_kind(&text[start..end]);
            tokens.push(Token {
                kind,
                start,
                end,
                stop: Stop::None,
                capital: false,
                s_suffix: false,
            });
        } else {
            let next = chars.peek().map(|&(_, n)| n);
            let stop = punctuation_stop(c, next, tokens.last());
            if let Some(last) = tokens.last_mut() {
                last.stop = last.stop.max(stop);
            }
        }
    }
    if let Some(last) = tokens.last_mut() {
        last.stop = Stop::Sentence;
    }
    tokens
}

fn word_token(raw: &str, start: usize, end: usize, capital: bool) -> Token {
    let mut word: String = match raw.is_ascii() {
        true => raw.to_ascii_lowercase(),
        false => raw
            .chars()
            .flat_map(char::to_lowercase)
            .map(|c| if c == '’' { '\'' } else { c })
            .collect(),
    };
    let s_suffix = word.ends_with("'s");
    if s_suffix {
        word.truncate(word.len() - 2);
    }
    while word.ends_with('\'') {
        word.pop();
    }
    Token {
        kind: Kind::Word(word),
        start,
        end,
        stop: Stop::None,
        capital,
        s_suffix,
    }
}

fn punctuation_stop(c: char, next: Option<char>, last: Option<&Token>) -> Stop {
    match c {
        '!' | '?' | '\n' => Stop::Sentence,
        '.' => {
            let shortened = last.is_some_and(|t| ABBREVIATIONS.contains(&t.word()));
            match shortened || next.is_some_and(|n| n.is_ascii_digit()) {
                true => Stop::None,
                false => Stop::Sentence,
            }
        }
        ',' | ';' | ':' | '(' | ')' | '[' | ']' | '–' | '—' => Stop::Clause,
        // A hyphen with space after it is a dash ("game sat - nervous");
        // one inside a word ("check-up") joins.
        '-' if next.is_none_or(char::is_whitespace) => Stop::Clause,
        '\'' | '’' | '‘' | '"' | '“' | '”' | '«' | '»' => Stop::None,
        c if !c.is_ascii() && !c.is_whitespace() && !c.is_alphanumeric() => Stop::Clause,
        _ => Stop::None,
    }
}

fn number_kind(raw: &str) -> Kind {
    let lower = raw.to_ascii_lowercase();
    if let Some((_, word)) = DIGIT_WORDS.iter().find(|(spelt, _)| *spelt == lower) {
        return Kind::Word((*word).to_string());
    }
    for sep in ['/', '-'] {
        if lower.contains(sep) {
            let mut parts = [0; 3];
            let mut len = 0;
            for piece in lower.split(sep) {
                let Some(slot) = parts.get_mut(len) else {
                    return Kind::Other;
                };
                let Ok(n) = piece.parse() else {
                    return Kind::Other;
                };
                *slot = n;
                len += 1;
            }
            return match len {
                2 | 3 => Kind::Numeric { parts, len, sep },
                _ => Kind::Other,
            };
        }
    }
    let digits_end = lower
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(lower.len());
    let Ok(n) = lower[..digits_end].parse() else {
        return Kind::Other;
    };
    match &lower[digits_end..] {
        "" => Kind::Number(n),
        "st" | "nd" | "rd" | "th" => Kind::Ordinal(n),
        _ => Kind::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<Kind> {
        tokenize(text).into_iter().map(|t| t.kind).collect()
    }

    fn word(w: &str) -> Kind {
        Kind::Word(w.to_string())
    }

    #[test]
    fn words_numbers_and_dates_are_told_apart() {
        assert_eq!(
            kinds("Zoë’s exam 12th 3/4 10am 2027-03-12 2morrow"),
            vec![
                word("zoë"),
                word("exam"),
                Kind::Ordinal(12),
                Kind::Numeric {
                    parts: [3, 4, 0],
                    len: 2,
                    sep: '/'
                },
                Kind::Other,
                Kind::Numeric {
                    parts: [2027, 3, 12],
                    len: 3,
                    sep: '-'
                },
                word("tomorrow"),
            ]
        );
        assert_eq!(
            kinds("99999999999/2 1/2/3/4"),
            vec![Kind::Other, Kind::Other]
        );
    }

    #[test]
    fn punctuation_ends_clauses_and_sentences() {
        let stops: Vec<Stop> = tokenize("Big game vs. the Eagles, nervous. Sat 🎉 so - fun")
            .iter()
            .map(|t| t.stop)
            .collect();
        use Stop::{Clause as C, None as N, Sentence as S};
        assert_eq!(stops, vec![N, N, N, N, C, S, C, C, S]);
    }

    #[test]
    fn byte_ranges_fall_on_characters() {
        let text = "“Zoë” 🎉 café’s día";
        for t in tokenize(text) {
            assert!(text.get(t.start..t.end).is_some());
        }
        let t = tokenize("He’s got it");
        assert!(t[0].s_suffix && t[0].capital && t[0].word() == "he");
    }
}
