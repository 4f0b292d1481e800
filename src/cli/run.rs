//! Run a validated [`Config`]: each source read, cleaned and printed by [`crate::job::run`],
//! or the whole batch handed to [`crate::batch::run`]. One input's failure is reported and the
//! rest still run; a closed stdout (`| head`) ends the run quietly.

use super::{Config, Source};
use crate::job::{self, Job, Render};
use std::io::{self, Write};

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
        let (name, from) = match source {
            Source::Stdin => ("<stdin>".to_string(), job::Source::Stdin),
            Source::File(p) => (p.display().to_string(), job::Source::File(p)),
        };
        let job = Job {
            name: &name,
            options: &config.options,
            charset: None,
            explain: config.options.explain,
            render: Render::Format(config.format),
        };
        let document_source = matches!(source, Source::File(_)).then(|| name.clone());
        match job::run(from, &job, |doc| doc.source = document_source) {
            Ok(cleaned) => {
                say(&cleaned.stderr);
                out.write_all(&cleaned.stdout)?;
            }
            Err(f) => {
                failed = true;
                say(&f.stderr);
                // Flushed first so that the message follows the articles before it.
                out.flush()?;
                eprintln!("newsclean: {name}: {}", f.failure);
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

/// `--explain`'s lines for text and Markdown, as they come.
fn say(lines: &str) {
    if !lines.is_empty() {
        let _ = io::stderr().lock().write_all(lines.as_bytes());
    }
}
