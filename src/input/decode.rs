//! Any bytes to UTF-8, the way a browser would read a saved page or a text dump:
//! BOM, then the charset the transport declared (an HTTP `Content-Type` header kept in a
//! crawl archive), then (for HTML) a `<meta charset>` prescan, then valid UTF-8, then UTF-16 without a
//! BOM (NUL-byte pattern), then chardetng's guess. Undecodable bytes become U+FFFD; decoding
//! never fails and never panics.
//!
//! A declared charset the bytes contradict is not followed: a legacy label (`windows-1252`,
//! `iso-8859-1`, …) over bytes whose non-ASCII characters are well-formed multi-byte UTF-8
//! is read as UTF-8, as browsers' sniffing would; the few stray bytes that are not UTF-8 in
//! such a page (a pasted legacy character) are read in the declared charset.

use crate::error::Error;
use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};
use std::borrow::Cow;

/// Text decoded from the input, and which step decided its encoding.
#[derive(Debug)]
pub struct Decoded<'a> {
    /// The text.
    pub text: Cow<'a, str>,
    /// The encoding it was read in (`UTF-8`, `windows-1252`…).
    pub encoding: &'static str,
    /// What decided it: a byte order mark, the transport, a `<meta charset>`, a guess…
    pub decided_by: &'static str,
}

/// Decodes raw bytes to text, the encoding decided by [`decode_with_charset`]'s steps with no
/// transport charset.
pub fn decode(bytes: &[u8]) -> Result<Decoded<'_>, Error> {
    decode_with_charset(bytes, None)
}

/// As [`decode`], with the charset label the transport declared (`windows-1251` from
/// `Content-Type: text/html; charset=windows-1251`), which comes after a BOM and before a
/// `<meta charset>`, as in a browser. A label that names no encoding is passed over. As with
/// `<meta>`, a UTF-8 label on bytes that are not UTF-8 is not trusted, and neither is a legacy
/// label on bytes that are valid UTF-8 with non-ASCII letters in them (servers that send
/// `ISO-8859-1` by default over UTF-8 pages are common; valid multi-byte UTF-8 by accident in
/// legacy text is not).
pub fn decode_with_charset<'a>(
    bytes: &'a [u8],
    transport: Option<&str>,
) -> Result<Decoded<'a>, Error> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return Ok(with(enc, &bytes[bom_len..], "bom"));
    }
    if let Some(enc) = utf16_without_bom(bytes) {
        return Ok(with(enc, bytes, "utf16-pattern"));
    }
    if let Some(kind) = binary_kind(bytes) {
        return Err(Error::Binary(kind));
    }
    if let Some(enc) = transport.and_then(|l| Encoding::for_label(l.trim().as_bytes())) {
        let enc = if enc == UTF_16LE || enc == UTF_16BE {
            UTF_8
        } else {
            enc
        };
        match declared(enc, bytes) {
            Label::Trusted => return Ok(with(enc, bytes, "transport")),
            Label::Utf8Bytes => return Ok(utf8_over(enc, bytes)),
            Label::Wrong => {}
        }
    }
    if let Some(enc) = meta_charset(bytes) {
        match declared(enc, bytes) {
            Label::Trusted => return Ok(with(enc, bytes, "meta")),
            Label::Utf8Bytes => return Ok(utf8_over(enc, bytes)),
            Label::Wrong => {}
        }
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: Cow::Borrowed(text),
            encoding: "UTF-8",
            decided_by: "valid-utf8",
        });
    }
    let mut det = EncodingDetector::new(Iso2022JpDetection::Deny);
    det.feed(bytes, true);
    let enc = det.guess(None, Utf8Detection::Allow);
    Ok(with(enc, bytes, "detected"))
}

/// What the bytes say of a declared charset.
enum Label {
    /// The bytes do not contradict it.
    Trusted,
    /// A legacy charset over bytes that are UTF-8 (see [`reads_as_utf8`]).
    Utf8Bytes,
    /// UTF-8 declared over bytes that are not: the label is passed over.
    Wrong,
}

fn declared(enc: &'static Encoding, bytes: &[u8]) -> Label {
    if enc == UTF_8 {
        // A page that declares UTF-8 but is not is common; trust the bytes over the label.
        if std::str::from_utf8(bytes).is_ok() {
            Label::Trusted
        } else {
            Label::Wrong
        }
    } else if reads_as_utf8(bytes) {
        Label::Utf8Bytes
    } else {
        Label::Trusted
    }
}

/// How many multi-byte UTF-8 characters per byte that is not UTF-8 the bytes need to be read
/// as UTF-8 against a legacy label. Legacy text almost never forms a valid multi-byte sequence
/// (a lead byte `C2`–`F4` followed by the right number of `80`–`BF` bytes: "Ã©" in
/// windows-1252), and its letters (`E9`, `FC`) are never valid UTF-8 alone, so a text that is
/// legacy has many invalid bytes and next to no valid sequences.
const UTF8_PER_STRAY_BYTE: usize = 20;

/// The bytes' non-ASCII characters are well-formed multi-byte UTF-8 (valid UTF-8 with one
/// is taken as UTF-8, as before any label), with at most a few stray bytes that are not.
fn reads_as_utf8(bytes: &[u8]) -> bool {
    if bytes.is_ascii() {
        return false;
    }
    let (mut multi, mut stray) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        multi += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        stray += chunk.invalid().len();
    }
    multi > 0 && multi >= stray.saturating_mul(UTF8_PER_STRAY_BYTE)
}

/// Bytes that are UTF-8 under a legacy label `enc`: UTF-8, with the stray bytes that are not
/// read in `enc`.
fn utf8_over<'a>(enc: &'static Encoding, bytes: &'a [u8]) -> Decoded<'a> {
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => Cow::Borrowed(t),
        Err(_) => {
            let mut out = String::with_capacity(bytes.len());
            for chunk in bytes.utf8_chunks() {
                out.push_str(chunk.valid());
                if !chunk.invalid().is_empty() {
                    out.push_str(&enc.decode_without_bom_handling(chunk.invalid()).0);
                }
            }
            Cow::Owned(out)
        }
    };
    Decoded {
        text,
        encoding: "UTF-8",
        decided_by: "utf8-over-label",
    }
}

fn with<'a>(enc: &'static Encoding, bytes: &'a [u8], decided_by: &'static str) -> Decoded<'a> {
    let (text, _) = enc.decode_without_bom_handling(bytes);
    Decoded {
        text,
        encoding: enc.name(),
        decided_by,
    }
}

/// UTF-16 text without a BOM has a NUL in every other byte for Latin script.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    memchr::memchr(0, sample)?;
    if sample.len() < 8 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even_nul = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_nul = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    if odd_nul * 10 >= pairs * 7 && even_nul * 10 <= pairs {
        Some(UTF_16LE)
    } else if even_nul * 10 >= pairs * 7 && odd_nul * 10 <= pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Magic numbers of files that turn up in scrape folders and are not articles.
static MAGIC: &[(&[u8], &str)] = &[
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xFF\xD8\xFF", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "zip archive"),
    (b"\x1F\x8B", "gzip data"),
    (b"\xFD7zXZ\x00", "xz data"),
    (b"\x28\xB5\x2F\xFD", "zstd data"),
    (b"7z\xBC\xAF\x27\x1C", "7z archive"),
    (b"\x7FELF", "executable"),
    (b"OggS", "Ogg media"),
    (b"\x00\x00\x01\x00", "icon"),
];

fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    for (magic, kind) in MAGIC {
        if bytes.starts_with(magic) {
            return Some(kind);
        }
    }
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        return Some("MP4 media");
    }
    if bytes.starts_with(b"RIFF")
        && bytes.len() >= 12
        && [&b"WEBP"[..], b"WAVE", b"AVI "].contains(&&bytes[8..12])
    {
        return Some("RIFF media");
    }
    // Text has no NUL bytes; a few stray ones in a large file are tolerated (and stripped later).
    let head = &bytes[..bytes.len().min(8192)];
    let nuls = memchr::memchr_iter(0, head).count();
    if nuls > 0 && nuls * 100 >= head.len() {
        return Some("NUL bytes");
    }
    // Text has next to no control characters besides tab and line ends; compressed or
    // random data has about one byte in eight.
    let controls = crate::tidy::count_bytes(head, |b| {
        (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)) || b == 0x7F
    });
    if controls * 20 > head.len() {
        return Some("control bytes");
    }
    None
}

/// `<meta charset=…>` or `<meta http-equiv content="…; charset=…">` in the first 1024 bytes.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(1024)];
    // A declaration sits in a tag: text with no `<` near its start has none.
    memchr::memchr(b'<', head)?;
    let lower: Vec<u8> = head.iter().map(|b| b.to_ascii_lowercase()).collect();
    let mut from = 0;
    while let Some(pos) = memchr::memmem::find(&lower[from..], b"charset") {
        let mut i = from + pos + b"charset".len();
        from = i;
        while i < lower.len() && lower[i].is_ascii_whitespace() {
            i += 1;
        }
        if lower.get(i) != Some(&b'=') {
            continue;
        }
        i += 1;
        while i < lower.len()
            && (lower[i].is_ascii_whitespace() || lower[i] == b'"' || lower[i] == b'\'')
        {
            i += 1;
        }
        let start = i;
        while i < lower.len() && (lower[i].is_ascii_alphanumeric() || b"-_:.".contains(&lower[i])) {
            i += 1;
        }
        if let Some(enc) = Encoding::for_label(&lower[start..i]) {
            // A UTF-16 label on bytes that reached here (no BOM, no NUL pattern) is wrong.
            if enc == UTF_16LE || enc == UTF_16BE {
                return Some(UTF_8);
            }
            return Some(enc);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode(b"\xEF\xBB\xBFhello").unwrap().text, "hello");
        let d = decode("caf\u{e9}".as_bytes()).unwrap();
        assert_eq!(d.text, "café");
        assert_eq!(d.decided_by, "valid-utf8");
    }

    #[test]
    fn windows_1252_is_detected() {
        let bytes = b"\x93Quotes\x94 from Jos\xe9 M\xfcller \x97 and more text here to detect.";
        let d = decode(bytes).unwrap();
        assert_eq!(d.encoding, "windows-1252");
        assert_eq!(
            d.text,
            "“Quotes” from José Müller — and more text here to detect."
        );
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let mut le: Vec<u8> = vec![0xFF, 0xFE];
        for u in "Hello world".encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&le).unwrap().text, "Hello world");
        assert_eq!(decode(&le[2..]).unwrap().text, "Hello world");
        let be: Vec<u8> = "Hello world"
            .encode_utf16()
            .flat_map(|u| u.to_be_bytes())
            .collect();
        assert_eq!(decode(&be).unwrap().text, "Hello world");
    }

    #[test]
    fn binary_files_are_refused() {
        assert!(matches!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0IHDR"),
            Err(Error::Binary("PNG image"))
        ));
        assert!(matches!(decode(b"%PDF-1.7\n"), Err(Error::Binary(_))));
        assert!(matches!(
            decode(&[0u8, 1, 2, 0, 0, 3, 0, 0, 0]),
            Err(Error::Binary(_))
        ));
        // Random bytes (a pseudo-random sequence) are not text, whatever the file is called.
        let mut x: u32 = 12345;
        let noise: Vec<u8> = (0..5000)
            .map(|_| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                (x >> 16) as u8
            })
            .collect();
        assert!(matches!(decode(&noise), Err(Error::Binary(_))));
    }

    #[test]
    fn the_transport_charset_comes_before_meta_and_detection() {
        // "Привет" in windows-1251, no meta tag.
        let page = b"<html><body><p>\xcf\xf0\xe8\xe2\xe5\xf2</p></body></html>";
        let d = decode_with_charset(page, Some("windows-1251")).unwrap();
        assert_eq!(d.decided_by, "transport");
        assert!(d.text.contains("Привет"));
        // Over a meta tag that says otherwise.
        let page = b"<meta charset=\"iso-8859-1\"><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>";
        assert!(
            decode_with_charset(page, Some("cp1251"))
                .unwrap()
                .text
                .contains("Привет")
        );
        // A legacy label over valid UTF-8 with non-ASCII letters is not trusted.
        let d = decode_with_charset("<p>café</p>".as_bytes(), Some("iso-8859-1")).unwrap();
        assert_eq!(d.text, "<p>café</p>");
        // An unknown label is passed over.
        assert_eq!(
            decode_with_charset(b"hi", Some("x-nonsense")).unwrap().text,
            "hi"
        );
    }

    #[test]
    fn a_legacy_label_over_utf8_bytes_is_read_as_utf8() {
        // Declared windows-1252 in a `<meta>` tag; the bytes are UTF-8.
        let para = "<p>Die Bürger stimmten über die Straße ab: „Ja“ – sagte Müller.</p>";
        let page = format!(
            "<html><head><meta charset=\"windows-1252\"></head><body>{}</body></html>",
            para.repeat(4)
        );
        let d = decode(page.as_bytes()).unwrap();
        assert_eq!(d.decided_by, "utf8-over-label");
        assert_eq!(d.text, page);
        // The same from the transport's header.
        let d = decode_with_charset(page.as_bytes(), Some("iso-8859-1")).unwrap();
        assert_eq!(d.text, page);
        // A stray legacy byte in a UTF-8 page is read in the declared charset, not as U+FFFD.
        let mut bytes = page.replacen("Ja", "Ja\u{1}", 1).into_bytes();
        let at = bytes.iter().position(|&b| b == 1).unwrap();
        bytes[at] = 0xE9; // "é" in windows-1252, never valid UTF-8 alone
        let d = decode(&bytes).unwrap();
        assert_eq!(d.decided_by, "utf8-over-label");
        assert!(d.text.contains("„Jaé“ – sagte Müller"), "{}", d.text);
        // Legacy bytes under their own label stay legacy: "Müller" and "Straße" in latin1.
        let legacy =
            b"<meta charset=\"iso-8859-1\"><p>M\xfcller, Stra\xdfe, \xc4rger, \xc3\xa9</p>";
        let d = decode(legacy).unwrap();
        assert_eq!(d.decided_by, "meta");
        assert!(d.text.contains("Müller, Straße, Ärger"));
    }

    #[test]
    fn meta_charset_is_honoured() {
        let page = b"<html><head><meta charset=\"iso-8859-1\"></head><body>caf\xe9</body></html>";
        let d = decode(page).unwrap();
        assert_eq!(d.decided_by, "meta");
        assert!(d.text.contains("café"));
    }
}
