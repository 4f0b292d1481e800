//! Where each output goes, checked before any work: the mirrored output path of an input, the
//! collision check (two inputs that would write the same output), and the resume rule.

use super::walk::{self, Found, WalkSpec};
use crate::output::Format;
use std::collections::{BTreeMap, HashSet};
use std::ffi::OsString;
use std::fs;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};

/// The file extension of an output in `format`.
pub fn extension(format: Format) -> &'static str {
    match format {
        Format::Text => "txt",
        Format::Json => "json",
        Format::Jsonl => "jsonl",
        Format::Markdown => "md",
    }
}

/// The mirrored output path: `rel` under `out`, with the input's extension replaced by the
/// format's (`a/b.html` → `out/a/b.json`). A compression suffix goes too (`b.html.gz` →
/// `b.json`). Works on `OsStr` throughout, so a name that is not UTF-8 is mirrored byte for
/// byte.
pub fn output_path(out: &Path, rel: &Path, ext: &str) -> PathBuf {
    let mut stem_path = rel.to_path_buf();
    if stem_path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"))
    {
        stem_path.set_extension("");
    }
    // The stem, then the format's extension: built by hand rather than with `set_extension`,
    // which would leave a dot-name like `.profile` without one.
    let mut file: OsString = stem_path
        .file_stem()
        .map(|s| s.to_os_string())
        .unwrap_or_else(|| OsString::from("_"));
    file.push(".");
    file.push(ext);
    stem_path.set_file_name(file);
    out.join(stem_path)
}

/// The extension of an input's output: a crawl archive's is always JSON Lines.
pub fn ext_for<'a>(input: &Path, ext: &'a str) -> &'a str {
    if super::archive::is_archive(input) {
        "jsonl"
    } else {
        ext
    }
}

/// Whether the output can be kept: it exists and is not older than its input (make's rule: an
/// output written in the same clock tick as its input counts as up to date).
pub fn up_to_date(input: &fs::Metadata, output: &Path) -> bool {
    let Ok(out) = fs::metadata(output) else {
        return false;
    };
    match (input.modified(), out.modified()) {
        (Ok(i), Ok(o)) => out.is_file() && o >= i,
        _ => false,
    }
}

/// What the pre-pass learnt, for the progress bar: how many inputs are work (not skipped as
/// up to date), so a resumed run's estimate of the time left counts only the files it will
/// clean.
#[derive(Debug)]
pub struct Checked {
    pub to_clean: u64,
}

/// Walks the inputs once, before any work, and refuses the run when two of them would write
/// the same output. Memory stays small however large the tree: only a 64-bit hash of each
/// output path is kept; when two hashes meet, a second walk gathers just those paths to tell a
/// real collision (named in the message) from a hash coincidence. Without `force`, each
/// input's output is looked at too, to count what is up to date.
pub fn check_collisions(
    spec: &WalkSpec,
    out: &Path,
    ext: &str,
    force: bool,
) -> Result<Checked, String> {
    let key = |path: &Path| {
        let mut h = DefaultHasher::new();
        path.hash(&mut h);
        h.finish()
    };
    let mut hashes = Vec::new();
    let mut up_to_date_count = 0u64;
    for found in walk::walk(spec) {
        if let Found::File(input) = found {
            let output = output_path(out, &input.rel, ext_for(&input.path, ext));
            if !force && fs::metadata(&input.path).is_ok_and(|m| up_to_date(&m, &output)) {
                up_to_date_count += 1;
            }
            hashes.push(key(&output));
        }
    }
    let inputs = hashes.len() as u64;
    let checked = Checked {
        to_clean: inputs - up_to_date_count,
    };
    hashes.sort_unstable();
    let twice: HashSet<u64> = hashes
        .windows(2)
        .filter(|w| w[0] == w[1])
        .map(|w| w[0])
        .collect();
    drop(hashes);
    if twice.is_empty() {
        return Ok(checked);
    }
    let mut by_output: BTreeMap<PathBuf, Vec<PathBuf>> = BTreeMap::new();
    for found in walk::walk(spec) {
        if let Found::File(input) = found {
            let output = output_path(out, &input.rel, ext_for(&input.path, ext));
            if twice.contains(&key(&output)) {
                by_output.entry(output).or_default().push(input.path);
            }
        }
    }
    let clashes: Vec<String> = by_output
        .iter()
        .filter(|(_, inputs)| inputs.len() > 1)
        .map(|(output, inputs)| {
            let names: Vec<String> = inputs.iter().map(|p| p.display().to_string()).collect();
            format!(
                "{} would be written by {}",
                output.display(),
                names.join(" and ")
            )
        })
        .collect();
    if clashes.is_empty() {
        return Ok(checked);
    }
    const SHOWN: usize = 5;
    let mut msg = format!(
        "{} output path(s) claimed by more than one input (nothing was written):",
        clashes.len()
    );
    for c in clashes.iter().take(SHOWN) {
        msg.push_str("\n  ");
        msg.push_str(c);
    }
    if clashes.len() > SHOWN {
        msg.push_str(&format!("\n  … and {} more", clashes.len() - SHOWN));
    }
    msg.push_str("\n  (use --include/--exclude to pick one of each, or a separate --out)");
    Err(msg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outputs_mirror_the_tree_with_the_format_extension() {
        let out = Path::new("clean");
        assert_eq!(
            output_path(out, Path::new("a/b.html"), "json"),
            Path::new("clean/a/b.json")
        );
        assert_eq!(
            output_path(out, Path::new("a/b.html.gz"), "txt"),
            Path::new("clean/a/b.txt")
        );
        assert_eq!(
            output_path(out, Path::new("README"), "md"),
            Path::new("clean/README.md")
        );
        assert_eq!(
            output_path(out, Path::new("x/v1.2.story.html"), "jsonl"),
            Path::new("clean/x/v1.2.story.jsonl")
        );
        assert_eq!(
            output_path(out, Path::new(".hidden"), "json"),
            Path::new("clean/.hidden.json")
        );
    }

    #[test]
    fn the_pre_pass_counts_only_inputs_to_clean() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("in");
        let out = dir.path().join("out");
        fs::create_dir_all(&input).unwrap();
        for name in ["a.txt", "b.txt", "c.txt"] {
            fs::write(input.join(name), "x").unwrap();
        }
        fs::create_dir_all(&out).unwrap();
        // Written after its input: up to date.
        fs::write(out.join("a.json"), "{}").unwrap();
        let spec = WalkSpec {
            roots: vec![input],
            ..Default::default()
        };
        let checked = check_collisions(&spec, &out, "json", false).unwrap();
        assert_eq!(checked.to_clean, 2);
        let forced = check_collisions(&spec, &out, "json", true).unwrap();
        assert_eq!(forced.to_clean, 3);
    }

    #[cfg(unix)]
    #[test]
    fn non_utf8_names_are_mirrored_byte_for_byte() {
        use std::os::unix::ffi::{OsStrExt, OsStringExt};
        let rel = PathBuf::from(OsString::from_vec(b"caf\xe9/st\xf6ry.html".to_vec()));
        let got = output_path(Path::new("o"), &rel, "json");
        assert_eq!(got.as_os_str().as_bytes(), b"o/caf\xe9/st\xf6ry.json");
    }
}
