//! The cleaned article: what every printer prints. Field order is the JSON contract in
//! docs/output.md.

use crate::block::BlockKind;
use crate::input::Kind;
use crate::removed::Removed;
use serde::Serialize;

/// One cleaned article: its metadata, the story's paragraphs, captions and quotes, and with
/// [`crate::Options::explain`] what was removed. Serialised, it is the JSON of docs/output.md.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    /// The input's path or archive, as the command line names it; `None` from the library.
    pub source: Option<String>,
    /// Whether the input was read as text or HTML.
    pub input: Kind,
    /// The headline: the page's own metadata, or a headline block lifted from the text.
    pub title: Option<String>,
    /// The writers' names, without "By".
    pub byline: Option<String>,
    /// The people who wrote the story, one name each, without roles ("Staff Writer") and
    /// without agencies or outlets, which stay in `byline`.
    pub authors: Vec<String>,
    /// The place (and date, agency) that opened the first paragraph: `WASHINGTON (AP)`.
    pub dateline: Option<String>,
    /// RFC 3339 with the page's offset, or the date alone (`2024-03-19`) when the page gave
    /// no time or no zone.
    pub published: Option<String>,
    /// When the story was last changed, as `published`.
    pub modified: Option<String>,
    /// The site's name (`og:site_name`).
    pub site: Option<String>,
    /// The markup's language tag when the text agrees with it, else the language detected from
    /// the text (ISO 639-1).
    pub language: Option<String>,
    /// How sure the detection from the text was (0.0–1.0); `null` when `language` is the
    /// markup's own.
    pub language_confidence: Option<f64>,
    /// The page's canonical address (a canonical link, else `og:url`).
    pub url: Option<String>,
    /// The address the page was fetched from, when it came from a crawl archive
    /// (`WARC-Target-URI`); `url` is the page's own canonical address when it names one.
    pub fetched_url: Option<String>,
    /// When the page was fetched (`WARC-Date`, RFC 3339), when it came from a crawl archive.
    pub fetched: Option<String>,
    /// The page marks the story as not free to read, or a paywall's prompt was met in its
    /// text: what was kept may be only the story's opening.
    pub paywalled: bool,
    /// How far to trust the cleaning: a confidence and the warnings that lowered it.
    pub quality: crate::quality::Quality,
    /// The story's blocks in reading order: paragraphs, sub-headings, list items.
    pub paragraphs: Vec<String>,
    /// Photo captions, with their credits and where they stood.
    pub captions: Vec<Caption>,
    /// Direct quotations in the paragraphs, with their speakers.
    pub quotes: Vec<Quote>,
    /// What was removed and why; present only when explaining.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub removed: Option<Vec<Removed>>,
    /// The structural kind of each paragraph (for Markdown), parallel to `paragraphs`.
    #[serde(skip)]
    pub kinds: Vec<BlockKind>,
    /// The paragraph the dateline was cut from, and the cut exactly as the story printed it
    /// (`WASHINGTON (AP) — `): the text output puts it back where it stood.
    #[serde(skip)]
    pub dateline_opening: Option<(usize, String)>,
    /// Where each input block that was not removed went, by the input line it started on;
    /// with `removed`, an account of every block (kept only when explaining).
    #[serde(skip)]
    pub placed: Vec<Placed>,
    /// What `quality` was judged from, kept so that a reader of the input's bytes can add
    /// what only it knows (a guessed charset) and judge again.
    #[serde(skip)]
    #[doc(hidden)]
    pub signals: crate::quality::Signals,
}

/// One input block that went into the article: which block, and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placed {
    /// 1-based input line where the block started.
    pub line: usize,
    /// Where it went.
    pub place: Place,
}

/// Where an input block went in the [`Document`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// `paragraphs[i]` (the first paragraph may have given up its dateline).
    Paragraph(usize),
    /// `captions[i]`'s text.
    Caption(usize),
    /// A credit line that became a neighbouring caption's credit.
    Credit,
    /// The headline, lifted into `title`.
    Title,
    /// The byline, lifted into `byline`.
    Byline,
}

/// A photo's caption.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Caption {
    /// The caption without its credit.
    pub text: String,
    /// The credit without brackets or a "Photo:"-style label (`Reuters / File`).
    pub credit: Option<String>,
    /// Index of the paragraph the caption followed; -1 when it came before the first.
    pub after_paragraph: isize,
}

/// A direct quotation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// The words inside the marks (a quotation continued into the next paragraph joined).
    pub text: String,
    /// The fullest name the article gives the speaker; `None` when none was found.
    pub speaker: Option<String>,
    /// Index of the paragraph the quotation starts in.
    pub paragraph: usize,
}
