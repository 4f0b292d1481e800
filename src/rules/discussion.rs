//! The lines that stand over readers' comments. A comments heading or counter that one of
//! these soon follows opens a discussion (see `classify::story`), so a long thread under a
//! short story is not taken for the story.

use regex::Regex;
use std::sync::LazyLock;

/// Each a whole line (case-insensitive), with the reason it marks a comment.
pub static COMMENT_STAMPS: &[(&str, &str)] = &[
    (
        r"^(?:posted )?(?:\d+|an?|one) (?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month|year)s? ago\b",
        "a relative time stamp: 2 days ago, 5 hours ago at 08:49 am",
    ),
    (
        r"^[^ ]+(?: [^ ]+){0,2} (?:says|said|wrote):$",
        "a commenter's name line: jjackwagon says:",
    ),
];

/// A line no longer than this is short enough to be a stamp.
const MAX_STAMP_BYTES: usize = 60;

/// Every comment stamp in one case-insensitive regex, compiled on first use.
pub(crate) fn compiled() -> &'static Regex {
    static STAMP: LazyLock<Regex> = LazyLock::new(|| {
        let alternation: Vec<String> = COMMENT_STAMPS
            .iter()
            .map(|(p, _)| format!("(?:{p})"))
            .collect();
        Regex::new(&format!("(?i){}", alternation.join("|"))).expect("comment stamps compile")
    });
    &STAMP
}

/// Whether a short line is one of the [`COMMENT_STAMPS`].
pub fn is_comment_stamp(text: &str) -> bool {
    text.len() < MAX_STAMP_BYTES && compiled().is_match(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_and_commenter_lines() {
        assert!(is_comment_stamp("2 days ago at 07:52 am"));
        assert!(is_comment_stamp("3 hours ago"));
        assert!(is_comment_stamp("jjackwagon says:"));
        assert!(is_comment_stamp("C. M. says:"));
        assert!(!is_comment_stamp(
            "The mayor says: the bridge will reopen in June."
        ));
        assert!(!is_comment_stamp(
            "Two days ago the council voted to close the bridge."
        ));
    }
}
