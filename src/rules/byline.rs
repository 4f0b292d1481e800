//! The byline: a line that gives the story's writers ("By Jane Doe", "Posted by jdoe on …"),
//! how its names are read out of it, and how the names are printed back as such a line.

use crate::tidy::word_count;
use regex::Regex;
use std::sync::LazyLock;

/// Words a byline opens with (any case); a line opening otherwise is no byline, and is not
/// matched against [`BYLINE`] at all.
const OPENERS: [&str; 6] = ["by", "written", "words", "posted", "story", "reported"];

/// Words a byline has at most, up to a `|` (the stamp or outlet after the bar not counted).
const MAX_WORDS: usize = 14;

/// A byline's whole line: the opener, the names (first group), then an optional "on …" or
/// "at …" and a `|` or `•` with anything after it.
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?i:by|written by|words by|posted by|story by|reported by)\s+)(\p{Lu}[^|•]*?|[\p{Ll}0-9_.-]+)(?:\s+(?i:on|at)\s+.+)?\s*(?:[|•]\s*.*)?$")
        .expect("byline pattern")
});

/// Whether the text is a byline.
pub fn is_byline(text: &str) -> bool {
    names(text).is_some()
}

/// The names of a byline, without "By" and without the outlet after them ("By Eleri Vaughan,
/// BBC News" → "Eleri Vaughan"), or `None` when the text is no byline.
pub fn names(text: &str) -> Option<String> {
    let first = text.split(' ').next().unwrap_or("");
    if !OPENERS.iter().any(|w| first.eq_ignore_ascii_case(w)) {
        return None;
    }
    // "By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated …": the names end at the bar.
    let text = text.split(" | ").next().unwrap_or(text);
    if word_count(text) > MAX_WORDS {
        return None;
    }
    let caps = BYLINE.captures(text)?;
    let names = caps.get(1)?.as_str().trim();
    // "Jane Doe, BBC News", "Jake Morrow | Fox News": the outlet after the names goes.
    let names = match names.find([',', '|', '•']) {
        Some(i) if names[i + 1..].split_whitespace().count() <= 4 => &names[..i],
        _ => names,
    };
    let names = names.trim().trim_end_matches([',', ';', '-', '—']).trim();
    (!names.is_empty()).then(|| names.to_string())
}

/// The byline as a line of its own: "By" and the names, unless it already reads as a byline
/// (a page's own metadata may say "By Jane Doe"). The text output prints it so, and the story
/// is settled on that output.
pub fn as_line(byline: &str) -> String {
    if is_byline(byline) {
        byline.to_string()
    } else {
        format!("By {byline}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byline_variants() {
        assert_eq!(
            names("By Eleri Vaughan, BBC News").as_deref(),
            Some("Eleri Vaughan")
        );
        assert_eq!(
            names("By Jake Morrow | Fox News").as_deref(),
            Some("Jake Morrow")
        );
        assert_eq!(
            names(
                "By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 19 at 8:01 AM"
            )
            .as_deref(),
            Some("HNN Staff")
        );
        assert_eq!(
            names("By Jane Doe | Updated: Nov 23").as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(
            names("Posted by jdoe on March 3, 2024").as_deref(),
            Some("jdoe")
        );
        assert_eq!(
            names("By the time the polls closed, turnout had reached a record 71 percent."),
            None
        );
    }

    #[test]
    fn names_are_printed_as_a_byline_once() {
        assert_eq!(as_line("Jane Doe"), "By Jane Doe");
        assert_eq!(as_line("By Jane Doe"), "By Jane Doe");
    }
}
