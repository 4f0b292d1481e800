//! Boilerplate glued onto the end of a real paragraph: a scraper that drops the line break
//! before "ALSO READ: <headline>" leaves the link inside the story's last sentence.
//!
//! A row fires only after a sentence has ended (`.`, `!`, `?` or a closing quote), and the
//! marker must carry its delimiter (`:` or `|`), so "… also read the report" is untouched.
//! Everything from the marker to the end of the block goes.

use super::Reason;
use regex::Regex;
use std::sync::LazyLock;

pub struct GluedRule {
    pub id: &'static str,
    pub reason: Reason,
    /// Marker words (case-insensitive) that must follow a sentence end, then `:`, `|` or a dash.
    pub marker: &'static str,
}

pub static TABLE: &[GluedRule] = &[
    GluedRule {
        id: "glued-also-read",
        reason: Reason::Related,
        marker: r"also read|read also|also see|see also|must read|also watch|read more|related(?: article| story| news| coverage)?",
    },
    GluedRule {
        id: "glued-newsletter",
        reason: Reason::Newsletter,
        marker: r"sign up for our newsletter|subscribe to our newsletter",
    },
    GluedRule {
        id: "glued-share",
        reason: Reason::Share,
        marker: r"share this article on|share this article",
    },
];

pub(crate) fn compiled() -> &'static [(Regex, &'static GluedRule)] {
    static C: LazyLock<Vec<(Regex, &'static GluedRule)>> = LazyLock::new(|| {
        TABLE
            .iter()
            .map(|rule| {
                let re = format!(
                    r#"(?i)[.!?"”’)](\s*(?:{})(?:\s*[:|\-–—»]\s*.*|\s*)$)"#,
                    rule.marker
                );
                (Regex::new(&re).expect("glued pattern compiles"), rule)
            })
            .collect()
    });
    &C
}

/// The literal openings of every marker ("also read", "related", "sign up for our
/// newsletter"), read off the table: the text up to any group.
static OPENINGS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    TABLE
        .iter()
        .flat_map(|rule| top_level_alternatives(rule.marker))
        .map(|alt| alt.split('(').next().unwrap_or(alt).trim_end())
        .filter(|alt| !alt.is_empty())
        .collect()
});

/// `a|b(?:c|d)|e` → `a`, `b(?:c|d)`, `e`.
fn top_level_alternatives(pattern: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0usize, 0);
    for (i, c) in pattern.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            '|' if depth == 0 => {
                out.push(&pattern[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&pattern[start..]);
    out
}

/// Bytes that end a sentence for the rules: `.`, `!`, `?`, `"`, `)` and the last bytes of
/// ” (E2 80 9D) and ’ (E2 80 99).
const SENTENCE_END: [bool; 256] = {
    let mut t = [false; 256];
    let ends = [b'.', b'!', b'?', b'"', b')', 0x9D, 0x99];
    let mut k = 0;
    while k < ends.len() {
        t[ends[k] as usize] = true;
        k += 1;
    }
    t
};

/// Whether some sentence end in `text` is followed by a marker's opening: the cheap gate
/// before the regexes. A table test per byte, and a few comparisons per sentence end whose
/// next letter opens some marker; a search for the markers anywhere cost several times
/// that on every paragraph.
pub(crate) fn may_have_tail(text: &str) -> bool {
    static FIRST_LETTERS: LazyLock<[bool; 256]> = LazyLock::new(|| {
        let mut t = [false; 256];
        for m in OPENINGS.iter() {
            if let Some(&c) = m.as_bytes().first() {
                t[c.to_ascii_lowercase() as usize] = true;
                t[c.to_ascii_uppercase() as usize] = true;
            }
        }
        t
    });
    let b = text.as_bytes();
    let firsts = &*FIRST_LETTERS;
    b.iter().enumerate().any(|(i, &c)| {
        if !SENTENCE_END[c as usize] {
            return false;
        }
        let rest = b[i + 1..].trim_ascii_start();
        rest.first().is_some_and(|&f| firsts[f as usize])
            && OPENINGS.iter().any(|m| {
                rest.len() >= m.len() && rest[..m.len()].eq_ignore_ascii_case(m.as_bytes())
            })
    })
}

/// Splits a glued tail off the end of `text`: (kept text, removed tail, rule).
pub fn split_tail(text: &str) -> Option<(&str, &str, &'static GluedRule)> {
    if !may_have_tail(text) {
        return None;
    }
    for (re, rule) in compiled() {
        if let Some(caps) = re.captures(text) {
            let tail = caps.get(1).expect("group 1");
            let kept = text[..tail.start()].trim_end();
            if kept.is_empty() {
                continue;
            }
            return Some((kept, tail.as_str().trim(), rule));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glued_also_read_is_split_off() {
        let (kept, tail, rule) =
            split_tail("The army said the area was secure. ALSO READ: Army chief visits Leh")
                .unwrap();
        assert_eq!(kept, "The army said the area was secure.");
        assert_eq!(tail, "ALSO READ: Army chief visits Leh");
        assert_eq!(rule.id, "glued-also-read");
    }

    #[test]
    fn the_gate_passes_every_marker_after_every_sentence_end() {
        for end in [".", "!", "?", "\"", ")", "”", "’"] {
            for opening in OPENINGS.iter() {
                let text = format!("It ended{end}  {} here", opening.to_uppercase());
                assert!(may_have_tail(&text), "{text}");
            }
        }
        assert!(!may_have_tail("He said we should also read the report."));
    }

    #[test]
    fn a_sentence_mentioning_reading_stays() {
        assert!(split_tail("He urged voters to also read the report before deciding.").is_none());
        assert!(split_tail("Related: the two men are cousins. They met in 2001.").is_none());
    }
}
