//! Site furniture learned from the batch itself.
//!
//! Rules know the leftovers someone has seen; a batch of one site's stories knows more. Its
//! newsletter plug, its "Story continues below advertisement" line, its footer and its share
//! panel each stand in hundreds of its pages, while a sentence of a story stands in one. So a
//! batch can be read twice:
//!
//! 1. [`observe`] reduces each page to the fingerprints of its blocks (and of the sentences
//!    of its paragraphs), and a [`Learner`] counts, per site, in how many pages each occurs,
//!    in bounded memory;
//! 2. the units that occur in a large enough share of a site's pages make its [`Table`]
//!    entry, and a page cleaned with its site's [`Furniture`] in
//!    [`Options::furniture`](crate::Options::furniture) loses them first, each reported as
//!    `site-template` with the count that convicted it.
//!
//! Safe by construction, because a lost sentence of a story is worse than a kept plug: long
//! prose, quotes, bylines and datelines are never counted ([`units`]); prose that is counted
//! must stand in half of a site's pages, not a tenth; and a page whose prose is mostly
//! learned is another copy of a syndicated story, not furniture, and keeps its prose
//! ([`apply`]). Every threshold is in [`TUNING`].

pub(crate) mod apply;
pub mod learn;
pub mod table;
pub mod units;

pub use learn::Learner;
pub use table::{Furniture, Table};

use crate::{Error, Kind, Options};

/// The thresholds of site learning, in one place.
#[derive(Debug, Clone, Copy)]
pub struct Tuning {
    /// A site with fewer pages than this learns nothing: shares of a handful of pages say
    /// nothing about a template.
    pub min_site_pages: u32,
    /// A short line that is not a sentence is furniture when it stands in this share of a
    /// site's pages ...
    pub line_share: f64,
    /// ... and in at least this many.
    pub line_min_pages: u32,
    /// A sentence is furniture only when it stands in this share of a site's pages (a series'
    /// introduction, a recurring explainer line or a wire story's sentence reaches a tenth or a
    /// third; a copyright line or a plug, nearly all) ...
    pub prose_share: f64,
    /// ... and in at least this many.
    pub prose_min_pages: u32,
    /// A unit of more words than this that ends like a sentence is prose.
    pub prose_min_words: usize,
    /// A line of more words than this is prose, however it ends.
    pub max_line_words: usize,
    /// Blocks longer than this are never learned: they are the story's.
    pub max_block_words: usize,
    /// Sentences inside a paragraph longer than this are never learned.
    pub max_inline_words: usize,
    /// A unit of at least this many words with a quotation mark is a quote, never learned.
    pub quote_min_words: usize,
    /// On a page whose prose is more than this share learned (and at least
    /// `copy_min_words` long), the prose stays: the page is a copy of a syndicated story.
    pub copy_share: f64,
    pub copy_min_words: usize,
    /// Fingerprints counted at most, over all sites (16 bytes each, in a table of twice as
    /// many slots: about 17 MB): when full, the rarest go, which furniture, being frequent,
    /// survives.
    pub max_fingerprints: usize,
}

/// The thresholds in use.
pub const TUNING: Tuning = Tuning {
    min_site_pages: 10,
    line_share: 0.10,
    line_min_pages: 5,
    prose_share: 0.5,
    prose_min_pages: 10,
    prose_min_words: 6,
    max_line_words: 15,
    max_block_words: 40,
    max_inline_words: 20,
    quote_min_words: 4,
    copy_share: 0.5,
    copy_min_words: 20,
    max_fingerprints: 1 << 19,
};

/// One page as the learner sees it: its units' fingerprints, each once, with a sample of
/// text for the table.
#[derive(Debug, Default)]
pub struct Observed {
    /// Each unit's fingerprint, what it is, its shape, and a sample of its text.
    pub units: Vec<(u64, units::Unit, units::Shape, Box<str>)>,
}

/// Reads one input as cleaning would (decoded, its kind sniffed, split into blocks by its
/// reader) and reduces it to what the learner counts.
pub fn observe(bytes: &[u8], opts: &Options) -> Result<Observed, Error> {
    observe_with_charset(bytes, opts, None)
}

/// [`observe`] with the charset a transport declared (an HTTP header), as
/// [`crate::clean_with_charset`] reads it.
pub fn observe_with_charset(
    bytes: &[u8],
    opts: &Options,
    charset: Option<&str>,
) -> Result<Observed, Error> {
    let blocks = crate::with_text(bytes, opts, charset, |text, kind| match kind {
        Kind::Text => crate::text::split(text),
        Kind::Html => crate::html::read(text).blocks,
    })?;
    let mut pieces = units::pieces(&blocks);
    pieces.sort_unstable_by_key(|p| p.fingerprint);
    pieces.dedup_by_key(|p| p.fingerprint);
    Ok(Observed {
        units: pieces
            .into_iter()
            .map(|p| {
                let text = &blocks[p.block].text[p.span];
                (p.fingerprint, p.unit, p.shape, text.into())
            })
            .collect(),
    })
}
