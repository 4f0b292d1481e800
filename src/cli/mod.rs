//! The command line: arguments as typed (`args::Args`), validated into a `Config` before
//! any input is read, then run over stdin or the named files.

pub(crate) mod args;
pub(crate) mod docs;
pub(crate) mod run;

pub(crate) use args::Args;

use crate::batch;
use crate::output::Format;
use crate::{InputMode, Options};
use clap::Parser;
use run::Outcome;
use std::path::PathBuf;
use std::process::ExitCode;

/// The binary's whole run: parse the arguments, validate them, run, and map the outcome to an
/// exit status.
pub fn main() -> ExitCode {
    let args = Args::parse();
    if let Some(printed) = docs::print_if_asked(&args) {
        return exit_for(printed.map(|()| Outcome::AllGood));
    }
    let config = match Config::from_args(args) {
        Ok(c) => c,
        Err(e) => return exit_for(Ok(Outcome::Refused(e.0))),
    };
    exit_for(run::run(&config))
}

fn exit_for(ended: std::io::Result<Outcome>) -> ExitCode {
    match ended {
        Ok(Outcome::AllGood) => ExitCode::SUCCESS,
        Ok(Outcome::SomeFailed) => ExitCode::from(1),
        Ok(Outcome::Refused(m)) => {
            eprintln!("newsclean: {m}");
            ExitCode::from(2)
        }
        // A reader that went away (`| head`) is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("newsclean: cannot write output: {e}");
            ExitCode::from(1)
        }
    }
}

/// Where one article comes from.
#[derive(Debug, Clone)]
pub(crate) enum Source {
    Stdin,
    File(PathBuf),
}

/// Validated settings: everything `run` needs, nothing it has to check again.
#[derive(Debug, Clone)]
pub(crate) struct Config {
    pub sources: Vec<Source>,
    pub format: Format,
    pub options: Options,
    /// Set when the run is a batch: a folder, several inputs, `--out`, `--report` or records.
    pub batch: Option<batch::Settings>,
}

/// A usage error: exit status 2, before any input is touched.
#[derive(Debug)]
pub(crate) struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Config {
    pub(crate) fn from_args(args: Args) -> Result<Config, UsageError> {
        let usage = |m: &str| Err(UsageError(m.to_string()));
        let records = args.input == args::InputArg::Jsonl;
        let input = match args.input {
            args::InputArg::Auto | args::InputArg::Jsonl => InputMode::Auto,
            args::InputArg::Text => InputMode::Text,
            args::InputArg::Html => InputMode::Html,
        };
        let mut paths = args.paths;
        if paths.is_empty() {
            paths.push(PathBuf::from("-"));
        }
        if paths.iter().filter(|p| p.as_os_str() == "-").count() > 1 {
            return usage("standard input (-) can be named only once");
        }
        if args.jobs == Some(0) {
            return usage("--jobs must be at least 1");
        }
        if args.force && args.out.is_none() {
            return usage("--force only applies with --out");
        }
        // What may be several articles: several inputs, or a folder (however many it holds).
        let several = paths.len() > 1 || paths.iter().any(|p| p.as_os_str() != "-" && p.is_dir());
        let learning = batch::sites::Learning {
            learn: args.learn_sites,
            table: args.sites_table,
        };
        // A crawl archive holds many articles, however many archives are named.
        let archives = !records && paths.iter().any(|p| batch::archive::is_archive(p));
        let batch = records
            || args.out.is_some()
            || args.report.is_some()
            || several
            || archives
            || learning.learn
            || learning.table.is_some();
        // The design's defaults: text for one article, JSON Lines for several; one JSON
        // document per output file with --out.
        let format = match args.format {
            Some(f) => f.into(),
            None if args.out.is_some() => Format::Json,
            None if several || records || archives => Format::Jsonl,
            None => Format::Text,
        };
        if records {
            if args.out.is_some() {
                return usage(
                    "--input jsonl writes records to standard output; --out does not apply",
                );
            }
            if format != Format::Jsonl {
                return usage("--input jsonl writes one record per line: --format jsonl only");
            }
        }
        let options = Options {
            input,
            explain: args.explain,
            max_bytes: args.max_bytes,
            min_confidence: args.min_confidence,
            ..Options::default()
        };
        let headers =
            several && args.out.is_none() && matches!(format, Format::Text | Format::Markdown);
        let batch = if batch {
            let filter = batch::walk::Filter::new(&args.include, &args.exclude, args.hidden)
                .map_err(UsageError)?;
            Some(batch::Settings {
                roots: paths.clone(),
                filter,
                out: args.out,
                force: args.force,
                jobs: args.jobs.unwrap_or(0),
                report: args.report,
                quiet: args.quiet,
                records: records.then_some(batch::records::Fields {
                    id: args.id_field,
                    html: args.html_field,
                    text: args.text_field,
                }),
                format,
                options: options.clone(),
                headers,
                learning,
            })
        } else {
            None
        };
        let sources = paths
            .into_iter()
            .map(|p| {
                if p.as_os_str() == "-" {
                    Source::Stdin
                } else {
                    Source::File(p)
                }
            })
            .collect();
        Ok(Config {
            sources,
            format,
            options,
            batch,
        })
    }
}
