//! Files in and out. Inputs are only opened for reading, and never read past the size limit;
//! outputs appear whole or not at all.

use std::fs;
use std::io::{self, Read, Write};
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

/// The metadata of an input file, or why it is not one: something that is not there, or a
/// FIFO, socket or device, which a read would block on (a FIFO with no writer) or never finish
/// (`/dev/zero`). One message for the single-file and the batch path.
pub fn input_file(path: &Path) -> Result<fs::Metadata, String> {
    let meta = fs::metadata(path).map_err(|e| format!("cannot read: {}", super::io_message(&e)))?;
    if meta.is_file() {
        return Ok(meta);
    }
    if meta.is_dir() {
        return Err("is a folder".into());
    }
    Err(format!(
        "is {}, not a regular file (to read it, pipe it to standard input)",
        special_kind(&meta)
    ))
}

#[cfg(unix)]
fn special_kind(meta: &fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    if t.is_fifo() {
        "a named pipe (FIFO)"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_char_device() {
        "a character device"
    } else if t.is_block_device() {
        "a block device"
    } else {
        "a special file"
    }
}

#[cfg(not(unix))]
fn special_kind(_: &fs::Metadata) -> &'static str {
    "a special file"
}

/// Why an input could not be read.
#[derive(Debug)]
pub enum ReadError {
    Io(io::Error),
    TooLarge { size: u64, limit: usize },
}

impl ReadError {
    /// The one-line message, as the library's errors word it.
    pub fn message(&self) -> String {
        match self {
            ReadError::Io(e) => format!("cannot read: {}", super::io_message(e)),
            ReadError::TooLarge { size, limit } => crate::Error::TooLarge {
                size: usize::try_from(*size).unwrap_or(usize::MAX),
                limit: *limit,
            }
            .to_string(),
        }
    }
}

/// Reads a whole input, refusing one over `limit` bytes before reading it (by its size) and
/// while reading it (a file that grows, or a device with no end).
pub fn read_limited(path: &Path, meta: &fs::Metadata, limit: usize) -> Result<Vec<u8>, ReadError> {
    if meta.len() > limit as u64 {
        return Err(ReadError::TooLarge {
            size: meta.len(),
            limit,
        });
    }
    let file = fs::File::open(path).map_err(ReadError::Io)?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() > limit {
        return Err(ReadError::TooLarge {
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
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

    #[test]
    fn an_input_over_the_limit_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("big");
        fs::write(&p, vec![b'a'; 100]).unwrap();
        let meta = fs::metadata(&p).unwrap();
        assert!(matches!(
            read_limited(&p, &meta, 99),
            Err(ReadError::TooLarge { size: 100, .. })
        ));
        assert_eq!(read_limited(&p, &meta, 100).unwrap().len(), 100);
    }
}
