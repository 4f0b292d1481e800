//! Text dump → blocks.
//!
//! Dumps come in three layouts, often mixed: paragraphs separated by blank lines, one block
//! per line with no blank lines, and prose hard-wrapped at a fixed width. A line break inside a
//! group of lines is a wrap (join) only when the document is hard-wrapped and the line was full:
//! adding the next line's first word would have passed the wrap width. Markdown structure
//! (`#` headings, `*`/`-`/`1.` items, `>` quotes) always starts a new block.
//!
//! Markdown dumps (reader proxies such as r.jina.ai or Firecrawl, exported WordPress, Ghost or
//! Substack posts) are read as Markdown:
//!
//! - a reader proxy's header (`Title:`, `URL Source:`, …, `Markdown Content:`) and a post's
//!   front matter (`---` … `---`) become the headline and one block judged as their envelope;
//! - a link whose text runs over several lines is one line, so that it is reduced to its text
//!   like any other link;
//! - setext headings (a line underlined with `===` or `---`) are headings; rules (`---`,
//!   `* * *`) and table separator rows (`|---|---|`) are syntax, not blocks;
//! - a table row is a list item, its cells joined by ` · `;
//! - an ordered item keeps its number (`1. It only runs …`), a bullet's marker goes;
//! - an indented line under a list item continues the item; `>` lines run on as one quote;
//! - a share or related heading and the links listed under it are one block, judged as such
//!   (see [`crate::rules::markdown`]), and so is a run of links to share endpoints;
//! - a link reference definition (`[1]: https://…`) is a block of its own, judged as markup;
//! - every block of a dump with Markdown links carries its link density, as a page's do.
//!
//! The reader here walks the lines and builds the blocks; what it needs of Markdown is cut
//! into submodules: [`syntax`] tells a line's Markdown structure (headings, items, rules,
//! tables), [`links`] joins a link that runs over several lines and measures link density,
//! [`envelope`](mod@envelope) reads a reader proxy's header or a post's front matter at the
//! top, and [`units`](mod@units) gathers share and related lists, a readers' thread and an
//! author's link into judged blocks once the reader is done.

mod envelope;
mod links;
mod syntax;
mod units;

pub(crate) use syntax::ordered_marker;

use crate::block::{Block, BlockKind};
use crate::rules::markdown;
use crate::text::normalize;
use crate::tidy;
use envelope::envelope;
use links::{join_links, measure_links};
use std::borrow::Cow;
use syntax::{
    is_link_definition, is_rule, is_table_row, is_table_separator, markdown_structure,
    setext_level, starts_structure, table_row,
};
use units::units;

struct Line<'a> {
    text: Cow<'a, str>,
    no: usize,
    /// The line is one link around a card: a title, a summary, a picture on lines of their
    /// own (a bookmark card, a teaser), joined.
    card: bool,
}

/// The text reader: a dump split into blocks, each with the input line it starts on.
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
            text: Cow::Borrowed(t.strip_suffix('\r').unwrap_or(t)),
            no: i + 1,
            card: false,
        })
        .collect();
    let width = wrap_width(&lines);
    let mut blocks = Vec::new();
    let body = envelope(&lines, &mut blocks);
    let lines = join_links(lines.into_iter().skip(body).collect());
    let mut reader = Reader {
        blocks,
        current: None,
        current_lines: 0,
        prev_len: 0,
        prev_blank: true,
        item_gap: false,
        in_table: false,
        width,
    };
    for i in 0..lines.len() {
        reader.line(&lines, i);
    }
    reader.flush();
    let mut blocks = units(reader.blocks);
    measure_links(&mut blocks);
    blocks
}

/// Control characters at the ends go as whitespace does (the block's text drops them later
/// anyway): a stray one must not hide a line's Markdown marker, or cleaning the output again
/// would read as a heading what the first pass kept as text.
fn trimmed(t: &str) -> &str {
    t.trim_matches(|c: char| c.is_whitespace() || c.is_control())
}

/// Columns of indentation (a tab counts four).
fn indent(t: &str) -> usize {
    t.chars()
        .take_while(|c| c.is_whitespace())
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum()
}

struct Reader {
    blocks: Vec<Block>,
    current: Option<Block>,
    /// Lines the current block was built from.
    current_lines: usize,
    prev_len: usize,
    prev_blank: bool,
    /// Blank lines stand after the current list item: an indented line still continues it.
    item_gap: bool,
    /// The line before was a table's row or separator: a line with a pipe is another row.
    in_table: bool,
    width: Option<usize>,
}

impl Reader {
    fn flush(&mut self) {
        self.blocks.extend(self.current.take());
        self.current_lines = 0;
        self.item_gap = false;
    }

    fn start(&mut self, text: impl Into<String>, kind: BlockKind, no: usize) {
        self.flush();
        self.current = Some(Block::new(text, kind, no));
        self.current_lines = 1;
    }

    fn append(&mut self, text: &str) {
        if let Some(cur) = self.current.as_mut() {
            cur.text.push(' ');
            cur.text.push_str(text);
            self.current_lines += 1;
        }
    }

    fn current_kind(&self) -> Option<BlockKind> {
        self.current.as_ref().map(|b| b.kind)
    }

    fn line(&mut self, lines: &[Line], i: usize) {
        let line = &lines[i];
        let t = trimmed(&line.text);
        let blank = t.is_empty();
        let prev_blank = std::mem::replace(&mut self.prev_blank, blank);
        let in_table = std::mem::take(&mut self.in_table);
        if blank {
            if self.current_kind() == Some(BlockKind::ListItem) {
                self.item_gap = true;
            } else {
                self.flush();
            }
            return;
        }
        // An indented line under a list item is more of the item, after blank lines too.
        if self.current_kind() == Some(BlockKind::ListItem)
            && indent(&line.text) >= 2
            && !starts_structure(t)
        {
            self.append(t);
            self.item_gap = false;
            self.prev_len = t.chars().count();
            return;
        }
        if self.item_gap {
            self.flush();
        }
        if let Some(level) = setext_level(t)
            && self.current_kind() == Some(BlockKind::Paragraph)
            && self.current_lines == 1
            && !prev_blank
        {
            if let Some(cur) = self.current.as_mut() {
                cur.kind = BlockKind::Heading(level);
            }
            self.flush();
            return;
        }
        if is_table_separator(t) {
            self.flush();
            self.in_table = true;
            return;
        }
        if is_rule(t) {
            self.flush();
            return;
        }
        let next = lines.get(i + 1).map(|l| trimmed(&l.text));
        if is_table_row(t, next) || (in_table && t.contains('|')) {
            self.in_table = true;
            self.start(table_row(t), BlockKind::ListItem, line.no);
            self.flush();
            return;
        }
        if is_link_definition(t) {
            self.start(t, BlockKind::Paragraph, line.no);
            if let Some(cur) = self.current.as_mut() {
                cur.verdict = Some(markdown::verdict_for("link-definition"));
            }
            self.flush();
            return;
        }
        let (kind, body) = markdown_structure(t);
        if line.card {
            self.start(body.into_owned(), kind, line.no);
            if let Some(cur) = self.current.as_mut() {
                cur.verdict = Some(markdown::verdict_for("link-card"));
            }
            self.flush();
            return;
        }
        if kind == BlockKind::Quote && body.is_empty() {
            // A `>` line of its own parts a quote's paragraphs.
            self.flush();
            return;
        }
        let joins = match (self.current_kind(), self.width) {
            // `>` lines run on as one quote, as Markdown reads them.
            (Some(BlockKind::Quote), _) if kind == BlockKind::Quote && !prev_blank => true,
            (Some(cur), Some(w)) => {
                kind == BlockKind::Paragraph
                    && matches!(
                        cur,
                        BlockKind::Paragraph | BlockKind::ListItem | BlockKind::Quote
                    )
                    && is_wrap(self.prev_len, t, w)
            }
            _ => false,
        };
        if joins {
            self.append(&body);
        } else {
            self.start(body.into_owned(), kind, line.no);
        }
        self.prev_len = t.chars().count();
    }
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

/// Text with its Markdown reduced and whitespace collapsed.
fn plain(t: &str) -> String {
    tidy::whitespace(&normalize::markdown_inline(t))
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
    fn indented_lines_continue_a_list_item() {
        let b = split(
            "*   First point.\n    \n    More of the first point.\n*   Second point.\n    *   A nested point.\n\nAfter the list.",
        );
        let texts: Vec<&str> = b.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "First point. More of the first point.",
                "Second point.",
                "A nested point.",
                "After the list."
            ]
        );
    }

    #[test]
    fn line_numbers_are_kept() {
        let b = split("a\n\nb\r\n\r\nc");
        assert_eq!(b.iter().map(|b| b.line).collect::<Vec<_>>(), [1, 3, 5]);
    }

    pub(super) fn doc(s: &str) -> crate::Document {
        crate::clean_text(
            s,
            &crate::Options {
                explain: true,
                ..Default::default()
            },
        )
    }

    pub(super) fn removed(d: &crate::Document) -> Vec<(&'static str, String)> {
        d.removed
            .iter()
            .flatten()
            .map(|r| (r.rule, r.text.clone()))
            .collect()
    }

    pub(super) const STORY: &str = "The council voted on Tuesday to close the old bridge to heavy traffic after \
                         engineers found cracks in two of its supports, a decision that will reroute \
                         buses for at least six months.\n\n\
                         Residents welcomed the move but asked for a firm date for the repairs to \
                         begin, and the mayor promised one before the end of the month.\n\n";
    pub(super) const MORE: &str = "\n\nEngineers will inspect the other two bridges over the river next month, and \
                        the council has set aside money for the work in case they find the same \
                        cracks there, a spokeswoman said on Wednesday.\n";
}
