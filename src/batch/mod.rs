//! Batch mode: many inputs (folders walked, several files, or JSON records) cleaned in
//! parallel, written either as a mirrored tree of outputs (`--out DIR`) or as one ordered
//! stream on stdout.
//!
//! ```text
//! walk (lazy, sorted) ─► [records: split into lines] ─► pool (-j N) ─► ordered writer
//!                                                        clean,        stdout, stderr,
//!                                                        render,       --report, progress
//!                                                        atomic write
//! ```
//! Before any work: arguments checked, the report file opened, and with `--out` every input's
//! output path computed once to refuse two inputs claiming the same output.
//!
//! The report follows the outputs: an input's line is written only once its output is in
//! place (renamed into `--out` by its worker, or flushed to stdout), whole, with one write. A
//! run interrupted at any moment leaves a report of whole lines that names no output that is
//! missing. The outputs it does not name are those finished while waiting behind an earlier,
//! slower input (at most the in-flight window; usually none or one per worker): a rerun
//! reports them as skipped.

pub mod archive;
mod order;
pub mod plan;
pub mod records;
pub mod report;
pub mod sites;
pub mod walk;
pub mod write;

use crate::Options;
use crate::job::read::io_message;
use crate::job::{self, Job, Render};
use crate::output::Format;
use report::{Done, Progress, Report, Status, Tally};
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use walk::{FileId, Found, WalkSpec};

/// Validated batch settings.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Files and folders in the order given; `-` is standard input.
    pub roots: Vec<PathBuf>,
    pub filter: walk::Filter,
    pub out: Option<PathBuf>,
    pub force: bool,
    /// Worker threads; 0 for one per core.
    pub jobs: usize,
    pub report: Option<PathBuf>,
    pub quiet: bool,
    /// `--input jsonl`: the record fields.
    pub records: Option<records::Fields>,
    pub format: Format,
    pub options: Options,
    /// Text or Markdown on stdout for what may be several articles: each gets a `==> path <==`
    /// header line, and a blank line parts one from the next (as `head` and `tail` do).
    pub headers: bool,
    /// Site furniture learned from the inputs, or read from a saved table.
    pub learning: sites::Learning,
}

/// How a batch ended.
#[derive(Debug)]
pub enum Ended {
    /// Ran; `true` when every input was cleaned or skipped.
    Ran { all_good: bool },
    /// Refused before any work (exit status 2).
    Refused(String),
}

/// What one worker item is.
enum Work {
    Found(Found),
    Stdin,
    Record(records::Line),
    Piece(archive::Piece),
}

/// What a worker hands the writer.
enum Out {
    Done(Done),
    Archive(archive::Event),
}

/// Everything a worker needs, shared read-only.
struct Context<'a> {
    settings: &'a Settings,
    /// The options the library gets: `explain` always on, so the report can count removals
    /// (the list is built either way; it is dropped before printing unless asked for).
    options: Options,
    ext: &'static str,
    /// Each site's learned furniture, when the batch learns sites.
    sites: Option<sites::Sites>,
}

impl Context<'_> {
    /// The options for an input of `site`: with its furniture, if it has any.
    fn options_for(&self, site: impl FnOnce() -> String) -> std::borrow::Cow<'_, Options> {
        match self.sites.as_ref().and_then(|s| s.get(&site())) {
            Some(f) => std::borrow::Cow::Owned(Options {
                furniture: Some(f.clone()),
                ..self.options.clone()
            }),
            None => std::borrow::Cow::Borrowed(&self.options),
        }
    }
}

pub fn run(settings: &Settings) -> io::Result<Ended> {
    let refuse = |m: String| Ok(Ended::Refused(m));
    if let Some(m) = nothing_there(&settings.roots) {
        return refuse(m);
    }
    if let Some(out) = &settings.out
        && let Err(m) = check_out(out, &settings.roots)
    {
        return refuse(m);
    }
    let report = match &settings.report {
        Some(p) => match Report::create(p) {
            Ok(r) => Some(r),
            Err(e) => return refuse(format!("--report {}: {}", p.display(), io_message(&e))),
        },
        None => None,
    };
    let mut spec = WalkSpec {
        roots: settings.roots.clone(),
        filter: settings.filter.clone(),
        own_dirs: Vec::new(),
        own_files: settings
            .report
            .iter()
            .filter_map(|p| FileId::of(p))
            .collect(),
    };
    let ext = plan::extension(settings.format);
    let mut total = None;
    if let Some(out) = &settings.out {
        spec.own_dirs.extend(FileId::of(out));
        match plan::check_collisions(&spec, out, ext, settings.force) {
            Ok(checked) => total = Some(checked.to_clean),
            Err(m) => return refuse(m),
        }
        if let Err(e) = fs::create_dir_all(out) {
            return refuse(format!("--out {}: {}", out.display(), io_message(&e)));
        }
        // Now that it exists, the walk can recognise it however it is reached.
        spec.own_dirs.extend(FileId::of(out));
    }
    let pool = match rayon::ThreadPoolBuilder::new()
        .num_threads(settings.jobs)
        .build()
    {
        Ok(p) => p,
        Err(e) => return refuse(format!("cannot start {} workers: {e}", settings.jobs)),
    };

    let learned = match sites::prepare(
        &settings.learning,
        settings.out.as_deref(),
        settings.force,
        &spec,
        settings.records.as_ref(),
        &settings.options,
        &pool,
    ) {
        Ok(l) => l,
        Err(m) => return refuse(m),
    };
    if let Some(l) = &learned
        && !settings.quiet
    {
        eprintln!("newsclean: {}", l.summary());
    }
    let ctx = Context {
        settings,
        options: Options {
            explain: true,
            ..settings.options.clone()
        },
        ext,
        sites: learned.map(|l| l.table.compile()),
    };
    let progress = Progress::new(total, settings.quiet);
    let mut tally = Tally::default();
    let mut report = report;
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(256 * 1024, stdout.lock());
    // Enough results in flight to keep every worker busy behind a slow input, few enough that
    // the buffered outputs stay small.
    let window = 64 * pool.current_num_threads();

    let mut articles = 0u64;
    let mut sink = archive::Sink::default();
    let mut archives = 0u64;
    // One input's outcome to stdout, stderr, the report and the tally; `note` (an archive's
    // summary) goes to stderr first.
    let mut emit_done = |done: Option<Done>, to_stdout: bool, note: &str| -> io::Result<Status> {
        if !note.is_empty() {
            out.flush()?;
            progress.say(note);
        }
        let Some(done) = done else {
            return Ok(Status::Skipped);
        };
        if settings.headers && !done.stdout.is_empty() {
            if articles > 0 {
                out.write_all(b"\n")?;
            }
            writeln!(out, "==> {} <==", done.name)?;
            articles += 1;
        }
        if to_stdout {
            out.write_all(&done.stdout)?;
        }
        if report.is_some() && to_stdout && !done.stdout.is_empty() {
            // Out before the report's line says it was written.
            out.flush()?;
        }
        if !done.stderr.is_empty() || done.error.is_some() {
            // Flushed first so a message follows the records before it, as in a plain loop.
            out.flush()?;
            let mut msg = done.stderr.clone();
            if let Some(e) = &done.error {
                msg.push_str(&format!("newsclean: {}: {e}\n", done.name));
            }
            progress.say(&msg);
        }
        if let Some(r) = report.as_mut() {
            r.add(&done)?;
        }
        tally.add(&done);
        Ok(done.status)
    };
    let mut emit = |o: Out| -> io::Result<()> {
        match o {
            Out::Done(done) | Out::Archive(archive::Event::UpToDate(done)) => {
                let status = emit_done(Some(done), true, "")?;
                progress.done(status);
            }
            Out::Archive(archive::Event::Record { archive, pos, done }) => {
                let to_stdout = sink.record(&archive, &done)?;
                progress.archive(&archive.name, pos, archive.size);
                emit_done(Some(done), to_stdout, "")?;
            }
            Out::Archive(archive::Event::Skipped {
                archive,
                pos,
                reason,
            }) => {
                sink.skipped(&archive, reason)?;
                progress.archive(&archive.name, pos, archive.size);
            }
            Out::Archive(archive::Event::End { archive, error }) => {
                archives += 1;
                let status = match sink.end(&archive, error) {
                    Ok(_) if settings.quiet => emit_done(None, false, "")?,
                    Ok(summary) => emit_done(None, false, &summary)?,
                    Err(e) => emit_done(Some(Done::failed(archive.name.clone(), e)), true, "")?,
                };
                progress.done(status);
            }
        }
        Ok(())
    };

    let found = walk::walk(&spec);
    let result = if let Some(fields) = &settings.records {
        let lines = found.flat_map(move |f| record_lines(f, settings.options.max_bytes));
        order::run_ordered(
            &pool,
            lines,
            window,
            |w| process(&ctx, w, Some(fields)),
            &mut emit,
        )
    } else {
        let out_dir = settings.out.as_deref();
        let items = found.flat_map(move |f| -> Box<dyn Iterator<Item = Work> + Send> {
            match f {
                Found::File(input) if input.path.as_os_str() == "-" => {
                    Box::new(std::iter::once(Work::Stdin))
                }
                Found::File(input) if archive::is_archive(&input.path) => Box::new(
                    archive::pieces(
                        input,
                        out_dir,
                        settings.force,
                        settings.options.max_bytes,
                        out_dir.is_none() && settings.format != Format::Jsonl,
                    )
                    .map(Work::Piece),
                ),
                f => Box::new(std::iter::once(Work::Found(f))),
            }
        });
        order::run_ordered(&pool, items, window, |w| process(&ctx, w, None), &mut emit)
    };
    progress.finish();
    result?;
    out.flush()?;
    if let Some(r) = report {
        r.finish()?;
    }
    if !settings.quiet {
        let unit = if settings.records.is_some() || archives > 0 {
            "records"
        } else {
            "files"
        };
        progress.say(&format!(
            "{}\n",
            tally.summary(progress.started.elapsed(), unit)
        ));
    }
    Ok(Ended::Ran {
        all_good: tally.failed == 0,
    })
}

/// When not one of the named inputs is there, nothing can be done: the refusal, naming each.
/// (One that is missing beside others that are there is a failed input like any other.)
fn nothing_there(roots: &[PathBuf]) -> Option<String> {
    let mut missing = Vec::new();
    for root in roots {
        if root.as_os_str() == "-" {
            return None;
        }
        match fs::metadata(root) {
            Ok(_) => return None,
            Err(e) => missing.push(format!(
                "{}: cannot read: {}",
                root.display(),
                io_message(&e)
            )),
        }
    }
    (!missing.is_empty()).then(|| missing.join("\nnewsclean: "))
}

/// `--out` must be a folder (or not exist yet), and no input may sit inside it: its outputs
/// would be read back, or written over inputs.
fn check_out(out: &Path, roots: &[PathBuf]) -> Result<(), String> {
    if out.exists() && !out.is_dir() {
        return Err(format!(
            "--out {}: exists and is not a folder",
            out.display()
        ));
    }
    if roots.iter().any(|r| r.as_os_str() == "-") {
        return Err("standard input (-) has no name to mirror into --out".into());
    }
    let Ok(out_abs) = out.canonicalize() else {
        return Ok(()); // not there yet, so nothing is inside it
    };
    for root in roots {
        if let Ok(r) = root.canonicalize()
            && r.starts_with(&out_abs)
        {
            return Err(format!(
                "input {} is inside --out {}; its outputs would mix with its inputs",
                root.display(),
                out.display()
            ));
        }
    }
    Ok(())
}

/// The lines of one record source, or its problem as one failed item.
fn record_lines(found: Found, limit: usize) -> Box<dyn Iterator<Item = Work> + Send> {
    // A generous buffer: records are often whole pages.
    const BUF: usize = 1 << 20;
    match found {
        Found::File(input) if input.path.as_os_str() == "-" => Box::new(
            records::Lines::new(
                io::BufReader::with_capacity(BUF, io::stdin()),
                "<stdin>".into(),
                limit,
            )
            .map(Work::Record),
        ),
        Found::File(input) => match job::read::input_file(&input.path)
            .and_then(|_| fs::File::open(&input.path).map_err(job::Failure::Io))
            .map_err(|f| f.to_string())
        {
            Ok(f) => Box::new(
                records::Lines::new(
                    io::BufReader::with_capacity(BUF, f),
                    input.path.display().to_string(),
                    limit,
                )
                .map(Work::Record),
            ),
            Err(message) => Box::new(std::iter::once(Work::Found(Found::Problem {
                path: input.path,
                message,
            }))),
        },
        problem => Box::new(std::iter::once(Work::Found(problem))),
    }
}

/// One item, start to finish, on a worker. A panic (a bug) fails that input only: an
/// overnight run does not die at input 900,000. Cleaning is guarded by [`job::run`] itself;
/// this guard is for the rest of an item's work (a record's parsing, an archive's framing).
fn process(ctx: &Context, work: Work, fields: Option<&records::Fields>) -> Out {
    let work = match work {
        Work::Piece(piece) => {
            let (archive, pos) = (piece.archive.clone(), piece.pos);
            let run = std::panic::AssertUnwindSafe(|| {
                archive::process(
                    piece,
                    &ctx.options,
                    ctx.settings.options.explain,
                    ctx.sites.as_ref(),
                )
            });
            return Out::Archive(std::panic::catch_unwind(run).unwrap_or_else(|_| {
                let error = job::Failure::Panicked.to_string();
                let mut done = Done::failed(format!("{}: a record", archive.name), error.clone());
                let trace = records::Trace {
                    source: Some(&archive.name),
                    ..Default::default()
                };
                done.stdout = records::error_line_with(&serde_json::Value::Null, &trace, &error);
                archive::Event::Record { done, archive, pos }
            }));
        }
        other => other,
    };
    let name = match &work {
        Work::Found(Found::File(i)) => i.path.display().to_string(),
        Work::Found(Found::Problem { path, .. }) => path.display().to_string(),
        Work::Stdin => "<stdin>".to_string(),
        Work::Record(line) => line.name.clone(),
        Work::Piece(_) => String::new(),
    };
    let run = std::panic::AssertUnwindSafe(|| match work {
        Work::Found(Found::File(input)) => clean_file(ctx, &input),
        Work::Found(Found::Problem { path, message }) => {
            Done::failed(path.display().to_string(), message)
        }
        Work::Stdin => clean_stdin(ctx),
        Work::Record(line) => match fields {
            Some(f) => clean_record(ctx, line, f),
            None => Done::failed(line.name, "not a record run".into()),
        },
        Work::Piece(_) => unreachable!("handled above"),
    });
    Out::Done(
        std::panic::catch_unwind(run)
            .unwrap_or_else(|_| Done::failed(name, job::Failure::Panicked.to_string())),
    )
}

fn clean_file(ctx: &Context, input: &walk::Input) -> Done {
    let name = input.path.display().to_string();
    let target = ctx
        .settings
        .out
        .as_ref()
        .map(|out| plan::output_path(out, &input.rel, ctx.ext));
    if let Some(t) = &target {
        let meta = match job::read::input_file(&input.path) {
            Ok(m) => m,
            Err(f) => return Done::failed(name, f.to_string()),
        };
        if !ctx.settings.force && plan::up_to_date(&meta, t) {
            return Done::skipped(name, t.clone());
        }
    }
    let options = ctx.options_for(|| sites::site_of_file(input));
    let mut done = clean_one(ctx, &options, job::Source::File(&input.path), name);
    if let (Status::Cleaned, Some(t)) = (done.status, target) {
        let rendered = std::mem::take(&mut done.stdout);
        if let Err(e) = write::atomic(&t, &rendered) {
            let mut failed = Done::failed(
                done.name,
                format!("cannot write {}: {}", t.display(), io_message(&e)),
            );
            failed.bytes = done.bytes;
            return failed;
        }
        done.output = Some(t);
    }
    done
}

fn clean_stdin(ctx: &Context) -> Done {
    clean_one(ctx, &ctx.options, job::Source::Stdin, "<stdin>".to_string())
}

/// Reads, cleans and renders one file or standard input; the rendering goes in `stdout`
/// (the caller moves it to a file under `--out`).
fn clean_one(ctx: &Context, options: &Options, source: job::Source, name: String) -> Done {
    let job = Job {
        name: &name,
        options,
        charset: None,
        explain: ctx.settings.options.explain,
        render: Render::Format(ctx.settings.format),
    };
    let document_source = (name != "<stdin>").then(|| name.clone());
    let result = job::run(source, &job, |doc| doc.source = document_source);
    Done::of(name, result)
}

fn clean_record(ctx: &Context, line: records::Line, fields: &records::Fields) -> Done {
    let bytes = match line.bytes {
        Ok(b) => b,
        Err(e) => {
            let name = match &line.head {
                Some(h) => format!("{} (starts {h:?})", line.name),
                None => line.name,
            };
            let e = e.to_string();
            let mut d = Done::failed(name, e.clone());
            let trace = records::Trace {
                line: Some(line.number),
                head: line.head,
                ..Default::default()
            };
            d.stdout = records::error_line_with(&serde_json::Value::Null, &trace, &e);
            return d;
        }
    };
    let explain = ctx.settings.options.explain;
    // The record's source, for a record without a `url`: its name is `source:line`.
    let source = line
        .name
        .rsplit_once(':')
        .map_or(line.name.as_str(), |(s, _)| s)
        .to_string();
    let site = |record: &serde_json::Map<String, serde_json::Value>| {
        let sites = ctx.sites.as_ref()?;
        sites.get(&sites::site_of_record(record, &source)).cloned()
    };
    let outcome = records::clean(&bytes, line.number, fields, &ctx.options, explain, site);
    let name = if outcome.names.is_empty() {
        line.name
    } else {
        format!("{} {}", line.name, outcome.names)
    };
    let mut done = Done::of_record(name, outcome.result);
    done.bytes = bytes.len() as u64;
    done.stdout = outcome.line;
    done
}
