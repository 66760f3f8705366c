//! Text helpers shared by validation and search.

/// Folds text for comparison: lower case, common Latin accents removed,
/// runs of whitespace collapsed, so "Zoë " and "zoe" compare equal.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        let space = match c.is_ascii() {
            true => c.is_ascii_whitespace(),
            false => c.is_whitespace(),
        };
        if space {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        for lower in c.to_lowercase() {
            out.push(strip_accent(lower));
        }
    }
    out
}

fn strip_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ğ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
        'ł' | 'ľ' => 'l',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ř' => 'r',
        'ś' | 'š' | 'ş' => 's',
        'ť' | 'ţ' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        other => other,
    }
}

/// Trims and collapses inner whitespace, keeping the leader's own casing.
pub(crate) fn tidy(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An amount of storage in words a leader reads at a glance: whole
/// kilobytes, or megabytes and gigabytes to one decimal, rounded half up.
/// Integer arithmetic only, so the app carries none of the code that prints
/// fractional numbers.
pub fn byte_size(bytes: u64) -> String {
    const KB: u64 = 1024;
    const MB: u64 = 1024 * KB;
    const GB: u64 = 1024 * MB;
    let tenths = |unit: u64| {
        // Saturates only past an exabyte, far beyond any browser's quota.
        let t = bytes.saturating_mul(10).saturating_add(unit / 2) / unit;
        format!("{}.{}", t / 10, t % 10)
    };
    match bytes {
        b if b < MB => format!("{} KB", ((b + KB / 2) / KB).max(1)),
        b if b < GB => format!("{} MB", tenths(MB)),
        _ => format!("{} GB", tenths(GB)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_accents_and_spacing() {
        assert_eq!(fold("  Zoë   Ávila "), "zoe avila");
        assert_eq!(fold("SØREN"), "soren");
        assert_eq!(fold(""), "");
    }

    #[test]
    fn tidy_keeps_case_and_collapses_spaces() {
        assert_eq!(tidy("  Big   game\tSaturday "), "Big game Saturday");
    }
}
