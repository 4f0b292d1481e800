//! Markdown: title as `#`, headings, paragraphs, list items, block quotes as `>`, captions as
//! emphasised lines with their credit, each where it stood in the story.

use crate::block::BlockKind;
use crate::document::Document;
use std::io::{self, Write};

/// Characters that would turn plain text into Markdown syntax at the start of a line.
fn escape_start(s: &str) -> String {
    match s.chars().next() {
        Some('#' | '>' | '-' | '+' | '*' | '=') => format!("\\{s}"),
        _ => s.to_string(),
    }
}

pub fn write(doc: &Document, out: &mut impl Write) -> io::Result<()> {
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
        writeln!(out, "# {t}")?;
    }
    let byline = doc.byline.as_deref().map(super::byline_line);
    let meta: Vec<&str> = [byline.as_deref(), doc.dateline.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    if !meta.is_empty() {
        sep(out)?;
        writeln!(out, "{}", meta.join(" · "))?;
    }
    let mut captions = doc.captions.iter().peekable();
    let mut caption_lines = |after: isize,
                             out: &mut dyn Write,
                             sep: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>|
     -> io::Result<()> {
        while let Some(c) = captions.next_if(|c| c.after_paragraph == after) {
            sep(out)?;
            match &c.credit {
                Some(credit) => writeln!(out, "*{}* ({credit})", c.text)?,
                None => writeln!(out, "*{}*", c.text)?,
            }
        }
        Ok(())
    };
    caption_lines(-1, out, &mut sep)?;
    let mut prev_kind = None;
    for (i, (p, kind)) in doc.paragraphs.iter().zip(&doc.kinds).enumerate() {
        // Consecutive list items form one list: no blank line between them.
        if !(prev_kind == Some(BlockKind::ListItem) && *kind == BlockKind::ListItem) {
            sep(out)?;
        }
        match kind {
            BlockKind::Heading(level) => {
                writeln!(out, "{} {p}", "#".repeat((*level).clamp(2, 6) as usize))?
            }
            BlockKind::ListItem => writeln!(out, "- {p}")?,
            BlockKind::Quote => writeln!(out, "> {p}")?,
            BlockKind::Paragraph => writeln!(out, "{}", escape_start(p))?,
        }
        prev_kind = Some(*kind);
        caption_lines(i as isize, out, &mut sep)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::output::{Format, render};

    #[test]
    fn markdown_has_title_byline_headings_lists_captions_in_place() {
        let raw = "# A headline\n\nBy Jane Doe\n\nFirst paragraph of the story.\n\n\
                   Fans celebrate in Mumbai. (PTI Photo)\n\n## A section\n\n* one\n* two\n\n> quoted block\n";
        let doc = crate::clean(raw.as_bytes(), &crate::Options::default()).unwrap();
        assert_eq!(
            render(&doc, Format::Markdown),
            "# A headline\n\nBy Jane Doe\n\nFirst paragraph of the story.\n\n\
             *Fans celebrate in Mumbai.* (PTI Photo)\n\n## A section\n\n- one\n- two\n\n> quoted block\n"
        );
    }

    #[test]
    fn text_is_paragraphs_one_blank_line_apart() {
        let doc = crate::clean(b"One.\r\n\r\nTwo.\r\n", &crate::Options::default()).unwrap();
        assert_eq!(render(&doc, Format::Text), "One.\n\nTwo.\n");
    }
}
