//! Stage "classify": what of the cleaned blocks is the story, and what each kept block is. In
//! the order the pipeline (`crate::pipeline`) runs them:
//!
//! - `keep`: a second copy of the story as one block goes, then every block outside the
//!   story's run of prose, which [`story`] picks;
//! - `headline`: the block that repeats the page's title is the headline; what stands before
//!   it goes;
//! - `article_body`: the page's JSON-LD `articleBody` cross-checks the blocks;
//! - [`standfirst`]: the summary some pages print between the headline and the story goes;
//! - [`meta`]: the headline, byline and dateline lifted out of the body, stamps and credits
//!   dropped; then [`story`] drops labels before the story and headings after it, and
//!   [`infer_heading`] marks sub-headings;
//! - [`caption`]: tell captions from paragraphs;
//! - `settle`: the story judged again on the text output it prints, so that cleaning that
//!   output again changes nothing.

pub(crate) mod article_body;
pub mod caption;
pub(crate) mod headline;
pub(crate) mod in_story;
pub(crate) mod keep;
pub mod meta;
pub(crate) mod settle;
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
    let words = crate::tidy::word_count(t);
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
