//! Bytes in: recognise what they are ([`sniff`]) and turn them into UTF-8 ([`decode`]).

pub mod decode;
pub mod sniff;

pub use decode::{Decoded, decode};

use crate::error::Error;
use std::io::Read;

/// Gzip-compressed input (`.html.gz` scrape archives) inflated, never past `limit` bytes: a
/// gzip bomb ends as [`Error::TooLarge`], not as exhausted memory. `None` when not gzip.
pub fn gunzip(bytes: &[u8], limit: usize) -> Result<Option<Vec<u8>>, Error> {
    if !bytes.starts_with(&[0x1F, 0x8B]) {
        return Ok(None);
    }
    let mut out = Vec::new();
    let mut reader = flate2::read::MultiGzDecoder::new(bytes).take(limit as u64 + 1);
    reader
        .read_to_end(&mut out)
        .map_err(|_| Error::Binary("corrupt gzip data"))?;
    if out.len() > limit {
        return Err(Error::TooLarge {
            size: out.len(),
            limit,
        });
    }
    Ok(Some(out))
}
pub use sniff::{Kind, sniff};
