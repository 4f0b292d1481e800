//! WARC archives (ISO 28500, WARC/1.0 and 1.1), read one record at a time in bounded memory:
//! plain `.warc`, or `.warc.gz` as written by crawlers (one gzip member per record, or any
//! other cut into members, including one member for the whole file).
//!
//! The reader never holds more than one record's block, and only the blocks it is asked for
//! (`want`), up to a size limit; other blocks are read past. A record that cannot be read (a
//! corrupt gzip member, a header that is not a WARC header, a block shorter or longer than its
//! `Content-Length`) is one error, and the reader goes on at the next record it can find: the
//! next gzip member, or in a plain archive the next line that starts a WARC record. An archive
//! that ends inside a record gives that record as an error and ends.

use flate2::bufread::GzDecoder;
use std::borrow::Cow;
use std::io::{self, BufRead, Read};

/// The most a record's (or an HTTP response's) header may take: far above any real one.
pub const MAX_HEADER: usize = 64 * 1024;

/// A record's WARC header: its fields in order (its version line is checked, not kept).
#[derive(Debug, Clone, Default)]
pub struct Header {
    pub fields: Vec<(String, String)>,
}

impl Header {
    /// The first field of this name (names are case-insensitive).
    pub fn get(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// `WARC-Type`, lower-cased (`response`, `request`, `conversion`, …); empty when missing.
    pub fn record_type(&self) -> String {
        self.get("WARC-Type").unwrap_or("").to_ascii_lowercase()
    }

    /// `WARC-Record-ID` as written (`<urn:uuid:…>`).
    pub fn id(&self) -> Option<&str> {
        self.get("WARC-Record-ID")
    }
}

/// A record's block, as far as the reader kept it.
#[derive(Debug)]
pub enum Block {
    /// Wanted and within the limit: the bytes.
    Held(Vec<u8>),
    /// Not wanted: read past.
    Passed,
    /// Wanted but over the limit: read past; its length.
    TooLarge(u64),
}

#[derive(Debug)]
pub struct Record {
    pub header: Header,
    pub block: Block,
}

/// A record that could not be read, with its id when the header was read.
#[derive(Debug, Clone)]
pub struct RecordError {
    pub id: Option<String>,
    pub message: String,
}

/// The bytes of an archive file as stored, buffered, with their count (the progress of a
/// compressed archive is told in these). Unlike `BufReader`, it can be asked to hold at least
/// a few bytes at once, which finding the next gzip member needs.
pub struct Source<R> {
    inner: R,
    buf: Box<[u8]>,
    start: usize,
    end: usize,
    consumed: u64,
}

impl<R: Read> Source<R> {
    pub fn new(inner: R) -> Source<R> {
        Source {
            inner,
            buf: vec![0; 256 * 1024].into_boxed_slice(),
            start: 0,
            end: 0,
            consumed: 0,
        }
    }

    /// Bytes of the archive consumed so far.
    pub fn position(&self) -> u64 {
        self.consumed
    }

    /// Makes at least `n` bytes available unless the input ends first; the bytes held.
    fn fill_at_least(&mut self, n: usize) -> io::Result<&[u8]> {
        if self.end - self.start < n {
            self.buf.copy_within(self.start..self.end, 0);
            self.end -= self.start;
            self.start = 0;
            while self.end < n.min(self.buf.len()) {
                match self.inner.read(&mut self.buf[self.end..]) {
                    Ok(0) => break,
                    Ok(k) => self.end += k,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(e) => return Err(e),
                }
            }
        }
        Ok(&self.buf[self.start..self.end])
    }

    /// Skips to the next gzip member header (`1F 8B 08`): from where it is, or with `past`
    /// from the byte after; `false` at the end of the input.
    fn skip_to_member(&mut self, past: bool) -> io::Result<bool> {
        if past && self.start < self.end {
            self.consume(1);
        }
        loop {
            let held = self.fill_at_least(3)?;
            if held.len() < 3 {
                let n = held.len();
                self.consume(n);
                return Ok(false);
            }
            match memchr::memmem::find(held, b"\x1f\x8b\x08") {
                Some(i) => {
                    self.consume(i);
                    return Ok(true);
                }
                None => {
                    // Keep the last two bytes: a header may start there.
                    let n = held.len() - 2;
                    self.consume(n);
                }
            }
        }
    }
}

impl<R: Read> Read for Source<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let held = self.fill_buf()?;
        let n = held.len().min(out.len());
        out[..n].copy_from_slice(&held[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: Read> BufRead for Source<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.start == self.end {
            self.fill_at_least(1)
        } else {
            Ok(&self.buf[self.start..self.end])
        }
    }

    fn consume(&mut self, n: usize) {
        let n = n.min(self.end - self.start);
        self.start += n;
        self.consumed += n as u64;
    }
}

/// The members of a gzip file, one after another, as one stream (as `MultiGzDecoder`), except
/// that after an error the stream can go on at the next member ([`Members::skip_member`]).
/// Its buffer only ever holds bytes of one member, so that skipping a member loses no other.
struct Members<R: Read> {
    state: Option<Member<R>>,
    /// Where the member being read starts in the source.
    member_start: u64,
    buf: Box<[u8]>,
    start: usize,
    end: usize,
}

enum Member<R: Read> {
    Inside(GzDecoder<Source<R>>),
    /// Between members, or after the last one.
    Between(Source<R>),
}

impl<R: Read> Members<R> {
    fn new(source: Source<R>) -> Members<R> {
        Members {
            state: Some(Member::Between(source)),
            member_start: 0,
            buf: vec![0; 256 * 1024].into_boxed_slice(),
            start: 0,
            end: 0,
        }
    }

    fn source(&self) -> Option<&Source<R>> {
        match self.state.as_ref()? {
            Member::Inside(d) => Some(d.get_ref()),
            Member::Between(s) => Some(s),
        }
    }

    /// Leaves the member being read (its decoded bytes not yet read go with it) for the next
    /// one; `false` when there is none. Between members, the next one is where it goes on.
    fn skip_member(&mut self) -> io::Result<bool> {
        self.start = 0;
        self.end = 0;
        match self.state.take() {
            Some(Member::Inside(d)) => {
                let mut source = d.into_inner();
                // A member found damaged at its end (its checksum) leaves the source at the
                // next one; one found damaged at its start must be stepped past.
                let past = source.position() <= self.member_start + 10;
                let found = source.skip_to_member(past);
                self.state = Some(Member::Between(source));
                found
            }
            Some(Member::Between(mut s)) => {
                let more = !s.fill_buf()?.is_empty();
                self.state = Some(Member::Between(s));
                Ok(more)
            }
            None => Ok(false),
        }
    }
}

impl<R: Read> Read for Members<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let held = self.fill_buf()?;
        let n = held.len().min(out.len());
        out[..n].copy_from_slice(&held[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: Read> BufRead for Members<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        while self.start == self.end {
            match self.state.take() {
                None => return Ok(&[]),
                Some(Member::Between(mut s)) => {
                    let more = !s.fill_buf()?.is_empty();
                    if !more {
                        self.state = Some(Member::Between(s));
                        return Ok(&[]);
                    }
                    self.member_start = s.position();
                    self.state = Some(Member::Inside(GzDecoder::new(s)));
                }
                Some(Member::Inside(mut d)) => match d.read(&mut self.buf) {
                    Ok(0) => self.state = Some(Member::Between(d.into_inner())),
                    Ok(n) => {
                        self.state = Some(Member::Inside(d));
                        self.start = 0;
                        self.end = n;
                    }
                    Err(e) => {
                        self.state = Some(Member::Inside(d));
                        return Err(e);
                    }
                },
            }
        }
        Ok(&self.buf[self.start..self.end])
    }

    fn consume(&mut self, n: usize) {
        self.start = (self.start + n).min(self.end);
    }
}

enum Stream<R: Read> {
    Plain(Source<R>),
    Gzip(Members<R>),
}

impl<R: Read> Stream<R> {
    fn as_buf(&mut self) -> &mut dyn BufRead {
        match self {
            Stream::Plain(s) => s,
            Stream::Gzip(b) => b,
        }
    }
}

/// Reads the records of one archive.
pub struct Reader<R: Read> {
    stream: Stream<R>,
    limit: usize,
    want: fn(&Header) -> bool,
    /// A line read while looking for the next record that starts it.
    pending: Option<Vec<u8>>,
    /// After an error, until a record is read again: further errors are part of the same
    /// damage, not reported again.
    resyncing: bool,
    done: bool,
}

/// Whether the bytes begin a gzip stream.
pub fn is_gzip(head: &[u8]) -> bool {
    head.starts_with(&[0x1f, 0x8b])
}

impl<R: Read> Reader<R> {
    /// `want` says which records' blocks to keep (up to `limit` bytes each). Gzip is
    /// recognised from the first bytes.
    pub fn new(inner: R, limit: usize, want: fn(&Header) -> bool) -> io::Result<Reader<R>> {
        let mut source = Source::new(inner);
        let gzip = is_gzip(source.fill_at_least(2)?);
        let stream = if gzip {
            Stream::Gzip(Members::new(source))
        } else {
            Stream::Plain(source)
        };
        Ok(Reader {
            stream,
            limit,
            want,
            pending: None,
            resyncing: false,
            done: false,
        })
    }

    /// Bytes of the archive (as stored) consumed so far.
    pub fn position(&self) -> u64 {
        match &self.stream {
            Stream::Plain(s) => s.position(),
            Stream::Gzip(m) => m.source().map_or(0, Source::position),
        }
    }

    /// After a damaged record: on to where the next one may start.
    fn resync(&mut self) {
        self.resyncing = true;
        self.pending = None;
        match &mut self.stream {
            Stream::Gzip(m) => {
                // What was decoded from the damaged member goes with it.
                match m.skip_member() {
                    Ok(true) => {}
                    _ => self.done = true,
                }
            }
            Stream::Plain(s) => loop {
                match read_line(s, MAX_HEADER) {
                    Ok(None) | Err(_) => {
                        self.done = true;
                        return;
                    }
                    Ok(Some(line)) if line.starts_with(b"WARC/1.") => {
                        self.pending = Some(line);
                        return;
                    }
                    Ok(Some(_)) => {}
                }
            },
        }
    }

    fn read_record(&mut self) -> Result<Option<Record>, RecordError> {
        let err = |id: Option<&str>, message: String| RecordError {
            id: id.map(str::to_string),
            message,
        };
        // The version line, past blank lines.
        let first = match self.pending.take() {
            Some(l) => l,
            None => loop {
                match read_line(self.stream.as_buf(), MAX_HEADER) {
                    Ok(None) => return Ok(None),
                    Ok(Some(l)) if trim_eol(&l).is_empty() => {}
                    Ok(Some(l)) => break l,
                    Err(e) => return Err(err(None, read_error(&e))),
                }
            },
        };
        let version = trim_eol(&first);
        if !version.starts_with(b"WARC/") {
            let head = String::from_utf8_lossy(&version[..version.len().min(20)]).into_owned();
            return Err(err(None, format!("not a WARC record header: {head:?}")));
        }
        let mut header = Header { fields: Vec::new() };
        let mut size = first.len();
        loop {
            let line = match read_line(self.stream.as_buf(), MAX_HEADER) {
                Ok(Some(l)) => l,
                Ok(None) => {
                    return Err(err(
                        header.id(),
                        "archive ends inside a record header (truncated)".into(),
                    ));
                }
                Err(e) => return Err(err(header.id(), read_error(&e))),
            };
            size += line.len();
            if size > MAX_HEADER {
                return Err(err(
                    header.id(),
                    format!("record header over {MAX_HEADER} bytes"),
                ));
            }
            let line = trim_eol(&line);
            if line.is_empty() {
                break;
            }
            if line[0] == b' ' || line[0] == b'\t' {
                // A continuation of the field before.
                if let Some((_, v)) = header.fields.last_mut() {
                    v.push(' ');
                    v.push_str(String::from_utf8_lossy(line.trim_ascii()).as_ref());
                }
                continue;
            }
            let Some(colon) = memchr::memchr(b':', line) else {
                return Err(err(
                    header.id(),
                    "record header line without a colon".into(),
                ));
            };
            header.fields.push((
                String::from_utf8_lossy(line[..colon].trim_ascii()).into_owned(),
                String::from_utf8_lossy(line[colon + 1..].trim_ascii()).into_owned(),
            ));
        }
        let Some(len) = header
            .get("Content-Length")
            .and_then(|v| v.parse::<u64>().ok())
        else {
            return Err(err(
                header.id(),
                "record has no valid Content-Length".into(),
            ));
        };
        self.resyncing = false;
        let wanted = (self.want)(&header);
        let stream = self.stream.as_buf();
        let block = if wanted && len <= self.limit as u64 {
            let mut bytes = Vec::with_capacity(len as usize);
            match stream.take(len).read_to_end(&mut bytes) {
                Ok(n) if n as u64 == len => Block::Held(bytes),
                Ok(_) => return Err(err(header.id(), truncated())),
                Err(e) => return Err(err(header.id(), read_error(&e))),
            }
        } else {
            match io::copy(&mut stream.take(len), &mut io::sink()) {
                Ok(n) if n == len => {}
                Ok(_) => return Err(err(header.id(), truncated())),
                Err(e) => return Err(err(header.id(), read_error(&e))),
            }
            if wanted {
                Block::TooLarge(len)
            } else {
                Block::Passed
            }
        };
        // The block is followed by two line ends. An archive that stops right after the block
        // is taken as whole; anything else there means the length was wrong.
        for _ in 0..2 {
            match read_line(stream, 2) {
                Ok(None) => break,
                Ok(Some(l)) if trim_eol(&l).is_empty() => {}
                Ok(Some(_)) => {
                    return Err(err(
                        header.id(),
                        "record does not end where its Content-Length says".into(),
                    ));
                }
                Err(e) => return Err(err(header.id(), read_error(&e))),
            }
        }
        // Looking past the record makes the gzip member it ended in check its checksum (when
        // it ends here, as one member per record does), and what follows must start the next
        // record: damaged bytes that happened to inflate are caught as this record's, not
        // taken, and not blamed on a record without an id.
        let framing = || {
            err(
                header.id(),
                "record does not end where its Content-Length says".into(),
            )
        };
        loop {
            let (blank, fits) = match stream.fill_buf() {
                Err(e) => return Err(err(header.id(), read_error(&e))),
                Ok([]) => break,
                Ok(next) => {
                    let n = next.len().min(5);
                    (b"\r\n".contains(&next[0]), next[..n] == b"WARC/"[..n])
                }
            };
            if fits {
                break;
            }
            if !blank {
                return Err(framing());
            }
            match read_line(stream, 2) {
                Ok(Some(l)) if trim_eol(&l).is_empty() => {}
                Ok(None) => break,
                Ok(Some(_)) => return Err(framing()),
                Err(e) => return Err(err(header.id(), read_error(&e))),
            }
        }
        Ok(Some(Record { header, block }))
    }
}

impl<R: Read> Iterator for Reader<R> {
    type Item = Result<Record, RecordError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            match self.read_record() {
                Ok(Some(r)) => return Some(Ok(r)),
                Ok(None) => self.done = true,
                Err(e) => {
                    let report = !self.resyncing;
                    self.resync();
                    if report {
                        return Some(Err(e));
                    }
                }
            }
        }
        None
    }
}

fn truncated() -> String {
    "archive ends inside a record (truncated)".into()
}

fn read_error(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::UnexpectedEof => truncated(),
        io::ErrorKind::InvalidInput | io::ErrorKind::InvalidData | io::ErrorKind::Other => {
            format!("corrupt gzip data ({e})")
        }
        _ => {
            let s = e.to_string();
            let s = s.split(" (os error").next().unwrap_or(&s);
            format!("cannot read: {s}")
        }
    }
}

/// One line with its line end, at most `max` bytes (a longer one is cut there and the rest
/// left for the next read); `None` at the end of the input.
fn read_line(r: &mut dyn BufRead, max: usize) -> io::Result<Option<Vec<u8>>> {
    let mut line = Vec::new();
    let n = r.take(max as u64).read_until(b'\n', &mut line)?;
    Ok((n > 0).then_some(line))
}

fn trim_eol(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// The parts of an HTTP response the cleaner needs.
#[derive(Debug)]
pub struct Http<'a> {
    pub status: u16,
    /// The media type, lower-cased, without parameters.
    pub media_type: Option<String>,
    /// The `charset` parameter of `Content-Type`.
    pub charset: Option<String>,
    /// `Content-Encoding`, lower-cased, when not `identity`.
    pub content_encoding: Option<String>,
    /// The payload, de-chunked when it was sent chunked.
    pub body: Cow<'a, [u8]>,
}

/// Reads an HTTP response (status line, header, payload) from a `response` record's block;
/// `None` when the block is not one.
pub fn http_response(block: &[u8]) -> Option<Http<'_>> {
    if !block.starts_with(b"HTTP/") {
        return None;
    }
    let head_end = memchr::memmem::find(&block[..block.len().min(MAX_HEADER)], b"\r\n\r\n")
        .map(|i| i + 4)
        .or_else(|| {
            memchr::memmem::find(&block[..block.len().min(MAX_HEADER)], b"\n\n").map(|i| i + 2)
        })
        .unwrap_or(block.len());
    let head = &block[..head_end];
    let mut lines = head.split(|&b| b == b'\n').map(trim_eol);
    let status_line = lines.next()?;
    let status = status_line
        .split(|&b| b == b' ')
        .filter(|p| !p.is_empty())
        .nth(1)
        .and_then(|s| std::str::from_utf8(s).ok())
        .and_then(|s| s.parse::<u16>().ok())?;
    let (mut media_type, mut charset, mut encoding, mut chunked) = (None, None, None, false);
    for line in lines {
        let Some(colon) = memchr::memchr(b':', line) else {
            continue;
        };
        let name = line[..colon].trim_ascii();
        let value = String::from_utf8_lossy(line[colon + 1..].trim_ascii()).to_ascii_lowercase();
        if name.eq_ignore_ascii_case(b"content-type") && media_type.is_none() {
            let mut parts = value.split(';');
            media_type = parts
                .next()
                .map(|t| t.trim().to_string())
                .filter(|t| !t.is_empty());
            charset = parts
                .filter_map(|p| p.trim().strip_prefix("charset="))
                .map(|c| {
                    c.trim_matches(|c| c == '"' || c == '\'' || c == ' ')
                        .to_string()
                })
                .find(|c| !c.is_empty());
        } else if name.eq_ignore_ascii_case(b"content-encoding") {
            let v = value.trim();
            if !v.is_empty() && v != "identity" {
                encoding = Some(v.to_string());
            }
        } else if name.eq_ignore_ascii_case(b"transfer-encoding") {
            chunked = value.contains("chunked");
        }
    }
    let payload = &block[head_end..];
    let body = if chunked {
        dechunk(payload).map_or(Cow::Borrowed(payload), Cow::Owned)
    } else {
        Cow::Borrowed(payload)
    };
    Some(Http {
        status,
        media_type,
        charset,
        content_encoding: encoding,
        body,
    })
}

/// A chunked payload put back together; `None` when it is not chunked after all (crawlers
/// often store the payload de-chunked but keep the header).
fn dechunk(mut data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len());
    loop {
        let eol = memchr::memchr(b'\n', &data[..data.len().min(1024)])?;
        let size_line = trim_eol(&data[..=eol]);
        let hex = size_line.split(|&b| b == b';').next()?.trim_ascii();
        let size = usize::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?;
        data = &data[eol + 1..];
        if size == 0 {
            return Some(out);
        }
        if data.len() < size {
            // Cut short: keep what there is.
            out.extend_from_slice(data);
            return Some(out);
        }
        out.extend_from_slice(&data[..size]);
        data = &data[size..];
        data = data
            .strip_prefix(b"\r\n")
            .or_else(|| data.strip_prefix(b"\n"))
            .unwrap_or(data);
        if data.is_empty() {
            return Some(out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn record(id: &str, kind: &str, block: &[u8]) -> Vec<u8> {
        let mut r = format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\nContent-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        r.extend_from_slice(block);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    fn gz(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn all(bytes: &[u8]) -> Vec<Result<(String, Option<usize>), String>> {
        Reader::new(bytes, 1 << 20, |h| h.record_type() == "response")
            .unwrap()
            .map(|r| match r {
                Ok(r) => Ok((
                    r.header.id().unwrap_or("").to_string(),
                    match r.block {
                        Block::Held(b) => Some(b.len()),
                        _ => None,
                    },
                )),
                Err(e) => Err(format!("{:?}: {}", e.id, e.message)),
            })
            .collect()
    }

    #[test]
    fn plain_and_gzip_per_record_read_the_same() {
        let recs = [
            record("a", "warcinfo", b"software: x"),
            record("b", "response", b"HTTP/1.1 200 OK\r\n\r\n<p>hi</p>"),
            record("c", "request", b"GET / HTTP/1.1\r\n\r\n"),
        ];
        let plain: Vec<u8> = recs.concat();
        let members: Vec<u8> = recs.iter().flat_map(|r| gz(r)).collect();
        let whole = gz(&plain);
        for bytes in [&plain, &members, &whole] {
            let got = all(bytes);
            assert_eq!(
                got,
                vec![
                    Ok(("<urn:uuid:a>".into(), None)),
                    Ok(("<urn:uuid:b>".into(), Some(28))),
                    Ok(("<urn:uuid:c>".into(), None)),
                ]
            );
        }
    }

    #[test]
    fn a_corrupt_member_is_one_error_and_the_next_records_follow() {
        let recs: Vec<Vec<u8>> = (0..5)
            .map(|i| {
                gz(&record(
                    &i.to_string(),
                    "response",
                    &b"HTTP/1.1 200 OK\r\n\r\n<p>some words here</p>".repeat(50),
                ))
            })
            .collect();
        let mut bad = recs[2].clone();
        let mid = bad.len() / 2;
        for b in &mut bad[mid..mid + 10] {
            *b ^= 0x5a;
        }
        let bytes = [&recs[0][..], &recs[1], &bad, &recs[3], &recs[4]].concat();
        let got = all(&bytes);
        assert_eq!(got.len(), 5, "{got:?}");
        assert!(got[2].is_err(), "{got:?}");
        assert_eq!(got[3].as_ref().unwrap().0, "<urn:uuid:3>");
        assert_eq!(got[4].as_ref().unwrap().0, "<urn:uuid:4>");
    }

    #[test]
    fn a_member_whose_checksum_fails_is_its_records_error_not_taken() {
        let recs: Vec<Vec<u8>> = (0..3)
            .map(|i| {
                gz(&record(
                    &i.to_string(),
                    "response",
                    b"HTTP/1.1 200 OK\r\n\r\nhi",
                ))
            })
            .collect();
        let mut bad = recs[1].clone();
        let crc = bad.len() - 8;
        bad[crc] ^= 0xFF;
        let got = all(&[&recs[0][..], &bad, &recs[2]].concat());
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(
            got[1].as_ref().unwrap_err(),
            "Some(\"<urn:uuid:1>\"): corrupt gzip data (corrupt gzip stream does not have a matching checksum)"
        );
        assert_eq!(got[2].as_ref().unwrap().0, "<urn:uuid:2>");
    }

    #[test]
    fn a_truncated_archive_ends_with_an_error_naming_the_record() {
        let recs: Vec<u8> = (0..3)
            .flat_map(|i| gz(&record(&i.to_string(), "response", &[b'x'; 5000])))
            .collect();
        let got = all(&recs[..recs.len() - 30]);
        assert_eq!(got.len(), 3);
        assert!(
            got[2].as_ref().unwrap_err().contains("truncated"),
            "{got:?}"
        );
        let plain: Vec<u8> = (0..3)
            .flat_map(|i| record(&i.to_string(), "response", &[b'x'; 5000]))
            .collect();
        let got = all(&plain[..plain.len() - 100]);
        assert_eq!(
            got[2].as_ref().unwrap_err(),
            "Some(\"<urn:uuid:2>\"): archive ends inside a record (truncated)"
        );
    }

    #[test]
    fn a_wrong_length_in_a_plain_archive_resyncs_at_the_next_record() {
        let mut bad = record("1", "response", b"HTTP/1.1 200 OK\r\n\r\n0123456789");
        let s = String::from_utf8(bad.clone()).unwrap();
        bad = s
            .replace("Content-Length: 29", "Content-Length: 20")
            .into_bytes();
        let bytes = [
            record("0", "response", b"a"),
            bad,
            record("2", "response", b"b"),
        ]
        .concat();
        let got = all(&bytes);
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got[1].as_ref().unwrap_err().contains("Content-Length"));
        assert_eq!(got[2].as_ref().unwrap().0, "<urn:uuid:2>");
    }

    #[test]
    fn garbage_never_panics() {
        for bytes in [
            &b""[..],
            b"\x1f\x8b",
            b"\x1f\x8b\x08\x00garbage",
            b"WARC/1.0\r\n",
            b"WARC/1.0\r\nContent-Length: 99999999999999999999\r\n\r\n",
            b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nab",
            b"hello\nworld\n",
        ] {
            let _ = all(bytes);
        }
    }

    #[test]
    fn damaged_archives_never_panic_and_always_end() {
        let recs: Vec<u8> = (0..4)
            .flat_map(|i| {
                let r = record(
                    &i.to_string(),
                    "response",
                    b"HTTP/1.1 200 OK\r\n\r\n<p>story</p>",
                );
                if i % 2 == 0 { gz(&r) } else { r }
            })
            .collect();
        let plain: Vec<u8> = (0..4)
            .flat_map(|i| record(&i.to_string(), "response", b"HTTP/1.1 200 OK\r\n\r\nx"))
            .collect();
        let mut x: u32 = 7;
        for base in [&recs, &plain] {
            for cut in (0..base.len()).step_by(7) {
                assert!(all(&base[..cut]).len() <= 5);
            }
            for _ in 0..600 {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                let mut bytes = base.clone();
                let at = (x >> 8) as usize % bytes.len();
                bytes[at] ^= (x >> 24) as u8 | 1;
                assert!(all(&bytes).len() <= 8);
            }
        }
    }

    #[test]
    fn http_responses_are_read() {
        let h = http_response(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; Charset=\"windows-1251\"\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n",
        )
        .unwrap();
        assert_eq!(h.status, 200);
        assert_eq!(h.media_type.as_deref(), Some("text/html"));
        assert_eq!(h.charset.as_deref(), Some("windows-1251"));
        assert_eq!(&*h.body, b"hello world");
        let h = http_response(b"HTTP/1.0 404 Not Found\r\n\r\n").unwrap();
        assert_eq!(h.status, 404);
        assert!(http_response(b"GET / HTTP/1.1\r\n\r\n").is_none());
        // A payload stored de-chunked under a chunked header is kept as it is.
        let h =
            http_response(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n<html>").unwrap();
        assert_eq!(&*h.body, b"<html>");
    }
}
