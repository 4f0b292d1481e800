//! Text dump → blocks.
//!
//! Dumps come in three layouts, often mixed: paragraphs separated by blank lines, one block
//! per line with no blank lines, and prose hard-wrapped at a fixed width. A line break inside a
//! group of lines is a wrap (join) only when the document is hard-wrapped and the line was full:
//! adding the next line's first word would have passed the wrap width. Markdown structure
//! (`#` headings, `*`/`-`/`1.` items, `>` quotes) always starts a new block.

use crate::block::{Block, BlockKind};

struct Line<'a> {
    text: &'a str,
    no: usize,
}

pub fn split(text: &str) -> Vec<Block> {
    // `\n` and `\r\n` end lines; a lone `\r` does too in old Mac files with no `\n` at all.
    let sep = if memchr::memchr(b'\n', text.as_bytes()).is_none() {
        '\r'
    } else {
        '\n'
    };
    let lines: Vec<Line> = text
        .split(sep)
        .enumerate()
        .map(|(i, t)| Line {
            text: t.strip_suffix('\r').unwrap_or(t),
            no: i + 1,
        })
        .collect();
    let width = wrap_width(&lines);
    let mut blocks = Vec::new();
    let mut current: Option<Block> = None;
    let mut prev_len = 0usize;
    for line in &lines {
        // Control characters at the ends go as whitespace does (the block's text drops them
        // later anyway): a stray one must not hide a line's Markdown marker, or cleaning the
        // output again would read as a heading what the first pass kept as text.
        let t = line
            .text
            .trim_matches(|c: char| c.is_whitespace() || c.is_control());
        if t.is_empty() {
            blocks.extend(current.take());
            continue;
        }
        let (kind, body) = markdown_structure(t);
        let joins = match (&current, width) {
            (Some(cur), Some(w)) => {
                kind == BlockKind::Paragraph
                    && matches!(
                        cur.kind,
                        BlockKind::Paragraph | BlockKind::ListItem | BlockKind::Quote
                    )
                    && is_wrap(prev_len, t, w)
            }
            _ => false,
        };
        if joins {
            let cur = current.as_mut().expect("checked above");
            cur.text.push(' ');
            cur.text.push_str(body);
        } else {
            blocks.extend(current.take());
            current = Some(Block::new(body, kind, line.no));
        }
        prev_len = t.chars().count();
    }
    blocks.extend(current);
    blocks
}

/// The width the document was wrapped at, if it was: at most 100 columns, and enough lines
/// come close to it.
fn wrap_width(lines: &[Line]) -> Option<usize> {
    let lens: Vec<usize> = lines
        .iter()
        .map(|l| l.text.trim_end().chars().count())
        .filter(|&n| n > 0)
        .collect();
    let max = *lens.iter().max()?;
    if !(30..=100).contains(&max) {
        return None;
    }
    let near = lens.iter().filter(|&&n| n * 10 >= max * 8).count();
    (near >= 3 && near * 4 >= lens.len()).then_some(max)
}

/// A line of `prev_len` characters was broken by a wrapper if the next line's first word
/// would not have fitted on it, or if the next line carries on a sentence in lower case.
fn is_wrap(prev_len: usize, next: &str, width: usize) -> bool {
    let first_word = next
        .split_whitespace()
        .next()
        .map_or(0, |w| w.chars().count());
    let full = prev_len + 1 + first_word > width.saturating_sub(2);
    let continues = next.chars().next().is_some_and(|c| c.is_lowercase());
    full || (continues && prev_len * 10 >= width * 6)
}

/// Markdown structure at the start of a line: the kind and the text without its marker.
fn markdown_structure(t: &str) -> (BlockKind, &str) {
    let hashes = t.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes) && t[hashes..].starts_with(' ') {
        return (BlockKind::Heading(hashes as u8), t[hashes..].trim());
    }
    for marker in ["* ", "- ", "+ ", "• "] {
        if let Some(rest) = t.strip_prefix(marker)
            && !rest.trim().is_empty()
        {
            return (BlockKind::ListItem, rest.trim());
        }
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits)
        && let Some(rest) = t[digits..]
            .strip_prefix(". ")
            .or(t[digits..].strip_prefix(") "))
    {
        return (BlockKind::ListItem, rest.trim());
    }
    if let Some(rest) = t.strip_prefix('>') {
        return (BlockKind::Quote, rest.trim());
    }
    (BlockKind::Paragraph, t)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        split(s).into_iter().map(|b| b.text).collect()
    }

    #[test]
    fn a_control_character_does_not_hide_a_heading_marker() {
        let blocks = split("Intro line.\n\n\u{3}## Why we started\n\nBody text.");
        assert_eq!(blocks[1].kind, BlockKind::Heading(2));
        assert_eq!(blocks[1].text, "Why we started");
    }

    #[test]
    fn blank_line_paragraphs() {
        assert_eq!(
            texts("One.\n\nTwo.\n\n\nThree.\n"),
            ["One.", "Two.", "Three."]
        );
    }

    #[test]
    fn crlf_and_one_block_per_line() {
        let dump = "Home\r\nSports\r\nThe match ended in a draw after a long and tense afternoon at the ground, with rain stopping play twice before tea.\r\nFans stayed on.\r\n";
        assert_eq!(
            texts(dump),
            [
                "Home",
                "Sports",
                "The match ended in a draw after a long and tense afternoon at the ground, with rain stopping play twice before tea.",
                "Fans stayed on."
            ]
        );
    }

    #[test]
    fn hard_wrapped_paragraphs_are_rejoined() {
        let wrapped = "The council voted on Tuesday to close the old bridge to heavy\n\
                       traffic after engineers found cracks in two of its supports, a\n\
                       decision that will reroute buses for at least six months.\n\
                       \n\
                       Residents welcomed the move but asked for a firm date for the\n\
                       repairs to begin.\n";
        assert_eq!(
            texts(wrapped),
            [
                "The council voted on Tuesday to close the old bridge to heavy traffic after engineers found cracks in two of its supports, a decision that will reroute buses for at least six months.",
                "Residents welcomed the move but asked for a firm date for the repairs to begin."
            ]
        );
    }

    #[test]
    fn markdown_structure_starts_blocks() {
        let b = split("# Title\n## Sub\n* item one\n- item two\n1. first\n> quoted\nplain");
        let kinds: Vec<BlockKind> = b.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Heading(1),
                BlockKind::Heading(2),
                BlockKind::ListItem,
                BlockKind::ListItem,
                BlockKind::ListItem,
                BlockKind::Quote,
                BlockKind::Paragraph
            ]
        );
        assert_eq!(b[0].text, "Title");
        assert_eq!(b[3].text, "item two");
    }

    #[test]
    fn line_numbers_are_kept() {
        let b = split("a\n\nb\r\n\r\nc");
        assert_eq!(b.iter().map(|b| b.line).collect::<Vec<_>>(), [1, 3, 5]);
    }
}
