//! `--completions SHELL` and `--man`: shell completion scripts and the man page, generated
//! from the same clap definition as `--help`, so the three never disagree; `--list-rules`:
//! the rule registry.

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
    if args.list_rules {
        return Some(io::stdout().lock().write_all(&list_rules(args.format)));
    }
    if args.man {
        let mut out = Vec::new();
        let written = clap_mangen::Man::new(Args::command()).render(&mut out);
        return Some(written.and_then(|()| io::stdout().lock().write_all(&out)));
    }
    None
}

/// The registry, a rule a line: tab-separated text, or JSON.
fn list_rules(format: Option<super::args::FormatArg>) -> Vec<u8> {
    use super::args::FormatArg;
    let rules = crate::rules::registry::all();
    match format {
        Some(FormatArg::Json) => {
            let mut out = serde_json::to_vec_pretty(&rules).unwrap_or_default();
            out.push(b'\n');
            out
        }
        Some(FormatArg::Jsonl) => {
            let mut out = Vec::new();
            for r in &rules {
                let _ = serde_json::to_writer(&mut out, r);
                out.push(b'\n');
            }
            out
        }
        _ => {
            let mut out = String::new();
            for r in &rules {
                out.push_str(&format!(
                    "{}\t{}\t{}\t{}\n",
                    r.id,
                    r.reason.as_str(),
                    r.module,
                    r.description
                ));
            }
            out.into_bytes()
        }
    }
}
