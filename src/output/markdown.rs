//! Markdown: title as `#`, headings, paragraphs, list items (`- `, or the ordered item's own
//! `1. `), block quotes as `>`, captions as emphasised lines with their credit, each where it
//! stood in the story.

use crate::block::BlockKind;
use crate::document::Document;
use std::io::{self, Write};

/// Characters that would turn plain text into Markdown syntax at the start of a line: a
/// marker, or a number that would start an ordered list (`1999. A year` → `1999\. A year`).
fn escape_start(s: &str) -> String {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    match s.chars().next() {
        Some('#' | '>' | '-' | '+' | '*' | '=' | '|') => format!("\\{s}"),
        Some('0'..='9')
            if s[digits..].starts_with(['.', ')'])
                && s[digits + 1..]
                    .chars()
                    .next()
                    .is_none_or(char::is_whitespace) =>
        {
            format!("{}\\{}", &s[..digits], &s[digits..])
        }
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
    let byline = doc.byline.as_deref().map(crate::rules::byline::as_line);
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
            // An ordered item's number is part of its text (`1. It only runs …`).
            BlockKind::ListItem => writeln!(out, "{}{p}", super::item_marker(p))?,
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
    fn ordered_items_keep_their_numbers_in_json_text_and_markdown() {
        let raw = "The operator gave three reasons for the change, in a statement sent to \
                   every crew member on Friday evening:\n\n\
                   1. It only runs the two largest vessels on the new pattern.\n\
                   2. Overtime has doubled since 2022.\n\n\
                   The union listed its own:\n\n\
                   * Crews were not asked.\n* Rest days fall on sailings.\n";
        let doc = crate::clean(raw.as_bytes(), &crate::Options::default()).unwrap();
        assert_eq!(
            doc.paragraphs[1..3],
            [
                "1. It only runs the two largest vessels on the new pattern.",
                "2. Overtime has doubled since 2022."
            ]
        );
        let lists = "1. It only runs the two largest vessels on the new pattern.\n\
                     2. Overtime has doubled since 2022.\n\n\
                     The union listed its own:\n\n\
                     - Crews were not asked.\n- Rest days fall on sailings.\n";
        assert!(render(&doc, Format::Text).ends_with(lists));
        assert!(render(&doc, Format::Markdown).ends_with(lists));
    }

    #[test]
    fn a_paragraph_that_opens_with_a_number_is_no_list_in_markdown() {
        let mut doc = crate::clean(b"One.\n", &crate::Options::default()).unwrap();
        doc.paragraphs = vec!["1999. A year to remember.".into(), "3.5 percent.".into()];
        doc.kinds = vec![crate::block::BlockKind::Paragraph; 2];
        assert_eq!(
            render(&doc, Format::Markdown),
            "1999\\. A year to remember.\n\n3.5 percent.\n"
        );
    }

    #[test]
    fn text_is_paragraphs_one_blank_line_apart() {
        let doc = crate::clean(b"One.\r\n\r\nTwo.\r\n", &crate::Options::default()).unwrap();
        assert_eq!(render(&doc, Format::Text), "One.\n\nTwo.\n");
    }
}
