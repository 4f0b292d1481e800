//! Outputs, which appear whole or not at all. (Inputs are read by [`crate::job::read`].)

use std::fs;
use std::io::{self, Write};
use std::path::Path;

/// The name every temporary output starts with: hidden (so the walk and `ls` pass it over)
/// and recognisable (`find DIR -name '.newsclean-*.tmp' -delete` after a crash).
pub const TEMP_PREFIX: &str = ".newsclean-";
pub const TEMP_SUFFIX: &str = ".tmp";

/// Writes `bytes` to `path` atomically: into a temporary file in the same folder (so the rename
/// cannot cross file systems), then renamed over `path`. A run killed at any moment leaves
/// either the old output, the new one, or none — never half of one. (Not synced to disk: this
/// guards against a killed process, not against a power cut, and an fsync per file would cost
/// more than the cleaning.)
///
/// The output gets the mode any new file gets (`0666` less the umask, typically `0644`): the
/// temporary file is created with it (a temporary file's usual `0600` would leave outputs
/// readable by their owner alone), so it is already right when renamed into place.
pub fn atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    fs::create_dir_all(dir)?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMP_PREFIX).suffix(TEMP_SUFFIX);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Passed to open(2), which takes the umask off, as for any new file.
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    // On failure the temporary file is removed when `e.file` drops.
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("sub/out.json");
        atomic(&p, b"one").unwrap();
        atomic(&p, b"two").unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"two");
        let names: Vec<_> = fs::read_dir(dir.path().join("sub"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["out.json"]);
    }
}
