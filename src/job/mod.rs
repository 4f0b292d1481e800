//! One input, start to finish: read within the size limit, cleaned, rendered; or the one
//! reason it failed, as a [`Failure`]. Every mode of the command line runs its inputs through
//! [`run`]: a file or standard input alone, the files of a batch, a JSON record's field, a
//! crawl archive's record. So each failure has one message whatever the mode, and a panic in
//! the cleaner (a bug) fails that input only, in every mode.

pub mod explain;
pub mod read;

use crate::document::Document;
use crate::output::{self, Format};
use crate::quality::Quality;
use crate::{Error, Options};
use serde::Serialize;
use std::fmt;
use std::path::Path;

/// Where an input's bytes come from.
#[derive(Debug, Clone, Copy)]
pub enum Source<'a> {
    /// Standard input, read to its end or one byte past the limit.
    Stdin,
    /// A regular file, refused by its size before it is read.
    File(&'a Path),
    /// Bytes already read within the limit: a record's field, an archive record's body.
    Bytes(&'a [u8]),
}

/// How a cleaned document is written.
#[derive(Debug, Clone, Copy)]
pub enum Render<'a> {
    /// As the format prints one article.
    Format(Format),
    /// As a JSON Lines record: its id first, then the document's fields.
    Record(&'a serde_json::Value),
}

/// One input and how it is cleaned and written.
#[derive(Debug, Clone, Copy)]
pub struct Job<'a> {
    /// The input as messages name it.
    pub name: &'a str,
    /// The options the library gets. With `explain` on, [`Counts::removed`] counts removals
    /// whether or not the output lists them.
    pub options: &'a Options,
    /// The charset the transport declared for the bytes (an archive's HTTP header).
    pub charset: Option<&'a str>,
    /// The user's `--explain`: JSON lists the removals, text and Markdown name them on stderr.
    pub explain: bool,
    pub render: Render<'a>,
}

/// What one cleaned document holds, for the report and the summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub paragraphs: usize,
    pub captions: usize,
    pub quotes: usize,
    pub removed: usize,
}

impl Counts {
    pub fn of(doc: &Document) -> Counts {
        Counts {
            paragraphs: doc.paragraphs.len(),
            captions: doc.captions.len(),
            quotes: doc.quotes.len(),
            removed: doc.removed.as_ref().map_or(0, Vec::len),
        }
    }
}

/// An input cleaned and rendered.
#[derive(Debug)]
pub struct Cleaned {
    pub counts: Counts,
    /// The document's confidence and warnings, for the report.
    pub quality: Quality,
    /// The rendering, for standard output or the input's output file.
    pub stdout: Vec<u8>,
    /// `--explain`'s lines for text and Markdown.
    pub stderr: String,
    /// Input bytes read.
    pub bytes: u64,
}

/// An input that failed, with what it still says: `--explain`'s lines are how to see why no
/// story was left.
#[derive(Debug)]
pub struct Failed {
    pub failure: Failure,
    pub stderr: String,
    /// Input bytes read before it failed.
    pub bytes: u64,
}

/// Why an input gave no output. Each has one message, in every mode.
#[derive(Debug)]
pub enum Failure {
    /// Reading failed, or the input is not there.
    Io(std::io::Error),
    /// A folder named where an article was expected.
    Folder,
    /// A FIFO, socket or device: a read would block (a FIFO with no writer) or never end
    /// (`/dev/zero`). The kind, as the message names it.
    Special(&'static str),
    /// Over the size limit (`--max-bytes`): its size, when it was known before reading.
    TooLarge { size: Option<u64>, limit: usize },
    /// The library refused the bytes (empty, binary, nested too deep, a gzip bomb…).
    Refused(Error),
    /// Cleaning left no paragraph.
    NoStory,
    /// The cleaner panicked: a bug, reported as this input's failure.
    Panicked,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Io(e) => write!(f, "cannot read: {}", read::io_message(e)),
            Failure::Folder => f.write_str("is a folder"),
            Failure::Special(kind) => write!(
                f,
                "is {kind}, not a regular file (to read it, pipe it to standard input)"
            ),
            Failure::TooLarge {
                size: Some(size),
                limit,
            } => {
                let size = usize::try_from(*size).unwrap_or(usize::MAX);
                write!(
                    f,
                    "{}",
                    Error::TooLarge {
                        size,
                        limit: *limit
                    }
                )
            }
            Failure::TooLarge { size: None, limit } => {
                write!(f, "{}", Error::StreamTooLarge { limit: *limit })
            }
            Failure::Refused(e) => write!(f, "{e}"),
            Failure::NoStory => write!(f, "{}", Error::NoStory),
            Failure::Panicked => f.write_str("internal error (panic) while cleaning"),
        }
    }
}

/// Reads, cleans and renders one input. `annotate` fills in what the caller knows of the
/// document (its `source`, where it was fetched) before it is counted and rendered.
pub fn run(
    source: Source,
    job: &Job,
    annotate: impl FnOnce(&mut Document),
) -> Result<Cleaned, Failed> {
    guarded(|| read_clean_render(source, job, annotate))
}

/// `attempt`'s result, or a panic in it as the input's failure.
fn guarded(attempt: impl FnOnce() -> Result<Cleaned, Failed>) -> Result<Cleaned, Failed> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(attempt)).unwrap_or_else(|_| {
        Err(Failed {
            failure: Failure::Panicked,
            stderr: String::new(),
            bytes: 0,
        })
    })
}

fn read_clean_render(
    source: Source,
    job: &Job,
    annotate: impl FnOnce(&mut Document),
) -> Result<Cleaned, Failed> {
    let failed = |failure, bytes| Failed {
        failure,
        stderr: String::new(),
        bytes,
    };
    let limit = job.options.max_bytes;
    let owned;
    let bytes: &[u8] = match source {
        Source::Stdin => {
            owned = read::stdin(limit).map_err(|f| failed(f, 0))?;
            &owned
        }
        Source::File(path) => {
            owned = read::file(path, limit).map_err(|f| failed(f, 0))?;
            &owned
        }
        Source::Bytes(b) => b,
    };
    let size = bytes.len() as u64;
    let mut doc = crate::clean_with_charset(bytes, job.options, job.charset)
        .map_err(|e| failed(Failure::Refused(e), size))?;
    annotate(&mut doc);
    let counts = Counts::of(&doc);
    let stderr = match job.render {
        Render::Format(Format::Text | Format::Markdown) if job.explain => {
            explain::lines(job.name, &doc)
        }
        _ => String::new(),
    };
    if doc.paragraphs.is_empty() {
        return Err(Failed {
            failure: Failure::NoStory,
            stderr,
            bytes: size,
        });
    }
    if !job.explain {
        doc.removed = None;
    }
    let stdout = match job.render {
        Render::Format(format) => {
            let mut buf = Vec::with_capacity(8 * 1024);
            // Writing to a Vec cannot fail.
            let _ = output::write(&doc, format, &mut buf);
            buf
        }
        Render::Record(id) => record_line(id, &doc),
    };
    Ok(Cleaned {
        counts,
        quality: doc.quality,
        stdout,
        stderr,
        bytes: size,
    })
}

/// A cleaned record: the id first, then the document's fields.
#[derive(Serialize)]
struct Record<'a> {
    id: &'a serde_json::Value,
    #[serde(flatten)]
    doc: &'a Document,
}

/// A cleaned document as a record line: `{"id": …, <the document's fields>}` and a newline.
pub fn record_line(id: &serde_json::Value, doc: &Document) -> Vec<u8> {
    let mut line = Vec::with_capacity(16 * 1024);
    // Serialising owned strings and numbers to a Vec cannot fail.
    let _ = serde_json::to_writer(&mut line, &Record { id, doc });
    line.push(b'\n');
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &[u8] = b"The council voted on Tuesday to close the old bridge to heavy traffic after engineers found cracks in two of its supports.\n";

    fn job<'a>(options: &'a Options, render: Render<'a>) -> Job<'a> {
        Job {
            name: "story.txt",
            options,
            charset: None,
            explain: false,
            render,
        }
    }

    #[test]
    fn an_input_is_cleaned_and_rendered() {
        let options = Options::default();
        let done = run(
            Source::Bytes(STORY),
            &job(&options, Render::Format(Format::Text)),
            |_| {},
        )
        .unwrap();
        assert_eq!(done.counts.paragraphs, 1);
        assert!(done.stdout.starts_with(b"The council voted"));
        assert_eq!(done.bytes, STORY.len() as u64);
    }

    #[test]
    fn a_record_line_opens_with_its_id() {
        let options = Options::default();
        let id = serde_json::json!(7);
        let done = run(
            Source::Bytes(STORY),
            &job(&options, Render::Record(&id)),
            |_| {},
        )
        .unwrap();
        assert!(done.stdout.starts_with(b"{\"id\":7,"), "{:?}", done.stdout);
    }

    #[test]
    fn an_article_under_min_confidence_is_the_inputs_failure() {
        let options = Options::default();
        let render = Render::Format(Format::Json);
        let cleaned = run(Source::Bytes(STORY), &job(&options, render), |_| {}).unwrap();
        assert!(cleaned.quality.confidence < 0.9, "{:?}", cleaned.quality);
        let options = Options {
            min_confidence: Some(0.9),
            ..Options::default()
        };
        let failed = run(Source::Bytes(STORY), &job(&options, render), |_| {}).unwrap_err();
        assert!(matches!(
            failed.failure,
            Failure::Refused(Error::LowConfidence(_))
        ));
        assert_eq!(
            failed.failure.to_string(),
            format!("low confidence {}", cleaned.quality.summary())
        );
    }

    #[test]
    fn a_panic_is_the_inputs_failure() {
        let options = Options::default();
        let failed = run(
            Source::Bytes(STORY),
            &job(&options, Render::Format(Format::Json)),
            |_| panic!("a bug"),
        )
        .unwrap_err();
        assert!(matches!(failed.failure, Failure::Panicked));
        assert_eq!(
            failed.failure.to_string(),
            "internal error (panic) while cleaning"
        );
    }

    #[test]
    fn an_input_over_the_limit_says_so_once() {
        let over = |size| Failure::TooLarge { size, limit: 1000 }.to_string();
        assert_eq!(
            over(Some(2000)),
            "input is 2000 bytes, over the 1000-byte limit"
        );
        assert_eq!(over(None), "input is over the 1000-byte limit");
    }

    #[test]
    fn no_story_keeps_what_explain_says() {
        let options = Options {
            explain: true,
            ..Options::default()
        };
        let job = Job {
            explain: true,
            ..job(&options, Render::Format(Format::Text))
        };
        let failed = run(Source::Bytes(b"SHARE THIS ARTICLE ON\n"), &job, |_| {}).unwrap_err();
        assert!(matches!(failed.failure, Failure::NoStory));
        assert!(
            failed.stderr.contains("story.txt:1: removed"),
            "{}",
            failed.stderr
        );
    }
}
