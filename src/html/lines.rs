//! Source lines for `--explain`: the line of the page where each block's text starts.
//!
//! The parsed tree keeps no positions, so each block's first text is looked for in the page
//! itself. Blocks come in document order, and their text comes in that order in the page, so
//! the search only ever moves forward: the whole page is scanned about once, however many
//! blocks it has. Text the search cannot find (markup that moved it, characters written as
//! entities) gets the line of the block before it; once failed searches have scanned twice the
//! page, the rest are not looked for, so a page of unfindable blocks stays linear too.

use crate::document::Document;

/// Bytes of a block's text looked for: enough to tell one paragraph from another.
const NEEDLE_MAX: usize = 32;
/// The shortest stretch of text worth looking for.
const NEEDLE_MIN: usize = 4;
/// Bytes of a block's text where a stretch to look for may start.
const LOOK_IN: usize = 96;

/// A stretch of a block's first text node that the page must hold as it is.
#[derive(Debug, Clone)]
pub struct Needle {
    text: String,
    /// The stretch is where the text node starts: in the page, a tag's `>` comes before it.
    at_start: bool,
}

/// Characters a page may have written as an entity (`&amp;`, `&rsquo;`, `&nbsp;`), or that
/// the parser changed (line breaks): a stretch to look for holds none of them.
fn verbatim(c: char) -> bool {
    !(c.is_control()
        || (c.is_whitespace() && c != ' ')
        || matches!(
            c,
            '&' | '<'
                | '>'
                | '"'
                | '\''
                | '‘'
                | '’'
                | '“'
                | '”'
                | '–'
                | '—'
                | '…'
                | '«'
                | '»'
                | '©'
                | '®'
                | '™'
                | '·'
                | '•'
                | '\u{AD}'
                | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}'
        ))
}

/// What to look for of a text node: its first stretch of verbatim characters (at least
/// `NEEDLE_MIN` bytes, cut at `NEEDLE_MAX`) starting within its first `LOOK_IN` bytes.
pub fn needle(text: &str) -> Option<Needle> {
    let text = text.trim_start();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match start {
            Some(s) if !verbatim(c) || i - s >= NEEDLE_MAX => {
                if let Some(n) = stretch(text, s, i) {
                    return Some(n);
                }
                start = None;
            }
            None if i > LOOK_IN => return None,
            None if verbatim(c) && c != ' ' => start = Some(i),
            _ => {}
        }
    }
    start.and_then(|s| stretch(text, s, text.len()))
}

fn stretch(text: &str, start: usize, end: usize) -> Option<Needle> {
    let mut end = end.min(start + NEEDLE_MAX);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let s = text[start..end].trim_end();
    (s.len() >= NEEDLE_MIN).then(|| Needle {
        text: s.to_string(),
        at_start: start == 0,
    })
}

/// 1-based line numbers of byte offsets, asked for in (mostly) increasing order.
struct Lines<'a> {
    page: &'a [u8],
    pos: usize,
    line: usize,
}

impl Lines<'_> {
    fn at(&mut self, p: usize) -> usize {
        let p = p.min(self.page.len());
        if p >= self.pos {
            self.line += memchr::memchr_iter(b'\n', &self.page[self.pos..p]).count();
        } else {
            self.line -= memchr::memchr_iter(b'\n', &self.page[p..self.pos]).count();
        }
        self.pos = p;
        self.line
    }
}

/// Where `n` is in `page` at or after `from`: for a stretch that starts its text node, only
/// where a tag's `>` (or an entity's `;`) comes before it, past any white space.
fn find(page: &[u8], from: usize, n: &Needle) -> Option<usize> {
    let hay = page.get(from..)?;
    memchr::memmem::find_iter(hay, n.text.as_bytes())
        .map(|p| from + p)
        .find(|&p| {
            !n.at_start || {
                let before = page[..p].iter().rposition(|b| !b.is_ascii_whitespace());
                before.is_none_or(|b| matches!(page[b], b'>' | b';'))
            }
        })
}

/// The line of `page` where each needle's text is, in order (`None`: nothing to look for).
pub fn locate(page: &str, needles: &[Option<Needle>]) -> Vec<usize> {
    let hay = page.as_bytes();
    let mut cursor = super::strip::find_ci(hay, "<body", 0).unwrap_or(0);
    let mut lines = Lines {
        page: hay,
        pos: 0,
        line: 1,
    };
    let mut last = lines.at(cursor);
    let mut budget = hay.len().saturating_mul(2);
    let mut out = Vec::with_capacity(needles.len());
    for n in needles {
        if let Some(n) = n
            && budget > 0
        {
            match find(hay, cursor, n) {
                Some(p) => {
                    last = lines.at(p);
                    cursor = p + n.text.len();
                }
                None => budget = budget.saturating_sub(hay.len() - cursor.min(hay.len())),
            }
        }
        out.push(last);
    }
    out
}

/// Rewrites the block numbers in `doc`'s account (`removed`, `placed`) as the page's source
/// lines. `needles[i]` is for the block numbered `i`.
pub fn to_source_lines(doc: &mut Document, page: &str, needles: &[Option<Needle>]) {
    if doc.removed.is_none() && doc.placed.is_empty() {
        return;
    }
    let lines = locate(page, needles);
    let map = |n: &mut usize| {
        if let Some(&l) = lines.get(*n) {
            *n = l;
        }
    };
    for r in doc.removed.iter_mut().flatten() {
        map(&mut r.line);
    }
    for p in &mut doc.placed {
        map(&mut p.line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines_of(page: &str, texts: &[&str]) -> Vec<usize> {
        let needles: Vec<_> = texts.iter().map(|t| needle(t)).collect();
        locate(page, &needles)
    }

    #[test]
    fn needles_skip_what_a_page_may_write_as_an_entity() {
        let n = needle("  “The bridge is closed,” she said.").unwrap();
        assert_eq!(n.text, "The bridge is closed,");
        assert!(!n.at_start);
        let n = needle("The council voted on Tuesday to close the old bridge to heavy traffic")
            .unwrap();
        assert_eq!(n.text, "The council voted on Tuesday to");
        assert!(n.at_start);
        assert!(needle("“A”").is_none());
        assert_eq!(needle("Лондон — столица").unwrap().text, "Лондон");
        // A cut never splits a character.
        let n = needle(&"é".repeat(40)).unwrap();
        assert!(n.text.len() <= NEEDLE_MAX && n.text.chars().all(|c| c == 'é'));
    }

    #[test]
    fn blocks_get_the_line_their_text_starts_on() {
        let page = "<html><head><title>Bridge closed</title></head>\n<body>\n<h1>Bridge closed</h1>\n\
                    <nav>Home</nav>\n<p>The council\nvoted.</p><p>Second &amp; last.</p>\n\n<p>\n  &ldquo;Third,&rdquo; he said.</p>";
        assert_eq!(
            lines_of(
                page,
                &[
                    "Bridge closed",
                    "The council\nvoted.",
                    "Second & last.",
                    "“Third,” he said."
                ]
            ),
            [3, 5, 6, 9]
        );
    }

    #[test]
    fn text_not_in_the_page_takes_the_line_before_and_the_search_stays_linear() {
        let page = format!(
            "<body>\n<p>One two three</p>\n{}",
            "<p>x</p>\n".repeat(10_000)
        );
        let mut texts = vec!["One two three"];
        texts.extend(std::iter::repeat_n("nowhere to be found", 10_000));
        let got = lines_of(&page, &texts);
        assert_eq!(got[0], 2);
        assert!(got.iter().all(|&l| l == 2));
    }
}
