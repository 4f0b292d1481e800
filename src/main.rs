//! Thin binary: parse arguments, validate them, run, map the outcome to an exit status.

use clap::Parser;
use newsclean::cli::{self, Args, Config, run::Outcome};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = Args::parse();
    if let Some(printed) = cli::docs::print_if_asked(&args) {
        return exit_for(printed.map(|()| Outcome::AllGood));
    }
    let config = match Config::from_args(args) {
        Ok(c) => c,
        Err(e) => return exit_for(Ok(Outcome::Refused(e.0))),
    };
    exit_for(cli::run(&config))
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
