//! newsclean turns a raw scraped news article into the clean story: paragraphs, photo captions
//! (with credit), direct quotes (with speaker) and metadata.
//!
//! The API is small: [`clean()`] (or [`clean_with_charset`], [`clean_str`], [`clean_text`],
//! [`clean_html`]) with [`Options`] gives a [`Document`] or an [`Error`]; [`render`] and
//! [`write()`] print a document in a [`Format`]; [`registry`] lists every rule `--explain` can
//! name.
//!
//! Inside, the pipeline runs one way, one module a stage:
//!
//! ```text
//! bytes → input::decode → input::sniff → text::split | html::read
//!       → clean → classify → quotes → output
//! ```
//!
//! After the input's reader, the stages both inputs share run in `pipeline::assemble`, the one
//! place that shows their order. Every rule lives in a table under `rules`, with an id and a
//! reason that `--explain` reports.
//!
//! ```
//! let raw = b"Strikes hit two sites, the military said.\n\n\
//!             {{^userSubscribed}} {{/userSubscribed}}\n\n\
//!             \"We acted in self-defence,\" Ryder said.\n\nSHARE THIS ARTICLE ON\n";
//! let doc = newsclean::clean(raw, &newsclean::Options::default()).unwrap();
//! assert_eq!(doc.paragraphs.len(), 2);
//! assert_eq!(doc.quotes[0].speaker.as_deref(), Some("Ryder"));
//! ```

#![warn(missing_docs)]

pub(crate) mod authors;
#[cfg(feature = "cli")]
pub(crate) mod batch;
pub(crate) mod block;
pub(crate) mod classify;
pub(crate) mod clean;
/// The command line, for the `newsclean` binary: not part of the library's API.
#[cfg(feature = "cli")]
#[doc(hidden)]
pub mod cli;
pub(crate) mod date;
mod document;
mod error;
pub(crate) mod html;
pub(crate) mod input;
#[cfg(feature = "cli")]
pub(crate) mod job;
pub(crate) mod lang;
mod output;
mod pipeline;
mod quality;
pub(crate) mod quotes;
mod removed;
// The rule tables are data: each row carries its id, reason and what it matches, which
// `--list-rules` prints. Of their Rust items only `Reason` and `registry` are public (and,
// hidden, the boilerplate and glued tables in `internals`).
pub(crate) mod rules;
pub(crate) mod sites;
pub(crate) mod text;
pub(crate) mod tidy;

pub use block::{BlockKind, SiteCount};
pub use document::{Caption, Document, Place, Placed, Quote};
pub use error::Error;
pub use input::Kind;
pub use output::{Format, render, write};
pub use quality::{Quality, Warning};
pub use removed::Removed;
pub use rules::Reason;

/// Every rule `--explain` can name, as `--list-rules` prints them: the rows of the rule
/// tables and the pipeline stages' own decisions, each with its id, reason and module.
///
/// ```
/// let rules = newsclean::registry::all();
/// assert!(rules.iter().any(|r| r.id == "exact-repeat"));
/// ```
pub mod registry {
    pub use crate::rules::registry::{Rule, all, find};
}

/// What this crate's own examples, benchmarks, tests and fuzz targets reach inside the
/// pipeline for: not part of the API, and free to change in any release.
#[doc(hidden)]
pub mod internals {
    pub use crate::block::Block;
    pub use crate::html::{Page, nesting_depth, read as read_html};
    pub use crate::input::{Decoded, decode, sniff};
    pub use crate::quality::Signals;
    pub use crate::rules::registry::STAGE_RULES;
    pub use crate::rules::{boilerplate, furniture, glued};
    pub use crate::sites::{Furniture, Learner, Observed, observe};

    /// The text reader: a dump split into blocks, each with the input line it starts on.
    pub fn split(text: &str) -> Vec<crate::block::Block> {
        crate::text::split(text)
    }

    /// HTML entities decoded (`&amp;` → `&`), as the cleaner decodes them in text.
    pub fn decode_entities(text: &str) -> std::borrow::Cow<'_, str> {
        crate::text::normalize::decode_entities(text)
    }
}

use classify::story::Scope;

/// This library's version, as in its `Cargo.toml`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// How to read the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputMode {
    /// Sniffed from the bytes.
    #[default]
    Auto,
    /// Plain text: a scraper's dump.
    Text,
    /// An HTML page.
    Html,
}

/// Settings for one run. Limits are settings, with defaults that no real article reaches.
#[derive(Debug, Clone)]
pub struct Options {
    /// How to read the input: sniffed, or forced to text or HTML.
    pub input: InputMode,
    /// Keep the list of removed blocks and fragments in [`Document::removed`].
    pub explain: bool,
    /// Inputs larger than this are refused with [`Error::TooLarge`].
    pub max_bytes: usize,
    /// HTML nested deeper than this is refused with [`Error::TooDeep`].
    pub max_depth: usize,
    /// The furniture learned from the batch for the input's site (the command line's
    /// `--learn-sites`): removed first.
    #[doc(hidden)]
    pub furniture: Option<std::sync::Arc<sites::Furniture>>,
    /// Articles whose [`Document::quality`] confidence is below this are refused with
    /// [`Error::LowConfidence`] (a story that was found; no story at all is the caller's
    /// [`Error::NoStory`]).
    pub min_confidence: Option<f64>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            input: InputMode::Auto,
            explain: false,
            max_bytes: 100 * 1024 * 1024,
            max_depth: 2_000,
            furniture: None,
            min_confidence: None,
        }
    }
}

/// Clean one article given as raw bytes (any encoding, gzip or not): decoded, sniffed as text
/// or HTML (unless [`Options::input`] says which), and read into a [`Document`].
///
/// A document with no paragraphs is returned as it is (with what `explain` says was
/// removed); the command line reports it as [`Error::NoStory`].
///
/// ```
/// let opts = newsclean::Options::default();
/// let doc = newsclean::clean(b"<html><body><p>Not a story.</p></body></html>", &opts).unwrap();
/// assert_eq!(doc.input, newsclean::Kind::Html);
/// assert!(matches!(newsclean::clean(b"  \n", &opts), Err(newsclean::Error::Empty)));
/// ```
pub fn clean(bytes: &[u8], opts: &Options) -> Result<Document, Error> {
    clean_with_charset(bytes, opts, None)
}

/// As [`clean()`], with the charset the transport declared for the bytes (the `charset` of an
/// HTTP `Content-Type` header, as a crawl archive keeps it): it is used before a `<meta
/// charset>` in the page or a guess, as a browser would.
///
/// ```
/// let page = b"<html><body><p>Caf\xe9 prices rose again on Tuesday, the owners said, as the cost of milk climbed for a third month.</p></body></html>";
/// let doc = newsclean::clean_with_charset(page, &newsclean::Options::default(), Some("windows-1252")).unwrap();
/// assert!(doc.paragraphs[0].starts_with("Café"));
/// ```
pub fn clean_with_charset(
    bytes: &[u8],
    opts: &Options,
    charset: Option<&str>,
) -> Result<Document, Error> {
    let doc = with_decoded(bytes, opts, charset, |decoded, kind| {
        let mut doc = match kind {
            Kind::Text => clean_text(&decoded.text, opts),
            Kind::Html => clean_html(&decoded.text, opts),
        };
        if decoded.decided_by == "detected" {
            doc.signals.encoding_guessed = true;
            doc.quality = quality::assess(&doc.signals);
        }
        doc
    })?;
    confident(doc, opts)
}

/// The document, or [`Error::LowConfidence`] when it found a story but is trusted less than
/// [`Options::min_confidence`].
fn confident(doc: Document, opts: &Options) -> Result<Document, Error> {
    match opts.min_confidence {
        Some(min) if !doc.paragraphs.is_empty() && doc.quality.confidence < min => {
            Err(Error::LowConfidence(doc.quality.summary()))
        }
        _ => Ok(doc),
    }
}

/// Clean one article already decoded to text (a page or a dump, sniffed unless
/// [`Options::input`] says which), with the checks [`clean()`] makes after decoding: the size
/// limit, empty input, HTML nesting depth. For callers that hold a string, such as the Python
/// package, so that a page's `<meta charset>` is not applied to text that is decoded already.
///
/// ```
/// let opts = newsclean::Options { max_bytes: 10, ..Default::default() };
/// let e = newsclean::clean_str("far more than ten bytes", &opts).unwrap_err();
/// assert_eq!(e.to_string(), "input is 23 bytes, over the 10-byte limit");
/// ```
pub fn clean_str(text: &str, opts: &Options) -> Result<Document, Error> {
    if text.len() > opts.max_bytes {
        return Err(Error::TooLarge {
            size: text.len(),
            limit: opts.max_bytes,
        });
    }
    let doc = match checked_kind(text, opts)? {
        Kind::Text => clean_text(text, opts),
        Kind::Html => clean_html(text, opts),
    };
    confident(doc, opts)
}

/// Reads raw bytes as every entry point does (the size limit, gunzip, decoding with the
/// transport's charset if any, then [`checked_kind`]) and hands the text and its kind to
/// `read`: the cleaner, or the site learner's first pass, which must see the same text.
pub(crate) fn with_text<T>(
    bytes: &[u8],
    opts: &Options,
    charset: Option<&str>,
    read: impl FnOnce(&str, Kind) -> T,
) -> Result<T, Error> {
    with_decoded(bytes, opts, charset, |decoded, kind| {
        read(&decoded.text, kind)
    })
}

/// As [`with_text`], handing over the decoded text with how its encoding was decided.
fn with_decoded<T>(
    bytes: &[u8],
    opts: &Options,
    charset: Option<&str>,
    read: impl FnOnce(&input::Decoded, Kind) -> T,
) -> Result<T, Error> {
    if bytes.len() > opts.max_bytes {
        return Err(Error::TooLarge {
            size: bytes.len(),
            limit: opts.max_bytes,
        });
    }
    let inflated = input::gunzip(bytes, opts.max_bytes)?;
    let bytes = inflated.as_deref().unwrap_or(bytes);
    let decoded = input::decode_with_charset(bytes, charset)?;
    let kind = checked_kind(&decoded.text, opts)?;
    Ok(read(&decoded, kind))
}

/// The checks on decoded text before it is read: not empty, its kind (sniffed unless
/// [`Options::input`] says), and for a page, nesting within the limit.
fn checked_kind(text: &str, opts: &Options) -> Result<Kind, Error> {
    if text.trim().is_empty() {
        return Err(Error::Empty);
    }
    let kind = match opts.input {
        InputMode::Text => Kind::Text,
        InputMode::Html => Kind::Html,
        InputMode::Auto => input::sniff(text),
    };
    if kind == Kind::Html {
        let depth = html::nesting_depth(text, opts.max_depth);
        if depth > opts.max_depth {
            return Err(Error::TooDeep {
                depth,
                limit: opts.max_depth,
            });
        }
    }
    Ok(kind)
}

/// Clean one article given as decoded text (a dump, not a page), with no checks: see
/// [`clean_str`] for the checks [`clean()`] makes.
///
/// ```
/// let doc = newsclean::clean_text(
///     "By Jane Doe\n\nThe council closed the old bridge on Tuesday after engineers found cracks.\n",
///     &newsclean::Options::default(),
/// );
/// assert_eq!(doc.byline.as_deref(), Some("Jane Doe"));
/// ```
pub fn clean_text(text: &str, opts: &Options) -> Document {
    pipeline::assemble(
        text::split(text),
        Kind::Text,
        html::PageMeta::default(),
        Scope::Page,
        opts,
    )
}

/// Clean one article given as a decoded HTML page, with no checks: a page nested deeper than
/// [`Options::max_depth`] would take time with the square of its depth, which [`clean_str`]
/// refuses.
///
/// ```
/// let page = r#"<html><head><meta property="og:title" content="Bridge closed"></head>
///     <body><article><p>The council closed the old bridge on Tuesday after engineers found
///     cracks in two of its supports.</p></article></body></html>"#;
/// let doc = newsclean::clean_html(page, &newsclean::Options::default());
/// assert_eq!(doc.title.as_deref(), Some("Bridge closed"));
/// ```
pub fn clean_html(page: &str, opts: &Options) -> Document {
    let read = html::read(page);
    let scope = if read.contained {
        Scope::Container
    } else {
        Scope::Page
    };
    let mut doc = pipeline::assemble(read.blocks, Kind::Html, read.meta, scope, opts);
    // The pipeline numbers HTML blocks; `--explain` names the page's lines.
    html::lines::to_source_lines(&mut doc, page, &read.needles);
    doc
}
