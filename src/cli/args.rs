//! Arguments as typed. The `///` line on each field is its `--help`.

use crate::output::Format;
use clap::{Parser, ValueEnum};
use std::path::PathBuf;

/// Turn raw scraped news articles into the clean story.
///
/// Reads a scraped article (an HTML page or a plain-text dump), strips template
/// leftovers, share widgets, adverts, "Also read" links and other boilerplate, and writes the
/// clean paragraphs, photo captions (with credit), direct quotes (with speaker) and metadata.
#[derive(Debug, Parser)]
#[command(name = "newsclean", version, max_term_width = 100)]
#[command(
    after_help = "Exit status: 0 all inputs cleaned; 1 some inputs failed (each named on stderr); 2 usage error."
)]
pub struct Args {
    /// Article files to clean. No file, or `-`, reads one article from standard input.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Output format [default: text for one article, jsonl for several]
    #[arg(short, long, value_enum)]
    pub format: Option<FormatArg>,

    /// How to read the input: sniffed from the bytes, or forced.
    #[arg(long, value_enum, default_value_t = InputArg::Auto)]
    pub input: InputArg,

    /// Also report what was removed and why (JSON: a `removed` list; text and Markdown: on stderr).
    #[arg(long)]
    pub explain: bool,

    /// Refuse inputs larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = 100 * 1024 * 1024)]
    pub max_bytes: usize,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FormatArg {
    /// The paragraphs, one blank line apart.
    Text,
    /// One pretty-printed JSON object per article.
    Json,
    /// One JSON object per line.
    Jsonl,
    /// Title, headings, paragraphs, captions and block quotes as Markdown.
    Markdown,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Text => Format::Text,
            FormatArg::Json => Format::Json,
            FormatArg::Jsonl => Format::Jsonl,
            FormatArg::Markdown => Format::Markdown,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputArg {
    /// Sniff HTML or text from the bytes (not the file name).
    Auto,
    /// Plain text: a scraper's dump.
    Text,
    /// An HTML page.
    Html,
}
