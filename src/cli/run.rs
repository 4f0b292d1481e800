//! Run a validated [`Config`]: read each source, clean it, print it. One input's failure is
//! reported and the rest still run; a closed stdout (`| head`) ends the run quietly.

use super::{Config, Source};
use crate::output::{self, Format};
use std::io::{self, Read, Write};

/// How the run ended, for the exit status.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    AllGood,
    SomeFailed,
    /// Refused before any input was cleaned (exit status 2), with the reason.
    Refused(String),
}

pub fn run(config: &Config) -> io::Result<Outcome> {
    if let Some(settings) = &config.batch {
        return Ok(match crate::batch::run(settings)? {
            crate::batch::Ended::Ran { all_good: true } => Outcome::AllGood,
            crate::batch::Ended::Ran { all_good: false } => Outcome::SomeFailed,
            crate::batch::Ended::Refused(m) => Outcome::Refused(m),
        });
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut failed = false;
    for source in &config.sources {
        let name = match source {
            Source::Stdin => "<stdin>".to_string(),
            Source::File(p) => p.display().to_string(),
        };
        match clean_one(source, config) {
            Ok(doc) => {
                if config.options.explain && !matches!(config.format, Format::Json | Format::Jsonl)
                {
                    explain_to_stderr(&name, &doc);
                }
                if doc.paragraphs.is_empty() {
                    failed = true;
                    out.flush()?;
                    eprintln!("newsclean: {name}: {}", crate::Error::NoStory);
                    continue;
                }
                let mut buf = Vec::with_capacity(4096);
                output::write(&doc, config.format, &mut buf)?;
                out.write_all(&buf)?;
            }
            Err(e) => {
                failed = true;
                out.flush()?;
                eprintln!("newsclean: {name}: {e:#}");
            }
        }
    }
    out.flush()?;
    Ok(if failed {
        Outcome::SomeFailed
    } else {
        Outcome::AllGood
    })
}

fn clean_one(source: &Source, config: &Config) -> anyhow::Result<crate::Document> {
    // Never more than one byte past the limit is read: a 300 MB file or an endless pipe is
    // refused for its size without being held in memory first.
    let limit = config.options.max_bytes;
    let bytes = match source {
        Source::Stdin => {
            let mut buf = Vec::new();
            io::stdin()
                .lock()
                .take(limit as u64 + 1)
                .read_to_end(&mut buf)
                .map_err(|e| anyhow::anyhow!("cannot read: {}", crate::batch::io_message(&e)))?;
            if buf.len() > limit {
                return Err(crate::Error::StreamTooLarge { limit }.into());
            }
            buf
        }
        Source::File(path) => {
            // The batch's checks and messages: a FIFO or device is refused, not opened.
            let meta = write::input_file(path).map_err(anyhow::Error::msg)?;
            write::read_limited(path, &meta, limit).map_err(|e| anyhow::anyhow!(e.message()))?
        }
    };
    let mut doc = crate::clean(&bytes, &config.options)?;
    if let Source::File(p) = source {
        doc.source = Some(p.display().to_string());
    }
    Ok(doc)
}

use crate::batch::write;

fn explain_to_stderr(name: &str, doc: &crate::Document) {
    let _ = io::stderr()
        .lock()
        .write_all(explain_lines(name, doc).as_bytes());
}

/// `--explain` for text and Markdown output: one stderr line per removal.
pub fn explain_lines(name: &str, doc: &crate::Document) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    for r in doc.removed.iter().flatten() {
        let what = match (r.kept, r.inline) {
            (true, _) => "kept (unclear end)",
            (false, true) => "cut",
            (false, false) => "removed",
        };
        let learned = r
            .site
            .map(|c| format!(" (on {} of the site's {} pages)", c.pages, c.of))
            .unwrap_or_default();
        let _ = writeln!(
            s,
            "newsclean: {name}:{}: {what} [{}/{}] {}{learned}",
            r.line,
            r.reason.as_str(),
            r.rule,
            r.text
        );
    }
    s
}
