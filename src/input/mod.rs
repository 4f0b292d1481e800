//! Bytes in: recognise what they are ([`sniff()`]) and turn them into UTF-8 ([`decode()`]).

pub mod decode;
pub mod sniff;
// Crawl archives are read only by the command line's batch mode.
#[cfg(feature = "cli")]
pub mod warc;

pub use decode::{Decoded, decode, decode_with_charset};

use crate::error::Error;
use std::io::Read;

/// Gzip-compressed input (`.html.gz` scrape archives) inflated, never past `limit` bytes: a
/// gzip bomb ends as [`Error::InflatesTooLarge`], not as exhausted memory. `None` when not gzip.
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
        return Err(Error::InflatesTooLarge { limit });
    }
    Ok(Some(out))
}
pub use sniff::{Kind, sniff};

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn gzip(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    #[test]
    fn gzip_is_inflated_within_the_limit() {
        let z = gzip(b"<p>Story</p>");
        assert_eq!(
            gunzip(&z, 100).unwrap().as_deref(),
            Some(&b"<p>Story</p>"[..])
        );
        assert!(gunzip(b"plain text", 100).unwrap().is_none());
    }

    #[test]
    fn a_gzip_bomb_stops_at_the_limit() {
        let z = gzip(&vec![0u8; 1_000_000]);
        assert!(matches!(
            gunzip(&z, 10_000),
            Err(Error::InflatesTooLarge { limit: 10_000 })
        ));
    }
}
