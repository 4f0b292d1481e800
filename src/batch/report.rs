//! What happened to each input, told three ways: the `--report` file (one JSON line per input,
//! in input order), the progress bar while the run goes, and one summary line at the end.

use crate::job::{Cleaned, Counts, Failed};
use crate::quality::Quality;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::Serialize;
use std::fs;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Cleaned,
    Skipped,
    Failed,
}

/// One input's outcome, as the workers hand it to the (single, ordered) writer.
#[derive(Debug)]
pub struct Done {
    /// The input as a user would name it (lossy for names that are not UTF-8).
    pub name: String,
    pub status: Status,
    pub output: Option<PathBuf>,
    pub counts: Option<Counts>,
    /// The cleaned article's confidence and warnings.
    pub quality: Option<Quality>,
    pub error: Option<String>,
    /// Input bytes read, for MB/s.
    pub bytes: u64,
    /// What goes to stdout for this input (records and streamed documents).
    pub stdout: Vec<u8>,
    /// What goes to stderr for this input besides its error (`--explain` with text output).
    pub stderr: String,
}

impl Done {
    pub fn failed(name: String, error: String) -> Done {
        Done {
            name,
            status: Status::Failed,
            output: None,
            counts: None,
            quality: None,
            error: Some(error),
            bytes: 0,
            stdout: Vec::new(),
            stderr: String::new(),
        }
    }

    /// An input's outcome from [`crate::job::run`], its rendering in `stdout`.
    pub fn of(name: String, result: Result<Cleaned, Failed>) -> Done {
        match result {
            Ok(cleaned) => Done {
                name,
                status: Status::Cleaned,
                output: None,
                counts: Some(cleaned.counts),
                quality: Some(cleaned.quality),
                error: None,
                bytes: cleaned.bytes,
                stdout: cleaned.stdout,
                stderr: cleaned.stderr,
            },
            Err(failed) => Done {
                bytes: failed.bytes,
                stderr: failed.stderr,
                ..Done::failed(name, failed.failure.to_string())
            },
        }
    }

    /// A record's outcome: its counts and quality, or its error; its line is set by the caller.
    pub fn of_record(name: String, result: Result<(Counts, Quality), String>) -> Done {
        match result {
            Ok((counts, quality)) => Done {
                status: Status::Cleaned,
                counts: Some(counts),
                quality: Some(quality),
                error: None,
                ..Done::failed(name, String::new())
            },
            Err(e) => Done::failed(name, e),
        }
    }

    /// An input whose output is already up to date.
    pub fn skipped(name: String, output: PathBuf) -> Done {
        Done {
            status: Status::Skipped,
            output: Some(output),
            error: None,
            ..Done::failed(name, String::new())
        }
    }
}

/// The `--report` file's line.
#[derive(Serialize)]
struct Line<'a> {
    path: &'a str,
    status: Status,
    output: Option<String>,
    counts: Option<Counts>,
    quality: Option<&'a Quality>,
    error: Option<&'a str>,
}

/// The `--report` file, opened (and so checked) before any work.
///
/// Each line is formatted whole in memory and written with one `write` to the unbuffered file,
/// so a run interrupted at any moment (Ctrl-C, a kill) leaves whole lines only, each about an
/// input that is finished: nothing waits in a buffer to be lost.
pub struct Report {
    out: fs::File,
    line: Vec<u8>,
}

impl Report {
    pub fn create(path: &Path) -> io::Result<Report> {
        Ok(Report {
            out: fs::File::create(path)?,
            line: Vec::with_capacity(512),
        })
    }

    pub fn add(&mut self, done: &Done) -> io::Result<()> {
        let line = Line {
            path: &done.name,
            status: done.status,
            output: done.output.as_ref().map(|p| p.display().to_string()),
            counts: done.counts,
            quality: done.quality.as_ref(),
            error: done.error.as_deref(),
        };
        self.line.clear();
        serde_json::to_writer(&mut self.line, &line)?;
        self.line.push(b'\n');
        self.out.write_all(&self.line)?;
        self.out.flush()
    }

    pub fn finish(mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// Running totals for the summary line.
#[derive(Debug, Default)]
pub struct Tally {
    pub cleaned: u64,
    pub skipped: u64,
    pub failed: u64,
    pub bytes: u64,
}

impl Tally {
    pub fn add(&mut self, done: &Done) {
        match done.status {
            Status::Cleaned => self.cleaned += 1,
            Status::Skipped => self.skipped += 1,
            Status::Failed => self.failed += 1,
        }
        self.bytes += done.bytes;
    }

    /// `newsclean: 19998 cleaned, 0 skipped, 2 failed; 612.4 MB in 41.2 s (14.9 MB/s, 485 files/s)`
    /// (`unit`: what an input is, `files` or `records`).
    pub fn summary(&self, elapsed: Duration, unit: &str) -> String {
        let secs = elapsed.as_secs_f64().max(1e-9);
        let mb = self.bytes as f64 / 1e6;
        let done = self.cleaned + self.failed;
        format!(
            "newsclean: {} cleaned, {} skipped, {} failed; {:.1} MB in {:.1} s ({:.1} MB/s, {:.0} {unit}/s)",
            self.cleaned,
            self.skipped,
            self.failed,
            mb,
            secs,
            mb / secs,
            done as f64 / secs
        )
    }
}

/// The progress bar: drawn on stderr only when stderr is a terminal and not `--quiet`;
/// otherwise it is kept but not drawn. Messages printed while it shows go through
/// [`Progress::say`] so they do not tear the bar. Its length is the inputs to clean: one
/// skipped as up to date is no work, and does not move it (or the time-left estimate).
pub struct Progress {
    bar: ProgressBar,
    pub started: Instant,
}

impl Progress {
    pub fn new(total: Option<u64>, quiet: bool) -> Progress {
        let bar = if quiet || !io::stderr().is_terminal() {
            ProgressBar::with_draw_target(total, ProgressDrawTarget::hidden())
        } else {
            let (bar, template) = match total {
                Some(n) => (
                    ProgressBar::new(n),
                    "{elapsed_precise} [{wide_bar}] {human_pos}/{human_len} ({eta} left) {msg}",
                ),
                None => (
                    ProgressBar::new_spinner(),
                    "{elapsed_precise} {spinner} {human_pos} inputs {msg}",
                ),
            };
            bar.set_draw_target(ProgressDrawTarget::stderr());
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style.progress_chars("=> "));
            }
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        };
        Progress {
            bar,
            started: Instant::now(),
        }
    }

    /// One input is done: the bar moves unless it was skipped.
    pub fn done(&self, status: Status) {
        if status != Status::Skipped {
            self.bar.inc(1);
        }
    }

    /// How far into an archive the run is, by its bytes as stored (compressed).
    pub fn archive(&self, name: &str, pos: u64, size: u64) {
        if self.bar.is_hidden() {
            return;
        }
        let pct = if size > 0 {
            pos.min(size) as f64 * 100.0 / size as f64
        } else {
            100.0
        };
        self.bar.set_message(format!(
            "{name}: {:.1} of {:.1} MB ({pct:.0}%)",
            pos as f64 / 1e6,
            size as f64 / 1e6
        ));
    }

    /// Writes a message to stderr without tearing the bar.
    pub fn say(&self, message: &str) {
        self.bar.suspend(|| {
            let mut err = io::stderr().lock();
            let _ = err.write_all(message.as_bytes());
        });
    }

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_line_has_path_status_output_counts_quality_and_error() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("r.jsonl");
        let mut r = Report::create(&p).unwrap();
        r.add(&Done {
            name: "in/a.html".into(),
            status: Status::Cleaned,
            output: Some("out/a.json".into()),
            counts: Some(Counts {
                paragraphs: 3,
                captions: 1,
                quotes: 2,
                removed: 4,
            }),
            quality: Some(Quality {
                confidence: 0.85,
                warnings: vec![crate::quality::Warning::NoContainer],
            }),
            error: None,
            bytes: 10,
            stdout: Vec::new(),
            stderr: String::new(),
        })
        .unwrap();
        r.add(&Done::failed("in/b.png".into(), "binary".into()))
            .unwrap();
        r.finish().unwrap();
        let text = fs::read_to_string(&p).unwrap();
        let lines: Vec<serde_json::Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(
            lines[0],
            serde_json::json!({"path": "in/a.html", "status": "cleaned", "output": "out/a.json",
                "counts": {"paragraphs": 3, "captions": 1, "quotes": 2, "removed": 4},
                "quality": {"confidence": 0.85, "warnings": ["no-container"]}, "error": null})
        );
        assert_eq!(lines[1]["status"], "failed");
        assert_eq!(lines[1]["error"], "binary");
        assert_eq!(lines[1]["counts"], serde_json::Value::Null);
        assert_eq!(lines[1]["quality"], serde_json::Value::Null);
    }

    #[test]
    fn skipped_inputs_do_not_move_the_progress_bar() {
        // The length is the pre-pass's count of inputs to clean: 2 of 5.
        let p = Progress::new(Some(2), true);
        for status in [
            Status::Skipped,
            Status::Cleaned,
            Status::Skipped,
            Status::Skipped,
            Status::Failed,
        ] {
            p.done(status);
        }
        assert_eq!(p.bar.position(), 2);
        assert_eq!(p.bar.length(), Some(2));
    }

    #[test]
    fn the_summary_counts_each_status() {
        let mut t = Tally::default();
        t.add(&Done::failed("x".into(), "e".into()));
        t.bytes = 2_000_000;
        t.cleaned = 3;
        let s = t.summary(Duration::from_secs(2), "files");
        assert!(
            s.starts_with("newsclean: 3 cleaned, 0 skipped, 1 failed; 2.0 MB in 2.0 s (1.0 MB/s"),
            "{s}"
        );
    }
}
