//! Crawl archives in a batch: each WARC file found (`.warc`, `.warc.gz`) is read a record at a
//! time by [`crate::input::warc`], and its records join the batch's work like files do:
//! cleaned in parallel, written in archive order, one JSON line per article.
//!
//! What is taken: `response` records of an HTTP 200 with an HTML (or no) media type, read as
//! HTML with the HTTP header's charset, and `conversion` records (the text of a WET file), read
//! as text. Every other record is skipped for a named reason, counted in the archive's summary
//! on stderr, and written nowhere. A record that cannot be read, or where no story is found,
//! gives an error line (`{"id": …, "source": …, "fetched_url": …, "error": …}`) in its place.
//!
//! Without `--out` the lines go to standard output; with `--out DIR` an archive's lines go to
//! one JSON Lines file, `DIR/<name>.jsonl`, written to a temporary file as the records come and
//! renamed into place once the archive is done (a killed run leaves no half archive).

use super::report::{Done, Status};
use super::{plan, records, walk};
use crate::input::warc::{self, Block, Header, Record, RecordError};
use crate::job::{self, Job, Render};
use crate::{InputMode, Options};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Whether a file's name says it is a crawl archive: `.warc`, `.warc.gz` or `.warc.zst` (the
/// last is refused with a message: it is not read), and WET files (`.warc.wet.gz`).
pub fn is_archive(path: &Path) -> bool {
    let Some(name) = path.file_name() else {
        return false;
    };
    let name = name.to_string_lossy().to_ascii_lowercase();
    [
        ".warc",
        ".warc.gz",
        ".warc.zst",
        ".warc.wet",
        ".warc.wet.gz",
    ]
    .iter()
    .any(|s| name.ends_with(s))
}

/// One archive of the batch.
#[derive(Debug)]
pub struct Archive {
    pub path: PathBuf,
    /// The path as messages and `source` show it.
    pub name: String,
    /// With `--out`: where its JSON Lines go.
    pub target: Option<PathBuf>,
    /// Its size as stored, for the progress.
    pub size: u64,
}

/// A unit of work from an archive.
pub struct Piece {
    pub archive: Arc<Archive>,
    /// Bytes of the archive (as stored) read once this piece was.
    pub pos: u64,
    pub what: What,
}

pub enum What {
    Record(Record),
    Broken(RecordError),
    /// The archive is done; with the reason when it could not be read at all.
    End(Option<String>),
    /// With `--out`: its output is newer than it, nothing to do.
    UpToDate,
}

/// What a worker made of a piece.
pub enum Event {
    /// A record cleaned or failed: its line is in `done.stdout`.
    Record {
        archive: Arc<Archive>,
        pos: u64,
        done: Done,
    },
    Skipped {
        archive: Arc<Archive>,
        pos: u64,
        reason: String,
    },
    End {
        archive: Arc<Archive>,
        error: Option<String>,
    },
    UpToDate(Done),
}

/// Keep the blocks of the record types that may hold an article.
pub fn wanted(h: &Header) -> bool {
    matches!(h.record_type().as_str(), "response" | "conversion")
}

/// The pieces of one archive, read lazily (a record at a time), ending with `End`.
pub fn pieces(
    input: walk::Input,
    out: Option<&Path>,
    force: bool,
    limit: usize,
    not_jsonl: bool,
) -> Box<dyn Iterator<Item = Piece> + Send> {
    let meta = job::read::input_file(&input.path).map_err(|f| f.to_string());
    let archive = Arc::new(Archive {
        name: input.path.display().to_string(),
        target: out.map(|o| plan::output_path(o, &input.rel, "jsonl")),
        size: meta.as_ref().map_or(0, |m| m.len()),
        path: input.path,
    });
    let end = |archive: &Arc<Archive>, error: Option<String>| Piece {
        archive: archive.clone(),
        pos: archive.size,
        what: What::End(error),
    };
    let meta = match meta {
        Ok(m) => m,
        Err(e) => return Box::new(std::iter::once(end(&archive, Some(e)))),
    };
    if let Some(t) = &archive.target
        && !force
        && plan::up_to_date(&meta, t)
    {
        return Box::new(std::iter::once(Piece {
            archive: archive.clone(),
            pos: archive.size,
            what: What::UpToDate,
        }));
    }
    if not_jsonl {
        return Box::new(std::iter::once(end(
            &archive,
            Some(
                "an archive's articles are written as JSON Lines: use -f jsonl, or --out DIR"
                    .into(),
            ),
        )));
    }
    if archive.name.to_ascii_lowercase().ends_with(".zst") {
        return Box::new(std::iter::once(end(
            &archive,
            Some(
                "zstd-compressed WARC is not read; decompress it first (zstd -d) or use .warc.gz"
                    .into(),
            ),
        )));
    }
    let reader = fs::File::open(&archive.path)
        .and_then(|f| warc::Reader::new(f, limit, wanted))
        .map_err(|e| job::Failure::Io(e).to_string());
    let mut reader = match reader {
        Ok(r) => r,
        Err(e) => return Box::new(std::iter::once(end(&archive, Some(e)))),
    };
    let tail = archive.clone();
    let records = std::iter::from_fn(move || {
        let next = reader.next()?;
        Some(Piece {
            archive: archive.clone(),
            pos: reader.position(),
            what: match next {
                Ok(r) => What::Record(r),
                Err(e) => What::Broken(e),
            },
        })
    });
    Box::new(records.chain(std::iter::once_with(move || end(&tail, None))))
}

/// Cleans one piece, on a worker.
pub fn process(
    piece: Piece,
    options: &Options,
    explain: bool,
    sites: Option<&super::sites::Sites>,
) -> Event {
    let Piece { archive, pos, what } = piece;
    match what {
        What::End(error) => Event::End { archive, error },
        What::UpToDate => {
            let target = archive.target.clone().unwrap_or_default();
            Event::UpToDate(Done::skipped(archive.name.clone(), target))
        }
        What::Broken(e) => {
            let done = failed(&archive, e.id.as_deref(), None, e.message);
            Event::Record { archive, pos, done }
        }
        What::Record(record) => match take(&record) {
            Err(reason) => Event::Skipped {
                archive,
                pos,
                reason,
            },
            Ok(taken) => {
                let done = clean(&archive, &record.header, taken, options, explain, sites);
                Event::Record { archive, pos, done }
            }
        },
    }
}

/// What a record gives the cleaner.
pub struct Taken<'a> {
    pub body: std::borrow::Cow<'a, [u8]>,
    pub mode: InputMode,
    pub charset: Option<String>,
}

/// The article in a record, or why the record is skipped.
pub fn take(record: &Record) -> Result<Taken<'_>, String> {
    let kind = record.header.record_type();
    let block = match (&record.block, kind.as_str()) {
        (Block::Held(b), "response" | "conversion") => b,
        (Block::TooLarge(n), _) => return Err(format!("over --max-bytes ({n} bytes)")),
        (_, "") => return Err("no WARC-Type".into()),
        (_, k) => return Err(k.to_string()),
    };
    if kind == "conversion" {
        return Ok(Taken {
            body: block.as_slice().into(),
            mode: InputMode::Text,
            charset: Some("utf-8".into()),
        });
    }
    let Some(http) = warc::http_response(block) else {
        return Err("not an HTTP response".into());
    };
    if http.status != 200 {
        return Err(format!("HTTP {}", http.status));
    }
    let mode = match http.media_type.as_deref() {
        None => InputMode::Auto,
        Some("text/html" | "application/xhtml+xml") => InputMode::Html,
        Some(other) => return Err(format!("not HTML ({other})")),
    };
    if let Some(enc) = &http.content_encoding
        && enc != "gzip"
        && enc != "x-gzip"
    {
        return Err(format!("content encoding {enc}"));
    }
    Ok(Taken {
        body: http.body,
        mode,
        charset: http.charset,
    })
}

/// The address the record was fetched from.
pub fn target_uri(header: &Header) -> Option<&str> {
    header
        .get("WARC-Target-URI")
        .map(|u| u.trim_matches(['<', '>']))
}

fn record_name(archive: &Archive, id: Option<&str>) -> String {
    format!("{}:{}", archive.name, id.unwrap_or("(no record id)"))
}

fn failed(archive: &Archive, id: Option<&str>, url: Option<&str>, error: String) -> Done {
    let mut done = Done::failed(record_name(archive, id), error);
    let id = id.map_or(Value::Null, |s| Value::String(s.to_string()));
    done.stdout = records::error_line_with(
        &id,
        &records::Trace {
            source: Some(&archive.name),
            fetched_url: url,
            ..Default::default()
        },
        done.error.as_deref().unwrap_or(""),
    );
    done
}

fn clean(
    archive: &Archive,
    header: &Header,
    taken: Taken,
    options: &Options,
    explain: bool,
    sites: Option<&super::sites::Sites>,
) -> Done {
    let id = header.id();
    let fetched_url = target_uri(header);
    let furniture = sites.and_then(|s| s.get(&super::sites::site_of_url(fetched_url?)?).cloned());
    let opts = Options {
        input: taken.mode,
        furniture: furniture.or_else(|| options.furniture.clone()),
        ..options.clone()
    };
    let record_id = id.map_or(Value::Null, |s| Value::String(s.to_string()));
    let job = Job {
        name: "",
        options: &opts,
        charset: taken.charset.as_deref(),
        explain,
        render: Render::Record(&record_id),
    };
    let result = job::run(job::Source::Bytes(&taken.body), &job, |doc| {
        doc.source = Some(archive.name.clone());
        doc.fetched_url = fetched_url.map(str::to_string);
        if doc.url.is_none() {
            doc.url = doc.fetched_url.clone();
        }
        doc.fetched = header.get("WARC-Date").map(str::to_string);
    });
    match result {
        Ok(cleaned) => Done {
            output: archive.target.clone(),
            ..Done::of(record_name(archive, header.id()), Ok(cleaned))
        },
        Err(f) => {
            let mut d = failed(archive, id, fetched_url, f.failure.to_string());
            d.bytes = f.bytes;
            d
        }
    }
}

/// Per-archive counts, for its summary line.
#[derive(Debug, Default)]
struct Stats {
    read: u64,
    cleaned: u64,
    failed: u64,
    skipped: BTreeMap<String, u64>,
}

/// The writer's side: counts each archive's records, writes them (to standard output, or to
/// the archive's own file under `--out`), and ends each archive with its summary.
#[derive(Default)]
pub struct Sink {
    current: Option<(Arc<Archive>, Stats, Option<tempfile::NamedTempFile>)>,
}

impl Sink {
    fn open(
        &mut self,
        archive: &Arc<Archive>,
    ) -> io::Result<&mut (Arc<Archive>, Stats, Option<tempfile::NamedTempFile>)> {
        let same = self
            .current
            .as_ref()
            .is_some_and(|(a, _, _)| Arc::ptr_eq(a, archive));
        if !same {
            let file = match &archive.target {
                Some(t) => Some(temp_beside(t)?),
                None => None,
            };
            self.current = Some((archive.clone(), Stats::default(), file));
        }
        Ok(self.current.as_mut().expect("just set"))
    }

    /// A record's line: into the archive's file; `true` when it goes to standard output.
    pub fn record(&mut self, archive: &Arc<Archive>, done: &Done) -> io::Result<bool> {
        let (_, stats, file) = self.open(archive)?;
        stats.read += 1;
        match done.status {
            Status::Failed => stats.failed += 1,
            _ => stats.cleaned += 1,
        }
        match file {
            Some(f) => {
                f.write_all(&done.stdout)?;
                Ok(false)
            }
            None => Ok(true),
        }
    }

    pub fn skipped(&mut self, archive: &Arc<Archive>, reason: String) -> io::Result<()> {
        let (_, stats, _) = self.open(archive)?;
        stats.read += 1;
        *stats.skipped.entry(reason).or_default() += 1;
        Ok(())
    }

    /// The archive is done: its file renamed into place; its summary line, or why it failed
    /// as a whole (it could not be read at all, or its output not written).
    pub fn end(&mut self, archive: &Arc<Archive>, error: Option<String>) -> Result<String, String> {
        if let Some(e) = error {
            self.current = None;
            return Err(e);
        }
        let (_, stats, file) = match self.open(archive) {
            Ok(_) => self.current.take().expect("just opened"),
            Err(e) => {
                return Err(format!(
                    "cannot write its output: {}",
                    crate::job::read::io_message(&e)
                ));
            }
        };
        if let (Some(f), Some(t)) = (file, &archive.target)
            && let Err(e) = f.persist(t)
        {
            return Err(format!(
                "cannot write {}: {}",
                t.display(),
                crate::job::read::io_message(&e.error)
            ));
        }
        let skipped: u64 = stats.skipped.values().sum();
        let mut line = format!(
            "newsclean: {}: {} records read, {} cleaned, {} skipped",
            archive.name, stats.read, stats.cleaned, skipped
        );
        if skipped > 0 {
            let mut reasons: Vec<(&String, &u64)> = stats.skipped.iter().collect();
            reasons.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            let listed: Vec<String> = reasons.iter().map(|(r, n)| format!("{r} {n}")).collect();
            line.push_str(&format!(" ({})", listed.join(", ")));
        }
        line.push_str(&format!(", {} failed\n", stats.failed));
        Ok(line)
    }
}

/// A temporary file in the target's folder (so the rename cannot cross file systems), with
/// the mode a new file gets.
fn temp_beside(target: &Path) -> io::Result<tempfile::NamedTempFile> {
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    fs::create_dir_all(dir)?;
    let mut builder = tempfile::Builder::new();
    builder
        .prefix(super::write::TEMP_PREFIX)
        .suffix(super::write::TEMP_SUFFIX);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    builder.tempfile_in(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn archives_are_known_by_their_name() {
        for yes in [
            "a.warc",
            "b/CC-NEWS-1.warc.gz",
            "C.WARC.GZ",
            "x.warc.zst",
            "CC-MAIN-1.warc.wet.gz",
        ] {
            assert!(is_archive(Path::new(yes)), "{yes}");
        }
        for no in ["a.html", "a.warc.txt", "warc", "a.gz"] {
            assert!(!is_archive(Path::new(no)), "{no}");
        }
    }
}
