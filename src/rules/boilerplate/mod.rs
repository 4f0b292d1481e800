//! Whole-block boilerplate, recognised by the shape of the entire block.
//!
//! A row never fires on a keyword somewhere in a long paragraph: `Exact` rows must equal the
//! whole block, and `Prefix`, `Contains` and `Pattern` rows carry a word limit, so
//! "Advertisement revenue fell 8% …" stays a paragraph while "Advertisement" alone goes.
//! Blocks are matched on a key: lower-cased, typographic quotes made straight, whitespace
//! collapsed, and punctuation or bullets at either end trimmed.
//!
//! Rows are tried in order (`Exact` rows first); the first that fits decides the reason.
//! Site-specific rows name their site in the id.
//!
//! The rows are data, in [`table`]; [`matcher`] compiles them once into the index a block is
//! looked up in (exact phrases, prefixes, gated patterns, and triggers that let a long
//! paragraph skip the lookup) and decides which row, if any, fits. What the rest of the
//! pipeline asks of a row's id stays here.

pub mod matcher;
pub mod table;

pub use matcher::{classify, classify_literal, classify_literal_key, key};
#[cfg(test)]
pub(crate) use matcher::{compile_every_pattern, compiled};
pub use table::TABLE;

use super::Reason;
use super::Reason::Related;
use crate::tidy::word_count;

/// What a block must look like for a row to fire.
pub enum Shape {
    /// The whole key equals one of the phrases.
    Exact(&'static [&'static str]),
    /// The key starts with the phrase (at a word boundary) and has at most N words.
    Prefix(&'static str, usize),
    /// The key contains the phrase (at word boundaries) and has at most N words.
    Contains(&'static str, usize),
    /// The regex matches the key and the key has at most N words.
    Pattern(&'static str, usize),
    /// As `Pattern`, for a regex that can match anywhere in the key: the literal must occur in
    /// the key first, so most paragraphs never run the regex.
    Gated(&'static str, &'static str, usize),
    /// Made of these words and interface and function words only, in a short line: see the
    /// furniture rules (`rules::furniture`).
    Vocabulary(&'static [&'static str]),
    /// Told by a function of its module, which this sentence describes.
    Described(&'static str),
}

/// One row of a whole-block table: what a block must look like, and what it is then.
pub struct BlockRule {
    /// The rule's id, as `--explain` and `--list-rules` name it.
    pub id: &'static str,
    /// Why a block the row fits is removed.
    pub reason: Reason,
    /// What the block must look like.
    pub shape: Shape,
}

const fn r(id: &'static str, reason: Reason, shape: Shape) -> BlockRule {
    BlockRule { id, reason, shape }
}

/// Rows whose match also marks the kept block before them as a caption's end.
pub fn marks_caption(id: &str) -> bool {
    id == "caption-toggle"
}

/// Rows that head a list of links, and the list's reason: the short, link-shaped blocks that
/// follow them go too ("Related Topics" then "Flooding", "Powys County Council"). A heading
/// whose list has items takes the list's reason ("Read more" over headlines is related).
pub fn opens_list(id: &str) -> Option<Reason> {
    matches!(
        id,
        "related-heading" | "more-stories" | "read-more" | "further-reading-heading"
    )
    .then_some(Related)
}

/// A block that reads like a link or a topic tag rather than prose: short, no full stop at
/// the end, no quotation.
pub fn link_shaped(text: &str) -> bool {
    let words = word_count(text);
    words <= 16
        && !text.ends_with(['.', ':', ';', ',', '"', '”'])
        && !text.contains(['“', '”', '"'])
}
