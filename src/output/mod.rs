//! Stage "serialize": a [`Document`] as text, JSON, JSON Lines or Markdown. Printers write to
//! any `io::Write`; a worker renders a whole document to a buffer before anyone prints it.

mod markdown;

use crate::block::BlockKind;
use crate::document::Document;
use std::io::{self, Write};

/// How a [`Document`] is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The story as plain text: headline, "By" line, paragraphs one blank line apart. Cleaned
    /// again, it gives back the same paragraphs.
    Text,
    /// One pretty-printed JSON object (docs/output.md).
    Json,
    /// The same JSON object on one line.
    Jsonl,
    /// Title, headings, paragraphs, captions and block quotes as Markdown.
    Markdown,
}

/// Prints `doc` in `format` to `out`, ending with a newline.
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

/// The clean story as plain text: the headline and the "By" line when they were found, then
/// the paragraphs, one blank line apart, ending in a newline. A list item keeps a `- ` marker
/// (an ordered item its own number, which is part of its text: `1. It only runs …`) and one
/// list's items stand on consecutive lines, so that a reader sees a list.
///
/// The text is also an input: cleaned again, it gives back the same paragraphs. That is why
/// the headline and byline are printed: the re-clean lifts the same ones, where the story
/// alone would open with a paragraph that may have their shape (a sub-heading, a second
/// "By" line) and be lifted in their place. A list item's marker keeps it a list item, not
/// a short unpunctuated line that reads as page furniture.
fn text(doc: &Document, out: &mut impl Write) -> io::Result<()> {
    let mut first = true;
    let mut sep = |out: &mut dyn Write| -> io::Result<()> {
        if !first {
            out.write_all(b"\n")?;
        }
        first = false;
        Ok(())
    };
    if let Some(t) = &doc.title {
        sep(out)?;
        writeln!(out, "{t}")?;
    }
    if let Some(b) = &doc.byline {
        sep(out)?;
        writeln!(out, "{}", crate::rules::byline::as_line(b))?;
    }
    let mut prev = None;
    for (i, p) in doc.paragraphs.iter().enumerate() {
        let kind = doc.kinds.get(i).copied().unwrap_or(BlockKind::Paragraph);
        if kind == BlockKind::ListItem {
            if prev != Some(BlockKind::ListItem) {
                sep(out)?;
            }
            writeln!(out, "{}{p}", item_marker(p))?;
        } else {
            sep(out)?;
            if kind == BlockKind::Quote {
                out.write_all(b"> ")?;
            }
            if let Some((_, opening)) = doc.dateline_opening.as_ref().filter(|(at, _)| *at == i) {
                out.write_all(opening.as_bytes())?;
            }
            writeln!(out, "{p}")?;
        }
        prev = Some(kind);
    }
    Ok(())
}

/// The marker a list item is printed with: `- ` for a bullet, none for an ordered item,
/// whose number is part of its text.
pub(crate) fn item_marker(item: &str) -> &'static str {
    if crate::text::split::ordered_marker(item).is_some() {
        ""
    } else {
        "- "
    }
}

/// `doc` printed in `format`, as a string.
///
/// ```
/// let doc = newsclean::clean_text(
///     "The council closed the old bridge on Tuesday after engineers found cracks.\n",
///     &newsclean::Options::default(),
/// );
/// let json = newsclean::render(&doc, newsclean::Format::Jsonl);
/// assert!(json.starts_with("{\"source\":null,\"input\":\"text\""));
/// ```
pub fn render(doc: &Document, format: Format) -> String {
    let mut buf = Vec::new();
    write(doc, format, &mut buf).expect("writing to a Vec cannot fail");
    String::from_utf8(buf).expect("documents are UTF-8")
}
