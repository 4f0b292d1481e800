//! Site learning in a batch (`--learn-sites`, `--sites-table FILE`): a first pass over the
//! inputs counts each site's units ([`crate::sites`]), the table is saved, and the cleaning
//! pass gives each input its site's furniture.
//!
//! A site is the host of a record's `url` field, or, for files, the folder an input sits in
//! under its root (roots themselves are not part of the name, so a table learned on one
//! machine's copy of a crawl applies to another's).

use super::walk::{self, Found, WalkSpec};
use super::{order, records, write};
use crate::job::read::{self, io_message};
use crate::sites::{Furniture, Learner, Table};
use crate::{Options, sites};
use rustc_hash::FxHashMap as HashMap;
use std::io::{self, BufRead};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The name of the table saved beside the outputs of `--out DIR --learn-sites`.
pub const TABLE_FILE: &str = ".newsclean-sites.json";

/// What the batch learns, and where the table lives.
#[derive(Debug, Clone, Default)]
pub struct Learning {
    /// Learn from the inputs (unless the table file is already there).
    pub learn: bool,
    /// `--sites-table FILE`: read it if it exists, else learn and write it.
    pub table: Option<PathBuf>,
}

/// Each site's furniture, for the cleaning pass.
pub type Sites = HashMap<String, Arc<Furniture>>;

/// The table file a batch uses: `--sites-table`, else `DIR/.newsclean-sites.json` with
/// `--out DIR`.
pub fn table_path(learning: &Learning, out: Option<&Path>) -> Option<PathBuf> {
    learning
        .table
        .clone()
        .or_else(|| out.map(|o| o.join(TABLE_FILE)))
}

/// The site of a file: the folder it sits in under the folder named (`crawl/bbc/2024/a.html`
/// found in `crawl` is of `bbc/2024`); for a file named itself or sitting right in the folder
/// named, the name of the folder it is in (`crawl/bbc/a.html` named alone is of `bbc`).
pub fn site_of_file(input: &walk::Input) -> String {
    match input.rel.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_string_lossy().replace('\\', "/"),
        _ => input
            .path
            .canonicalize()
            .ok()
            .and_then(|p| Some(p.parent()?.file_name()?.to_string_lossy().into_owned()))
            .unwrap_or_else(|| ".".into()),
    }
}

/// The site of a URL: its host, lower case, without `www.`.
pub fn site_of_url(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next()?.trim().to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    (!host.is_empty() && host.contains('.')).then(|| host.to_string())
}

/// The site of a record: the host of its `url` field, else its source's name.
pub fn site_of_record(record: &serde_json::Map<String, serde_json::Value>, source: &str) -> String {
    record
        .get("url")
        .and_then(|u| u.as_str())
        .and_then(site_of_url)
        .unwrap_or_else(|| source.to_string())
}

/// What the first pass did, for the summary line.
pub struct Learned {
    pub table: Table,
    pub pages: u64,
    /// Sites met in the first pass.
    pub sites: usize,
    pub seconds: f64,
    pub saved: Option<PathBuf>,
    pub reused: bool,
}

impl Learned {
    /// One line for stderr: what was learned or reused.
    pub fn summary(&self) -> String {
        let sites = self
            .table
            .sites
            .values()
            .filter(|s| !s.furniture.is_empty())
            .count();
        let units = self.table.units();
        if self.reused {
            return format!("sites table read: {units} furniture units on {sites} sites");
        }
        let saved = self
            .saved
            .as_ref()
            .map(|p| format!("; table saved to {}", p.display()))
            .unwrap_or_default();
        format!(
            "learned {units} furniture units on {sites} of {} sites from {} inputs in {:.1} s{saved}",
            self.sites, self.pages, self.seconds
        )
    }
}

/// Loads the table, or learns it from the inputs and saves it. `Ok(None)`: nothing to do.
pub fn prepare(
    learning: &Learning,
    out: Option<&Path>,
    force: bool,
    spec: &WalkSpec,
    fields: Option<&records::Fields>,
    options: &Options,
    pool: &rayon::ThreadPool,
) -> Result<Option<Learned>, String> {
    let path = table_path(learning, out);
    if let Some(p) = &path
        && p.exists()
        && !(force && learning.table.is_none())
    {
        let bytes = std::fs::read(p).map_err(|e| format!("{}: {}", p.display(), io_message(&e)))?;
        let table = Table::from_json(&bytes).map_err(|e| format!("{}: {e}", p.display()))?;
        return Ok(Some(Learned {
            table,
            pages: 0,
            sites: 0,
            seconds: 0.0,
            saved: None,
            reused: true,
        }));
    }
    if !learning.learn && learning.table.is_none() {
        return Ok(None);
    }
    if spec.roots.iter().any(|r| r.as_os_str() == "-") {
        return Err(
            "learning sites reads the inputs twice, which standard input cannot be: learn on \
             files, or give a saved --sites-table"
                .into(),
        );
    }
    let started = std::time::Instant::now();
    let mut learner = Learner::default();
    let mut pages = 0u64;
    let window = 64 * pool.current_num_threads();
    let result = if let Some(fields) = fields {
        let items = walk::walk(spec).flat_map(move |f| record_lines(f, options.max_bytes));
        order::run_ordered(
            pool,
            items,
            window,
            |(source, line)| observe_record(&line, &source, fields, options),
            |seen| {
                if let Some((site, page)) = seen {
                    learner.add(&site, page);
                    pages += 1;
                }
                Ok(())
            },
        )
    } else {
        let items = walk::walk(spec).flat_map(move |f| match f {
            Found::File(input) if super::archive::is_archive(&input.path) => {
                archive_items(&input.path, options.max_bytes)
            }
            f => Box::new(std::iter::once(Item::File(f))),
        });
        order::run_ordered(
            pool,
            items,
            window,
            |item| match item {
                Item::File(found) => observe_file(found, options),
                Item::Record {
                    site,
                    body,
                    mode,
                    charset,
                } => {
                    let opts = Options {
                        input: mode,
                        ..options.clone()
                    };
                    let page = std::panic::catch_unwind(|| {
                        sites::observe_with_charset(&body, &opts, charset.as_deref())
                    })
                    .ok()?
                    .ok()?;
                    Some((site, page))
                }
            },
            |seen| {
                if let Some((site, page)) = seen {
                    learner.add(&site, page);
                    pages += 1;
                }
                Ok(())
            },
        )
    };
    result.map_err(|e| format!("learning sites: {}", io_message(&e)))?;
    let table = learner.table();
    let mut saved = None;
    if let Some(p) = path {
        if let Some(dir) = p.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| format!("{}: {}", dir.display(), io_message(&e)))?;
        }
        write::atomic(&p, &table.to_json())
            .map_err(|e| format!("cannot write {}: {}", p.display(), io_message(&e)))?;
        saved = Some(p);
    }
    Ok(Some(Learned {
        table,
        pages,
        sites: learner.sites(),
        seconds: started.elapsed().as_secs_f64(),
        saved,
        reused: false,
    }))
}

/// What the first pass reads: a file, or an article record of a crawl archive.
enum Item {
    File(Found),
    Record {
        site: String,
        body: Vec<u8>,
        mode: crate::InputMode,
        charset: Option<String>,
    },
}

/// The article records of an archive, read a record at a time; each one's site is its
/// fetched address's host (or the archive's name). Damaged records are passed over: the
/// cleaning pass reports them.
fn archive_items(path: &Path, limit: usize) -> Box<dyn Iterator<Item = Item> + Send> {
    use crate::input::warc;
    let Ok(mut reader) =
        std::fs::File::open(path).and_then(|f| warc::Reader::new(f, limit, super::archive::wanted))
    else {
        return Box::new(std::iter::empty());
    };
    let name = path.display().to_string();
    Box::new(std::iter::from_fn(move || {
        loop {
            let record = match reader.next()? {
                Ok(r) => r,
                Err(_) => continue,
            };
            let Ok(taken) = super::archive::take(&record) else {
                continue;
            };
            let site = super::archive::target_uri(&record.header)
                .and_then(site_of_url)
                .unwrap_or_else(|| name.clone());
            return Some(Item::Record {
                site,
                body: taken.body.into_owned(),
                mode: taken.mode,
                charset: taken.charset,
            });
        }
    }))
}

/// One file's site and units; `None` for what cannot be read (the cleaning pass reports it).
fn observe_file(found: Found, options: &Options) -> Option<(String, sites::Observed)> {
    let Found::File(input) = found else {
        return None;
    };
    let meta = read::input_file(&input.path).ok()?;
    let bytes = read::read_limited(&input.path, &meta, options.max_bytes).ok()?;
    let page = std::panic::catch_unwind(|| sites::observe(&bytes, options))
        .ok()?
        .ok()?;
    Some((site_of_file(&input), page))
}

fn observe_record(
    line: &[u8],
    source: &str,
    fields: &records::Fields,
    options: &Options,
) -> Option<(String, sites::Observed)> {
    let serde_json::Value::Object(record) = serde_json::from_slice(line).ok()? else {
        return None;
    };
    let site = site_of_record(&record, source);
    let (content, mode) = [
        (&fields.html, crate::InputMode::Html),
        (&fields.text, crate::InputMode::Text),
    ]
    .into_iter()
    .find_map(|(name, mode)| Some((record.get(name.as_str())?.as_str()?, mode)))?;
    let opts = Options {
        input: mode,
        ..options.clone()
    };
    let page = std::panic::catch_unwind(|| sites::observe(content.as_bytes(), &opts))
        .ok()?
        .ok()?;
    Some((site, page))
}

/// The lines of one record file, each with the file's name (a site for records without a
/// `url`). Lines over the limit and unreadable files are passed over: the cleaning pass
/// reports them.
fn record_lines(found: Found, limit: usize) -> Box<dyn Iterator<Item = (String, Vec<u8>)> + Send> {
    let Found::File(input) = found else {
        return Box::new(std::iter::empty());
    };
    let Ok(file) = std::fs::File::open(&input.path) else {
        return Box::new(std::iter::empty());
    };
    let name = input.path.display().to_string();
    let reader = io::BufReader::with_capacity(1 << 20, file);
    Box::new(
        reader
            .split(b'\n')
            .map_while(Result::ok)
            .filter(move |l| l.len() <= limit && !l.trim_ascii().is_empty())
            .map(move |l| (name.clone(), l)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sites_of_urls_and_files() {
        assert_eq!(
            site_of_url("https://www.Example.co.uk:443/news/a?b#c").as_deref(),
            Some("example.co.uk")
        );
        assert_eq!(
            site_of_url("http://user@news.example.com/x").as_deref(),
            Some("news.example.com")
        );
        assert_eq!(site_of_url("not a url"), None);
        let input = walk::Input {
            path: "crawl/bbc/2024/a.html".into(),
            rel: "bbc/2024/a.html".into(),
        };
        assert_eq!(site_of_file(&input), "bbc/2024");
        let t = tempfile::tempdir().unwrap();
        let named = t.path().join("bbc").join("a.txt");
        std::fs::create_dir_all(named.parent().unwrap()).unwrap();
        std::fs::write(&named, "x").unwrap();
        let input = walk::Input {
            path: named,
            rel: "a.txt".into(),
        };
        assert_eq!(site_of_file(&input), "bbc");
    }
}
