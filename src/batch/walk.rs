//! Which files a batch reads: the named files, and the files found by walking the named
//! folders. The walk is lazy (it hands out one file at a time, so a million-file tree is never
//! held in memory) and deterministic (each folder's entries sorted by name, roots in the order
//! given), so the run's output order does not depend on the file system or on `-j`.
//!
//! Choices, made here once:
//! - Symbolic links are followed: a batch folder is often a set of links to where the data
//!   lives. A link that points back to one of its ancestors is reported (walkdir detects the
//!   loop) and the walk goes on.
//! - Hidden entries (names starting with `.`) inside a folder are skipped unless `--hidden`:
//!   scraped trees carry `.git/`, `.DS_Store` and editor swap files, and the batch's own
//!   temporary files start with a dot too. A hidden file named on the command line is read.
//! - `--include` / `--exclude` apply to what the walk finds, not to files named on the command
//!   line (naming a file is the strongest way to say "this one").
//! - The batch's own output folder and report file are never read back as input, wherever
//!   they sit in the walked tree.
//! - Only regular files (after following links) are inputs; sockets, FIFOs and devices met
//!   in a folder are passed over.

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use std::fs;
use std::path::{Path, PathBuf};

/// One file to clean.
#[derive(Debug, Clone)]
pub struct Input {
    /// The path to read (the root joined with the walked part, as the user would write it).
    pub path: PathBuf,
    /// Where it sits in the mirrored tree: the path under its root folder, or the file name of a
    /// file named on the command line.
    pub rel: PathBuf,
}

/// What the walk hands out: a file to clean, or a problem met on the way (an unreadable folder,
/// a dangling link, a symlink loop) to report as a failed input while the walk goes on.
#[derive(Debug)]
pub enum Found {
    File(Input),
    Problem { path: PathBuf, message: String },
}

/// `--include` / `--exclude`, compiled once. A pattern without a `/` matches a file or folder
/// name at any depth (`*.html`); a pattern with one matches the path under the walked folder
/// (`2024/**/*.html`), where `*` does not cross a `/`.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    include_name: GlobSet,
    include_path: GlobSet,
    exclude_name: GlobSet,
    exclude_path: GlobSet,
    has_include: bool,
    pub hidden: bool,
}

impl Filter {
    pub fn new(include: &[String], exclude: &[String], hidden: bool) -> Result<Filter, String> {
        let (include_name, include_path) = compile(include, "--include")?;
        let (exclude_name, exclude_path) = compile(exclude, "--exclude")?;
        Ok(Filter {
            include_name,
            include_path,
            exclude_name,
            exclude_path,
            has_include: !include.is_empty(),
            hidden,
        })
    }

    /// Whether the walk enters this folder (`rel`: its path under the root).
    fn enters(&self, rel: &Path) -> bool {
        !self.is_hidden(rel) && !self.excluded(rel)
    }

    /// Whether a file the walk found is an input.
    fn takes(&self, rel: &Path) -> bool {
        if self.is_hidden(rel) || self.excluded(rel) {
            return false;
        }
        if !self.has_include {
            return true;
        }
        let name = rel.file_name().unwrap_or(rel.as_os_str());
        self.include_name.is_match(name) || self.include_path.is_match(rel)
    }

    fn excluded(&self, rel: &Path) -> bool {
        let name = rel.file_name().unwrap_or(rel.as_os_str());
        self.exclude_name.is_match(name) || self.exclude_path.is_match(rel)
    }

    fn is_hidden(&self, rel: &Path) -> bool {
        !self.hidden
            && rel
                .file_name()
                .is_some_and(|n| n.as_encoded_bytes().first() == Some(&b'.'))
    }
}

fn compile(patterns: &[String], flag: &str) -> Result<(GlobSet, GlobSet), String> {
    let mut names = GlobSetBuilder::new();
    let mut paths = GlobSetBuilder::new();
    for p in patterns {
        let glob = GlobBuilder::new(p)
            .literal_separator(true)
            .build()
            .map_err(|e| format!("{flag} {p:?}: {e}"))?;
        if p.contains('/') {
            paths.add(glob);
        } else {
            names.add(glob);
        }
    }
    let build = |b: GlobSetBuilder| b.build().map_err(|e| format!("{flag}: {e}"));
    Ok((build(names)?, build(paths)?))
}

/// The identity of a file or folder, to recognise the batch's own output folder and report
/// however the walk reaches them (another spelling of the path, a symbolic link).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileId(Id);

#[cfg(unix)]
type Id = (u64, u64);
#[cfg(not(unix))]
type Id = PathBuf;

impl FileId {
    /// `None` when the path does not exist (yet).
    pub fn of(path: &Path) -> Option<FileId> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let m = fs::metadata(path).ok()?;
            Some(FileId((m.dev(), m.ino())))
        }
        #[cfg(not(unix))]
        {
            path.canonicalize().ok().map(FileId)
        }
    }

    #[cfg(unix)]
    fn of_entry(entry: &walkdir::DirEntry) -> Option<FileId> {
        use std::os::unix::fs::MetadataExt;
        let m = entry.metadata().ok()?;
        Some(FileId((m.dev(), m.ino())))
    }

    #[cfg(not(unix))]
    fn of_entry(entry: &walkdir::DirEntry) -> Option<FileId> {
        FileId::of(entry.path())
    }
}

/// Everything the walk needs to decide what is an input.
#[derive(Debug, Clone, Default)]
pub struct WalkSpec {
    pub roots: Vec<PathBuf>,
    pub filter: Filter,
    /// Folders never read back as input: the output folder, pruned with everything under it.
    pub own_dirs: Vec<FileId>,
    /// Files never read back as input: the report.
    pub own_files: Vec<FileId>,
}

/// The inputs, lazily, in a deterministic order.
pub fn walk(spec: &WalkSpec) -> impl Iterator<Item = Found> + Send + '_ {
    spec.roots
        .iter()
        .flat_map(move |root| walk_root(spec, root))
}

fn walk_root<'a>(
    spec: &'a WalkSpec,
    root: &'a Path,
) -> Box<dyn Iterator<Item = Found> + Send + 'a> {
    match fs::metadata(root) {
        // `-` is standard input, even when a folder of that name exists (`./-` reaches it).
        Ok(m) if m.is_dir() && root.as_os_str() != "-" => {}
        // A file (or something that is not there: the read names the problem) named on the
        // command line is an input as it is, filters or not.
        _ => {
            let rel = root
                .file_name()
                .map(PathBuf::from)
                .unwrap_or_else(|| root.to_path_buf());
            return Box::new(std::iter::once(Found::File(Input {
                path: root.to_path_buf(),
                rel,
            })));
        }
    }
    let walker = walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(move |e| {
            if e.depth() == 0 {
                return true;
            }
            let rel = e.path().strip_prefix(root).unwrap_or(e.path());
            if e.file_type().is_dir() {
                spec.filter.enters(rel) && !is_own(&spec.own_dirs, e)
            } else {
                // Files are judged below, where they are turned into inputs; folders must be
                // judged here to prune what is under them.
                true
            }
        });
    Box::new(walker.filter_map(move |entry| match entry {
        Ok(e) => {
            if !e.file_type().is_file() || e.depth() == 0 {
                return None;
            }
            let rel = e.path().strip_prefix(root).unwrap_or(e.path());
            if !spec.filter.takes(rel) || is_own(&spec.own_files, &e) {
                return None;
            }
            Some(Found::File(Input {
                rel: rel.to_path_buf(),
                path: e.into_path(),
            }))
        }
        Err(err) => Some(problem(root, &err)),
    }))
}

/// Costs a `stat` per entry, so only when there is something to compare with.
fn is_own(own: &[FileId], entry: &walkdir::DirEntry) -> bool {
    !own.is_empty() && FileId::of_entry(entry).is_some_and(|id| own.contains(&id))
}

/// A walk error as one line a user can act on.
fn problem(root: &Path, err: &walkdir::Error) -> Found {
    let path = err.path().unwrap_or(root).to_path_buf();
    let message = if let Some(ancestor) = err.loop_ancestor() {
        format!(
            "symbolic link loop: points back to {} (not followed)",
            ancestor.display()
        )
    } else if let Some(io) = err.io_error() {
        let what = if err.depth() > 0 && fs::symlink_metadata(&path).is_ok_and(|m| m.is_symlink()) {
            "dangling symbolic link"
        } else {
            "cannot read"
        };
        format!("{what}: {}", crate::job::read::io_message(io))
    } else {
        err.to_string()
    };
    Found::Problem { path, message }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_patterns_match_at_any_depth_and_path_patterns_do_not_cross_folders() {
        let f = Filter::new(&["*.html".into(), "keep/*.txt".into()], &[], false).unwrap();
        assert!(f.takes(Path::new("a/b/c.html")));
        assert!(f.takes(Path::new("keep/x.txt")));
        assert!(!f.takes(Path::new("keep/deeper/x.txt")));
        assert!(!f.takes(Path::new("x.txt")));
    }

    #[test]
    fn hidden_names_are_skipped_unless_asked_for() {
        let f = Filter::new(&[], &[], false).unwrap();
        assert!(!f.takes(Path::new("a/.DS_Store")));
        assert!(!f.enters(Path::new(".git")));
        assert!(f.takes(Path::new("a/b.html")));
        let f = Filter::new(&[], &[], true).unwrap();
        assert!(f.takes(Path::new("a/.DS_Store")));
    }

    #[test]
    fn excluded_folders_are_not_entered() {
        let f = Filter::new(&[], &["drafts".into()], false).unwrap();
        assert!(!f.enters(Path::new("2024/drafts")));
        assert!(f.enters(Path::new("2024/final")));
    }

    #[test]
    fn a_bad_glob_is_a_usage_message() {
        let e = Filter::new(&["a[".into()], &[], false).unwrap_err();
        assert!(e.starts_with("--include \"a[\""), "{e}");
    }
}
