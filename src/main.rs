//! Thin binary: parse arguments, validate them, run, map the outcome to an exit status.

use clap::Parser;
use newsclean::cli::{self, Args, Config, run::Outcome};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = Args::parse();
    let config = match Config::from_args(args) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("newsclean: {e}");
            return ExitCode::from(2);
        }
    };
    match cli::run(&config) {
        Ok(Outcome::AllGood) => ExitCode::SUCCESS,
        Ok(Outcome::SomeFailed) => ExitCode::from(1),
        // A reader that went away (`| head`) is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("newsclean: cannot write output: {e}");
            ExitCode::from(1)
        }
    }
}
