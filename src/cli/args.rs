//! Arguments as typed. The `///` line on each field is its `--help`.

use crate::output::Format;
use clap::{Parser, ValueEnum};
use clap_complete::Shell;
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
    /// Article files or folders to clean. No file, or `-`, reads one article from standard
    /// input. Folders are walked recursively (hidden entries skipped unless --hidden).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Output format [default: text for one article, jsonl for several inputs or a folder, json
    /// with --out]. Text or Markdown for several articles heads each with a `==> PATH <==` line.
    #[arg(short, long, value_enum)]
    pub format: Option<FormatArg>,

    /// How to read the input: sniffed from the bytes, or forced; `jsonl` reads one JSON record
    /// per line (see --id-field, --html-field, --text-field).
    #[arg(long, value_enum, default_value_t = InputArg::Auto)]
    pub input: InputArg,

    /// Write one output per input into DIR, mirroring the input tree (`a/b.html` →
    /// `DIR/a/b.json`); outputs already newer than their input are skipped (see --force).
    #[arg(short, long, value_name = "DIR", help_heading = "Batch")]
    pub out: Option<PathBuf>,

    /// With --out: redo inputs whose output is already up to date.
    #[arg(long, help_heading = "Batch")]
    pub force: bool,

    /// Parallel workers [default: all cores]
    #[arg(short, long, value_name = "N", help_heading = "Batch")]
    pub jobs: Option<usize>,

    /// Only take files found in folders whose name (or, for a pattern with a `/`, path under
    /// the folder) matches this glob; may be repeated.
    #[arg(long, value_name = "GLOB", help_heading = "Batch")]
    pub include: Vec<String>,

    /// Skip files and folders found in folders that match this glob (as for --include); may be
    /// repeated.
    #[arg(long, value_name = "GLOB", help_heading = "Batch")]
    pub exclude: Vec<String>,

    /// Also take hidden files and folders (names starting with `.`) found in folders.
    #[arg(long, help_heading = "Batch")]
    pub hidden: bool,

    /// Write one JSON line per input to FILE: path, status, output, counts, error.
    #[arg(long, value_name = "FILE", help_heading = "Batch")]
    pub report: Option<PathBuf>,

    /// Learn each site's furniture from the batch itself: a first pass counts the blocks and
    /// sentences that stand in many of a site's pages (a site is a record's URL host, or the
    /// folder a file sits in), and the cleaning pass removes them as `site-template`. With
    /// --out the table is saved as DIR/.newsclean-sites.json and reused by a rerun.
    #[arg(long, help_heading = "Batch")]
    pub learn_sites: bool,

    /// Read learned sites from FILE if it exists; otherwise learn them and save FILE.
    #[arg(long, value_name = "FILE", help_heading = "Batch")]
    pub sites_table: Option<PathBuf>,

    /// No progress bar and no summary line on stderr (errors are still named).
    #[arg(short, long, help_heading = "Batch")]
    pub quiet: bool,

    /// With --input jsonl: the field that identifies a record; copied to the output as `id`.
    #[arg(
        long,
        value_name = "NAME",
        default_value = "id",
        help_heading = "Records"
    )]
    pub id_field: String,

    /// With --input jsonl: the field holding an HTML page (used when present).
    #[arg(
        long,
        value_name = "NAME",
        default_value = "html",
        help_heading = "Records"
    )]
    pub html_field: String,

    /// With --input jsonl: the field holding a text dump (used when there is no HTML field).
    #[arg(
        long,
        value_name = "NAME",
        default_value = "text",
        help_heading = "Records"
    )]
    pub text_field: String,

    /// Print a completion script for SHELL to standard output, then exit.
    #[arg(long, value_name = "SHELL", value_enum, help_heading = "Installation")]
    pub completions: Option<Shell>,

    /// Print the man page (roff) to standard output, then exit.
    #[arg(long, help_heading = "Installation")]
    pub man: bool,

    /// Also report what was removed and why (JSON: a `removed` list; text and Markdown: on stderr).
    #[arg(long)]
    pub explain: bool,

    /// Print every rule --explain can name (id, reason, the module that holds it, what it
    /// matches; `-f json` or `-f jsonl` for JSON), then exit.
    #[arg(long)]
    pub list_rules: bool,

    /// Count an article whose confidence (the JSON's `quality.confidence`, 0.0 to 1.0) is
    /// below this as failed, with its confidence and warnings as the message, so that a batch
    /// sets it aside.
    #[arg(long, value_name = "X", value_parser = parse_confidence)]
    pub min_confidence: Option<f64>,

    /// Refuse inputs larger than this: bytes, or a number with k, M or G (1024 multiples;
    /// `10k`, `50M`, `1G`, also `KB`/`KiB`, any case).
    #[arg(long, value_name = "SIZE", default_value = "100M", value_parser = parse_size)]
    pub max_bytes: usize,
}

/// `--max-bytes`: plain bytes or a number with a unit, `k`/`M`/`G` as 1024 multiples, any case,
/// with an optional `B` or `iB` after the letter (`10k`, `50MB`, `1GiB`, `2048`, `512b`). At
/// least one byte.
pub fn parse_size(s: &str) -> Result<usize, String> {
    let bad = || {
        format!("{s:?} is not a size: give bytes, or a number with k, M or G (e.g. 10k, 50M, 1G)")
    };
    let t = s.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (digits, unit) = t.split_at(split);
    if digits.is_empty() {
        return Err(bad());
    }
    let shift = match unit.trim_start().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        _ => return Err(bad()),
    };
    let n: usize = digits.parse().map_err(|_| format!("{s:?} is too large"))?;
    let bytes = n
        .checked_mul(1usize << shift)
        .ok_or_else(|| format!("{s:?} is too large"))?;
    if bytes == 0 {
        return Err("must be at least 1 byte".into());
    }
    Ok(bytes)
}

/// `--min-confidence`: a number from 0 to 1.
pub fn parse_confidence(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
        _ => Err(format!(
            "{s:?} is not a confidence: give a number from 0 to 1 (e.g. 0.5)"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::{parse_confidence, parse_size};

    #[test]
    fn a_confidence_is_a_number_from_zero_to_one() {
        assert_eq!(parse_confidence("0.5"), Ok(0.5));
        assert_eq!(parse_confidence("1"), Ok(1.0));
        assert_eq!(parse_confidence("0"), Ok(0.0));
        for s in ["", "1.5", "-0.1", "high", "NaN"] {
            assert!(
                parse_confidence(s)
                    .unwrap_err()
                    .contains("not a confidence"),
                "{s}"
            );
        }
    }

    #[test]
    fn sizes_take_k_m_g_as_1024_multiples_in_any_case() {
        for (s, want) in [
            ("2048", 2048),
            ("512b", 512),
            ("10k", 10 << 10),
            ("10K", 10 << 10),
            ("10KB", 10 << 10),
            ("10 KiB", 10 << 10),
            ("50M", 50 << 20),
            ("50mb", 50 << 20),
            ("50MiB", 50 << 20),
            ("1G", 1 << 30),
            ("1gib", 1 << 30),
        ] {
            assert_eq!(parse_size(s), Ok(want), "{s}");
        }
    }

    #[test]
    fn bad_sizes_are_refused_with_the_value_named() {
        for s in ["", "k", "10x", "1.5M", "-1", "10 M B", "M10"] {
            let e = parse_size(s).unwrap_err();
            assert!(e.contains("not a size"), "{s}: {e}");
        }
        assert!(parse_size("0").unwrap_err().contains("at least 1"));
        assert!(parse_size("0k").unwrap_err().contains("at least 1"));
        assert!(
            parse_size("99999999999999999999")
                .unwrap_err()
                .contains("too large")
        );
        assert!(
            parse_size("99999999999G")
                .unwrap_err()
                .contains("too large")
        );
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FormatArg {
    /// The story as plain text: headline, "By" line, paragraphs one blank line apart (list
    /// items as "- " lines, block quotes as "> ").
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
    /// JSON Lines: one record per line, each cleaned and written as one line.
    Jsonl,
}
