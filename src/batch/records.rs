//! Records in, records out (`--input jsonl`): one JSON object per input line, such as
//! `{"id": 7, "html": "<html>…"}` or `{"id": "a1", "text": "…"}`, cleaned and written as one
//! line, `{"id": 7, "source": null, "title": …, "paragraphs": […], …}`, in input order. This is
//! what a Hadoop Streaming mapper, Spark's `RDD.pipe` or `parallel --pipe` feed and expect.
//!
//! A line that cannot be cleaned gives `{"id": …, "error": "…"}` in its place (so output lines
//! still match input lines one to one), a message on stderr, and exit status 1; the other
//! lines go on.

use crate::job::{self, Counts, Failure, Job, Render};
use crate::quality::Quality;
use crate::{InputMode, Options};
use serde::Serialize;
use serde_json::{Map, Value};
use std::io::{self, BufRead, Read};

/// Which fields of a record hold what.
#[derive(Debug, Clone)]
pub struct Fields {
    pub id: String,
    pub html: String,
    pub text: String,
}

/// One input line, not yet parsed (parsing is the workers' job).
#[derive(Debug)]
pub struct Line {
    /// `<stdin>:12` or `path:12`, for messages and the report.
    pub name: String,
    /// Its number in the stream (blank lines counted), from 1.
    pub number: u64,
    /// Its first bytes, when it is refused unread (over the limit).
    pub head: Option<String>,
    pub bytes: Result<Vec<u8>, Failure>,
}

/// Reads lines of at most `limit` bytes; a longer line is skipped without being held in memory
/// and handed out as an error. Blank lines are passed over. An I/O error ends the source.
pub struct Lines<R> {
    reader: R,
    source: String,
    limit: usize,
    number: u64,
    done: bool,
}

impl<R: BufRead> Lines<R> {
    pub fn new(reader: R, source: String, limit: usize) -> Lines<R> {
        Lines {
            reader,
            source,
            limit,
            number: 0,
            done: false,
        }
    }

    /// Throws away the rest of an over-long line, a buffer at a time.
    fn skip_line(&mut self) -> io::Result<()> {
        loop {
            let buf = self.reader.fill_buf()?;
            if buf.is_empty() {
                return Ok(());
            }
            if let Some(i) = memchr::memchr(b'\n', buf) {
                self.reader.consume(i + 1);
                return Ok(());
            }
            let n = buf.len();
            self.reader.consume(n);
        }
    }
}

impl<R: BufRead> Iterator for Lines<R> {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        while !self.done {
            self.number += 1;
            let name = format!("{}:{}", self.source, self.number);
            let mut buf = Vec::new();
            let read =
                Read::take(&mut self.reader, self.limit as u64 + 1).read_until(b'\n', &mut buf);
            match read {
                Ok(0) => self.done = true,
                Ok(_) => {
                    if buf.last() == Some(&b'\n') {
                        buf.pop();
                        if buf.last() == Some(&b'\r') {
                            buf.pop();
                        }
                    } else if buf.len() > self.limit {
                        let head = Some(head(&buf));
                        if let Err(e) = self.skip_line() {
                            self.done = true;
                            return Some(Line {
                                name,
                                number: self.number,
                                head,
                                bytes: Err(Failure::Io(e)),
                            });
                        }
                        return Some(Line {
                            name,
                            number: self.number,
                            head,
                            bytes: Err(Failure::TooLarge {
                                size: None,
                                limit: self.limit,
                            }),
                        });
                    }
                    if buf.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    return Some(Line {
                        name,
                        number: self.number,
                        head: None,
                        bytes: Ok(buf),
                    });
                }
                Err(e) => {
                    self.done = true;
                    return Some(Line {
                        name,
                        number: self.number,
                        head: None,
                        bytes: Err(Failure::Io(e)),
                    });
                }
            }
        }
        None
    }
}

/// What identifies an input beside its id, on its error line: for a line that is not a JSON
/// record (so has no id to give), its number in the stream and its first bytes; for an archive
/// record, the archive and the address it was fetched from.
#[derive(Debug, Default, Serialize)]
pub struct Trace<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fetched_url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub head: Option<String>,
}

/// A record that could not be cleaned, in the place of its output line.
#[derive(Serialize)]
struct Failed<'a> {
    id: &'a Value,
    #[serde(flatten)]
    trace: &'a Trace<'a>,
    error: &'a str,
}

/// How many bytes of a line that is not a record its error line quotes.
pub const HEAD_BYTES: usize = 40;

/// The first bytes of a line, as text (cut at a character boundary, bad bytes as U+FFFD).
pub fn head(bytes: &[u8]) -> String {
    let mut end = bytes.len().min(HEAD_BYTES);
    // Do not cut a UTF-8 sequence in two.
    while end < bytes.len() && end > 0 && (bytes[end] & 0xC0) == 0x80 {
        end -= 1;
    }
    String::from_utf8_lossy(&bytes[..end]).into_owned()
}

/// The outcome of one record: its output line, and the document or the error, and what
/// names the record in messages (`(id 7)`, or for a line without an id its first bytes).
pub struct Outcome {
    pub line: Vec<u8>,
    /// The cleaned document's counts and quality, or the error.
    pub result: Result<(Counts, Quality), String>,
    pub names: String,
}

/// Parses and cleans one record, line `number` of its stream. `opts.input` is set from the
/// field used: the HTML field is read as HTML, the text field as text. A failed record's line
/// carries its id; when it has none (not JSON, or no id field), its line number and first bytes.
/// `furniture` gives the record's site's learned furniture, if any.
pub fn clean(
    bytes: &[u8],
    number: u64,
    fields: &Fields,
    opts: &Options,
    explain: bool,
    furniture: impl FnOnce(&Map<String, Value>) -> Option<std::sync::Arc<crate::sites::Furniture>>,
) -> Outcome {
    let untraced = |error: &str| {
        let trace = Trace {
            line: Some(number),
            head: Some(head(bytes)),
            ..Default::default()
        };
        Outcome {
            line: error_line_with(&Value::Null, &trace, error),
            result: Err(error.to_string()),
            names: format!("(starts {:?})", head(bytes)),
        }
    };
    let mut record = match serde_json::from_slice::<Value>(bytes) {
        Ok(Value::Object(map)) => map,
        Ok(_) => return untraced("not a JSON object"),
        Err(e) => return untraced(&format!("not JSON: {e}")),
    };
    let learned;
    let opts = match furniture(&record) {
        Some(f) => {
            learned = Options {
                furniture: Some(f),
                ..opts.clone()
            };
            &learned
        }
        None => opts,
    };
    // A record without an id is cleaned as any other, but when it fails, its line and first
    // bytes are what name it.
    let id = match record.remove(&fields.id) {
        None | Some(Value::Null) => None,
        Some(id) => Some(id),
    };
    let names = id.as_ref().map_or(String::new(), |id| format!("(id {id})"));
    let failed = |error: &str| match &id {
        Some(id) => Outcome {
            line: error_line(id, error),
            result: Err(error.to_string()),
            names: names.clone(),
        },
        None => untraced(error),
    };
    let (content, mode) = match pick(&mut record, fields) {
        Ok(c) => c,
        Err(e) => return failed(&e),
    };
    let opts = Options {
        input: mode,
        ..opts.clone()
    };
    let id_or_null = id.clone().unwrap_or(Value::Null);
    let job = Job {
        name: "",
        options: &opts,
        charset: None,
        explain,
        render: Render::Record(&id_or_null),
    };
    match job::run(job::Source::Bytes(content.as_bytes()), &job, |_| {}) {
        Ok(cleaned) => Outcome {
            line: cleaned.stdout,
            result: Ok((cleaned.counts, cleaned.quality)),
            names,
        },
        Err(f) => failed(&f.failure.to_string()),
    }
}

fn pick(record: &mut Map<String, Value>, fields: &Fields) -> Result<(String, InputMode), String> {
    for (name, mode) in [
        (&fields.html, InputMode::Html),
        (&fields.text, InputMode::Text),
    ] {
        match record.remove(name.as_str()) {
            None | Some(Value::Null) => {}
            Some(Value::String(s)) => return Ok((s, mode)),
            Some(_) => return Err(format!("field {name:?} is not a string")),
        }
    }
    Err(format!("no {:?} or {:?} field", fields.html, fields.text))
}

/// `{"id": …, "error": "…"}` and a newline.
pub fn error_line(id: &Value, error: &str) -> Vec<u8> {
    error_line_with(id, &Trace::default(), error)
}

/// `{"id": …, <trace>, "error": "…"}` and a newline.
pub fn error_line_with(id: &Value, trace: &Trace, error: &str) -> Vec<u8> {
    let mut line = Vec::new();
    let _ = serde_json::to_writer(&mut line, &Failed { id, trace, error });
    line.push(b'\n');
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields() -> Fields {
        Fields {
            id: "id".into(),
            html: "html".into(),
            text: "text".into(),
        }
    }

    fn lines(input: &str, limit: usize) -> Vec<(String, Result<String, String>)> {
        Lines::new(input.as_bytes(), "in".into(), limit)
            .map(|l| {
                let text = l.bytes.map(|b| String::from_utf8(b).unwrap());
                (l.name, text.map_err(|f| f.to_string()))
            })
            .collect()
    }

    #[test]
    fn lines_are_numbered_blank_ones_skipped_long_ones_refused() {
        let got = lines("{\"a\":1}\r\n\n  \n0123456789abc\n{\"b\":2}", 10);
        assert_eq!(got.len(), 3);
        assert_eq!(got[0], ("in:1".into(), Ok("{\"a\":1}".into())));
        assert_eq!(got[1].0, "in:4");
        assert_eq!(
            got[1].1.as_ref().unwrap_err(),
            "input is over the 10-byte limit"
        );
        assert_eq!(got[2], ("in:5".into(), Ok("{\"b\":2}".into())));
    }

    #[test]
    fn a_record_keeps_its_id_and_gets_the_document_fields() {
        let rec = br#"{"id": 42, "text": "The council closed the bridge on Tuesday after engineers found cracks in two of its supports."}"#;
        let out = clean(rec, 1, &fields(), &Options::default(), false, |_| None);
        let v: Value = serde_json::from_slice(&out.line).unwrap();
        assert_eq!(v["id"], 42);
        assert_eq!(v["input"], "text");
        assert_eq!(v["paragraphs"].as_array().unwrap().len(), 1);
        assert!(v.get("removed").is_none());
        assert!(out.result.is_ok());
    }

    #[test]
    fn bad_records_give_an_error_line_with_the_id() {
        for (rec, want) in [
            (
                &br#"{"id": "x", "body": "..."}"#[..],
                "no \"html\" or \"text\" field",
            ),
            (br#"{"id": "x", "text": 5}"#, "not a string"),
            (br#"{"id": "x", "text": ""}"#, "empty input"),
        ] {
            let out = clean(rec, 1, &fields(), &Options::default(), false, |_| None);
            let v: Value = serde_json::from_slice(&out.line).unwrap();
            assert_eq!(v["id"], "x");
            assert!(v["error"].as_str().unwrap().contains(want), "{v}");
        }
        let out = clean(b"[1, 2]", 9, &fields(), &Options::default(), false, |_| {
            None
        });
        let v: Value = serde_json::from_slice(&out.line).unwrap();
        assert_eq!(v["id"], Value::Null);
        assert_eq!(v["error"], "not a JSON object");
    }

    #[test]
    fn a_line_without_an_id_is_named_by_its_number_and_first_bytes() {
        let long = format!("not json at all, {}", "é".repeat(40));
        let out = clean(
            long.as_bytes(),
            17,
            &fields(),
            &Options::default(),
            false,
            |_| None,
        );
        let v: Value = serde_json::from_slice(&out.line).unwrap();
        assert_eq!(v["id"], Value::Null);
        assert_eq!(v["line"], 17);
        let head = v["head"].as_str().unwrap();
        assert!(
            head.starts_with("not json at all, é") && head.len() <= HEAD_BYTES,
            "{head}"
        );
        assert!(v["error"].as_str().unwrap().starts_with("not JSON"));
        assert!(out.names.contains("not json at all"), "{}", out.names);
        // A JSON record with no id is traced the same way.
        let out = clean(
            br#"{"text": ""}"#,
            3,
            &fields(),
            &Options::default(),
            false,
            |_| None,
        );
        let v: Value = serde_json::from_slice(&out.line).unwrap();
        assert_eq!(
            (v["line"].as_u64(), v["head"].as_str()),
            (Some(3), Some(r#"{"text": ""}"#))
        );
        // With an id, the id is enough.
        let out = clean(
            br#"{"id": 5, "text": ""}"#,
            3,
            &fields(),
            &Options::default(),
            false,
            |_| None,
        );
        let v: Value = serde_json::from_slice(&out.line).unwrap();
        assert_eq!(v["id"], 5);
        assert!(v.get("line").is_none());
        assert_eq!(out.names, "(id 5)");
    }
}
