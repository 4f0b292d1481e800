//! The library's typed errors. The library never prints or exits; the binary maps these to
//! one-line messages and exit codes.

use thiserror::Error;

/// Why an input could not be cleaned. Each variant is one line a user can act on.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum Error {
    /// Nothing but whitespace (or nothing at all).
    #[error("empty input")]
    Empty,
    /// The bytes are not text: an image, a PDF, an archive or other binary data.
    #[error("binary input ({0}), not an article")]
    Binary(&'static str),
    /// The page nests elements deeper than the configured limit (html5ever's tree building
    /// slows down with the square of the depth, so such a page would all but hang).
    #[error("HTML nests elements {depth} deep, over the limit of {limit}")]
    TooDeep {
        /// How deep the page nests, counted up to one past the limit.
        depth: usize,
        /// The limit ([`crate::Options::max_depth`]).
        limit: usize,
    },
    /// Gzip input that inflates past the configured limit (a gzip bomb, or just too big).
    #[error("gzip input inflates to more than the {limit}-byte limit")]
    InflatesTooLarge {
        /// The limit ([`crate::Options::max_bytes`]).
        limit: usize,
    },
    /// The input is larger than the configured limit.
    #[error("input is {size} bytes, over the {limit}-byte limit")]
    TooLarge {
        /// The input's size in bytes.
        size: usize,
        /// The limit ([`crate::Options::max_bytes`]).
        limit: usize,
    },
    /// A stream (standard input) that went on past the limit: read no further, so its size
    /// is not known.
    #[error("input is over the {limit}-byte limit")]
    StreamTooLarge {
        /// The limit ([`crate::Options::max_bytes`]).
        limit: usize,
    },
    /// Cleaning left no paragraph: a page of navigation or boilerplate only, or a story the
    /// cleaner could not find. `clean` itself returns such a document (with `--explain`'s
    /// account of what was removed); the command line reports it as this failure.
    #[error("no story found")]
    NoStory,
    /// A story was found but is trusted less than [`crate::Options::min_confidence`]: the
    /// confidence and its warnings (`0.31 (short-story, no-container)`).
    #[error("low confidence {0}")]
    LowConfidence(String),
}
