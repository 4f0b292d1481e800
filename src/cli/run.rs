//! Run a validated [`Config`]: read each source, clean it, print it. One input's failure is
//! reported and the rest still run; a closed stdout (`| head`) ends the run quietly.

use super::{Config, Source};
use crate::output::{self, Format};
use anyhow::Context;
use std::io::{self, Read, Write};

/// How the run ended, for the exit status.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    AllGood,
    SomeFailed,
}

pub fn run(config: &Config) -> io::Result<Outcome> {
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
    let bytes = match source {
        Source::Stdin => {
            let mut buf = Vec::new();
            io::stdin()
                .lock()
                .read_to_end(&mut buf)
                .context("cannot read standard input")?;
            buf
        }
        Source::File(path) => {
            if path.is_dir() {
                anyhow::bail!("is a directory (batch cleaning of folders is not supported yet)");
            }
            std::fs::read(path).map_err(|e| anyhow::anyhow!("cannot read: {}", io_message(&e)))?
        }
    };
    let mut doc = crate::clean(&bytes, &config.options)?;
    if let Source::File(p) = source {
        doc.source = Some(p.display().to_string());
    }
    Ok(doc)
}

/// `No such file or directory` without the `(os error 2)` tail.
fn io_message(e: &io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

fn explain_to_stderr(name: &str, doc: &crate::Document) {
    let stderr = io::stderr();
    let mut err = stderr.lock();
    for r in doc.removed.iter().flatten() {
        let what = if r.inline { "cut" } else { "removed" };
        let _ = writeln!(
            err,
            "newsclean: {name}:{}: {what} [{}/{}] {}",
            r.line,
            r.reason.as_str(),
            r.rule,
            r.text
        );
    }
}
