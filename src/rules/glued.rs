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

/// Words every marker contains; a block without one of them needs no regex.
static GATE: LazyLock<super::CasedLiterals> = LazyLock::new(|| {
    super::CasedLiterals::new([
        "also read",
        "read also",
        "also see",
        "see also",
        "must read",
        "also watch",
        "read more",
        "related",
        "newsletter",
        "share this",
    ])
});

/// Splits a glued tail off the end of `text`: (kept text, removed tail, rule).
pub fn split_tail(text: &str) -> Option<(&str, &str, &'static GluedRule)> {
    if !GATE.is_match(text) {
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
    fn a_sentence_mentioning_reading_stays() {
        assert!(split_tail("He urged voters to also read the report before deciding.").is_none());
        assert!(split_tail("Related: the two men are cousins. They met in 2001.").is_none());
    }
}
