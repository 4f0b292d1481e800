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

use crate::block::{Block, BlockKind};
use crate::rules::{Reason, boilerplate, markdown};
use crate::text::{normalize, word_count};
use std::borrow::Cow;

struct Line<'a> {
    text: Cow<'a, str>,
    no: usize,
    /// The line is one link around a card: a title, a summary, a picture on lines of their
    /// own (a bookmark card, a teaser), joined.
    card: bool,
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

/// The length of an ordered list item's marker (`1.`, `12)`) at the start of `t`, when a
/// space or the end follows it.
pub(crate) fn ordered_marker(t: &str) -> Option<usize> {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let rest = &t[digits..];
    (rest.starts_with(". ") || rest.starts_with(") ") || rest.starts_with(".\t"))
        .then_some(digits + 1)
}

/// Markdown structure at the start of a line: the kind and the text without its marker. An
/// ordered item keeps its number, written `1. ` whatever the spaces after it.
fn markdown_structure(t: &str) -> (BlockKind, Cow<'_, str>) {
    let hashes = t.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes) && t[hashes..].starts_with([' ', '\t']) {
        // A closing run of `#` is not the heading's text ("## Sources ##").
        let text = t[hashes..].trim();
        let text = match text.trim_end_matches('#') {
            rest if rest.ends_with([' ', '\t']) => rest.trim_end(),
            _ => text,
        };
        return (BlockKind::Heading(hashes as u8), Cow::Borrowed(text));
    }
    for marker in ['*', '-', '+', '•'] {
        if let Some(rest) = t.strip_prefix(marker)
            && rest.starts_with([' ', '\t'])
            && !rest.trim().is_empty()
        {
            return (BlockKind::ListItem, Cow::Borrowed(rest.trim()));
        }
    }
    if let Some(n) = ordered_marker(t) {
        let rest = t[n..].trim();
        if !rest.is_empty() {
            return (
                BlockKind::ListItem,
                Cow::Owned(format!("{} {rest}", &t[..n])),
            );
        }
    }
    if t.starts_with('>') {
        let rest = t.trim_start_matches(|c: char| c == '>' || c.is_whitespace());
        return (BlockKind::Quote, Cow::Borrowed(rest));
    }
    (BlockKind::Paragraph, Cow::Borrowed(t))
}

/// A line that starts a block of its own kind: it does not continue a list item however far
/// it is indented (a nested item, a heading, a quote, a table row).
fn starts_structure(t: &str) -> bool {
    markdown_structure(t).0 != BlockKind::Paragraph || is_rule(t) || t.starts_with('|')
}

/// `===` or `---` under a line of text: the line is a heading of level 1 or 2.
fn setext_level(t: &str) -> Option<u8> {
    let first = t.bytes().next()?;
    let level = match first {
        b'=' => 1,
        b'-' if t.len() >= 2 => 2,
        _ => return None,
    };
    t.bytes().all(|b| b == first).then_some(level)
}

/// A thematic break: three or more `-`, `*` or `_`, spaces allowed between.
fn is_rule(t: &str) -> bool {
    let Some(first) = t.bytes().next() else {
        return false;
    };
    matches!(first, b'-' | b'*' | b'_')
        && t.bytes().all(|b| b == first || b == b' ' || b == b'\t')
        && t.bytes().filter(|&b| b == first).count() >= 3
}

/// The cells of a table row, without the outer pipes; `\|` is a pipe inside a cell.
fn cells(t: &str) -> Vec<String> {
    let inner = t.strip_prefix('|').unwrap_or(t);
    let inner = match inner.strip_suffix('|') {
        Some(s) if !s.ends_with('\\') => s,
        _ => inner,
    };
    let mut out = vec![String::new()];
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                out.last_mut().expect("one cell at least").push('|');
                chars.next();
            }
            '|' => out.push(String::new()),
            c => out.last_mut().expect("one cell at least").push(c),
        }
    }
    out
}

/// `|---|:--:|` (or `---|---` without the outer pipes): the line under a table's header.
fn is_table_separator(t: &str) -> bool {
    t.contains('|')
        && t.contains('-')
        && cells(t).iter().all(|c| {
            let c = c.trim();
            let dashes = c.trim_start_matches(':').trim_end_matches(':');
            !dashes.is_empty() && dashes.bytes().all(|b| b == b'-')
        })
}

/// A table's row: between pipes, or with pipes inside and a separator row under it.
fn is_table_row(t: &str, next: Option<&str>) -> bool {
    (t.starts_with('|') && t[1..].contains('|'))
        || (t.contains('|') && next.is_some_and(is_table_separator))
}

/// A row as a line of text: its cells, trimmed, the empty ones left out, joined by ` · `.
fn table_row(t: &str) -> String {
    cells(t)
        .iter()
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

/// `[label]: destination "title"`, a link reference definition (not a footnote's `[^1]:`).
fn is_link_definition(t: &str) -> bool {
    let Some(rest) = t.strip_prefix('[') else {
        return false;
    };
    let Some(close) = rest.find("]:") else {
        return false;
    };
    let label = &rest[..close];
    let dest = rest[close + 2..].trim();
    !label.is_empty()
        && !label.starts_with('^')
        && !label.contains(['[', ']'])
        && !dest.is_empty()
        && dest
            .split_whitespace()
            .next()
            .is_some_and(|d| d.contains(['/', '.', '#', ':']) && !d.contains(['[', ']']))
}

/// How many lines a link's text may run over.
const LINK_LINES: usize = 12;

/// Lines holding one link between them (`[Click to share on X (Opens in new window)` on one,
/// `X](https://…)` on the next) joined into one, so that the link is reduced to its text like
/// any other. A `[` that no `](` or `][` closes within [`LINK_LINES`] lines is prose.
fn join_links(mut lines: Vec<Line>) -> Vec<Line> {
    if !lines.iter().any(|l| l.text.contains('[')) {
        return lines;
    }
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let depth = bracket_depth(0, &lines[i].text).0;
        if depth > 0
            && let Some(end) = link_end(&lines, i, depth)
        {
            let mut text = lines[i].text.trim_end().trim_end_matches('\\').to_string();
            for l in &lines[i + 1..=end] {
                let part = continuation(&l.text);
                // The link's closing bracket goes right after its text: a line break before
                // it is no space in the text.
                if !part.is_empty() && !part.starts_with(']') {
                    text.push(' ');
                }
                text.push_str(part);
            }
            // Parts on lines of their own, a picture or a heading among them: a card.
            let opening = trimmed(&lines[i].text);
            let structured = opening.ends_with("[![")
                || opening.ends_with('[')
                    && lines[i + 1..end].iter().any(|l| {
                        let t = trimmed(&l.text);
                        t.is_empty() || t.starts_with('#') || t.starts_with("![")
                    })
                || lines[i + 1..end]
                    .iter()
                    .any(|l| trimmed(&l.text).starts_with('#'));
            let card = structured && is_one_link(&text);
            out.push(Line {
                text: Cow::Owned(text),
                no: lines[i].no,
                card,
            });
            i = end + 1;
            continue;
        }
        out.push(Line {
            text: std::mem::take(&mut lines[i].text),
            no: lines[i].no,
            card: false,
        });
        i += 1;
    }
    out
}

/// A line (an item's marker aside) that is one link and nothing else.
fn is_one_link(t: &str) -> bool {
    let body = markdown_structure(trimmed(t)).1;
    let (linked, total) = normalize::link_shares(&body);
    total > 0 && linked == total && normalize::link_targets(&body).len() == 1
}

/// A line inside a link's text, as it joins the line before: trimmed, without the heading or
/// quote marker a converter put on it, nor a hard break's backslash.
fn continuation(t: &str) -> &str {
    let t = trimmed(t).trim_end_matches('\\').trim_end();
    let t = t.trim_start_matches('#').trim_start();
    t.trim_start_matches('>').trim_start()
}

/// Open `[` left after the line, from `depth` open before it; and where, if anywhere, the
/// depth came back to zero (the byte after that `]`).
fn bracket_depth(mut depth: usize, t: &str) -> (usize, Option<usize>) {
    let b = t.as_bytes();
    let mut i = 0;
    let mut closed_at = None;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 1,
            b'[' => depth += 1,
            b']' if depth > 0 => {
                depth -= 1;
                if depth == 0 && closed_at.is_none() {
                    closed_at = Some(i + 1);
                }
            }
            _ => {}
        }
        i += 1;
    }
    (depth, closed_at)
}

/// The line where the link opened on line `from` closes, if a `](` or `][` closes it.
fn link_end(lines: &[Line], from: usize, mut depth: usize) -> Option<usize> {
    for (j, l) in lines.iter().enumerate().skip(from + 1).take(LINK_LINES) {
        let (after, closed_at) = bracket_depth(depth, &l.text);
        if let Some(at) = closed_at {
            let follows = l.text[at..].chars().next();
            return matches!(follows, Some('(' | '[')).then_some(j);
        }
        depth = after;
    }
    None
}

/// A reader proxy's header or a post's front matter at the top: the headline as a block of its
/// own (unless the body opens with the same headline), the rest as one judged block. Returns
/// the index of the body's first line.
fn envelope(lines: &[Line], blocks: &mut Vec<Block>) -> usize {
    reader_header(lines, blocks)
        .or_else(|| front_matter(lines, blocks))
        .unwrap_or(0)
}

/// Lines that stand on their own line of a reader proxy's header.
const HEADER_FIELD_LINES: usize = 12;

/// `Title: …`, `URL Source: …`, (`Published Time: …`, `Warning: …`), `Markdown Content:`.
fn reader_header(lines: &[Line], blocks: &mut Vec<Block>) -> Option<usize> {
    let first = lines.iter().position(|l| !trimmed(&l.text).is_empty())?;
    let title = strip_prefix_ci(trimmed(&lines[first].text), "title:")?.trim();
    let mut url = false;
    let mut end = None;
    for (k, l) in lines
        .iter()
        .enumerate()
        .skip(first + 1)
        .take(HEADER_FIELD_LINES)
    {
        let t = trimmed(&l.text);
        if t.is_empty() {
            continue;
        }
        if strip_prefix_ci(t, "markdown content:").is_some() {
            end = Some(k);
            break;
        }
        let key = t.split(':').next().unwrap_or("");
        if !t.contains(':')
            || key.is_empty()
            || key.len() > 30
            || !key.chars().all(|c| c.is_ascii_alphabetic() || c == ' ')
        {
            return None;
        }
        url |= key.eq_ignore_ascii_case("url source");
    }
    let end = end.filter(|_| url)?;
    let body_heading = first_heading(&lines[end + 1..]);
    let redundant = title.is_empty() || body_heading.is_some_and(|h| same_headline(title, &h));
    let from = if redundant {
        first
    } else {
        blocks.push(Block::new(title, BlockKind::Heading(1), lines[first].no));
        first + 1
    };
    push_envelope(lines, from..=end, "reader-envelope", blocks);
    Some(end + 1)
}

fn strip_prefix_ci<'t>(t: &'t str, prefix: &str) -> Option<&'t str> {
    (t.len() >= prefix.len()
        && t.is_char_boundary(prefix.len())
        && t[..prefix.len()].eq_ignore_ascii_case(prefix))
    .then(|| &t[prefix.len()..])
}

/// Lines of the body looked through for its headline: a proxy's body often opens with the
/// page's menu.
const HEADLINE_REACH: usize = 60;

/// The body's first heading of level 1 or 2 (`# …`, or a line over `===`/`---`) among its
/// first lines, as plain text.
fn first_heading(lines: &[Line]) -> Option<String> {
    let texts: Vec<&str> = lines
        .iter()
        .take(HEADLINE_REACH)
        .map(|l| trimmed(&l.text))
        .collect();
    texts
        .iter()
        .enumerate()
        .find_map(|(k, t)| match markdown_structure(t) {
            (BlockKind::Heading(1 | 2), h) => Some(plain(&h)),
            (BlockKind::Paragraph, _)
                if !t.is_empty()
                    && (k == 0 || texts[k - 1].is_empty())
                    && texts.get(k + 1).copied().and_then(setext_level).is_some() =>
            {
                Some(plain(t))
            }
            _ => None,
        })
}

/// Text with its Markdown reduced and whitespace collapsed.
fn plain(t: &str) -> String {
    normalize::whitespace(&normalize::markdown_inline(t))
}

/// The proxy's title is the body's headline, alone or with the site's name beside it
/// ("Ferry crews vote to strike – Harbour Gazette").
fn same_headline(title: &str, heading: &str) -> bool {
    let (t, h) = (plain(title).to_lowercase(), heading.to_lowercase());
    if h.is_empty() {
        return false;
    }
    let separated = |rest: &str| {
        let rest = rest.trim();
        rest.is_empty() || rest.starts_with(['-', '–', '—', '|', ':', '·', '•', '»', '/'])
    };
    t == h
        || t.strip_prefix(&h).is_some_and(separated)
        || t.strip_suffix(&h)
            .is_some_and(|r| separated(&r.chars().rev().collect::<String>()))
}

/// Lines a front matter may hold.
const FRONT_MATTER_LINES: usize = 100;

/// `---` (YAML) or `+++` (TOML) at the very top, `key: value` lines, and the closing marker:
/// an exported post's front matter. Its `title` is the headline.
fn front_matter(lines: &[Line], blocks: &mut Vec<Block>) -> Option<usize> {
    let open = trimmed(&lines.first()?.text);
    if open != "---" && open != "+++" {
        return None;
    }
    let mut title: Option<(usize, String)> = None;
    let mut keys = 0;
    for (k, l) in lines.iter().enumerate().skip(1).take(FRONT_MATTER_LINES) {
        let raw = l.text.as_ref();
        let t = trimmed(raw);
        if t == open || (open == "---" && t == "...") {
            if keys == 0 {
                return None;
            }
            if let Some((at, text)) = &title {
                blocks.push(Block::new(
                    text.clone(),
                    BlockKind::Heading(1),
                    lines[*at].no,
                ));
            }
            let text = lines[..=k]
                .iter()
                .enumerate()
                .filter(|(j, _)| title.as_ref().is_none_or(|(at, _)| at != j))
                .map(|(_, l)| trimmed(&l.text))
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            let mut b = Block::new(text, BlockKind::Paragraph, lines[0].no);
            b.verdict = Some(markdown::verdict_for("front-matter"));
            blocks.push(b);
            return Some(k + 1);
        }
        if t.is_empty() || t.starts_with('#') || indent(raw) > 0 || t.starts_with("- ") {
            continue;
        }
        let sep = t.find([':', '='])?;
        let key = t[..sep].trim();
        if key.is_empty()
            || !key
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
        {
            return None;
        }
        keys += 1;
        if key.eq_ignore_ascii_case("title") && title.is_none() {
            let value = unquote(t[sep + 1..].trim());
            if !value.is_empty() {
                title = Some((k, value));
            }
        }
    }
    None
}

/// A YAML or TOML scalar without its quotes (`"The \"night bus\""` → `The "night bus"`).
fn unquote(v: &str) -> String {
    if v.len() >= 2 && v.starts_with('"') && v.ends_with('"') {
        v[1..v.len() - 1].replace("\\\"", "\"")
    } else if v.len() >= 2 && v.starts_with('\'') && v.ends_with('\'') {
        v[1..v.len() - 1].replace("''", "'")
    } else {
        v.to_string()
    }
}

/// The non-blank lines in `range` as one block judged by the verdict `id`.
fn push_envelope(
    lines: &[Line],
    range: std::ops::RangeInclusive<usize>,
    id: &str,
    blocks: &mut Vec<Block>,
) {
    let parts: Vec<&str> = lines[range.clone()]
        .iter()
        .map(|l| trimmed(&l.text))
        .filter(|t| !t.is_empty())
        .collect();
    let Some(no) = lines[range]
        .iter()
        .find(|l| !trimmed(&l.text).is_empty())
        .map(|l| l.no)
    else {
        return;
    };
    let mut b = Block::new(parts.join(" "), BlockKind::Paragraph, no);
    b.verdict = Some(markdown::verdict_for(id));
    blocks.push(b);
}

/// Words a share or related heading has at most.
const LABEL_WORDS: usize = 6;
/// Words its line may have before its Markdown is reduced (a link's title, an image's alt).
const LABEL_RAW_WORDS: usize = 40;
/// Words a line between two related links may have (a card's date, its `In "Topic"`).
const CARD_LINE_WORDS: usize = 6;

/// Whether most of a block's letters are link text.
fn linky(text: &str) -> bool {
    let (linked, total) = link_shares(text);
    total > 0 && linked * 2 >= total
}

/// [`normalize::link_shares`] of the text the cleaner will see: without the link notes
/// ("(opens in new tab)") that are cut from it before.
fn link_shares(text: &str) -> (usize, usize) {
    let notes = markdown::find_notes(text);
    if notes.is_empty() {
        return normalize::link_shares(text);
    }
    let mut cut = String::with_capacity(text.len());
    let mut last = 0;
    for (_, range) in notes {
        cut.push_str(&text[last..range.start]);
        last = range.end;
    }
    cut.push_str(&text[last..]);
    normalize::link_shares(&cut)
}

/// The verdict a heading or short line earns as a label over a list of links: a share
/// heading ("Share this:") or a related one ("Related", "Read next").
fn label_verdict(b: &Block) -> Option<&'static markdown::Verdict> {
    if b.verdict.is_some()
        || b.kind == BlockKind::Quote
        || word_count(&b.text) > LABEL_RAW_WORDS
        || linky(&b.text)
    {
        return None;
    }
    let text = plain(&b.text);
    if word_count(&text) > LABEL_WORDS {
        return None;
    }
    let row = boilerplate::classify(&text)?;
    match row.reason {
        Reason::Share => Some(markdown::verdict_for("share-list")),
        Reason::Related => Some(markdown::verdict_for("related-list")),
        _ if boilerplate::opens_list(row.id).is_some() => {
            Some(markdown::verdict_for("related-list"))
        }
        _ => None,
    }
}

/// A block of links and nothing else, each to a share endpoint.
fn share_links(b: &Block) -> bool {
    b.verdict.is_none() && b.text.contains("](") && linky(&b.text) && {
        let targets = normalize::link_targets(&b.text);
        !targets.is_empty() && targets.iter().all(|u| markdown::is_share_target(u))
    }
}

/// Rows of the table whose heading opens a readers' discussion.
const DISCUSSION_HEADINGS: &[&str] = &[
    "comment-prompt",
    "comment-heading",
    "comment-thread-title",
    "discussion-heading",
];
/// Paragraphs of story length that must stand above a comments heading for it to open the
/// discussion: a "Comments" heading above the story is a sidebar's.
const STORY_ABOVE_DISCUSSION: usize = 2;

/// A heading over readers' comments, with `prose_above` paragraphs of the story above it.
fn opens_discussion(b: &Block, prose_above: usize) -> bool {
    matches!(b.kind, BlockKind::Heading(_))
        && prose_above >= STORY_ABOVE_DISCUSSION
        && boilerplate::classify(&plain(&b.text))
            .is_some_and(|r| DISCUSSION_HEADINGS.contains(&r.id))
}

/// Words of prose that make a block a paragraph of the story's.
const PROSE_WORDS: usize = 15;

/// For each block, how many paragraphs of prose (not headings, not judged) stand before it.
fn prose_counts(blocks: &[Block]) -> Vec<usize> {
    let mut n = 0;
    blocks
        .iter()
        .map(|b| {
            let before = n;
            if b.verdict.is_none()
                && !matches!(b.kind, BlockKind::Heading(_))
                && word_count(&b.text) >= PROSE_WORDS
            {
                n += 1;
            }
            before
        })
        .collect()
}

/// Share and related lists as one block each: a label and the link-only blocks under it
/// (for related links, with a card's short lines between them), or a run of share links;
/// and a heading over readers' comments with everything below it, in a dump with Markdown
/// headings.
fn units(blocks: Vec<Block>) -> Vec<Block> {
    if !blocks
        .iter()
        .any(|b| b.text.contains("](") || matches!(b.kind, BlockKind::Heading(_)))
    {
        return blocks;
    }
    // (first block, last block, verdict) of each unit, in order
    let mut found: Vec<(usize, usize, &'static markdown::Verdict)> = Vec::new();
    let prose = prose_counts(&blocks);
    let mut i = 0;
    while i < blocks.len() {
        if let Some((end, v)) = unit_at(&blocks, i, prose[i]) {
            found.push((i, end, v));
            i = end + 1;
        } else {
            i += 1;
        }
    }
    if found.is_empty() {
        return blocks;
    }
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    let mut next = found.into_iter().peekable();
    let mut open: Option<(usize, &'static markdown::Verdict)> = None;
    for (k, b) in blocks.into_iter().enumerate() {
        if let Some(&(start, end, v)) = next.peek()
            && start == k
        {
            next.next();
            open = Some((end, v));
            let mut unit = b;
            unit.verdict = Some(v);
            out.push(unit);
        } else if let Some((end, _)) = open
            && let Some(unit) = out.last_mut()
        {
            unit.text.push(' ');
            unit.text.push_str(&b.text);
            if k == end {
                open = None;
            }
            continue;
        } else {
            out.push(b);
        }
        if open.is_some_and(|(end, _)| end == k) {
            open = None;
        }
    }
    out
}

/// Words an author's name has at most.
const NAME_WORDS: usize = 4;

/// A line that is only a link to the author's page, with a name for its text, above the
/// story's first paragraph of prose.
fn author_link(b: &Block, prose_above: usize) -> bool {
    if prose_above > 0
        || b.verdict.is_some()
        || b.kind != BlockKind::Paragraph
        || word_count(&b.text) > 3 * NAME_WORDS
        || !b.text.contains("](")
    {
        return false;
    }
    let text = plain(&b.text);
    (2..=NAME_WORDS).contains(&word_count(&text))
        && text
            .split(' ')
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && normalize::link_shares(&b.text).0 == text.chars().filter(|c| c.is_alphanumeric()).count()
        && {
            let targets = normalize::link_targets(&b.text);
            targets.len() == 1 && markdown::is_author_page(&targets[0])
        }
}

/// The unit that starts at block `i` (with `prose_above` paragraphs of prose before it), if
/// one does: its last block and its verdict.
fn unit_at(
    blocks: &[Block],
    i: usize,
    prose_above: usize,
) -> Option<(usize, &'static markdown::Verdict)> {
    if author_link(&blocks[i], prose_above) {
        return Some((i, markdown::verdict_for("author-link")));
    }
    if opens_discussion(&blocks[i], prose_above) {
        let end = blocks[i + 1..]
            .iter()
            .position(|b| b.verdict.is_some())
            .map_or(blocks.len() - 1, |k| i + k);
        return Some((end, markdown::verdict_for("discussion")));
    }
    if let Some(v) = label_verdict(&blocks[i]) {
        let mut end = None;
        // A card's lines after its link (date, topic): how many stood between two links at
        // most, and how many follow the last link so far. The last card has as many.
        let mut card_lines = 0;
        let mut trailing = 0;
        for (j, b) in blocks.iter().enumerate().skip(i + 1) {
            if b.verdict.is_some_and(|v| v.id == "link-card") {
                end = Some(j);
                trailing = 0;
                continue;
            }
            if b.verdict.is_some() || matches!(b.kind, BlockKind::Heading(_) | BlockKind::Quote) {
                break;
            }
            // A line the table gives another reason (a tags line, a comment prompt) ends
            // the list; a card's date does not.
            let other = boilerplate::classify(&plain(&b.text))
                .is_some_and(|r| r.reason != v.reason && r.reason != Reason::Timestamp);
            if other {
                break;
            }
            // Under a share heading, a list of links, or links to share endpoints.
            let shares = v.reason != Reason::Share
                || b.kind == BlockKind::ListItem
                || share_links(b)
                || boilerplate::classify(&plain(&b.text))
                    .is_some_and(|r| r.reason == Reason::Share);
            if b.text.contains(['[', '<']) && linky(&b.text) && shares {
                end = Some(j);
                card_lines = card_lines.max(trailing);
                trailing = 0;
            } else if v.reason == Reason::Related
                && end.is_some()
                && word_count(&plain(&b.text)) <= CARD_LINE_WORDS
                && !b.text.trim_end().ends_with(['.', '!', '?'])
            {
                trailing += 1;
            } else {
                break;
            }
        }
        if let Some(end) = end {
            return Some((end + trailing.min(card_lines), v));
        }
    }
    if share_links(&blocks[i]) {
        let mut end = i;
        while blocks.get(end + 1).is_some_and(share_links) {
            end += 1;
        }
        return Some((end, markdown::verdict_for("share-links")));
    }
    None
}

/// A dump with Markdown links has markup to tell links from text, as a page does: every
/// block gets the share of its letters inside links.
fn measure_links(blocks: &mut [Block]) {
    if !blocks
        .iter()
        .any(|b| b.verdict.is_none() && (b.text.contains("](") || b.text.contains("][")))
    {
        return;
    }
    for b in blocks.iter_mut().filter(|b| b.verdict.is_none()) {
        let (linked, total) = link_shares(&b.text);
        b.link_density = Some(if total == 0 {
            0.0
        } else {
            linked as f32 / total as f32
        });
    }
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

    fn doc(s: &str) -> crate::Document {
        crate::clean_text(
            s,
            &crate::Options {
                explain: true,
                ..Default::default()
            },
        )
    }

    fn removed(d: &crate::Document) -> Vec<(&'static str, String)> {
        d.removed
            .iter()
            .flatten()
            .map(|r| (r.rule, r.text.clone()))
            .collect()
    }

    const STORY: &str = "The council voted on Tuesday to close the old bridge to heavy traffic after \
                         engineers found cracks in two of its supports, a decision that will reroute \
                         buses for at least six months.\n\n\
                         Residents welcomed the move but asked for a firm date for the repairs to \
                         begin, and the mayor promised one before the end of the month.\n\n";
    const MORE: &str = "\n\nEngineers will inspect the other two bridges over the river next month, and \
                        the council has set aside money for the work in case they find the same \
                        cracks there, a spokeswoman said on Wednesday.\n";

    #[test]
    fn a_link_whose_text_runs_over_lines_is_one_line() {
        let b =
            split("[Click to share on X (Opens in new window)\n](https://ex.com/?share=twitter)");
        assert_eq!(b.len(), 1);
        assert_eq!(
            b[0].text,
            "[Click to share on X (Opens in new window)](https://ex.com/?share=twitter)"
        );
        // Inside a paragraph, the link is reduced to its text like any other.
        let d = doc(&format!(
            "{STORY}See the council's [transport plan for the\nnext decade](https://council.example.gov/plan) before the vote.{MORE}"
        ));
        assert!(
            d.paragraphs.contains(
                &"See the council's transport plan for the next decade before the vote."
                    .to_string()
            ),
            "{:?}",
            d.paragraphs
        );
        // A bracket no link closes is prose: the lines stay apart.
        assert_eq!(split("He said [sic\nthat it was over.").len(), 2);
    }

    #[test]
    fn a_multi_line_share_link_never_survives_half_reduced() {
        let d = doc(&format!(
            "{STORY}*   [Click to share on X (Opens in new window)\n    X](https://ex.com/p/?share=twitter&nb=1)\n"
        ));
        assert!(
            d.paragraphs
                .iter()
                .all(|p| !p.contains('[') && !p.contains("share"))
        );
    }

    #[test]
    fn reference_links_definitions_autolinks_and_images() {
        let d = doc(&format!(
            "{STORY}The [budget papers][1] are online at <https://council.example.gov/budget>.\n\n\
             ![](https://img.example.com/a.jpg)\n\n\
             [![A cracked support](https://img.example.com/b.jpg)](https://img.example.com/b-large.jpg)\n\n\
             [1]: https://council.example.gov/papers \"Budget papers\"{MORE}"
        ));
        assert!(
            d.paragraphs.contains(
                &"The budget papers are online at https://council.example.gov/budget.".to_string()
            ),
            "{:?}",
            d.paragraphs
        );
        let rm = removed(&d);
        assert!(
            rm.iter()
                .any(|(rule, t)| *rule == "link-definition" && t.starts_with("[1]:"))
        );
        assert_eq!(d.paragraphs.len(), 4);
    }

    #[test]
    fn a_link_note_is_cut_from_a_kept_paragraph_and_explained() {
        let d = doc(&format!(
            "{STORY}Read the statement on the [operator's website, opens new tab](https://nis.example.com/rota) \
             and the [union's reply (Opens in new window)](https://union.example.org/reply).{MORE}"
        ));
        assert!(
            d.paragraphs.contains(
                &"Read the statement on the operator's website and the union's reply.".to_string()
            ),
            "{:?}",
            d.paragraphs
        );
        let notes: Vec<_> = d
            .removed
            .iter()
            .flatten()
            .filter(|r| r.inline)
            .map(|r| (r.rule, r.text.as_str()))
            .collect();
        assert_eq!(
            notes,
            [
                ("new-window-tail", ", opens new tab"),
                ("new-window-note", "(Opens in new window)")
            ]
        );
    }

    #[test]
    fn a_share_list_under_its_heading_goes_as_one_block() {
        let d = doc(&format!(
            "{STORY}### Share this:\n\n\
             *   [Click to share on X (Opens in new window)\n    X](https://ex.com/p/?share=twitter&nb=1)\n\
             *   [Nextdoor](https://ex.com/p/?share=nextdoor&nb=1)\n\
             *   [Post it](https://social.example.net/post?u=ex.com)\n\n\
             ### Like this:\n\nLike Loading...\n"
        ));
        assert_eq!(d.paragraphs.len(), 2, "{:?}", d.paragraphs);
        let rm = removed(&d);
        let units: Vec<_> = rm.iter().filter(|(r, _)| *r == "share-list").collect();
        assert_eq!(units.len(), 1, "{rm:?}");
        assert!(units[0].1.starts_with("Share this: [Click to share on X"));
        assert!(units[0].1.contains("Post it"));
    }

    #[test]
    fn a_related_list_with_its_cards_goes_as_one_block() {
        let d = doc(&format!(
            "{STORY}## Related\n\n\
             *   [![Image 4: The old bridge](https://img.example.com/c.jpg)](https://ex.com/bridge)\n    \n    \
             [Bridge repairs to cost more than planned](https://ex.com/bridge)\n    \n    March 3, 2024\n\
             *   [Buses rerouted for the marathon](https://ex.com/marathon)\n\n\
             [Night bus trial extended](https://ex.com/night-bus)\n\n\
             In \"Transport\"\n\n\
             [Ferry timetable changes](https://ex.com/ferry)\n"
        ));
        assert_eq!(d.paragraphs.len(), 2, "{:?}", d.paragraphs);
        let rm = removed(&d);
        assert_eq!(rm.len(), 1, "{rm:?}");
        assert_eq!(rm[0].0, "related-list");
        assert!(
            rm[0]
                .1
                .ends_with("[Ferry timetable changes](https://ex.com/ferry)")
        );
    }

    #[test]
    fn share_links_without_a_heading_go_by_where_they_point() {
        let d = doc(&format!(
            "{STORY}- [Facebook](https://www.facebook.com/sharer/sharer.php?u=ex.com)\n\
             - [Bluesky](https://bsky.app/intent/compose?text=ex.com)\n\
             - [Copy](mailto:?subject=Bridge&body=ex.com)\n"
        ));
        assert_eq!(d.paragraphs.len(), 2, "{:?}", d.paragraphs);
        let rm = removed(&d);
        assert_eq!(rm.len(), 1, "{rm:?}");
        assert_eq!(rm[0].0, "share-links");
    }

    #[test]
    fn a_list_of_links_under_a_story_heading_stays() {
        let d = doc(&format!(
            "{STORY}## Sources\n\n\
             * [The engineers' report](https://council.example.gov/report.pdf)\n\
             * [Minutes of Tuesday's meeting](https://council.example.gov/minutes){MORE}"
        ));
        assert!(
            d.paragraphs.contains(&"The engineers' report".to_string()),
            "{:?}",
            d.paragraphs
        );
    }

    #[test]
    fn a_link_around_a_card_is_one_judged_block() {
        // A bookmark card (Ghost) and a teaser card (a reader proxy's rendering of a linked
        // block), each inside the story.
        let d = doc(&format!(
            "{STORY}[\n\nCommunity shares: a guide\n\nHow share offers work.\n\n\
             ![](https://guide.example.org/icon.png)Co-operative Guide\n\n](https://guide.example.org/shares/)\n\n\
             [![Image 2: The old bridge](https://img.example.com/c.jpg)\n### Bridge repairs to cost more\n](https://ex.com/bridge){MORE}"
        ));
        assert_eq!(d.paragraphs.len(), 3, "{:?}", d.paragraphs);
        let cards: Vec<_> = removed(&d)
            .into_iter()
            .filter(|(r, _)| *r == "link-card")
            .collect();
        assert_eq!(cards.len(), 2, "{cards:?}");
        // A link hard-wrapped over two lines of a sentence is no card.
        assert!(
            split("See [the plan for\nthe ferries](https://ex.com/plan) today.")[0]
                .verdict
                .is_none()
        );
    }

    #[test]
    fn a_comments_heading_after_the_story_takes_the_thread_below_it() {
        let d = doc(&format!(
            "{STORY}#### Discussion about this post\n\n[Jonah Pike](https://substack.com/profile/44-jonah)\n\n\
             Mar 9\n\nLovely piece, and I walked over the old bridge last week with my daughter to see it for myself.\n\nReply\n"
        ));
        assert_eq!(d.paragraphs.len(), 2, "{:?}", d.paragraphs);
        let rm = removed(&d);
        assert_eq!(rm.len(), 1, "{rm:?}");
        assert_eq!(rm[0].0, "discussion");
        // Above the story, a "Comments" heading is a sidebar's: the story stays.
        let d = doc(&format!("## Comments\n\n{STORY}"));
        assert_eq!(d.paragraphs.len(), 2, "{:?}", d.paragraphs);
    }

    #[test]
    fn a_line_that_is_only_a_link_to_the_authors_page_goes() {
        let d = doc(&format!(
            "# The bridge\n\n[Ruth Okonkwo](https://substack.com/@ruthokonkwo)\n\n{STORY}"
        ));
        assert_eq!(d.paragraphs.len(), 2, "{:?}", d.paragraphs);
        assert!(removed(&d).contains(&(
            "author-link",
            "[Ruth Okonkwo](https://substack.com/@ruthokonkwo)".to_string()
        )));
        // A link to a page about a person is not an author's credit.
        let b = split("[Ruth Okonkwo](https://ex.com/2024/03/interview-with-ruth-okonkwo/)");
        assert!(units(b).iter().all(|b| b.verdict.is_none()));
    }

    #[test]
    fn ordered_items_keep_their_numbers_bullets_lose_their_marker() {
        let b = split(
            "1.   It only runs the two largest ferries.\n2) Overtime has doubled.\n- A bullet\n10. Ten",
        );
        let texts: Vec<&str> = b.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "1. It only runs the two largest ferries.",
                "2) Overtime has doubled.",
                "A bullet",
                "10. Ten"
            ]
        );
        assert!(b.iter().all(|b| b.kind == BlockKind::ListItem));
        // A year is no item number.
        assert_eq!(
            split("2024. A year to remember.")[0].kind,
            BlockKind::Paragraph
        );
    }

    #[test]
    fn setext_and_atx_headings_rules_and_quotes() {
        let b = split(
            "Ferry crews vote to strike\n==========================\n\n\
             Why now\n-------\n\n\
             ## Timeline ##\n\n\
             First paragraph.\n\n---\n\n* * *\n\n\
             > The islands depend on these boats\n> for everything.\n>\n> A second quoted paragraph.\n",
        );
        let got: Vec<(BlockKind, &str)> = b.iter().map(|b| (b.kind, b.text.as_str())).collect();
        assert_eq!(
            got,
            [
                (BlockKind::Heading(1), "Ferry crews vote to strike"),
                (BlockKind::Heading(2), "Why now"),
                (BlockKind::Heading(2), "Timeline"),
                (BlockKind::Paragraph, "First paragraph."),
                (
                    BlockKind::Quote,
                    "The islands depend on these boats for everything."
                ),
                (BlockKind::Quote, "A second quoted paragraph."),
            ]
        );
    }

    #[test]
    fn tables_are_rows_of_cells_without_the_separator() {
        let b = split(
            "| Route | Sailings a week |\n|:---|---:|\n| Kirkwall – Stromness | 28 |\n| Lerwick \\| Bressay | |\n\n\
             Day | Crew\n--- | ---\nMonday | Six\n",
        );
        let got: Vec<(BlockKind, &str)> = b.iter().map(|b| (b.kind, b.text.as_str())).collect();
        assert_eq!(
            got,
            [
                (BlockKind::ListItem, "Route · Sailings a week"),
                (BlockKind::ListItem, "Kirkwall – Stromness · 28"),
                (BlockKind::ListItem, "Lerwick | Bressay"),
                (BlockKind::ListItem, "Day · Crew"),
                (BlockKind::ListItem, "Monday · Six"),
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
    fn a_reader_proxys_header_is_one_judged_block_and_its_title_the_headline() {
        let header = "Title: Ferry crews vote to strike | Harbour Gazette\n\n\
                      URL Source: https://harbourgazette.example.com/ferry\n\n\
                      Published Time: 2024-05-14T07:32:10+01:00\n\nMarkdown Content:\n";
        // The body opens with the same headline: the title line is part of the envelope.
        let b = split(&format!("{header}Ferry crews vote to strike\n===\n\nBody."));
        assert_eq!(b[0].verdict.map(|v| v.id), Some("reader-envelope"));
        assert!(b[0].text.starts_with("Title: Ferry crews"));
        assert_eq!(b[1].kind, BlockKind::Heading(1));
        assert_eq!(b[1].text, "Ferry crews vote to strike");
        // It does not: the title is the headline.
        let b = split(&format!("{header}Body."));
        assert_eq!(b[0].kind, BlockKind::Heading(1));
        assert_eq!(b[0].text, "Ferry crews vote to strike | Harbour Gazette");
        assert_eq!(b[1].verdict.map(|v| v.id), Some("reader-envelope"));
        assert!(b[1].text.starts_with("URL Source:"));
        assert_eq!(b[2].text, "Body.");
        // "Title:" alone opens no envelope.
        assert!(
            split("Title: A film review\n\nIt was long.")[0]
                .verdict
                .is_none()
        );
    }

    #[test]
    fn front_matter_is_one_judged_block_and_its_title_the_headline() {
        let b = split(
            "---\ntitle: \"Why the \\\"night bus\\\" matters\"\ndate: 2024-02-01\ntags:\n  - transport\n---\n\nBody.",
        );
        assert_eq!(b[0].kind, BlockKind::Heading(1));
        assert_eq!(b[0].text, "Why the \"night bus\" matters");
        assert_eq!(b[0].line, 2);
        assert_eq!(b[1].verdict.map(|v| v.id), Some("front-matter"));
        assert_eq!(b[1].text, "--- date: 2024-02-01 tags: - transport ---");
        assert_eq!(b[2].text, "Body.");
        // A rule over prose is no front matter.
        assert!(split("---\nThe vote was close.\n---")[0].verdict.is_none());
    }

    #[test]
    fn blocks_of_a_dump_with_links_carry_their_link_density() {
        let b = split("[Home](/) [News](/news)\n\nA paragraph with [one link](/a) in it.");
        assert_eq!(b[0].link_density, Some(1.0));
        assert!(b[1].link_density.is_some_and(|d| d > 0.0 && d < 0.5));
        assert_eq!(split("No links here.")[0].link_density, None);
    }

    #[test]
    fn line_numbers_are_kept() {
        let b = split("a\n\nb\r\n\r\nc");
        assert_eq!(b.iter().map(|b| b.line).collect::<Vec<_>>(), [1, 3, 5]);
    }
}
