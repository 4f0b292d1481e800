//! Inputs read: only opened for reading, and never read past the size limit, so that a 300 MB
//! file or an endless pipe is refused for its size without being held in memory first.

use super::Failure;
use std::fs;
use std::io::{self, Read};
use std::path::Path;

/// `No such file or directory` without the `(os error 2)` tail.
pub fn io_message(e: &io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// The metadata of an input file, or why it is not one: something that is not there, a
/// folder, or a FIFO, socket or device, which a read would block on or never finish.
pub fn input_file(path: &Path) -> Result<fs::Metadata, Failure> {
    let meta = fs::metadata(path).map_err(Failure::Io)?;
    if meta.is_file() {
        return Ok(meta);
    }
    if meta.is_dir() {
        return Err(Failure::Folder);
    }
    Err(Failure::Special(special_kind(&meta)))
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

/// A whole input file, checked by [`input_file`] and read by [`read_limited`].
pub fn file(path: &Path, limit: usize) -> Result<Vec<u8>, Failure> {
    let meta = input_file(path)?;
    read_limited(path, &meta, limit)
}

/// Reads a whole input, refusing one over `limit` bytes before reading it (by its size) and
/// while reading it (a file that grows, or a device with no end).
pub fn read_limited(path: &Path, meta: &fs::Metadata, limit: usize) -> Result<Vec<u8>, Failure> {
    if meta.len() > limit as u64 {
        return Err(Failure::TooLarge {
            size: Some(meta.len()),
            limit,
        });
    }
    let file = fs::File::open(path).map_err(Failure::Io)?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(Failure::Io)?;
    if bytes.len() > limit {
        return Err(Failure::TooLarge {
            size: Some(bytes.len() as u64),
            limit,
        });
    }
    Ok(bytes)
}

/// Standard input to its end. Never more than one byte past the limit is read: a stream
/// longer than that is refused without its size being known.
pub fn stdin(limit: usize) -> Result<Vec<u8>, Failure> {
    let mut bytes = Vec::new();
    io::stdin()
        .lock()
        .take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(Failure::Io)?;
    if bytes.len() > limit {
        return Err(Failure::TooLarge { size: None, limit });
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_input_over_the_limit_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("big");
        fs::write(&p, vec![b'a'; 100]).unwrap();
        let meta = fs::metadata(&p).unwrap();
        assert!(matches!(
            read_limited(&p, &meta, 99),
            Err(Failure::TooLarge {
                size: Some(100),
                ..
            })
        ));
        assert_eq!(read_limited(&p, &meta, 100).unwrap().len(), 100);
    }

    #[test]
    fn a_folder_is_no_input_file() {
        let dir = tempfile::tempdir().unwrap();
        let e = input_file(dir.path()).unwrap_err();
        assert_eq!(e.to_string(), "is a folder");
        let e = input_file(&dir.path().join("missing")).unwrap_err();
        assert_eq!(e.to_string(), "cannot read: No such file or directory");
    }
}
