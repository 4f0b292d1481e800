//! `--completions SHELL` and `--man`: shell completion scripts and the man page, generated
//! from the same clap definition as `--help`, so the three never disagree.

use super::Args;
use clap::CommandFactory;
use std::io::{self, Write};

/// When the arguments ask for a completion script or the man page, prints it and returns
/// `Some(result)`; `None` when they ask for neither.
pub fn print_if_asked(args: &Args) -> Option<io::Result<()>> {
    if let Some(shell) = args.completions {
        let mut cmd = Args::command();
        let mut out = Vec::new();
        clap_complete::generate(shell, &mut cmd, "newsclean", &mut out);
        return Some(io::stdout().lock().write_all(&out));
    }
    if args.man {
        let mut out = Vec::new();
        let written = clap_mangen::Man::new(Args::command()).render(&mut out);
        return Some(written.and_then(|()| io::stdout().lock().write_all(&out)));
    }
    None
}
