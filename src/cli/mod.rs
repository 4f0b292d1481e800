//! The command line: arguments as typed ([`args::Args`]), validated into a [`Config`] before
//! any input is read, then run over stdin or the named files.

pub mod args;
pub mod run;

pub use args::Args;
pub use run::run;

use crate::output::Format;
use crate::{InputMode, Options};
use std::path::PathBuf;

/// Where one article comes from.
#[derive(Debug, Clone)]
pub enum Source {
    Stdin,
    File(PathBuf),
}

/// Validated settings: everything `run` needs, nothing it has to check again.
#[derive(Debug, Clone)]
pub struct Config {
    pub sources: Vec<Source>,
    pub format: Format,
    pub options: Options,
}

/// A usage error: exit status 2, before any input is touched.
#[derive(Debug)]
pub struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Config {
    pub fn from_args(args: Args) -> Result<Config, UsageError> {
        let input = match args.input {
            args::InputArg::Auto => InputMode::Auto,
            args::InputArg::Text => InputMode::Text,
            args::InputArg::Html => InputMode::Html,
        };
        let mut sources: Vec<Source> = args
            .paths
            .into_iter()
            .map(|p| {
                if p.as_os_str() == "-" {
                    Source::Stdin
                } else {
                    Source::File(p)
                }
            })
            .collect();
        if sources.is_empty() {
            sources.push(Source::Stdin);
        }
        if sources
            .iter()
            .filter(|s| matches!(s, Source::Stdin))
            .count()
            > 1
        {
            return Err(UsageError(
                "standard input (-) can be named only once".into(),
            ));
        }
        let many = sources.len() > 1;
        let format = match args.format {
            Some(f) => f.into(),
            None if many => Format::Jsonl,
            None => Format::Text,
        };
        if args.max_bytes == 0 {
            return Err(UsageError("--max-bytes must be at least 1".into()));
        }
        Ok(Config {
            sources,
            format,
            options: Options {
                input,
                explain: args.explain,
                max_bytes: args.max_bytes,
                ..Options::default()
            },
        })
    }
}
