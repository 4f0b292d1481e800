//! Stage "serialize": a [`Document`] as text, JSON, JSON Lines or Markdown. Printers write to
//! any `io::Write`; a worker renders a whole document to a buffer before anyone prints it.

mod markdown;

use crate::document::Document;
use std::io::{self, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Jsonl,
    Markdown,
}

pub fn write(doc: &Document, format: Format, out: &mut impl Write) -> io::Result<()> {
    match format {
        Format::Text => text(doc, out),
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, doc)?;
            out.write_all(b"\n")
        }
        Format::Jsonl => {
            serde_json::to_writer(&mut *out, doc)?;
            out.write_all(b"\n")
        }
        Format::Markdown => markdown::write(doc, out),
    }
}

/// The clean story: paragraphs separated by one blank line, ending in a newline.
fn text(doc: &Document, out: &mut impl Write) -> io::Result<()> {
    for (i, p) in doc.paragraphs.iter().enumerate() {
        if i > 0 {
            out.write_all(b"\n")?;
        }
        out.write_all(p.as_bytes())?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// Render to a string (tests, library users).
pub fn render(doc: &Document, format: Format) -> String {
    let mut buf = Vec::new();
    write(doc, format, &mut buf).expect("writing to a Vec cannot fail");
    String::from_utf8(buf).expect("documents are UTF-8")
}
