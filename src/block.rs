//! The unit every stage works on: a block of text from the input, with what is known of it
//! (down to how many of its site's pages it stood in, [`SiteCount`]).

use serde::Serialize;

/// What a block is in the story's structure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    /// A paragraph of prose (or any block that is none of the below).
    Paragraph,
    /// A section heading; the level (1–6) as given by Markdown, 2 when inferred.
    Heading(u8),
    /// An item of a list (or a row of a table). A bullet's marker is not part of the text:
    /// the printers put `- ` back. An ordered item keeps its number in its text
    /// (`1. It only runs …`), so that the JSON's paragraph, the text output and the Markdown
    /// output all show it; a table row is its cells joined by ` · `.
    ListItem,
    /// A block quotation (`> …` in a Markdown dump, `<blockquote>` in HTML).
    Quote,
}

/// One block of the input as a reader gives it to the cleaner: a paragraph, heading, list item
/// or quotation, with what its markup told.
#[derive(Debug, Clone)]
pub struct Block {
    /// The block's text, whitespace collapsed.
    pub text: String,
    /// What it is in the story's structure.
    pub kind: BlockKind,
    /// 1-based line of the input where the block starts.
    pub line: usize,
    /// A caption toggle ("hide caption") followed this block: it ends a caption.
    pub ends_caption: bool,
    /// The markup says this block is a caption (`<figcaption>`).
    pub caption: bool,
    /// The markup says this caption block is a photo's credit alone (`image-credit`).
    pub credit: bool,
    /// Share of the block's text inside links, when the input had markup to tell.
    pub link_density: Option<f32>,
    /// Which element holds the block's own element, when the input had markup: blocks with
    /// the same group are siblings (a story's paragraphs), a block set apart in a wrapper of
    /// its own has another (a standfirst in the header).
    pub group: Option<u32>,
    /// The block's element or the one around it carries a class, id or itemprop: a page
    /// template placed it, rather than an author's hand-styled text.
    pub templated: bool,
    /// The reader has already judged the block page furniture from what only its markup
    /// shows (where its links point, a list of links under a share heading, a reader proxy's
    /// header): the rule, from `rules::markdown::VERDICTS`. Such a block is not
    /// cleaned; it is reported removed as it stood.
    pub verdict: Option<&'static crate::rules::markdown::Verdict>,
    /// Learned as the site's furniture (see `sites`): dropped from the story's run
    /// once it is picked, with the count that convicted it.
    pub learned: Option<SiteCount>,
    /// Sentences inside the block learned as the site's furniture (a plug glued into a
    /// paragraph), cut once the story's run is picked.
    pub learned_cuts: Vec<(String, SiteCount)>,
}

/// For a removal learned from the batch: in how many of the site's pages the unit stood.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SiteCount {
    /// The site's pages the unit stood in.
    pub pages: u32,
    /// The site's pages counted.
    pub of: u32,
}

/// Blocks of plain paragraphs, for tests.
#[cfg(test)]
pub(crate) fn paragraphs(texts: &[&str]) -> Vec<Block> {
    texts
        .iter()
        .map(|t| Block::new(*t, BlockKind::Paragraph, 1))
        .collect()
}

impl Block {
    /// A block of `kind` starting on input `line`, with nothing known of its markup.
    pub fn new(text: impl Into<String>, kind: BlockKind, line: usize) -> Self {
        Block {
            text: text.into(),
            kind,
            line,
            ends_caption: false,
            caption: false,
            credit: false,
            link_density: None,
            group: None,
            templated: false,
            verdict: None,
            learned: None,
            learned_cuts: Vec::new(),
        }
    }
}
