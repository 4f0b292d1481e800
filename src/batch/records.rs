//! Records in, records out (`--input jsonl`): one JSON object per input line, such as
//! `{"id": 7, "html": "<html>…"}` or `{"id": "a1", "text": "…"}`, cleaned and written as one
//! line, `{"id": 7, "source": null, "title": …, "paragraphs": […], …}`, in input order. This is
//! what a Hadoop Streaming mapper, Spark's `RDD.pipe` or `parallel --pipe` feed and expect.
//!
//! A line that cannot be cleaned gives `{"id": …, "error": "…"}` in its place (so output lines
//! still match input lines one to one), a message on stderr, and exit status 1; the other
//! lines go on.

use crate::document::Document;
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
    pub bytes: Result<Vec<u8>, String>,
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
                        if let Err(e) = self.skip_line() {
                            self.done = true;
                            return Some(Line {
                                name,
                                bytes: Err(format!("cannot read: {}", super::io_message(&e))),
                            });
                        }
                        return Some(Line {
                            name,
                            bytes: Err(format!(
                                "line is over the {}-byte limit (--max-bytes)",
                                self.limit
                            )),
                        });
                    }
                    if buf.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    return Some(Line {
                        name,
                        bytes: Ok(buf),
                    });
                }
                Err(e) => {
                    self.done = true;
                    return Some(Line {
                        name,
                        bytes: Err(format!("cannot read: {}", super::io_message(&e))),
                    });
                }
            }
        }
        None
    }
}

/// A cleaned record: the id first, then the document's fields.
#[derive(Serialize)]
struct Cleaned<'a> {
    id: &'a Value,
    #[serde(flatten)]
    doc: &'a Document,
}

/// A record that could not be cleaned, in the place of its output line.
#[derive(Serialize)]
struct Failed<'a> {
    id: &'a Value,
    error: &'a str,
}

/// The outcome of one record: its output line, and the document or the error.
pub struct Outcome {
    pub line: Vec<u8>,
    pub result: Result<Document, String>,
}

/// Parses and cleans one record. `opts.input` is set from the field used: the HTML field is
/// read as HTML, the text field as text.
pub fn clean(
    bytes: &[u8],
    fields: &Fields,
    opts: &Options,
    explain: bool,
    furniture: impl FnOnce(&Map<String, Value>) -> Option<std::sync::Arc<crate::sites::Furniture>>,
) -> Outcome {
    let mut record = match serde_json::from_slice::<Value>(bytes) {
        Ok(Value::Object(map)) => map,
        Ok(_) => return failed(&Value::Null, "not a JSON object"),
        Err(e) => return failed(&Value::Null, &format!("not JSON: {e}")),
    };
    let learned = furniture(&record);
    let id = record.remove(&fields.id).unwrap_or(Value::Null);
    let (content, mode) = match pick(&mut record, fields) {
        Ok(c) => c,
        Err(e) => return failed(&id, &e),
    };
    let opts = Options {
        input: mode,
        furniture: learned.or_else(|| opts.furniture.clone()),
        ..opts.clone()
    };
    match crate::clean(content.as_bytes(), &opts) {
        Ok(doc) if doc.paragraphs.is_empty() => failed(&id, &crate::Error::NoStory.to_string()),
        Ok(mut doc) => {
            let kept = doc.removed.take();
            if explain {
                doc.removed = kept.clone();
            }
            let mut line = Vec::with_capacity(content.len() / 2);
            // Serialising owned strings and numbers to a Vec cannot fail.
            let _ = serde_json::to_writer(&mut line, &Cleaned { id: &id, doc: &doc });
            line.push(b'\n');
            doc.removed = kept;
            Outcome {
                line,
                result: Ok(doc),
            }
        }
        Err(e) => failed(&id, &e.to_string()),
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

fn failed(id: &Value, error: &str) -> Outcome {
    Outcome {
        line: error_line(id, error),
        result: Err(error.to_string()),
    }
}

/// `{"id": …, "error": "…"}` and a newline.
pub fn error_line(id: &Value, error: &str) -> Vec<u8> {
    let mut line = Vec::new();
    let _ = serde_json::to_writer(&mut line, &Failed { id, error });
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
            .map(|l| (l.name, l.bytes.map(|b| String::from_utf8(b).unwrap())))
            .collect()
    }

    #[test]
    fn lines_are_numbered_blank_ones_skipped_long_ones_refused() {
        let got = lines("{\"a\":1}\r\n\n  \n0123456789abc\n{\"b\":2}", 10);
        assert_eq!(got.len(), 3);
        assert_eq!(got[0], ("in:1".into(), Ok("{\"a\":1}".into())));
        assert_eq!(got[1].0, "in:4");
        assert!(got[1].1.as_ref().unwrap_err().contains("10-byte limit"));
        assert_eq!(got[2], ("in:5".into(), Ok("{\"b\":2}".into())));
    }

    #[test]
    fn a_record_keeps_its_id_and_gets_the_document_fields() {
        let rec = br#"{"id": 42, "text": "The council closed the bridge on Tuesday after engineers found cracks in two of its supports."}"#;
        let out = clean(rec, &fields(), &Options::default(), false, |_| None);
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
            let out = clean(rec, &fields(), &Options::default(), false, |_| None);
            let v: Value = serde_json::from_slice(&out.line).unwrap();
            assert_eq!(v["id"], "x");
            assert!(v["error"].as_str().unwrap().contains(want), "{v}");
        }
        let out = clean(b"[1, 2]", &fields(), &Options::default(), false, |_| None);
        let v: Value = serde_json::from_slice(&out.line).unwrap();
        assert_eq!(v["id"], Value::Null);
        assert_eq!(v["error"], "not a JSON object");
    }
}
