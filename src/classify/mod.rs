//! Stage "classify": lift the headline, byline and dateline out of the body ([`meta`]), tell
//! captions from paragraphs ([`caption`]), and mark inferred headings.

pub mod caption;
pub mod meta;
pub mod standfirst;
pub mod story;

use crate::block::{Block, BlockKind};

/// A body block whose letters are all capitals, short and without a full stop, is a
/// sub-heading ("OFFICIALS WARN OF DELAYS").
pub fn infer_heading(block: &mut Block) {
    if block.kind != BlockKind::Paragraph {
        return;
    }
    let t = &block.text;
    // Paragraphs are long: rule them out by length before counting anything.
    if t.len() > 400 {
        return;
    }
    let words = crate::text::word_count(t);
    if words > 12 {
        return;
    }
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    if (2..=12).contains(&words)
        && letters >= 6
        && !t.ends_with(['.', ',', ';'])
        && !t.contains(['"', '“', '”'])
        && t.chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
    {
        block.kind = BlockKind::Heading(2);
    }
}

/// Words of a block, for shape tests.
pub(crate) fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
}

/// Whether the text contains a reporting verb ("said", "told") as a word.
pub(crate) fn has_reporting_verb(text: &str) -> bool {
    let sets = crate::rules::words::compiled();
    words(text).any(|w| {
        sets.verbs.contains(w)
            || (w.starts_with(char::is_uppercase) && sets.verbs.contains(w.to_lowercase().as_str()))
    })
}
